// The path of the node an emitter is writing ("Resources.Vol.Properties.Tags[0]"),
// so that an error names where the bad value is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cfn::emitter {

class NodePath {
 public:
  class Scope {
   public:
    explicit Scope(NodePath& path) : path_(path) {}
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;
    ~Scope() { path_.parts_.pop_back(); }

   private:
    NodePath& path_;
  };

  [[nodiscard]] Scope enter(std::string_view key) {
    parts_.emplace_back(key);
    return Scope(*this);
  }
  [[nodiscard]] Scope enter(std::size_t index) {
    parts_.emplace_back(index);
    return Scope(*this);
  }

  /// "Resources.Vol.Properties.Tags[0]", or "(root)".
  [[nodiscard]] std::string str() const;

  /// Throws cfn::Error at this path when s is not valid UTF-8.
  void check_utf8(std::string_view s) const;
  [[noreturn]] void fail(std::string_view message) const;

 private:
  std::vector<std::variant<std::string_view, std::size_t>> parts_;
};

}  // namespace cfn::emitter
