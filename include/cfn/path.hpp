/// @file
/// Where a value stands in a template document: a sequence of steps, each a
/// map key (a function's long name counts as a key: "Fn::Sub") or a list
/// index. Lint findings, diff changes, emit errors and fmt messages all carry
/// a Path, and each of its written forms has one renderer here:
///
/// @code
///   cfn::Path p{"Resources", "Vol", "Properties", "Tags", 0, "Value"};
///   cfn::to_string(p);  // "Resources.Vol.Properties.Tags[0].Value" (for people)
///   cfn::to_value(p);   // ["Resources", "Vol", "Properties", "Tags", 0, "Value"] (for programs)
/// @endcode
///
/// A Path is a value type built for walks that push and pop one step at a
/// time: the keys share one buffer, so a step costs no allocation of its own.
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "cfn/detail/index_iterator.hpp"
#include "cfn/value.hpp"

namespace cfn {

/// A path into a template: keys and list indexes from the top
/// (Resources.Vol.Properties.Tags[0]); cfn::to_string writes it that way.
class Path {
 public:
  /// One step, as the path holds it; valid while the path is unchanged.
  class Step {
   public:
    /// A list index, not a map key.
    [[nodiscard]] bool is_index() const noexcept { return is_index_; }
    /// The key; "" for an index.
    [[nodiscard]] std::string_view key() const noexcept { return key_; }
    /// The index; 0 for a key.
    [[nodiscard]] std::size_t index() const noexcept { return index_; }
    /// Same kind and the same key or index.
    friend bool operator==(const Step&, const Step&) = default;

   private:
    friend class Path;
    Step(std::string_view key, std::size_t index, bool is_index) : key_(key), index_(index), is_index_(is_index) {}
    std::string_view key_;
    std::size_t index_;
    bool is_index_;
  };

  /// A step as written in an initializer list: a key or an index.
  class StepArg {
   public:
    /// @name Construction
    //@{
    /// A key (text) or an index (any integer but bool and char).
    StepArg(std::string_view key) : key_(key) {}
    StepArg(const char* key) : key_(key) {}
    StepArg(const std::string& key) : key_(key) {}
    template <std::integral I>
    requires(!std::same_as<I, bool> && !std::same_as<I, char>) StepArg(I index)
        : index_(static_cast<std::size_t>(index)), is_index_(true) {}
    //@}

   private:
    friend class Path;
    std::string_view key_;
    std::size_t index_ = 0;
    bool is_index_ = false;
  };

  /// Iterates the steps, first to last.
  using iterator = detail::IndexIterator<Path, Step>;

  /// Pushes a step for its own lifetime, for walks that recurse:
  /// `const Path::Scope scope(path, key);`
  class Scope {
   public:
    /// @name Construction
    //@{
    /// Pushes the step onto `path`; the destructor pops it.
    Scope(Path& path, std::string_view key) : path_(path) { path.push(key); }
    Scope(Path& path, std::size_t index) : path_(path) { path.push(index); }
    //@}
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
    ~Scope() { path_.pop(); }

   private:
    Path& path_;
  };

  Path() = default;
  /// The steps given: `Path{"Resources", "Vol", "Properties", "Tags", 0}`.
  Path(std::initializer_list<StepArg> steps);

  /// @name Appending
  //@{
  /// Appends a step; returns *this, so steps chain: path.push("Properties").push(0).
  Path& push(std::string_view key);
  Path& push(std::size_t index);
  //@}
  /// Removes the last step (the path must not be empty).
  void pop() noexcept;
  /// @name Extending
  //@{
  /// This path with one more step.
  [[nodiscard]] Path operator/(std::string_view key) const;
  [[nodiscard]] Path operator/(std::size_t index) const;
  //@}

  /// The number of steps.
  [[nodiscard]] std::size_t size() const noexcept { return steps_.size(); }
  /// No steps: the top of the template.
  [[nodiscard]] bool empty() const noexcept { return steps_.empty(); }
  /// Step i (i < size()).
  [[nodiscard]] Step operator[](std::size_t i) const noexcept;
  /// The last step (the path must not be empty).
  [[nodiscard]] Step back() const noexcept { return (*this)[size() - 1]; }
  /// @name Iteration
  //@{
  /// Over the steps, first to last.
  [[nodiscard]] iterator begin() const noexcept { return {this, 0}; }
  [[nodiscard]] iterator end() const noexcept { return {this, size()}; }
  //@}
  /// True when `prefix`'s steps are this path's first steps.
  [[nodiscard]] bool starts_with(const Path& prefix) const noexcept;

  /// The same steps.
  friend bool operator==(const Path& a, const Path& b) noexcept;

 private:
  struct Entry {
    std::size_t offset_or_index;  ///< into keys_ for a key
    std::uint32_t size;           ///< of the key
    bool is_index;
  };
  std::string keys_;  ///< every key's bytes, one after the other
  std::vector<Entry> steps_;
};

/// "Resources.Vol.Properties.Tags[0].Value": keys joined by '.', indexes in
/// brackets. A key that is empty or holds '.', '[', ']', '"', '\', a space or a
/// control character is written as ["key"], with the key escaped as a JSON
/// string. The empty path is "".
[[nodiscard]] std::string to_string(const Path& path);

/// The steps as a JSON-ready list: keys as strings, indexes as integers.
[[nodiscard]] Value to_value(const Path& path);

}  // namespace cfn
