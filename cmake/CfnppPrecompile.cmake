# cfnpp_precompile_headers(TARGET [SERVICES service...])
#
# For a consumer's edit loop: precompiles cfnpp's headers for TARGET (CMake's
# target_precompile_headers), <cfn/cfn.hpp> and, for each SERVICE, the
# generated <cfn/aws/SERVICE.hpp> (`ec2`, `iam`, `autoscaling`...). The header
# is built once per configuration with TARGET's own flags; after that, an edit
# of a source of TARGET compiles only that source: about a third of the CPU
# time of the compile of a stack that includes the ec2, iam and autoscaling
# headers (bench/README.md, "Edit loop"). Every source of TARGET then sees those
# headers, as if it included them first.
function(cfnpp_precompile_headers target)
  cmake_parse_arguments(P "" "" "SERVICES" ${ARGN})
  if(NOT TARGET ${target})
    message(FATAL_ERROR "cfnpp_precompile_headers: ${target} is not a target")
  endif()
  if(P_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "cfnpp_precompile_headers: unexpected arguments ${P_UNPARSED_ARGUMENTS} (SERVICES name...)")
  endif()
  # The installed package's include directory: where a service header must be.
  get_target_property(include_dirs cfnpp::cfnpp INTERFACE_INCLUDE_DIRECTORIES)
  set(headers <cfn/cfn.hpp>)
  foreach(service IN LISTS P_SERVICES)
    set(found FALSE)
    foreach(dir IN LISTS include_dirs)
      if(EXISTS ${dir}/cfn/aws/${service}.hpp)
        set(found TRUE)
      endif()
    endforeach()
    if(NOT found)
      message(FATAL_ERROR "cfnpp_precompile_headers: no service header cfn/aws/${service}.hpp "
                          "(a service is the header's name: ec2, iam, autoscaling...)")
    endif()
    list(APPEND headers <cfn/aws/${service}.hpp>)
  endforeach()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
