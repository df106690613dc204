// A large, realistic template built straight as text (fast to make): S3
// buckets with a !Sub, tags and a user-data block, until `size` bytes.
#pragma once

#include <cstddef>
#include <string>

#include "cfn/emit.hpp"

namespace cfn::test {

inline std::string large_template(Format format, std::size_t size) {
  std::string text;
  text.reserve(size + 1024);
  if (format == Format::Yaml) {
    text += "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";
    for (std::size_t i = 0; text.size() < size; ++i) {
      const std::string n = std::to_string(i);
      text += "  Bucket" + n +
              ":\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub 'bucket-${AWS::Region}-" + n +
              "'\n      Tags:\n        - Key: Name\n          Value: value number " + n +
              "\n        - Key: n\n          Value: " + n +
              "\n      UserData: |\n        #!/bin/bash\n        echo hello " + n + "\n";
    }
  } else {
    text += "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\n";
    for (std::size_t i = 0; text.size() < size; ++i) {
      const std::string n = std::to_string(i);
      if (i > 0) text += ",\n";
      text += "  \"Bucket" + n + "\": {\"Type\": \"AWS::S3::Bucket\", \"Properties\": {\"BucketName\": {\"Fn::Sub\": " +
              "\"bucket-${AWS::Region}-" + n + "\"}, \"Tags\": [{\"Key\": \"Name\", \"Value\": \"value number " + n +
              "\"}, {\"Key\": \"n\", \"Value\": " + n + "}], \"UserData\": \"#!/bin/bash\\necho hello " + n + "\\n\"}}";
    }
    text += "\n}}\n";
  }
  return text;
}

}  // namespace cfn::test
