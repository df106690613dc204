# Warning and sanitizer flags for every cfnpp target: cfnpp_compile_options(target).
function(cfnpp_compile_options target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(CFNPP_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(CFNPP_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${CFNPP_SANITIZE} -fno-omit-frame-pointer
                                             -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=${CFNPP_SANITIZE})
  endif()
endfunction()
