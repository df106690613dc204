// Writing a split (cfn/split.hpp) as files, and the commands that deploy them.
#include <filesystem>
#include <sstream>
#include <system_error>

#include "cfn/emit.hpp"
#include "cfn/error.hpp"
#include "cfn/file.hpp"
#include "cfn/split.hpp"

namespace cfn {

std::vector<SplitFile> split_files(const SplitResult& split) {
  std::vector<SplitFile> files;
  files.reserve(split.children.size() + 1);
  for (const NestedStack& child : split.children)
    files.push_back({child.file, &child.document, to_yaml(child.document)});
  files.push_back({std::string(kSplitParentFile), &split.parent, to_yaml(split.parent)});
  return files;
}

void write_split_files(const std::vector<SplitFile>& files, const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(dir.string() + ": " + ec.message());
  // The parent last: a directory with a parent.yaml holds every stack it names.
  for (const SplitFile& f : files) write_file_atomically(dir / f.name, f.text);  // cfn::Error "PATH: reason"
}

std::string deploy_commands(const SplitResult& split, const std::filesystem::path& dir) {
  const std::string parent = (dir / kSplitParentFile).string();
  std::ostringstream text;
  text << "to deploy (BUCKET: an S3 bucket in the stack's region; PREFIX: empty or ending in /):\n"
       << "  aws s3 cp " << dir.string() << " s3://BUCKET/PREFIX --recursive --exclude '" << kSplitParentFile << "'\n"
       << "  aws cloudformation deploy --template-file " << parent << " --stack-name STACK --s3-bucket BUCKET \\\n"
       << "      --parameter-overrides " << split.bucket_parameter << "=BUCKET " << split.prefix_parameter
       << "=PREFIX --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM\n";
  return text.str();
}

}  // namespace cfn
