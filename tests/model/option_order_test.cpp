// The option structs of the public headers document the order their
// designated initializers must follow (C++20 requires declaration order): each
// "Designated-initializer order: a, b, c." comment must list the fields of the
// struct that follows it, in their declaration order, so the comment a user
// reads never lies.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cfn/file.hpp"

namespace fs = std::filesystem;

namespace {

struct Documented {
  std::string header;
  std::string name;
  std::vector<std::string> said;    // the comment's list
  std::vector<std::string> fields;  // the declaration's data members
};

std::vector<std::string> split_list(const std::string& list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) {
    item.erase(0, item.find_first_not_of(" \n/"));
    item.erase(item.find_last_not_of(" .\n") + 1);
    out.push_back(item);
  }
  return out;
}

std::vector<Documented> documented_structs() {
  // The comment (over several /// lines), then the struct and its body up to "};".
  const std::regex comment(R"(Designated-initializer(?:\s|/)+order(?:\s*\([^)]*\))?:\s*((?:[^.])*)\.)");
  const std::regex head(R"(struct\s+(\w+)\s*\{)");
  const std::regex member(R"(^  (?!\[\[|///|//|friend|static)[^(){};=]*?\b(\w+)\s*(?:\{[^}]*\}|=[^;]*)?;)");
  std::vector<Documented> out;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(CFNPP_SOURCE_DIR) / "include" / "cfn")) {
    if (entry.path().extension() != ".hpp") continue;
    const std::string text = cfn::read_file(entry.path());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), comment); it != std::sregex_iterator(); ++it) {
      Documented d{fs::relative(entry.path(), CFNPP_SOURCE_DIR).generic_string(), "", {}, {}};
      std::string list = (*it)[1].str();
      for (std::size_t slash; (slash = list.find("///")) != std::string::npos;) list.erase(slash, 3);
      d.said = split_list(list);
      std::smatch s;
      const std::string rest = text.substr(static_cast<std::size_t>(it->position() + it->length()));
      REQUIRE(std::regex_search(rest, s, head));
      d.name = s[1].str();
      const std::string body = rest.substr(static_cast<std::size_t>(s.position() + s.length()),
                                           rest.find("\n};", static_cast<std::size_t>(s.position())) -
                                               static_cast<std::size_t>(s.position() + s.length()));
      std::stringstream lines(body);
      for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (std::regex_search(line, m, member) && line.find('(') == std::string::npos) d.fields.push_back(m[1].str());
      }
      out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("every documented designated-initializer order is the declaration order", "[model][options]") {
  const std::vector<Documented> structs = documented_structs();
  std::vector<std::string> names;
  for (const Documented& d : structs) {
    INFO(d.header << ": struct " << d.name);
    CHECK(d.said == d.fields);
    names.push_back(d.name);
  }
  // The option structs a user writes most.
  for (const char* expected : {"Parameter", "ResourceOptions", "Output", "Statement"})
    CHECK(std::find(names.begin(), names.end(), expected) != names.end());
}
