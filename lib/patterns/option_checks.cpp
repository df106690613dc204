#include "option_checks.hpp"

#include <algorithm>

namespace cfn::patterns::options {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
bool is_type_char(char c) noexcept { return is_lower(c) || is_digit(c) || c == '-'; }

// A decimal number from 0 to `max` without leading zeros, consumed from the front of `s`.
std::optional<unsigned> take_decimal(std::string_view& s, unsigned max) noexcept {
  std::size_t n = 0;
  unsigned value = 0;
  while (n < s.size() && is_digit(s[n]) && n < 3) value = value * 10 + static_cast<unsigned>(s[n++] - '0');
  if (n == 0 || (n > 1 && s[0] == '0') || value > max || (n < s.size() && is_digit(s[n]))) return std::nullopt;
  s.remove_prefix(n);
  return value;
}

bool take(std::string_view& s, char c) noexcept {
  if (s.empty() || s.front() != c) return false;
  s.remove_prefix(1);
  return true;
}

// [a-z0-9-]+ "." [a-z0-9-]+
bool is_instance_type(std::string_view s) noexcept {
  const std::size_t dot = s.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == s.size()) return false;
  return std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(dot), is_type_char) &&
         std::all_of(s.begin() + static_cast<std::ptrdiff_t>(dot) + 1, s.end(), is_type_char);
}

std::uint32_t mask(int prefix) noexcept { return prefix == 0 ? 0 : ~std::uint32_t{0} << (32 - prefix); }

}  // namespace

bool Ipv4Range::is_network() const noexcept { return (address & ~mask(prefix)) == 0; }

bool Ipv4Range::contains(const Ipv4Range& inner) const noexcept {
  return inner.prefix >= prefix && (inner.address & mask(prefix)) == (address & mask(prefix));
}

std::optional<Ipv4Range> parse_ipv4_range(std::string_view text) noexcept {
  Ipv4Range range;
  for (int part = 0; part < 4; ++part) {
    if (part > 0 && !take(text, '.')) return std::nullopt;
    const auto byte = take_decimal(text, 255);
    if (!byte) return std::nullopt;
    range.address = (range.address << 8) | *byte;
  }
  if (!take(text, '/')) return std::nullopt;
  const auto prefix = take_decimal(text, 32);
  if (!prefix || !text.empty()) return std::nullopt;
  range.prefix = static_cast<int>(*prefix);
  return range;
}

Ipv4Range check_network(const std::string& cidr, std::string_view option, int min_prefix, int max_prefix) {
  const auto range = parse_ipv4_range(cidr);
  const std::string prefixes = "/" + std::to_string(min_prefix) + " to /" + std::to_string(max_prefix);
  check(range.has_value() && range->prefix >= min_prefix && range->prefix <= max_prefix,
        std::string(option) + ": '" + cidr + "' is not an IPv4 range from " + prefixes + " such as 10.0.0.0/" +
            std::to_string(std::clamp(16, min_prefix, max_prefix)));
  check(range->is_network(), std::string(option) + ": '" + cidr + "' has host bits set (the range starts lower)");
  return *range;
}

void check_instance_type(const std::string& type) {
  check(is_instance_type(type), "instance type: '" + type + "' is not an instance type such as t3.micro");
}

void check_vpc_cidr(const std::string& cidr) { check_network(cidr, "VPC CIDR", 16, 24); }

void check_db_instance_class(const std::string& db_class) {
  check(std::string_view(db_class).starts_with("db.") && is_instance_type(std::string_view(db_class).substr(3)),
        "database instance class: '" + db_class + "' is not a class such as db.t4g.micro");
}

// [a-z]{2}(-[a-z]+)+-[0-9][a-z]
void check_availability_zone(const std::string& zone) {
  const auto valid = [](std::string_view s) {
    if (s.size() < 2 || !is_lower(s[0]) || !is_lower(s[1])) return false;
    s.remove_prefix(2);
    int words = 0;
    while (s.size() > 3 && s[0] == '-' && is_lower(s[1])) {
      s.remove_prefix(1);
      while (!s.empty() && is_lower(s.front())) s.remove_prefix(1);
      ++words;
    }
    return words > 0 && s.size() == 3 && s[0] == '-' && is_digit(s[1]) && is_lower(s[2]);
  };
  check(zone.empty() || valid(zone),
        "availability zone: '" + zone + "' is not an availability zone name such as eu-west-1a");
}

void check_schedule(const std::string& expression, std::string_view option) {
  const std::string_view e = expression;
  const bool valid = (e.starts_with("cron(") || e.starts_with("rate(")) && e.size() > 6 && e.ends_with(')') &&
                     e.find_first_of("\r\n") == std::string_view::npos;
  check(valid, std::string(option) + ": '" + expression + "' is not a cron(...) or rate(...) expression");
}

}  // namespace cfn::patterns::options
