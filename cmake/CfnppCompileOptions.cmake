# Warning and sanitizer flags for every cfnpp target: cfnpp_compile_options(target).
function(cfnpp_compile_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  # GCC 12's -Wrestrict misfires inside libstdc++'s std::string operator+ at -O2
  # (GCC bug 105329); the code it points at is the standard library's.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(CFNPP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(CFNPP_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${CFNPP_SANITIZE} -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=${CFNPP_SANITIZE})
  endif()
endfunction()
