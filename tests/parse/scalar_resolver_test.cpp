// The plain-scalar table, and that it inverts the emitter's quoting.
#include "parse/scalar_resolver.hpp"

#include <catch2/catch.hpp>

#include "cfn/emit.hpp"
#include "emit/scalar_style.hpp"
#include "support/tricky_strings.hpp"

namespace {

using cfn::Value;
using cfn::detail::parser::resolve_plain_scalar;

void check_string(const std::string& s) {
  INFO("plain scalar: " << s);
  const Value v = resolve_plain_scalar(s);
  REQUIRE(v.is_string());
  CHECK(v.as_string() == s);
}

}  // namespace

TEST_CASE("resolver: nulls", "[parse][scalar]") {
  for (const char* s : {"", "~", "null", "Null", "NULL"}) {
    INFO(s);
    CHECK(resolve_plain_scalar(s).is_null());
  }
  for (const char* s : {"nULL", "nil", "None", "none", "~~"}) check_string(s);
}

TEST_CASE("resolver: YAML 1.1 booleans in three spellings", "[parse][scalar]") {
  for (const char* s : {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"}) {
    INFO(s);
    CHECK(resolve_plain_scalar(s) == Value(true));
  }
  for (const char* s : {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"}) {
    INFO(s);
    CHECK(resolve_plain_scalar(s) == Value(false));
  }
  for (const char* s : {"y", "Y", "n", "N", "tRUE", "yES", "oN", "truee", "t", "1true"}) check_string(s);
}

TEST_CASE("resolver: decimal integers that fit 64 bits", "[parse][scalar]") {
  const std::pair<const char*, std::int64_t> table[] = {
      {"0", 0},
      {"7", 7},
      {"-7", -7},
      {"+7", 7},
      {"-0", 0},
      {"+0", 0},
      {"80", 80},
      {"9223372036854775807", INT64_MAX},
      {"-9223372036854775808", INT64_MIN},
  };
  for (const auto& [text, value] : table) {
    INFO(text);
    const Value v = resolve_plain_scalar(text);
    REQUIRE(v.is_int());
    CHECK(v.as_int() == value);
  }
  // Too large for 64 bits: every digit kept.
  check_string("9223372036854775808");
  check_string("-9223372036854775809");
  check_string("123456789012345678901234567890");
}

TEST_CASE("resolver: decimal floats", "[parse][scalar]") {
  const std::pair<const char*, double> table[] = {
      {"1.5", 1.5},
      {"-1.5", -1.5},
      {"+1.5", 1.5},
      {"1.", 1.0},
      {".5", 0.5},
      {"-.5", -0.5},
      {"0.0", 0.0},
      {"-0.0", -0.0},
      {"1e3", 1000.0},
      {"1E3", 1000.0},
      {"1e+3", 1000.0},
      {"1e-3", 0.001},
      {"1.0e+21", 1e21},
      {"2.5e-07", 2.5e-7},
      {"012.5", 12.5},
      {"5e-324", 5e-324},
      {"1.7976931348623157e+308", 1.7976931348623157e308},
      {"0e0", 0.0},
  };
  for (const auto& [text, value] : table) {
    INFO(text);
    const Value v = resolve_plain_scalar(text);
    REQUIRE(v.is_double());
    CHECK(v.as_double() == value);
  }
}

TEST_CASE("resolver: everything else stays the string as written", "[parse][scalar]") {
  for (const char* s : {"010",       "00",       "-010",       "0x1F",       "0X1F",
                        "0o17",      "0b101",    "1_000",      "1_000.5",    "1:30",
                        "190:20:30", ".inf",     "-.inf",      ".Inf",       ".NaN",
                        ".nan",      "inf",      "nan",        "2024-01-01", "2001-12-14t21:59:43.10-05:00",
                        "1e",        "e3",       "1e+",        ".",          "-",
                        "+",         "+.",       "1.2.3",      "10.0.0.1",   "1e3.5",
                        "1 000",     " 1",       "1 ",         "1e999",      "-1e999",
                        "1e-999",    "0.1e-400", "12abc",      "t3.micro",   "ami-0abc",
                        "=",         "<<",       "2010-09-09", "v1",         "1,000",
                        "1..2",      "--1",      "+-1"}) {
    check_string(s);
  }
  CHECK(resolve_plain_scalar("0e-999") == Value(0.0));  // zero stays zero
}

TEST_CASE("resolver: inverse of the emitter's quoting", "[parse][scalar]") {
  // Whatever the emitter writes plain must read back as that string...
  for (const std::string& s : cfn::test::tricky_strings()) {
    if (cfn::detail::emitter::choose_style(s, false) != cfn::detail::emitter::ScalarStyle::Plain) continue;
    check_string(s);
  }
  // ...and every non-string scalar it writes must read back as that scalar.
  for (const Value& v :
       {Value(nullptr), Value(true), Value(false), Value(0), Value(-42), Value(INT64_MIN), Value(INT64_MAX), Value(0.1),
        Value(-2.5e-7), Value(1e21), Value(5e-324), Value(1e300), Value(123456789.125), Value(-0.0)}) {
    std::string text = cfn::to_yaml(v);
    while (!text.empty() && (text.back() == '\n' || text.front() == ' ')) {
      if (text.back() == '\n') text.pop_back();
      if (!text.empty() && text.front() == ' ') text.erase(0, 1);
    }
    INFO(text);
    const Value back = resolve_plain_scalar(text);
    CHECK(back.kind() == v.kind());
    CHECK(back == v);
  }
}

TEST_CASE("resolver: the emitter quotes every string the resolver would type", "[parse][scalar]") {
  for (const char* s : {"null", "Null", "~", "", "true", "Off", "yes", "0", "-7", "+7", "1.5", ".5", "1.", "1e3", "-0",
                        "9223372036854775807"}) {
    INFO(s);
    CHECK_FALSE(resolve_plain_scalar(s).is_string());
    CHECK(cfn::detail::emitter::choose_style(s, false) != cfn::detail::emitter::ScalarStyle::Plain);
  }
}
