/// @file
/// Everything of cfnpp's core in one include: the model, the builder, the
/// emitters, the parser, the checks, the diff and the helpers. Typed resource
/// classes come from their service headers, e.g. <cfn/aws/ec2.hpp>.
#pragma once

#include "cfn/arn.hpp"
#include "cfn/build.hpp"
#include "cfn/canonical.hpp"
#include "cfn/custom_resource.hpp"
#include "cfn/diff.hpp"
#include "cfn/emit.hpp"
#include "cfn/error.hpp"
#include "cfn/file.hpp"
#include "cfn/finding.hpp"
#include "cfn/graph.hpp"
#include "cfn/intrinsics.hpp"
#include "cfn/limits.hpp"
#include "cfn/lint.hpp"
#include "cfn/parse.hpp"
#include "cfn/policy.hpp"
#include "cfn/resource.hpp"
#include "cfn/schema.hpp"
#include "cfn/split.hpp"
#include "cfn/stack_set.hpp"
#include "cfn/sub.hpp"
#include "cfn/tags.hpp"
#include "cfn/template.hpp"
#include "cfn/typed_values.hpp"
#include "cfn/value.hpp"
#include "cfn/version.hpp"
