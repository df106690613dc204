// YAML 1.1 scalar resolution. Every expected value is what PyYAML 6 (the
// reader of cfn-lint) gives for `a: TEXT`; tests/fuzz/differential.py checks
// the same against PyYAML itself on random documents.
#include "parse/scalar_resolver.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>

#include "cfn/emit.hpp"
#include "emit/scalar_style.hpp"
#include "support/tricky_strings.hpp"

namespace {

using cfn::Numeral;
using cfn::Value;
using cfn::detail::parser::resolve_plain_scalar;

void check_string(const std::string& s) {
  INFO("plain scalar: " << s);
  const Value v = resolve_plain_scalar(s);
  REQUIRE(v.is_string());
  CHECK(v.as_string() == s);
}

void check_numeral(const std::string& s, const std::string& text) {
  INFO("plain scalar: " << s);
  const Value v = resolve_plain_scalar(s);
  REQUIRE(v.is_numeral());
  CHECK(v.as_numeral().text() == text);
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

TEST_CASE("resolver: integers in every YAML 1.1 notation", "[parse][scalar]") {
  const std::pair<const char*, std::int64_t> table[] = {
      {"0", 0},
      {"7", 7},
      {"-7", -7},
      {"+7", 7},
      {"-0", 0},
      {"+0", 0},
      {"00", 0},
      {"0_", 0},
      {"0_7", 7},
      {"-0_7", -7},
      {"010", 8},
      {"0755", 493},
      {"000400", 256},
      {"+0755", 493},
      {"1_000", 1000},
      {"1__0", 10},
      {"1_", 1},
      {"0x1F", 31},
      {"0x1f", 31},
      {"-0x1F", -31},
      {"0x_1", 1},
      {"0b101", 5},
      {"-0b1", -1},
      {"0b1_0", 2},
      {"1:20", 80},
      {"-1:20", -80},
      {"1:5", 65},
      {"190:20:30", 685230},
      {"999999999999999999", 999999999999999999},    // 18 digits: the short path
      {"-999999999999999999", -999999999999999999},  // and its negative
      {"1000000000000000000", 1000000000000000000},  // 19: the general path
      {"9223372036854775807", INT64_MAX},
      {"-9223372036854775808", INT64_MIN},
  };
  for (const auto& [text, value] : table) {
    INFO(text);
    const Value v = resolve_plain_scalar(text);
    REQUIRE(v.is_int());
    CHECK(v.as_int() == value);
  }
}

TEST_CASE("resolver: integers beyond 64 bits are numerals of their decimal value", "[parse][scalar]") {
  check_numeral("9223372036854775808", "9223372036854775808");
  check_numeral("-9223372036854775809", "-9223372036854775809");
  check_numeral("18446744073709551616", "18446744073709551616");
  check_numeral("0x10000000000000000", "18446744073709551616");
  check_numeral("0777777777777777777777777", "4722366482869645213695");
  check_numeral("1:0:0:0:0:0:0:0:0:0:0:0", "36279705600000000000");
  check_numeral("1_000_000_000_000_000_000_000", "1000000000000000000000");
}

TEST_CASE("resolver: floats need a '.' and a signed exponent", "[parse][scalar]") {
  const std::pair<const char*, double> table[] = {
      {"1.5", 1.5},
      {"-1.5", -1.5},
      {"+1.5", 1.5},
      {"1.", 1.0},
      {"1_.", 1.0},
      {".5", 0.5},
      {"1.5_0", 1.5},
      {"1_000.5", 1000.5},
      {"012.5", 12.5},
      {"09.5", 9.5},
      {"1.0e+3", 1000.0},
      {"1.0E-3", 0.001},
      {"1.e+3", 1000.0},
      {"2.5e-07", 2.5e-7},
      {"6.8523015e+5", 685230.15},
      {"685.230_15e+03", 685230.15},
      {"190:20:30.15", 685230.15},
      {"1:20.5", 80.5},
      {"0:30.", 30.0},
      {"1.7976931348623157e+308", 1.7976931348623157e308},
      {"0.0", 0.0},
      {"1.0e-320", 1e-320},
      {"4.9e-324", 5e-324},
  };
  for (const auto& [text, value] : table) {
    INFO(text);
    const Value v = resolve_plain_scalar(text);
    REQUIRE(v.is_double());
    CHECK(v.as_double() == value);
  }
  const Value negative_zero = resolve_plain_scalar("-0.0");
  REQUIRE(negative_zero.is_double());
  CHECK(std::signbit(negative_zero.as_double()));
}

TEST_CASE("resolver: floats no double holds are numerals of their text", "[parse][scalar]") {
  check_numeral("1.0e+400", "1.0e+400");
  check_numeral("-1.0e-400", "-1.0e-400");
  check_numeral("1.e+400", "1.0e+400");
  check_numeral(".5e-400", "0.5e-400");
  check_numeral("0_1.5e+400", "1.5e+400");
  check_numeral(".inf", ".inf");
  check_numeral("-.Inf", "-.inf");
  check_numeral("+.INF", ".inf");
  check_numeral(".nan", ".nan");
  check_numeral(".NaN", ".nan");
}

TEST_CASE("resolver: what YAML 1.1 does not type stays the string as written", "[parse][scalar]") {
  for (const char* s : {"1e3",     "1E3",      "1.0e3",    "12e03",      "-.5",
                        "+.5",     "._5",      "0o17",     "08",         "09",
                        "0999",    "1:60",     "0X1F",     "0B1",        "0x",
                        "0b",      "inf",      "nan",      ".Nan",       "1,000",
                        "1 000",   "10.0.0.1", "1.2.3",    "2010-09-09", "2001-12-14t21:59:43.10-05:00",
                        "y",       "n",        "=",        "+",          ".",
                        "1e",      "+-1",      "--1",      "0x1g",       "0b2",
                        "1_0:3_0", "t3.micro", "ami-0abc", "v1",         "1..2"}) {
    check_string(s);
  }
}

TEST_CASE("resolver: the merge key and digitless integers are errors", "[parse][scalar]") {
  CHECK_THROWS_AS(resolve_plain_scalar("<<"), std::invalid_argument);
  CHECK_THROWS_AS(resolve_plain_scalar("0b_"), std::invalid_argument);  // PyYAML: int('', 2) fails
  CHECK_THROWS_AS(resolve_plain_scalar("0x__"), std::invalid_argument);
  check_string("<<<");
}

TEST_CASE("resolver: explicit core tags", "[parse][scalar]") {
  using cfn::detail::parser::CoreTag;
  using cfn::detail::parser::resolve_tagged_scalar;
  CHECK(resolve_tagged_scalar(CoreTag::Int, "0x1F") == Value(31));
  CHECK(resolve_tagged_scalar(CoreTag::Int, "1:60") == Value(120));  // !!int takes parts above 59
  CHECK(resolve_tagged_scalar(CoreTag::Int, "0o17") == Value(15));   // and Python's 0o prefix
  CHECK_THROWS_AS(resolve_tagged_scalar(CoreTag::Int, "1.5"), std::invalid_argument);
  CHECK_THROWS_AS(resolve_tagged_scalar(CoreTag::Int, "abc"), std::invalid_argument);
  CHECK(resolve_tagged_scalar(CoreTag::Float, "3").as_double() == 3.0);
  CHECK(resolve_tagged_scalar(CoreTag::Float, "3").is_double());
  CHECK(resolve_tagged_scalar(CoreTag::Float, "1e3").as_double() == 1000.0);
  CHECK_THROWS_AS(resolve_tagged_scalar(CoreTag::Float, "0x1F"), std::invalid_argument);
  CHECK(resolve_tagged_scalar(CoreTag::Bool, "YeS") == Value(true));
  CHECK(resolve_tagged_scalar(CoreTag::Bool, "off") == Value(false));
  CHECK_THROWS_AS(resolve_tagged_scalar(CoreTag::Bool, "maybe"), std::invalid_argument);
  CHECK(resolve_tagged_scalar(CoreTag::Null, "anything").is_null());
  CHECK(resolve_tagged_scalar(CoreTag::Str, "0755") == Value("0755"));
}

TEST_CASE("resolver: JSON numbers", "[parse][scalar][json]") {
  using cfn::detail::parser::json_number;
  CHECK(json_number("12").is_int());
  CHECK(json_number("-0").is_int());
  CHECK(json_number("1e3").as_double() == 1000.0);  // a JSON number, unlike YAML 1.1's string "1e3"
  CHECK(json_number("1.0").is_double());
  CHECK(json_number("18446744073709551616").as_numeral().text() == "18446744073709551616");
  CHECK(json_number("1e400").as_numeral().text() == "1e400");  // kept exactly as written
  CHECK(json_number("1E-400").as_numeral().text() == "1E-400");
  CHECK(json_number("-2.5E+999").as_numeral().text() == "-2.5E+999");
}

TEST_CASE("resolver: inverse of the emitter's quoting", "[parse][scalar]") {
  // Whatever the emitter writes plain must read back as that string...
  for (const std::string& s : cfn::test::tricky_strings()) {
    if (cfn::detail::emitter::choose_style(s, false) != cfn::detail::emitter::ScalarStyle::Plain) continue;
    check_string(s);
  }
  // ...and every non-string scalar it writes must read back as that scalar.
  for (const Value& v : {Value(nullptr),
                         Value(true),
                         Value(false),
                         Value(0),
                         Value(-42),
                         Value(INT64_MIN),
                         Value(INT64_MAX),
                         Value(0.1),
                         Value(-2.5e-7),
                         Value(1e21),
                         Value(5e-324),
                         Value(1e300),
                         Value(123456789.125),
                         Value(-0.0),
                         Value(Numeral("18446744073709551616")),
                         Value(Numeral("-1e400")),
                         Value(Numeral("1E-400")),
                         Value(Numeral(".inf")),
                         Value(Numeral("-.inf")),
                         Value(Numeral(".nan"))}) {
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
  for (const char* s : {"null",
                        "Null",
                        "~",
                        "",
                        "true",
                        "Off",
                        "yes",
                        "0",
                        "-7",
                        "+7",
                        "1.5",
                        ".5",
                        "1.",
                        "0755",
                        "000400",
                        "1_000",
                        "1:20",
                        "0x1F",
                        "0b101",
                        "1.0e+3",
                        ".inf",
                        ".nan",
                        "-0",
                        "9223372036854775807",
                        "18446744073709551616"}) {
    INFO(s);
    CHECK_FALSE(resolve_plain_scalar(s).is_string());
    CHECK(cfn::detail::emitter::choose_style(s, false) != cfn::detail::emitter::ScalarStyle::Plain);
  }
}

TEST_CASE("resolver: YAML 1.2's core schema, for the version warning", "[parse][scalar]") {
  // The YAML 1.2.2 specification, 10.3.2 (core schema) and its example 10.9.
  using cfn::detail::parser::resolve_plain_scalar_1_2;
  CHECK(resolve_plain_scalar_1_2("null").is_null());
  CHECK(resolve_plain_scalar_1_2("~").is_null());
  CHECK(resolve_plain_scalar_1_2("").is_null());
  CHECK(resolve_plain_scalar_1_2("TRUE") == Value(true));
  CHECK(resolve_plain_scalar_1_2("yes") == Value("yes"));
  CHECK(resolve_plain_scalar_1_2("Off") == Value("Off"));
  CHECK(resolve_plain_scalar_1_2("0") == Value(0));
  CHECK(resolve_plain_scalar_1_2("-19") == Value(-19));
  CHECK(resolve_plain_scalar_1_2("0755") == Value(755));
  CHECK(resolve_plain_scalar_1_2("08") == Value(8));
  CHECK(resolve_plain_scalar_1_2("0o14") == Value(12));
  CHECK(resolve_plain_scalar_1_2("0xC") == Value(12));
  CHECK(resolve_plain_scalar_1_2("0b101") == Value("0b101"));
  CHECK(resolve_plain_scalar_1_2("1_000") == Value("1_000"));
  CHECK(resolve_plain_scalar_1_2("1:20") == Value("1:20"));
  CHECK(resolve_plain_scalar_1_2("-0x1F") == Value("-0x1F"));
  const Value f = resolve_plain_scalar_1_2("+12e03");
  REQUIRE(f.is_double());
  CHECK(f.as_double() == 12000.0);
  CHECK(resolve_plain_scalar_1_2("1e3").as_double() == 1000.0);
  CHECK(resolve_plain_scalar_1_2(".5").as_double() == 0.5);
  CHECK(resolve_plain_scalar_1_2("-.5").as_double() == -0.5);
  CHECK(resolve_plain_scalar_1_2("1.").as_double() == 1.0);
  CHECK(resolve_plain_scalar_1_2("-.inf") == Value(Numeral("-.inf")));
  CHECK(resolve_plain_scalar_1_2(".NaN") == Value(Numeral(".nan")));
  CHECK(resolve_plain_scalar_1_2("18446744073709551616") == Value(Numeral("18446744073709551616")));
  CHECK(resolve_plain_scalar_1_2("2010-09-09") == Value("2010-09-09"));
  CHECK(resolve_plain_scalar_1_2("1.2.3") == Value("1.2.3"));
}
