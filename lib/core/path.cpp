#include "cfn/path.hpp"

#include <algorithm>

#include "text/json_string.hpp"

namespace cfn {

Path::Path(std::initializer_list<StepArg> steps) {
  steps_.reserve(steps.size());
  for (const StepArg& s : steps) {
    if (s.is_index_) {
      push(s.index_);
    } else {
      push(s.key_);
    }
  }
}

Path& Path::push(std::string_view key) {
  steps_.push_back({keys_.size(), static_cast<std::uint32_t>(key.size()), false});
  keys_ += key;
  return *this;
}

Path& Path::push(std::size_t index) {
  steps_.push_back({index, 0, true});
  return *this;
}

void Path::pop() noexcept {
  const Entry& last = steps_.back();
  if (!last.is_index) keys_.resize(last.offset_or_index);
  steps_.pop_back();
}

Path Path::operator/(std::string_view key) const {
  Path out = *this;
  out.push(key);
  return out;
}

Path Path::operator/(std::size_t index) const {
  Path out = *this;
  out.push(index);
  return out;
}

Path::Step Path::operator[](std::size_t i) const noexcept {
  const Entry& e = steps_[i];
  if (e.is_index) return Step({}, e.offset_or_index, true);
  return Step(std::string_view(keys_).substr(e.offset_or_index, e.size), 0, false);
}

bool Path::starts_with(const Path& prefix) const noexcept {
  if (prefix.size() > size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if ((*this)[i] != prefix[i]) return false;
  return true;
}

bool operator==(const Path& a, const Path& b) noexcept { return a.size() == b.size() && a.starts_with(b); }

namespace {

bool needs_quotes(std::string_view key) {
  if (key.empty()) return true;
  return std::any_of(key.begin(), key.end(), [](char c) {
    return c == '.' || c == '[' || c == ']' || c == '"' || c == '\\' || c == ' ' ||
           static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
  });
}

}  // namespace

std::string to_string(const Path& path) {
  std::string out;
  for (const Path::Step step : path) {
    if (step.is_index()) {
      out += '[';
      out += std::to_string(step.index());
      out += ']';
    } else if (needs_quotes(step.key())) {
      out += '[';
      detail::strings::append_json_string(out, step.key());
      out += ']';
    } else {
      if (!out.empty()) out += '.';
      out += step.key();
    }
  }
  return out;
}

Value to_value(const Path& path) {
  List steps;
  steps.reserve(path.size());
  for (const Path::Step step : path) {
    if (step.is_index()) {
      steps.emplace_back(step.index());
    } else {
      steps.emplace_back(step.key());
    }
  }
  return steps;
}

}  // namespace cfn
