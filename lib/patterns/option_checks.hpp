// The checks the stacks make of their generation options (private to
// lib/patterns): each throws cfn::Error naming the option and the value.
#pragma once

#include <regex>
#include <string>

#include "cfn/error.hpp"

namespace cfn::patterns::options {

inline void check(bool ok, const std::string& message) {
  if (!ok) throw Error(message);
}

inline void check_instance_type(const std::string& type) {
  check(std::regex_match(type, std::regex(R"([a-z0-9-]+\.[a-z0-9-]+)")),
        "instance type: '" + type + "' is not an instance type such as t3.micro");
}

/// A VPC range the network block can carve /24 subnets from (/16 to /24).
inline void check_vpc_cidr(const std::string& cidr) {
  check(std::regex_match(cidr, std::regex(R"((\d{1,3}\.){3}\d{1,3}/(1[6-9]|2[0-4]))")),
        "VPC CIDR: '" + cidr + "' is not an IPv4 range from /16 to /24 such as 10.0.0.0/16");
}

}  // namespace cfn::patterns::options
