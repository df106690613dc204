// Command-line options declared as data and parsed by cxxopts in options.cpp
// alone. cxxopts.hpp defines six std::regex objects at namespace scope, so
// every source that includes it compiles the regex engine (about 5 s at -O3)
// and the program compiles the six patterns at start-up once per such source
// (bench/README.md, "Build cost"). The commands and the stack drivers declare
// their options here and read them from Arguments.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cfn/error.hpp"

namespace cfn::detail::cli {

/// An option the command line gets wrong: unknown, missing its value, a
/// value of the wrong type. Its message is cxxopts'.
class OptionError : public Error {
 public:
  using Error::Error;
};

/// What a command line gave, by an option's long name (its short one when it
/// has none).
class Arguments {
 public:
  /// How many times the option was given (a default does not count).
  [[nodiscard]] std::size_t count(std::string_view name) const;
  /// A text option's value, given or its default; empty when it has neither.
  [[nodiscard]] std::string text(std::string_view name) const;
  /// Every value of a repeatable option or of the positional arguments.
  [[nodiscard]] std::vector<std::string> texts(std::string_view name) const;
  /// The value of a count option, given or its default (0 when neither).
  [[nodiscard]] std::size_t number(std::string_view name) const;
  /// Every option given, in command-line order, each value as written.
  [[nodiscard]] const std::vector<std::pair<std::string, std::string>>& in_order() const { return in_order_; }
  /// Arguments that are neither options nor declared positionals.
  [[nodiscard]] const std::vector<std::string>& unmatched() const { return unmatched_; }

 private:
  friend class OptionSet;
  struct Given {
    std::size_t count = 0;
    std::vector<std::string> values;  // a text option's values given, or its default
    std::size_t number = 0;           // a count option's value, given or its default
  };
  std::map<std::string, Given, std::less<>> options_;
  std::vector<std::pair<std::string, std::string>> in_order_;
  std::vector<std::string> unmatched_;
};

/// A command's options, in the order --help lists them.
class OptionSet {
 public:
  OptionSet(std::string program, std::string description);
  OptionSet(OptionSet&&) noexcept;
  OptionSet& operator=(OptionSet&&) noexcept;
  ~OptionSet();

  /// The group of --help the options declared next belong to ("" by default).
  OptionSet& group(std::string name);
  /// An option without a value.
  OptionSet& flag(const std::string& names, const std::string& help);
  /// An option with one value, and the name of that value in --help ("arg" when empty).
  OptionSet& text(const std::string& names, const std::string& help, std::optional<std::string> default_value = {},
                  const std::string& value_name = "");
  /// Like text(), and given without a value, it takes `implicit_value`.
  OptionSet& text_or(const std::string& names, const std::string& help, std::string default_value,
                     std::string implicit_value);
  /// A repeatable option (each value also split at commas, as cxxopts does).
  OptionSet& texts(const std::string& names, const std::string& help, const std::string& value_name = "");
  /// An option whose value is a count (a non-negative integer).
  OptionSet& count(const std::string& names, const std::string& help, std::optional<std::size_t> default_value = {},
                   const std::string& value_name = "");
  /// Options whose value goes to `store` when parsed, its value before parsing their default (for a
  /// string: when it is not empty).
  OptionSet& stored(const std::string& names, const std::string& help, int& store);
  OptionSet& stored(const std::string& names, const std::string& help, std::string& store);
  /// The arguments that are not options: read by texts(name); `usage` names them in --help.
  OptionSet& positional(const std::string& name, const std::string& help, const std::string& usage);

  [[nodiscard]] const std::string& program() const;
  [[nodiscard]] std::string help() const;
  /// Throws OptionError.
  [[nodiscard]] Arguments parse(int argc, const char* const* argv);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cfn::detail::cli
