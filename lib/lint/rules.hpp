// The rule registry: every rule object, each defined in rules/<CODE>_*.cpp.
// Adding a rule: write its file, declare it here, list it in rules.cpp, and
// describe it in README.md.
#pragma once

#include "lint/rule.hpp"

namespace cfn::checks {

extern const Rule kE0000;  // Keys are unique in every map
extern const Rule kE1001;  // Top-level sections are known, well formed, and Resources is not empty
extern const Rule kE1002;  // The template body is at most 1,000,000 bytes
extern const Rule kW1002;  // The template body fits the 51,200-byte inline limit
extern const Rule kE1003;  // The template Description is at most 1,024 bytes
extern const Rule kE1004;  // The template Description is a literal string
extern const Rule kE1006;  // AWSTemplateFormatVersion is 2010-09-09
extern const Rule kE1010;  // Fn::GetAtt names a resource and an attribute its type has
extern const Rule kE1011;  // Fn::FindInMap names a mapping and keys it has
extern const Rule kE1019;  // Fn::Sub is well formed and its variables resolve
extern const Rule kE1020;  // Ref names a parameter, resource or pseudo parameter
extern const Rule kE1023;  // Fn::Sub variable names hold only letters, digits, _ . :
extern const Rule kW1023;  // Every ${ in a Fn::Sub string is closed
extern const Rule kW1055;  // ARNs use ${AWS::Partition}, not a hard-coded arn:aws:
extern const Rule kE2010;  // At most 200 parameters
extern const Rule kE2011;  // Parameter names are alphanumeric, at most 255 characters
extern const Rule kE2531;  // Lambda runtimes can still be used to create functions
extern const Rule kW2531;  // Lambda runtimes are not deprecated
extern const Rule kE3001;  // Resource types exist in the specification
extern const Rule kE3002;  // Properties exist in the specification
extern const Rule kE3003;  // Required properties are present
extern const Rule kE3004;  // Resources do not depend on each other in a circle
extern const Rule kE3005;  // DependsOn names resources of the template
extern const Rule kE3007;  // Parameter and resource names are unique
extern const Rule kE3010;  // At most 500 resources
extern const Rule kE3011;  // Resource logical ids are alphanumeric, at most 255 characters
extern const Rule kE3012;  // Property values have the shape the specification gives
extern const Rule kE3015;  // A resource's Condition names a defined condition
extern const Rule kE3901;  // EC2 user data is at most 16 KB
extern const Rule kW3902;  // No launch configurations (use launch templates)
extern const Rule kW3903;  // Launch templates require IMDSv2
extern const Rule kW3904;  // EBS volumes are encrypted
extern const Rule kW3905;  // SSH and RDP are not open to the whole internet
extern const Rule kW3906;  // IAM statements do not grant resource-level actions on "*"
extern const Rule kW3907;  // Custom resources set ServiceTimeout
extern const Rule kW3908;  // Resources that hold data set DeletionPolicy
extern const Rule kE6005;  // An output's Condition names a defined condition
extern const Rule kE6010;  // At most 200 outputs
extern const Rule kE6011;  // Output names are alphanumeric, at most 255 characters
extern const Rule kE7002;  // Mapping names are alphanumeric, at most 255 characters
extern const Rule kE7010;  // At most 200 mappings, of at most 200 attributes each
extern const Rule kE8001;  // Condition names are alphanumeric, at most 255 characters
extern const Rule kE8002;  // Conditions referred to by Fn::If and Condition are defined

}  // namespace cfn::checks
