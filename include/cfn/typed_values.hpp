// The parameter types of the generated setters. Each wraps a cfn::Value and
// accepts exactly what CloudFormation accepts for the property, plus any
// intrinsic function (cfn::Fn), so a wrong shape does not compile:
//
//   ec2::VPC{}.CidrBlock("10.0.0.0/16")        // Str: text or a function
//   asg.MaxSize(1)                             // Int: an integer, never "1" or 1.5
//   ec2::Subnet{}.AvailabilityZone(cfn::select(0, cfn::get_azs()))
//   lt.SecurityGroupIds({sg.ref()})            // ListOf<Str>
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

/// Common base: the wrapped value.
class TypedValue {
 public:
  [[nodiscard]] const Value& value() const& noexcept { return value_; }
  [[nodiscard]] Value&& value() && noexcept { return std::move(value_); }

 protected:
  explicit TypedValue(Value v) noexcept : value_(std::move(v)) {}

 private:
  Value value_;
};

/// A String or Timestamp property.
class Str : public TypedValue {
 public:
  Str(const char* s) : TypedValue(s) {}
  Str(std::string s) noexcept : TypedValue(std::move(s)) {}
  Str(std::string_view s) : TypedValue(s) {}
  Str(Fn f) noexcept : TypedValue(std::move(f)) {}
};

/// An Integer property.
class Int : public TypedValue {
 public:
  template <std::integral T>
  requires(!std::same_as<T, bool> && !std::same_as<T, char>) Int(T i) : TypedValue(i) {}
  Int(Fn f) noexcept : TypedValue(std::move(f)) {}
};

/// A Double property.
class Num : public TypedValue {
 public:
  template <class T>
  requires(std::is_arithmetic_v<T> && !std::same_as<T, bool> && !std::same_as<T, char>) Num(T n) : TypedValue(n) {}
  Num(Fn f) noexcept : TypedValue(std::move(f)) {}
};

/// A Boolean property (only bool converts: no pointers, no integers).
class Bool : public TypedValue {
 public:
  template <std::same_as<bool> T>
  Bool(T b) : TypedValue(b) {}
  Bool(Fn f) noexcept : TypedValue(std::move(f)) {}
};

/// A Json property, or one the specification allows several shapes for:
/// any value (a map, a list, a cfn::policy::PolicyDocument...). Checked against
/// the specification when the template is emitted.
class Json : public TypedValue {
 public:
  template <class T>
  requires std::constructible_from<Value, T&&> Json(T&& v) : TypedValue(Value(std::forward<T>(v))) {}
};

/// A property whose value is a property type (a generated class).
template <class T>
class Obj : public TypedValue {
 public:
  Obj(const T& object) : TypedValue(object.to_value()) {}
  Obj(Fn f) noexcept : TypedValue(std::move(f)) {}
};

/// A List property: items of T, or a function producing a list.
template <class T>
class ListOf : public TypedValue {
 public:
  ListOf(std::initializer_list<T> items) : TypedValue(collect(items)) {}
  template <class U>
  requires std::constructible_from<T, const U&> ListOf(const std::vector<U>& items) : TypedValue(collect(items)) {}
  ListOf(Fn f) noexcept : TypedValue(std::move(f)) {}

 private:
  template <class Range>
  static List collect(const Range& items) {
    List out;
    out.reserve(items.size());
    for (const auto& item : items) out.push_back(T(item).value());
    return out;
  }
};

/// A Map property: string keys, values of T, or a function producing a map.
template <class T>
class MapOf : public TypedValue {
 public:
  MapOf(std::initializer_list<std::pair<std::string, T>> entries) : TypedValue(collect(entries)) {}
  template <class U>
  requires std::constructible_from<T, const U&> MapOf(const std::map<std::string, U>& entries)
      : TypedValue(collect(entries)) {}
  MapOf(Fn f) noexcept : TypedValue(std::move(f)) {}

 private:
  template <class Range>
  static Map collect(const Range& entries) {
    Map out;
    out.reserve(entries.size());
    for (const auto& [key, value] : entries) out.set(key, T(value).value());
    return out;
  }
};

}  // namespace cfn
