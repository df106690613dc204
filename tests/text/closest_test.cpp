// "Did you mean": ClosestNames gives closest_match's answer without looking
// at every name. The reference is the plain scan over all names.
#include "text/closest.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using cfn::detail::strings::closest_match;
using cfn::detail::strings::ClosestNames;
using cfn::detail::strings::edit_distance;

TEST_CASE("edit distance is Levenshtein's, ignoring ASCII case", "[text][closest]") {
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("Bucket", "bucket") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("VpcId", "VpcIds") == 1);
}

TEST_CASE("ClosestNames answers as the scan over every name does", "[text][closest]") {
  std::mt19937 random(20261202);
  const std::string letters = "aAbBcdeE_1";
  const auto word = [&](std::size_t low, std::size_t high) {
    std::string w(std::uniform_int_distribution<std::size_t>(low, high)(random), 'a');
    for (char& c : w) c = letters[random() % letters.size()];
    return w;
  };
  std::vector<std::string> storage;
  for (int i = 0; i < 400; ++i) storage.push_back(word(0, 9));
  const std::vector<std::string_view> names(storage.begin(), storage.end());
  const ClosestNames index(names);
  for (int i = 0; i < 3000; ++i) {
    std::string query = storage[random() % storage.size()];
    // Misspell it by up to three edits, or take an unrelated word.
    for (int edits = static_cast<int>(random() % 4); edits > 0 && !query.empty(); --edits) {
      const std::size_t at = random() % query.size();
      switch (random() % 3) {
        case 0: query[at] = letters[random() % letters.size()]; break;
        case 1: query.erase(at, 1); break;
        default: query.insert(at, 1, letters[random() % letters.size()]);
      }
    }
    if (random() % 5 == 0) query = word(0, 12);
    const std::size_t reach = random() % 4;
    INFO("query '" << query << "' within " << reach);
    CHECK(index.find(query, reach) == closest_match(query, names, reach));
  }
}

TEST_CASE("ClosestNames looks at few names: 20,000 misspelt against 20,000", "[text][closest]") {
  // Names alike but for their numbers, the worst case for a length filter;
  // one scan per query would take 4e8 edit distances.
  std::vector<std::string> storage;
  for (int i = 0; i < 20000; ++i) storage.push_back("Param" + std::to_string(i));
  const ClosestNames index(std::vector<std::string_view>(storage.begin(), storage.end()));
  std::size_t found = 0;
  for (int i = 0; i < 20000; ++i) found += index.find("Parom" + std::to_string(i), 2) == storage[i] ? 1 : 0;
  CHECK(found == 20000);
}
