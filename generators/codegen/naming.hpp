// How specification names become C++ names. The rules, also documented in
// the generated headers' banner:
//  - service AWS::EC2 -> namespace cfn::aws::ec2, header <cfn/aws/ec2.hpp>;
//  - resource AWS::EC2::VPC -> class cfn::aws::ec2::VPC;
//  - property type AWS::EC2::LaunchTemplate.MetadataOptions -> class
//    cfn::aws::ec2::LaunchTemplate_MetadataOptions, also reachable from its
//    resource as cfn::aws::ec2::LaunchTemplate::MetadataOptions; the shared
//    Tag -> cfn::Tag;
//  - a property or attribute keeps its name (setter VPC::CidrBlock, accessor
//    VPC::Handle::CidrBlock); dots in attribute names become '_';
//  - a name that would clash with a C++ keyword, with its own class's name or
//    with a cfnpp member (type, type_name, properties, set, set_property,
//    to_value, Handle; ref, get_att, logical_id for attributes) gets a trailing
//    '_'; so does a resource's name for one of its property types when the
//    resource has a property of that name (LaunchTemplate::LaunchTemplateData_,
//    the type of the setter LaunchTemplate::LaunchTemplateData).
#pragma once

#include <string>
#include <string_view>

namespace codegen {

struct TypeDef;

struct ServiceName {
  std::string key;     // "AWS::EC2"
  std::string ns;      // "cfn::aws::ec2"
  std::string header;  // "cfn/aws/ec2.hpp"
};

ServiceName service_of(std::string_view type_key);
/// Class name of a resource type or property type key.
std::string class_name(std::string_view type_key);
std::string setter_name(std::string_view property, std::string_view class_name);
std::string attribute_accessor(std::string_view attribute);
/// The name of a property type inside its resource's class ("MetadataOptions"
/// for AWS::EC2::LaunchTemplate.MetadataOptions); `resource` is the resource type.
std::string nested_type_name(std::string_view type_key, const TypeDef& resource);
bool is_cpp_keyword(std::string_view word);

}  // namespace codegen
