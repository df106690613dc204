/// @file
/// A fleet: many instances of one stack pattern (one per legacy application,
/// licence server, build agent) in one template that shares a network and an
/// alarm topic. Each member gets the pattern's resources under its own prefix
/// (its name), its own zone, instance type, volume size and tags. A fleet
/// past CloudFormation's quotas is split into nested stacks by the drivers
/// (cfn/split.hpp), one member's resources staying together.
///
/// @code
///   cfn::patterns::Fleet fleet = cfn::patterns::read_fleet("fleet.yaml");
///   cfn::Template t = cfn::patterns::autoheal_fleet({}, fleet);
/// @endcode
///
/// A fleet file (YAML or JSON) lists the members; every field but the name may
/// be left out (the driver's options give the defaults):
///
/// @code
///   instances:
///     - name: LicenceServer          # letters and digits: it starts every logical id of the member
///       availability_zone: eu-west-1a
///       instance_type: t3.small
///       volume_size: 20              # GiB
///       tags: {Application: licences}
/// @endcode
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cfn/document.hpp"

namespace cfn::patterns {

/// One instance of the pattern in a fleet.
struct FleetMember {
  /// ASCII letters and digits, starting with a letter: the prefix of the member's logical ids.
  std::string name;
  /// Empty: the member goes in one of the region's first zones, in turn.
  std::string availability_zone{};
  /// Empty: the pattern's default.
  std::string instance_type{};
  /// GiB; none: the pattern's default.
  std::optional<int> volume_size{};
  /// Tags of the member's resources, after the pattern's own.
  std::vector<std::pair<std::string, std::string>> tags{};
};

/// The members of a fleet, in the order of the file.
struct Fleet {
  std::vector<FleetMember> members;  ///< each with a distinct name
};

/// The most members a fleet may have: a hundred thousand, far past what an
/// account's quotas allow, but a bound on what a file can ask for.
inline constexpr std::size_t kMaxFleetMembers = 100000;
/// The most distinct availability zones a fleet's network spans.
inline constexpr std::size_t kMaxFleetZones = 6;

/// `count` members named Instance1 ... InstanceN, every other field left to the defaults.
/// Throws cfn::Error when `count` is 0 or above kMaxFleetMembers.
[[nodiscard]] Fleet numbered_fleet(std::size_t count);

/// Reads a fleet file (see above). Throws cfn::ParseError "FILE:LINE:COL: reason"
/// for a file that is not a fleet: an unknown field, a name that is not letters
/// and digits or is used twice, a volume size outside 1 to 16384 GiB, more
/// than kMaxFleetZones zones.
[[nodiscard]] Fleet read_fleet(const Document& document);
/// Reads and parses the fleet file at `path`, then as above.
[[nodiscard]] Fleet read_fleet(const std::filesystem::path& path);

}  // namespace cfn::patterns
