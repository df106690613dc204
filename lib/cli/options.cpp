#include "cli/options.hpp"

#include <cxxopts.hpp>

namespace cfn::detail::cli {

std::size_t Arguments::count(std::string_view name) const {
  const auto it = options_.find(name);
  return it == options_.end() ? 0 : it->second.count;
}

std::string Arguments::text(std::string_view name) const {
  const auto it = options_.find(name);
  return it == options_.end() || it->second.values.empty() ? std::string() : it->second.values.front();
}

std::vector<std::string> Arguments::texts(std::string_view name) const {
  const auto it = options_.find(name);
  return it == options_.end() ? std::vector<std::string>() : it->second.values;
}

std::size_t Arguments::number(std::string_view name) const {
  const auto it = options_.find(name);
  return it == options_.end() ? 0 : it->second.number;
}

namespace {

enum class Kind : unsigned char { Flag, Text, Texts, Count, Stored };

// The name cxxopts keys an option by: its long name, else its short one.
std::string key_of(const std::string& names) {
  const std::size_t comma = names.rfind(',');
  std::string key = comma == std::string::npos ? names : names.substr(comma + 1);
  key.erase(0, key.find_first_not_of(' '));
  return key;
}

}  // namespace

struct OptionSet::Impl {
  struct Declared {
    std::string key;
    Kind kind;
    bool has_default;
  };
  cxxopts::Options options;
  std::string group;
  std::vector<Declared> declared;

  void add(const std::string& names, const std::string& help, const std::shared_ptr<const cxxopts::Value>& value,
           const std::string& value_name, Kind kind, bool has_default) {
    options.add_options(group)(names, help, value, value_name);
    declared.push_back({key_of(names), kind, has_default});
  }
};

OptionSet::OptionSet(std::string program, std::string description)
    : impl_(std::make_unique<Impl>(Impl{cxxopts::Options(std::move(program), std::move(description)), "", {}})) {}
OptionSet::OptionSet(OptionSet&&) noexcept = default;
OptionSet& OptionSet::operator=(OptionSet&&) noexcept = default;
OptionSet::~OptionSet() = default;

OptionSet& OptionSet::group(std::string name) {
  impl_->group = std::move(name);
  return *this;
}

OptionSet& OptionSet::flag(const std::string& names, const std::string& help) {
  impl_->add(names, help, cxxopts::value<bool>(), "", Kind::Flag, false);
  return *this;
}

OptionSet& OptionSet::text(const std::string& names, const std::string& help, std::optional<std::string> default_value,
                           const std::string& value_name) {
  auto value = cxxopts::value<std::string>();
  if (default_value) value->default_value(*default_value);
  impl_->add(names, help, value, value_name, Kind::Text, default_value.has_value());
  return *this;
}

OptionSet& OptionSet::text_or(const std::string& names, const std::string& help, std::string default_value,
                              std::string implicit_value) {
  impl_->add(names, help, cxxopts::value<std::string>()->default_value(default_value)->implicit_value(implicit_value),
             "", Kind::Text, true);
  return *this;
}

OptionSet& OptionSet::texts(const std::string& names, const std::string& help, const std::string& value_name) {
  impl_->add(names, help, cxxopts::value<std::vector<std::string>>(), value_name, Kind::Texts, false);
  return *this;
}

OptionSet& OptionSet::count(const std::string& names, const std::string& help, std::optional<std::size_t> default_value,
                            const std::string& value_name) {
  auto value = cxxopts::value<std::size_t>();
  if (default_value) value->default_value(std::to_string(*default_value));
  impl_->add(names, help, value, value_name, Kind::Count, default_value.has_value());
  return *this;
}

OptionSet& OptionSet::stored(const std::string& names, const std::string& help, int& store) {
  impl_->add(names, help, cxxopts::value(store)->default_value(std::to_string(store)), "", Kind::Stored, true);
  return *this;
}

OptionSet& OptionSet::stored(const std::string& names, const std::string& help, std::string& store) {
  auto value = cxxopts::value(store);
  if (!store.empty()) value->default_value(store);
  impl_->add(names, help, value, "", Kind::Stored, !store.empty());
  return *this;
}

OptionSet& OptionSet::positional(const std::string& name, const std::string& help, const std::string& usage) {
  impl_->add(name, help, cxxopts::value<std::vector<std::string>>(), "", Kind::Texts, false);
  impl_->options.parse_positional({name});
  impl_->options.positional_help(usage);
  return *this;
}

const std::string& OptionSet::program() const { return impl_->options.program(); }

std::string OptionSet::help() const { return impl_->options.help(); }

Arguments OptionSet::parse(int argc, const char* const* argv) {
  try {
    const cxxopts::ParseResult result = impl_->options.parse(argc, argv);
    Arguments arguments;
    for (const Impl::Declared& d : impl_->declared) {
      Arguments::Given given;
      given.count = result.count(d.key);
      if (given.count != 0 || d.has_default) switch (d.kind) {
          case Kind::Flag:
          case Kind::Stored:
            break;
          case Kind::Text:
            given.values.push_back(result[d.key].as<std::string>());
            break;
          case Kind::Texts:
            given.values = result[d.key].as<std::vector<std::string>>();
            break;
          case Kind::Count:
            given.number = result[d.key].as<std::size_t>();
            break;
        }
      arguments.options_.emplace(d.key, std::move(given));
    }
    for (const cxxopts::KeyValue& kv : result.arguments()) arguments.in_order_.emplace_back(kv.key(), kv.value());
    arguments.unmatched_ = result.unmatched();
    return arguments;
  } catch (const cxxopts::exceptions::exception& e) {
    throw OptionError(e.what());
  }
}

}  // namespace cfn::detail::cli
