/// @file
/// The parameter types of the generated setters. Each wraps a cfn::Value and
/// accepts exactly what CloudFormation accepts for the property, plus any
/// intrinsic function (cfn::Fn), so a wrong shape does not compile:
///
/// @code
///   ec2::VPC{}.CidrBlock("10.0.0.0/16")        // Str: text, an integer or a function
///   asg.MaxSize(1)                             // Str too (the specification types MaxSize as String): "1"
///   lambda.Timeout(30)                         // Int: an integer, never "30" or 1.5
///   ec2::Subnet{}.AvailabilityZone(cfn::select(0, cfn::get_azs()))
///   lt.SecurityGroupIds({sg.ref()})            // ListOf<Str>
///   lt.MetadataOptions([](auto& m) { m.HttpTokens("required"); })  // Obj<T>: a T, or a callable filling one
/// @endcode
///
/// A mistake the compiler can see stops at one error that says what the
/// property takes: a floating-point number for an Integer, a bool or nullptr
/// for a String, a resource handle where its Ref was meant (write
/// handle.ref()). A `const char*` that turns out null at run time never
/// reaches the template: the setter throws cfn::Error naming the property.
#pragma once

#include <concepts>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "cfn/value.hpp"

namespace cfn {

class ResourceRef;
class ParameterRef;
class ConditionRef;

namespace detail {

/// False for every T; static_assert(always_false<T>, ...) fails only when instantiated.
template <class>
inline constexpr bool always_false = false;

template <class T>
using bare = std::remove_cvref_t<T>;

/// A resource, parameter or condition handle (what Template::add returns).
template <class T>
concept handle = std::derived_from<bare<T>, ResourceRef> || std::same_as<bare<T>, ParameterRef> ||
    std::same_as<bare<T>, ConditionRef>;

/// A pointer (never an array: string literals are arrays) or nullptr.
template <class T>
concept pointer_or_null = std::is_pointer_v<bare<T>> || std::same_as<bare<T>, std::nullptr_t>;

template <class T>
concept text = std::convertible_to<T, std::string_view> && !pointer_or_null<T>;

template <class T>
concept integer = std::integral<bare<T>> && !std::same_as<bare<T>, bool> && !std::same_as<bare<T>, char>;

/// The error for a handle given where a value belongs (every property kind).
template <class T>
void reject_handle() {
  static_assert(always_false<T>,
                "a handle is not a value: write handle.ref() for its Ref, or call one of its attributes");
}

template <class T>
concept null = std::same_as<bare<T>, std::nullptr_t>;

/// A C string as a value; a null pointer becomes the null value, which every
/// setter rejects with the property's name (PropertyBag::put).
inline Value c_string(const char* text) { return text == nullptr ? Value() : Value(text); }

/// Throws cfn::Error: an item of a list or map property is null (a null `const char*`).
[[noreturn]] void null_item();

}  // namespace detail

/// Common base: the wrapped value.
class TypedValue {
 public:
  /// @name The wrapped value
  //@{
  /// What the setter stores.
  [[nodiscard]] const Value& value() const& noexcept { return value_; }
  [[nodiscard]] Value&& value() && noexcept { return std::move(value_); }

 protected:
  /// Wraps what a derived type accepted.
  explicit TypedValue(Value v) noexcept : value_(std::move(v)) {}
  //@}

 private:
  Value value_;
};

/// A String or Timestamp property: text, an integer (written as its decimal
/// text, as CloudFormation converts it anyway: MaxSize(1) is MaxSize: '1'),
/// or a function.
class Str : public TypedValue {
 public:
  /// @name Accepted
  //@{
  /// Text (a null `const char*` is refused by the setter, naming the property), an integer or a function.
  Str(const char* text) : TypedValue(detail::c_string(text)) {}
  Str(std::string s) noexcept : TypedValue(std::move(s)) {}
  Str(std::string_view s) : TypedValue(s) {}
  template <detail::integer T>
  Str(T number) : TypedValue(std::to_string(number)) {}
  Str(Fn f) noexcept : TypedValue(std::move(f)) {}
  //@}

  /// @name Rejected
  //@{
  /// Each fails to compile with a message saying what the property takes.
  template <detail::null T>
  Str(T&&) : TypedValue(nullptr) {
    static_assert(detail::always_false<T>,
                  "a String property takes text, an integer or a cfn::Fn, not nullptr: leave the property out");
  }
  template <std::floating_point T>
  Str(T) : TypedValue(nullptr) {
    static_assert(detail::always_false<T>,
                  "a String property takes text, an integer or a cfn::Fn, not a floating-point number: "
                  "write the text you mean (\"1.5\")");
  }
  template <std::same_as<bool> T>
  Str(T) : TypedValue(nullptr) {
    static_assert(detail::always_false<T>,
                  "a String property takes text, an integer or a cfn::Fn, not a bool: write \"true\" or \"false\"");
  }
  template <detail::handle T>
  Str(const T&) : TypedValue(nullptr) {
    detail::reject_handle<T>();
  }
  //@}
};

/// An Integer or Long property: an integer or a function.
class Int : public TypedValue {
 public:
  /// @name Accepted
  //@{
  /// An integer or a function.
  template <detail::integer T>
  Int(T i) : TypedValue(i) {}
  Int(Fn f) noexcept : TypedValue(std::move(f)) {}
  //@}

  /// @name Rejected
  //@{
  /// Each fails to compile with a message saying what the property takes.
  template <std::floating_point T>
  Int(T) : TypedValue(nullptr) {
    static_assert(detail::always_false<T>,
                  "an Integer property takes an integer or a cfn::Fn, not a floating-point number");
  }
  template <class T>
  requires(detail::text<T> || detail::pointer_or_null<T> || std::same_as<detail::bare<T>, bool>) Int(T&&)
      : TypedValue(nullptr) {
    static_assert(detail::always_false<T>,
                  "an Integer property takes an integer or a cfn::Fn, not text or a bool: write 80, not \"80\"");
  }
  template <detail::handle T>
  Int(const T&) : TypedValue(nullptr) {
    detail::reject_handle<T>();
  }
  //@}
};

/// A Double property: a number or a function.
class Num : public TypedValue {
 public:
  /// @name Accepted
  //@{
  /// A number or a function.
  template <class T>
  requires(std::is_arithmetic_v<T> && !std::same_as<T, bool> && !std::same_as<T, char>) Num(T n) : TypedValue(n) {}
  Num(Fn f) noexcept : TypedValue(std::move(f)) {}
  //@}

  /// @name Rejected
  //@{
  /// Each fails to compile with a message saying what the property takes.
  template <class T>
  requires(detail::text<T> || detail::pointer_or_null<T> || std::same_as<detail::bare<T>, bool>) Num(T&&)
      : TypedValue(nullptr) {
    static_assert(detail::always_false<T>,
                  "a Double property takes a number or a cfn::Fn, not text or a bool: write 0.5, not \"0.5\"");
  }
  template <detail::handle T>
  Num(const T&) : TypedValue(nullptr) {
    detail::reject_handle<T>();
  }
  //@}
};

/// A Boolean property: true, false or a function (no integers, no pointers).
class Bool : public TypedValue {
 public:
  /// @name Accepted
  //@{
  /// true, false or a function.
  template <std::same_as<bool> T>
  Bool(T b) : TypedValue(b) {}
  Bool(Fn f) noexcept : TypedValue(std::move(f)) {}
  //@}

  /// @name Rejected
  //@{
  /// Each fails to compile with a message saying what the property takes.
  template <class T>
  requires(!std::same_as<detail::bare<T>, bool> && !std::same_as<detail::bare<T>, Fn> &&
           (std::is_arithmetic_v<detail::bare<T>> || detail::text<T> || detail::pointer_or_null<T>)) Bool(T&&)
      : TypedValue(nullptr) {
    static_assert(detail::always_false<T>, "a Boolean property takes true, false or a cfn::Fn");
  }
  template <detail::handle T>
  Bool(const T&) : TypedValue(nullptr) {
    detail::reject_handle<T>();
  }
  //@}
};

/// A Json property, or one the specification allows several shapes for:
/// any value (a map, a list, a cfn::policy::PolicyDocument...). Checked against
/// the specification when the template is emitted.
class Json : public TypedValue {
 public:
  /// @name Accepted
  //@{
  /// Anything a cfn::Value is made from (a null `const char*` is refused by the setter).
  Json(const char* text) : TypedValue(detail::c_string(text)) {}
  template <class T>
  requires(std::constructible_from<Value, T&&> && !detail::pointer_or_null<T>) Json(T&& v)
      : TypedValue(Value(std::forward<T>(v))) {}
  //@}

  /// @name Rejected
  //@{
  /// Each fails to compile with a message saying what the property takes.
  template <detail::null T>
  Json(T&&) : TypedValue(nullptr) {
    static_assert(detail::always_false<T>, "a property takes a value, not nullptr: leave the property out");
  }
  template <detail::handle T>
  Json(const T&) : TypedValue(nullptr) {
    detail::reject_handle<T>();
  }
  //@}
};

/// A property whose value is a property type (a generated class): a T, a
/// callable that fills a default T (`[](auto& m) { m.HttpTokens("required"); }`),
/// or a function.
template <class T>
class Obj : public TypedValue {
 public:
  /// @name Accepted
  //@{
  /// A T, a callable filling a default T, or a function.
  Obj(const T& object) : TypedValue(object.to_value()) {}
  template <class F>
  requires(std::invocable<F&, T&> && !std::convertible_to<F, const T&>) Obj(F&& fill) : TypedValue(filled(fill)) {}
  Obj(Fn f) noexcept : TypedValue(std::move(f)) {}
  //@}

 private:
  template <class F>
  static Value filled(F& fill) {
    T object;
    fill(object);
    return object.to_value();
  }
};

/// A List property: items of T, or a function producing a list.
template <class T>
class ListOf : public TypedValue {
 public:
  /// Items of T (a null item throws cfn::Error).
  ListOf(std::initializer_list<T> items) : TypedValue(collect(items)) {}
  /// Items of anything a T is made from (a null item throws cfn::Error).
  template <class U>
  requires std::constructible_from<T, const U&> ListOf(const std::vector<U>& items) : TypedValue(collect(items)) {}
  /// A function producing a list.
  ListOf(Fn f) noexcept : TypedValue(std::move(f)) {}

 private:
  template <class Range>
  static List collect(const Range& items) {
    List out;
    out.reserve(items.size());
    for (const auto& item : items) {
      out.push_back(T(item).value());
      if (out.back().is_null()) detail::null_item();
    }
    return out;
  }
};

/// A Map property: string keys, values of T, or a function producing a map.
template <class T>
class MapOf : public TypedValue {
 public:
  /// @name Accepted
  //@{
  /// Entries of T (a null value throws cfn::Error), or a function producing a map.
  MapOf(std::initializer_list<std::pair<std::string, T>> entries) : TypedValue(collect(entries)) {}
  template <class U>
  requires std::constructible_from<T, const U&> MapOf(const std::map<std::string, U>& entries)
      : TypedValue(collect(entries)) {}
  MapOf(Fn f) noexcept : TypedValue(std::move(f)) {}
  //@}

 private:
  template <class Range>
  static Map collect(const Range& entries) {
    Map out;
    out.reserve(entries.size());
    for (const auto& [key, value] : entries)
      if (out.set(key, T(value).value()).is_null()) detail::null_item();
    return out;
  }
};

}  // namespace cfn
