// The generated files: one C++ header per service, the metadata table, the registry table.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "spec.hpp"

namespace codegen {

/// Resource and property types of one service, in key order.
struct Service {
  std::string key;  // "AWS::EC2"
  std::vector<const TypeDef*> resource_types;
  std::vector<const TypeDef*> property_types;
};

/// Services keyed by header path ("cfn/aws/ec2.hpp").
std::map<std::string, Service> group_by_service(const Spec& spec);

std::string write_service_header(const Spec& spec, const Service& service);
std::string write_schema_table(const Spec& spec);
/// The registry table from the directory of registry schemas (one JSON file
/// per resource type), regions.json (region -> resource types) and formats.json
/// (cfn-lint's format name -> the pattern it checks).
std::string write_registry_table(const std::filesystem::path& schemas, const std::filesystem::path& regions,
                                 const std::filesystem::path& formats);

}  // namespace codegen
