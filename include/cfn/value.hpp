/// @file
/// The template value model: an ordered JSON-like value whose nodes may also be
/// CloudFormation intrinsic functions. Every section of a template, every
/// property and every intrinsic argument is a cfn::Value.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cfn/detail/key_index.hpp"
#include "cfn/error.hpp"

namespace cfn {

/// The intrinsic functions of CloudFormation, plus the Condition reference.
enum class FnKind : std::uint8_t {
  Ref,
  GetAtt,
  Sub,
  Join,
  Select,
  Split,
  If,
  Base64,
  GetAZs,
  ImportValue,
  FindInMap,
  Cidr,
  Length,
  ToJsonString,
  Equals,
  And,
  Or,
  Not,
  Condition,
  Transform,
};

/// Long-form key: "Ref", "Fn::GetAtt", "Condition".
std::string_view fn_name(FnKind kind) noexcept;
/// YAML short-form tag without the '!': "Ref", "GetAtt", "Condition".
std::string_view fn_tag(FnKind kind) noexcept;
/// Inverse of fn_name; nullopt for keys that are not intrinsics.
std::optional<FnKind> fn_from_name(std::string_view long_name) noexcept;
/// Inverse of fn_tag (tag given without the '!').
std::optional<FnKind> fn_from_tag(std::string_view tag) noexcept;

class Value;
struct Member;
/// A list value: items in order.
using List = std::vector<Value>;

/// A string-keyed map that keeps insertion order. Keys are unique. Finding a
/// key takes constant time on average (a hash index once the map has a few
/// members), so reading or comparing a map is linear in its size. A member's
/// key must not be changed through an iterator (the index would not see it):
/// build a new map instead.
class Map {
 public:
  /// @name Iteration
  //@{
  /// Over the members, in insertion order.
  using iterator = std::vector<Member>::iterator;
  using const_iterator = std::vector<Member>::const_iterator;
  iterator begin() noexcept;
  iterator end() noexcept;
  const_iterator begin() const noexcept;
  const_iterator end() const noexcept;
  //@}

  Map() = default;
  /// Throws cfn::Error when a key appears twice.
  Map(std::initializer_list<Member> members);
  /// @name Copy and move
  //@{
  /// Deep copies (defined in the library, where Member is complete: clang instantiates them on first mention).
  Map(const Map& other);
  Map(Map&& other) noexcept;
  Map& operator=(const Map& other);
  Map& operator=(Map&& other) noexcept;
  //@}
  ~Map();

  /// The number of members.
  [[nodiscard]] std::size_t size() const noexcept;
  /// No members.
  [[nodiscard]] bool empty() const noexcept;
  /// A member has this key (case-sensitive).
  [[nodiscard]] bool contains(std::string_view key) const noexcept;
  /// @name Lookup
  //@{
  /// The value for key, or nullptr when absent.
  [[nodiscard]] Value* find(std::string_view key) noexcept;
  [[nodiscard]] const Value* find(std::string_view key) const noexcept;
  //@}
  /// @name Member lookup
  //@{
  /// The member holding `key`, or end().
  [[nodiscard]] iterator find_member(std::string_view key) noexcept;
  [[nodiscard]] const_iterator find_member(std::string_view key) const noexcept;
  //@}
  /// @name Checked lookup
  //@{
  /// The value for key; throws cfn::Error naming the key when it is absent.
  [[nodiscard]] const Value& at(std::string_view key) const;
  [[nodiscard]] Value& at(std::string_view key);
  //@}
  /// The value for key, appended as null when absent.
  Value& operator[](std::string_view key);
  /// Replaces the value in place when the key exists, appends it otherwise.
  Value& set(std::string_view key, Value value);
  /// Appends without looking for an existing key; the caller guarantees uniqueness
  /// (the parser checks duplicates itself, with positions).
  void append(Member member);
  /// Removes the member with this key; false when there is none.
  bool erase(std::string_view key);
  /// Makes room for n members.
  void reserve(std::size_t n);

 private:
  std::vector<Member> members_;
  detail::KeyIndex index_;
};

/// An intrinsic function node: the function and its single argument
/// ({"Fn::Join": [",", [...]]} has the list as argument).
class Fn {
 public:
  /// The function `kind` applied to `argument` (not checked: the builders of intrinsics.hpp check shapes).
  Fn(FnKind kind, Value argument);
  /// @name Copy and move
  //@{
  /// Deep copies.
  Fn(const Fn& other);
  Fn(Fn&& other) noexcept = default;
  Fn& operator=(const Fn& other);
  Fn& operator=(Fn&& other) noexcept = default;
  //@}
  ~Fn();

  /// Which function.
  [[nodiscard]] FnKind kind() const noexcept { return kind_; }
  /// @name Argument
  //@{
  /// The function's argument.
  [[nodiscard]] const Value& argument() const noexcept { return *argument_; }
  [[nodiscard]] Value& argument() noexcept { return *argument_; }
  //@}

 private:
  FnKind kind_;
  std::unique_ptr<Value> argument_;  ///< boxed: Value contains Fn
};

/// A number that no 64-bit integer or double holds exactly, kept as its text
/// so that reading and writing a template never changes it: an integer beyond
/// 64 bits (18446744073709551616), a float that overflows or underflows a
/// double (1e400, 1E-400), or YAML's infinities and NaN. The text is a JSON
/// number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`) or one of
/// `.inf`, `-.inf`, `.nan`.
class Numeral {
 public:
  /// Throws cfn::Error when `text` is not one of those forms.
  explicit Numeral(std::string text);
  /// The number as written.
  [[nodiscard]] const std::string& text() const noexcept { return text_; }
  /// An integer: no fraction, no exponent.
  [[nodiscard]] bool is_integer() const noexcept;
  /// Not .inf, -.inf or .nan.
  [[nodiscard]] bool is_finite() const noexcept;
  /// The same number, compared exactly as decimals (1e400 == 1.0e+400 ==
  /// 10e399); .nan equals .nan.
  friend bool operator==(const Numeral& a, const Numeral& b) noexcept;

 private:
  std::string text_;
};

/// Position of a node in the document it was parsed from (1-based); 0 when built in code.
struct Mark {
  std::uint32_t line = 0;    ///< 1-based line; 0: unknown
  std::uint32_t column = 0;  ///< 1-based column; 0: unknown
  /// The node came from a document (it has a line).
  [[nodiscard]] constexpr bool known() const noexcept { return line != 0; }
  /// Same line and column.
  friend constexpr bool operator==(Mark, Mark) = default;
};

/// One node of a template: null, a boolean, an integer, a double, a numeral, a
/// string, a list, a map (insertion-ordered) or an intrinsic function, with the position
/// it was parsed from. Implicitly constructible from each, so `Map{{"Key", 1}}`
/// and `List{"a", cfn::ref("B")}` read like the YAML they stand for.
class Value {
 public:
  /// What a value holds (the order of the alternatives).
  enum class Kind : std::uint8_t { Null, Bool, Int, Double, Numeral, String, List, Map, Fn };

  /// @name Construction
  //@{
  /// From what it holds (default: null). Defined in the library, as are copy,
  /// move and destruction: inline, every file that builds a value would
  /// instantiate and compile the variant's machinery for all nine kinds
  /// (two thirds of the functions a stack's object file held, issue 18).
  Value() noexcept;
  Value(std::nullptr_t) noexcept;
  Value(bool b) noexcept;
  /// Any integer but bool and char; throws cfn::Error when it does not fit 64 signed bits.
  template <std::integral T>
  requires(!std::same_as<T, bool> && !std::same_as<T, char>) Value(T i) : Value(Int64{checked_int(i)}) {}
  /// Throws cfn::Error on NaN or infinity, which no template can hold.
  Value(double d);
  Value(const char* s);
  Value(std::string s) noexcept;
  Value(std::string_view s);
  Value(List list) noexcept;
  Value(Map map) noexcept;
  Value(Fn fn) noexcept;
  Value(Numeral n) noexcept;
  //@}
  /// @name Copy and move
  //@{
  /// Deep copies.
  Value(const Value& other);
  Value(Value&& other) noexcept;
  Value& operator=(const Value& other);
  Value& operator=(Value&& other) noexcept;
  //@}
  ~Value();

  /// What the value holds.
  [[nodiscard]] Kind kind() const noexcept { return static_cast<Kind>(data_.index()); }
  /// @name Kind tests
  //@{
  /// Whether the value holds that kind.
  [[nodiscard]] bool is_null() const noexcept { return kind() == Kind::Null; }
  [[nodiscard]] bool is_bool() const noexcept { return kind() == Kind::Bool; }
  [[nodiscard]] bool is_int() const noexcept { return kind() == Kind::Int; }
  [[nodiscard]] bool is_double() const noexcept { return kind() == Kind::Double; }
  [[nodiscard]] bool is_numeral() const noexcept { return kind() == Kind::Numeral; }
  [[nodiscard]] bool is_number() const noexcept { return is_int() || is_double() || is_numeral(); }
  [[nodiscard]] bool is_string() const noexcept { return kind() == Kind::String; }
  [[nodiscard]] bool is_list() const noexcept { return kind() == Kind::List; }
  [[nodiscard]] bool is_map() const noexcept { return kind() == Kind::Map; }
  [[nodiscard]] bool is_fn() const noexcept { return kind() == Kind::Fn; }
  /// This function (`is_fn(FnKind::Sub)`).
  [[nodiscard]] bool is_fn(FnKind k) const noexcept;
  //@}
  /// Scalars are null, booleans, numbers and strings.
  [[nodiscard]] bool is_scalar() const noexcept { return kind() <= Kind::String; }

  /// @name Typed access
  //@{
  /// Each throws cfn::Error naming the expected and actual kinds.
  [[nodiscard]] bool as_bool() const;
  [[nodiscard]] std::int64_t as_int() const;
  /// Integers convert to double, numerals to the nearest double (or infinity, or NaN).
  [[nodiscard]] double as_double() const;
  [[nodiscard]] const Numeral& as_numeral() const;
  [[nodiscard]] const std::string& as_string() const;
  [[nodiscard]] std::string& as_string();
  [[nodiscard]] const List& as_list() const;
  [[nodiscard]] List& as_list();
  [[nodiscard]] const Map& as_map() const;
  [[nodiscard]] Map& as_map();
  [[nodiscard]] const Fn& as_fn() const;
  [[nodiscard]] Fn& as_fn();
  //@}

  /// Map member access; a null value becomes an empty map first (as in nlohmann::json).
  Value& operator[](std::string_view key);
  /// @name Member lookup
  //@{
  /// The member of a map, or nullptr when this is not a map or has no such key.
  [[nodiscard]] const Value* find(std::string_view key) const noexcept;
  [[nodiscard]] Value* find(std::string_view key) noexcept;
  //@}
  /// Appends to a list; a null value becomes an empty list first.
  void push_back(Value v);

  /// Where the value was written in a parsed document (Mark::known() false when built in code).
  [[nodiscard]] Mark mark() const noexcept { return mark_; }
  /// Records where the value was written (the parser does).
  void set_mark(Mark m) noexcept { mark_ = m; }

  /// Semantic equality: map key order and source positions do not matter,
  /// integers equal doubles of the same value, list order does. A numeral
  /// equals only a numeral of the same number.
  friend bool operator==(const Value& a, const Value& b);

 private:
  /// An integer already checked to fit (what the integer constructor delegates to).
  struct Int64 {
    std::int64_t value;
  };
  explicit Value(Int64 i) noexcept;

  template <std::integral T>
  static std::int64_t checked_int(T i) {
    if constexpr (std::is_unsigned_v<T> && sizeof(T) >= sizeof(std::int64_t)) {
      if (i > static_cast<T>(std::numeric_limits<std::int64_t>::max()))
        throw Error("integer " + std::to_string(i) + " does not fit a template number");
    }
    return static_cast<std::int64_t>(i);
  }

  std::variant<std::nullptr_t, bool, std::int64_t, double, Numeral, std::string, List, Map, Fn> data_;
  Mark mark_;
};

/// "null", "boolean", "integer", "number", "string", "list", "map", "function".
std::string_view kind_name(Value::Kind kind) noexcept;
/// kind_name of the value; for functions the function's name ("Fn::Sub").
std::string describe_kind(const Value& v);

/// A map entry. key_mark is where the key was written in a parsed document.
struct Member {
  std::string key;  ///< the member's name
  Value value;      ///< the member's value
  Mark key_mark{};  ///< where the key was written
};

// ---- inline definitions that need Member and Value complete ----

inline std::size_t Map::size() const noexcept { return members_.size(); }
inline bool Map::empty() const noexcept { return members_.empty(); }
inline bool Map::contains(std::string_view key) const noexcept { return find(key) != nullptr; }
inline Map::iterator Map::begin() noexcept { return members_.begin(); }
inline Map::iterator Map::end() noexcept { return members_.end(); }
inline Map::const_iterator Map::begin() const noexcept { return members_.begin(); }
inline Map::const_iterator Map::end() const noexcept { return members_.end(); }

}  // namespace cfn
