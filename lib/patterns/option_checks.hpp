// The checks the stacks make of their generation options (private to
// lib/patterns): each throws cfn::Error naming the option and the value.
// Hand-written scanners, linear in the option's length (no regex: a
// backtracking one recurses once per character and overflows the stack).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cfn/error.hpp"

namespace cfn::patterns::options {

inline void check(bool ok, const std::string& message) {
  if (!ok) throw Error(message);
}

/// An IPv4 range, a.b.c.d/n with each part a decimal byte and n 0 to 32.
struct Ipv4Range {
  std::uint32_t address = 0;
  int prefix = 0;

  /// True when no host bit is set (10.0.0.0/16, not 10.0.0.1/16).
  [[nodiscard]] bool is_network() const noexcept;
  /// True when `inner` lies wholly inside this range.
  [[nodiscard]] bool contains(const Ipv4Range& inner) const noexcept;
};

/// The range `text` spells, or nullopt (999.1.1.1/8, 10.0.0.0/33, 010.0.0.0/8).
[[nodiscard]] std::optional<Ipv4Range> parse_ipv4_range(std::string_view text) noexcept;

/// The range `cidr` spells when it is a network address with a prefix from
/// `min_prefix` to `max_prefix`; throws cfn::Error naming `option` otherwise.
Ipv4Range check_network(const std::string& cidr, std::string_view option, int min_prefix, int max_prefix);

/// [a-z0-9-]+ "." [a-z0-9-]+, such as t3.micro.
void check_instance_type(const std::string& type);

/// A VPC range the network block can carve /24 subnets from (/16 to /24).
void check_vpc_cidr(const std::string& cidr);

/// "db." then an instance type, such as db.t4g.micro.
void check_db_instance_class(const std::string& db_class);

/// An availability zone name, such as eu-west-1a or us-gov-west-1b; "" (any zone) too.
void check_availability_zone(const std::string& zone);

/// A cron(...) or rate(...) schedule expression on one line.
void check_schedule(const std::string& expression, std::string_view option);

}  // namespace cfn::patterns::options
