#include "cfn/patterns/fleet.hpp"

#include <set>
#include <string_view>
#include <unordered_set>

#include "cfn/error.hpp"
#include "cfn/parse.hpp"

namespace cfn::patterns {
namespace {

// Data volumes are gp3: 1 to 16384 GiB.
constexpr std::int64_t kMaxVolumeGiB = 16384;

bool is_member_name(std::string_view name) {
  if (name.empty() || !((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z'))) return false;
  for (const char c : name)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

class FleetReader {
 public:
  explicit FleetReader(const Document& document) : document_(document) {}

  Fleet read() {
    if (!document_.duplicate_keys.empty())
      fail(document_.duplicate_keys.front().duplicate, "'" + document_.duplicate_keys.front().key + "' is given twice");
    const Map& root = document_.root.as_map();
    for (const Member& m : root)
      if (m.key != "instances") fail(m.key_mark, "unknown field '" + m.key + "' (a fleet file has only 'instances')");
    const Value* instances = root.find("instances");
    if (instances == nullptr) fail(document_.root.mark(), "no 'instances' list");
    if (!instances->is_list() || instances->as_list().empty())
      fail(instances->mark(), "'instances' is a list of at least one instance");
    if (instances->as_list().size() > kMaxFleetMembers)
      fail(instances->mark(), "more than " + std::to_string(kMaxFleetMembers) + " instances");
    Fleet fleet;
    for (const Value& entry : instances->as_list()) fleet.members.push_back(member(entry));
    if (zones_.size() > kMaxFleetZones)
      fail(instances->mark(), "the instances are in " + std::to_string(zones_.size()) +
                                  " availability zones; a fleet's "
                                  "network spans at most " +
                                  std::to_string(kMaxFleetZones));
    return fleet;
  }

 private:
  [[noreturn]] void fail(Mark mark, std::string reason) const {
    throw ParseError(document_.file, mark, std::move(reason));
  }

  const std::string& string_field(const Member& m) const {
    if (!m.value.is_string() || m.value.as_string().empty())
      fail(m.value.mark(), "'" + m.key + "' is a non-empty string");
    return m.value.as_string();
  }

  FleetMember member(const Value& entry) {
    if (!entry.is_map()) fail(entry.mark(), "an instance is a map with at least a 'name'");
    FleetMember out;
    for (const Member& m : entry.as_map()) {
      if (m.key == "name") {
        out.name = string_field(m);
        if (!is_member_name(out.name))
          fail(m.value.mark(), "name '" + out.name +
                                   "': ASCII letters and digits, starting with a letter (it starts "
                                   "the logical ids of the instance's resources)");
        if (!names_.insert(out.name).second) fail(m.value.mark(), "name '" + out.name + "' is used twice");
      } else if (m.key == "availability_zone") {
        out.availability_zone = string_field(m);
        zones_.insert(out.availability_zone);
      } else if (m.key == "instance_type") {
        out.instance_type = string_field(m);
      } else if (m.key == "volume_size") {
        if (!m.value.is_int() || m.value.as_int() < 1 || m.value.as_int() > kMaxVolumeGiB)
          fail(m.value.mark(), "'volume_size' is a whole number of GiB from 1 to " + std::to_string(kMaxVolumeGiB));
        out.volume_size = static_cast<int>(m.value.as_int());
      } else if (m.key == "tags") {
        if (!m.value.is_map()) fail(m.value.mark(), "'tags' is a map of tag names to values");
        for (const Member& tag : m.value.as_map()) out.tags.emplace_back(tag.key, string_field(tag));
      } else {
        fail(m.key_mark, "unknown field '" + m.key +
                             "' (an instance has name, availability_zone, instance_type, volume_size and tags)");
      }
    }
    if (out.name.empty()) fail(entry.mark(), "an instance without a 'name'");
    return out;
  }

  const Document& document_;
  std::unordered_set<std::string> names_;
  std::set<std::string> zones_;
};

}  // namespace

Fleet numbered_fleet(std::size_t count) {
  if (count == 0 || count > kMaxFleetMembers)
    throw Error("a fleet has 1 to " + std::to_string(kMaxFleetMembers) + " instances, not " + std::to_string(count));
  Fleet fleet;
  fleet.members.reserve(count);
  for (std::size_t i = 1; i <= count; ++i) fleet.members.push_back({.name = "Instance" + std::to_string(i)});
  return fleet;
}

Fleet read_fleet(const Document& document) { return FleetReader(document).read(); }

Fleet read_fleet(const std::filesystem::path& path) { return read_fleet(parse_file(path)); }

}  // namespace cfn::patterns
