// Everything of cfnpp's core in one include. Typed resource classes come from
// their service headers, e.g. <cfn/aws/ec2.hpp>.
#pragma once

#include "cfn/canonical.hpp"
#include "cfn/emit.hpp"
#include "cfn/error.hpp"
#include "cfn/file.hpp"
#include "cfn/fn.hpp"
#include "cfn/limits.hpp"
#include "cfn/sub.hpp"
#include "cfn/template.hpp"
#include "cfn/value.hpp"
#include "cfn/version.hpp"
