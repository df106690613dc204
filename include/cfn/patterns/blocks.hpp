/// @file
/// Every building block of cfn::patterns in one include: network, launch
/// template, instance role, log group, alarm topic, data volume, instance
/// group, load balancer, database, VPC endpoints, patching, backup, Python
/// function, and the scopes,
/// parameters and permissions they share. The stacks built from them have their own headers
/// (cfn/patterns/autoheal.hpp, ...).
#pragma once

#include "cfn/patterns/alarm_topic.hpp"
#include "cfn/patterns/backup.hpp"
#include "cfn/patterns/data_volume.hpp"
#include "cfn/patterns/database.hpp"
#include "cfn/patterns/instance_group.hpp"
#include "cfn/patterns/instance_role.hpp"
#include "cfn/patterns/launch_template.hpp"
#include "cfn/patterns/load_balancer.hpp"
#include "cfn/patterns/log_group.hpp"
#include "cfn/patterns/network.hpp"
#include "cfn/patterns/parameters.hpp"
#include "cfn/patterns/patching.hpp"
#include "cfn/patterns/permissions.hpp"
#include "cfn/patterns/python_function.hpp"
#include "cfn/patterns/scope.hpp"
#include "cfn/patterns/vpc_endpoints.hpp"
