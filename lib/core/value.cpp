#include "cfn/value.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <limits>

#include "core/decimal.hpp"

namespace cfn {
namespace {

[[noreturn]] void wrong_kind(std::string_view expected, const Value& actual) {
  throw Error("expected " + std::string(expected) + ", got " + describe_kind(actual));
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool is_special_numeral(std::string_view text) noexcept { return text == ".inf" || text == "-.inf" || text == ".nan"; }

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
bool is_json_number(std::string_view s) noexcept {
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t from = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    return i - from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  const std::size_t int_start = i;
  const std::size_t int_digits = digits();
  if (int_digits == 0 || (int_digits > 1 && s[int_start] == '0')) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (digits() == 0) return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (digits() == 0) return false;
  }
  return i == s.size();
}

bool maps_equal(const Map& a, const Map& b) {
  if (a.size() != b.size()) return false;
  return std::all_of(a.begin(), a.end(), [&](const Member& m) {
    const Value* other = b.find(m.key);
    return other != nullptr && *other == m.value;
  });
}

}  // namespace

// ---- Map ----

// Out of line: inlined into std::variant's move, GCC 12 warns that the
// member vector "may be used uninitialized" (a false positive).
Map::Map(Map&& other) noexcept = default;
Map::Map(const Map& other) = default;
Map& Map::operator=(const Map& other) = default;
Map& Map::operator=(Map&& other) noexcept = default;
Map::~Map() = default;

void Map::append(Member member) {
  members_.push_back(std::move(member));
  index_.appended(members_.data(), members_.size());
}

void Map::reserve(std::size_t n) { members_.reserve(n); }

namespace detail {

std::size_t KeyIndex::find(std::string_view key, const Member* members, std::size_t count) const noexcept {
  if (slots_.empty()) {
    for (std::size_t i = 0; i < count; ++i)
      if (members[i].key == key) return i;
    return npos;
  }
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = std::hash<std::string_view>{}(key)&mask;; slot = (slot + 1) & mask) {
    const std::uint32_t entry = slots_[slot];
    if (entry == 0) return npos;
    if (members[entry - 1].key == key) return entry - 1;
  }
}

void KeyIndex::appended(const Member* members, std::size_t count) {
  if (count < kMinSize) return;
  if (count * 2 > slots_.size()) {
    rebuild(members, count);
    return;
  }
  insert(members[count - 1].key, count - 1);
}

void KeyIndex::rebuild(const Member* members, std::size_t count) {
  slots_.clear();
  if (count < kMinSize) {
    slots_.shrink_to_fit();
    return;
  }
  if (count >= std::numeric_limits<std::uint32_t>::max() / 2)
    throw Error("a map cannot hold " + std::to_string(count) + " keys");
  std::size_t size = 16;
  while (size < count * 2) size *= 2;
  slots_.assign(size, 0);
  for (std::size_t i = 0; i < count; ++i) insert(members[i].key, i);
}

void KeyIndex::insert(std::string_view key, std::size_t position) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t slot = std::hash<std::string_view>{}(key)&mask;
  while (slots_[slot] != 0) slot = (slot + 1) & mask;
  slots_[slot] = static_cast<std::uint32_t>(position + 1);
}

}  // namespace detail

Map::Map(std::initializer_list<Member> members) {
  members_.reserve(members.size());
  for (const Member& m : members) {
    if (contains(m.key)) throw Error("duplicate map key '" + m.key + "'");
    append(m);
  }
}

Map::iterator Map::find_member(std::string_view key) noexcept {
  const std::size_t i = index_.find(key, members_.data(), members_.size());
  return i == detail::KeyIndex::npos ? members_.end() : members_.begin() + static_cast<std::ptrdiff_t>(i);
}

Map::const_iterator Map::find_member(std::string_view key) const noexcept {
  const std::size_t i = index_.find(key, members_.data(), members_.size());
  return i == detail::KeyIndex::npos ? members_.end() : members_.begin() + static_cast<std::ptrdiff_t>(i);
}

Value* Map::find(std::string_view key) noexcept {
  const auto it = find_member(key);
  return it == members_.end() ? nullptr : &it->value;
}

const Value* Map::find(std::string_view key) const noexcept {
  const auto it = find_member(key);
  return it == members_.end() ? nullptr : &it->value;
}

const Value& Map::at(std::string_view key) const {
  if (const Value* v = find(key)) return *v;
  throw Error("no key '" + std::string(key) + "' in map");
}

Value& Map::at(std::string_view key) {
  if (Value* v = find(key)) return *v;
  throw Error("no key '" + std::string(key) + "' in map");
}

Value& Map::operator[](std::string_view key) {
  if (Value* v = find(key)) return *v;
  append(Member{std::string(key), Value{}, {}});
  return members_.back().value;
}

Value& Map::set(std::string_view key, Value value) {
  if (Value* v = find(key)) {
    *v = std::move(value);
    return *v;
  }
  append(Member{std::string(key), std::move(value), {}});
  return members_.back().value;
}

bool Map::erase(std::string_view key) {
  const auto it = find_member(key);
  if (it == members_.end()) return false;
  members_.erase(it);
  index_.rebuild(members_.data(), members_.size());
  return true;
}

// ---- Fn ----

Fn::Fn(FnKind kind, Value argument) : kind_(kind), argument_(std::make_unique<Value>(std::move(argument))) {}
Fn::Fn(const Fn& other) : kind_(other.kind_), argument_(std::make_unique<Value>(*other.argument_)) {}
Fn& Fn::operator=(const Fn& other) {
  if (this != &other) {
    kind_ = other.kind_;
    argument_ = std::make_unique<Value>(*other.argument_);
  }
  return *this;
}
Fn::~Fn() = default;

// ---- Numeral ----

namespace detail {

Decimal decimal_of(std::string_view s) {
  Decimal d;
  std::size_t i = 0;
  if (s[i] == '-') d.negative = true, ++i;
  long long fraction_digits = 0;
  bool in_fraction = false;
  for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
    if (s[i] == '.') {
      in_fraction = true;
      continue;
    }
    if (in_fraction) ++fraction_digits;
    if (!d.digits.empty() || s[i] != '0') d.digits += s[i];
  }
  long long exponent = 0;
  if (i < s.size()) {
    ++i;
    const bool negative_exponent = s[i] == '-';
    if (s[i] == '-' || s[i] == '+') ++i;
    for (; i < s.size(); ++i) {
      // Past this the number is +-infinity or zero for any digit count a template can hold.
      if (exponent < 1'000'000'000'000LL) exponent = exponent * 10 + (s[i] - '0');
    }
    if (negative_exponent) exponent = -exponent;
  }
  std::size_t trailing = 0;
  while (trailing < d.digits.size() && d.digits[d.digits.size() - 1 - trailing] == '0') ++trailing;
  d.digits.resize(d.digits.size() - trailing);
  d.exponent = exponent - fraction_digits + static_cast<long long>(trailing);
  if (d.digits.empty()) d = Decimal{};  // zero, whatever its sign and exponent
  return d;
}

}  // namespace detail

Numeral::Numeral(std::string text) : text_(std::move(text)) {
  if (!is_special_numeral(text_) && !is_json_number(text_))
    throw Error("'" + text_ + "' is not a number (a JSON number, .inf, -.inf or .nan)");
}

bool Numeral::is_integer() const noexcept { return text_.find_first_of(".eEin") == std::string::npos; }

bool Numeral::is_finite() const noexcept { return !is_special_numeral(text_); }

bool operator==(const Numeral& a, const Numeral& b) noexcept {
  if (!a.is_finite() || !b.is_finite()) return a.text_ == b.text_;
  return detail::decimal_of(a.text_) == detail::decimal_of(b.text_);
}

// ---- Value ----

// Out of line (see value.hpp): the variant's construction, copy, move and
// destruction are compiled here once, not in every file that builds values.
Value::Value() noexcept = default;
Value::Value(std::nullptr_t) noexcept {}
Value::Value(bool b) noexcept : data_(b) {}
Value::Value(Int64 i) noexcept : data_(i.value) {}
Value::Value(const char* s) : data_(std::string(s)) {}
Value::Value(std::string s) noexcept : data_(std::move(s)) {}
Value::Value(std::string_view s) : data_(std::string(s)) {}
Value::Value(List list) noexcept : data_(std::move(list)) {}
Value::Value(Map map) noexcept : data_(std::move(map)) {}
Value::Value(Fn fn) noexcept : data_(std::move(fn)) {}
Value::Value(Numeral n) noexcept : data_(std::move(n)) {}
Value::Value(const Value& other) = default;
Value::Value(Value&& other) noexcept = default;
Value& Value::operator=(const Value& other) = default;
Value& Value::operator=(Value&& other) noexcept = default;
Value::~Value() = default;

bool Value::is_fn(FnKind k) const noexcept { return is_fn() && std::get<Fn>(data_).kind() == k; }

Value::Value(double d) : data_(d) {
  if (!std::isfinite(d)) throw Error("a template number must be finite, got " + std::to_string(d));
}

bool Value::as_bool() const {
  if (!is_bool()) wrong_kind("a boolean", *this);
  return std::get<bool>(data_);
}

std::int64_t Value::as_int() const {
  if (!is_int()) wrong_kind("an integer", *this);
  return std::get<std::int64_t>(data_);
}

double Value::as_double() const {
  if (is_int()) return static_cast<double>(std::get<std::int64_t>(data_));
  if (is_numeral()) {
    const std::string& text = std::get<Numeral>(data_).text();
    if (text == ".nan") return std::numeric_limits<double>::quiet_NaN();
    if (text == ".inf") return std::numeric_limits<double>::infinity();
    if (text == "-.inf") return -std::numeric_limits<double>::infinity();
    return std::strtod(text.c_str(), nullptr);  // +-HUGE_VAL on overflow, 0 or a subnormal on underflow
  }
  if (!is_double()) wrong_kind("a number", *this);
  return std::get<double>(data_);
}

const Numeral& Value::as_numeral() const {
  if (!is_numeral()) wrong_kind("a numeral", *this);
  return std::get<Numeral>(data_);
}

const std::string& Value::as_string() const {
  if (!is_string()) wrong_kind("a string", *this);
  return std::get<std::string>(data_);
}

std::string& Value::as_string() {
  if (!is_string()) wrong_kind("a string", *this);
  return std::get<std::string>(data_);
}

const List& Value::as_list() const {
  if (!is_list()) wrong_kind("a list", *this);
  return std::get<List>(data_);
}

List& Value::as_list() {
  if (!is_list()) wrong_kind("a list", *this);
  return std::get<List>(data_);
}

const Map& Value::as_map() const {
  if (!is_map()) wrong_kind("a map", *this);
  return std::get<Map>(data_);
}

Map& Value::as_map() {
  if (!is_map()) wrong_kind("a map", *this);
  return std::get<Map>(data_);
}

const Fn& Value::as_fn() const {
  if (!is_fn()) wrong_kind("an intrinsic function", *this);
  return std::get<Fn>(data_);
}

Fn& Value::as_fn() {
  if (!is_fn()) wrong_kind("an intrinsic function", *this);
  return std::get<Fn>(data_);
}

Value& Value::operator[](std::string_view key) {
  if (is_null()) data_ = Map{};
  return as_map()[key];
}

const Value* Value::find(std::string_view key) const noexcept {
  return is_map() ? std::get<Map>(data_).find(key) : nullptr;
}

Value* Value::find(std::string_view key) noexcept { return is_map() ? std::get<Map>(data_).find(key) : nullptr; }

void Value::push_back(Value v) {
  if (is_null()) data_ = List{};
  as_list().push_back(std::move(v));
}

bool operator==(const Value& a, const Value& b) {
  if (a.is_numeral() || b.is_numeral()) return a.is_numeral() && b.is_numeral() && a.as_numeral() == b.as_numeral();
  if (a.is_number() && b.is_number()) {
    if (a.is_int() && b.is_int()) return a.as_int() == b.as_int();
    return a.as_double() == b.as_double();
  }
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case Value::Kind::Null:
      return true;
    case Value::Kind::Bool:
      return a.as_bool() == b.as_bool();
    case Value::Kind::String:
      return a.as_string() == b.as_string();
    case Value::Kind::List:
      return a.as_list() == b.as_list();
    case Value::Kind::Map:
      return maps_equal(a.as_map(), b.as_map());
    case Value::Kind::Fn:
      return a.as_fn().kind() == b.as_fn().kind() && a.as_fn().argument() == b.as_fn().argument();
    case Value::Kind::Int:
    case Value::Kind::Double:
    case Value::Kind::Numeral:
      break;  // handled above
  }
  return false;
}

std::string_view kind_name(Value::Kind kind) noexcept {
  switch (kind) {
    case Value::Kind::Null:
      return "null";
    case Value::Kind::Bool:
      return "boolean";
    case Value::Kind::Int:
      return "integer";
    case Value::Kind::Double:
    case Value::Kind::Numeral:
      return "number";
    case Value::Kind::String:
      return "string";
    case Value::Kind::List:
      return "list";
    case Value::Kind::Map:
      return "map";
    case Value::Kind::Fn:
      return "function";
  }
  return "?";
}

std::string describe_kind(const Value& v) {
  if (v.is_fn()) return std::string(fn_name(v.as_fn().kind()));
  if (v.is_numeral() && v.as_numeral().is_integer()) return std::string(kind_name(Value::Kind::Int));
  return std::string(kind_name(v.kind()));
}

}  // namespace cfn
