// cfnpp-codegen: writes the typed model (one header per service) and the
// metadata table from the CloudFormation resource specification.
//
//   cfnpp-codegen SPEC.json OUT_DIR HEADER_LIST [SAM_DOCS.json]
//   cfnpp-codegen registry SCHEMA_DIR REGIONS.json FORMATS.json OUT.cpp
//
// HEADER_LIST names the headers CMake expects (one per line, as
// "cfn/aws/ec2.hpp"); a mismatch with the spec's services is an error, so the
// build never silently misses a header.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string_view>

#include "spec.hpp"
#include "writers.hpp"

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Temporary file + rename: an interrupted run never leaves a truncated header.
void write(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  const std::filesystem::path temp = path.string() + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary);
    out << content;
    if (!out.flush()) throw std::runtime_error(temp.string() + ": cannot write");
  }
  std::filesystem::rename(temp, path);
}

}  // namespace

int main(int argc, char** argv) {
  const bool registry = argc == 6 && std::string_view(argv[1]) == "registry";
  if ((argc != 4 && argc != 5) && !registry) {
    std::cerr << "usage: cfnpp-codegen SPEC.json OUT_DIR HEADER_LIST [SAM_DOCS.json]\n"
                 "       cfnpp-codegen registry SCHEMA_DIR REGIONS.json FORMATS.json OUT.cpp\n";
    return 2;
  }
  try {
    if (registry) {
      write(argv[5], codegen::write_registry_table(argv[2], argv[3], argv[4]));
      return 0;
    }
    codegen::Spec spec = codegen::read_spec(argv[1]);
    if (argc == 5) codegen::apply_sam_docs(spec, argv[4]);
    const std::filesystem::path out = argv[2];
    const auto services = codegen::group_by_service(spec);

    std::set<std::string> expected;
    std::istringstream list(read(argv[3]));
    for (std::string line; std::getline(list, line);)
      if (!line.empty()) expected.insert(line);
    std::set<std::string> actual;
    for (const auto& [header, service] : services) actual.insert(header);
    if (expected != actual) {
      std::cerr << "cfnpp-codegen: the specification's services (" << actual.size()
                << ") differ from the header list CMake computed (" << expected.size()
                << "); re-run cmake (cmake/CfnppTypedModel.cmake reads the list from the spec)\n";
      return 1;
    }

    for (const auto& [header, service] : services)
      write(out / "include" / header, codegen::write_service_header(spec, service));
    write(out / "schema_table.cpp", codegen::write_schema_table(spec));
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "cfnpp-codegen: " << e.what() << '\n';
    return 1;
  }
}
