# Writes the man pages of the cfnpp tool from its own help, with help2man:
# cfnpp.1 and cfnpp-COMMAND.1 for each command `cfnpp --help` lists, gzipped
# as Debian installs them. Run at build time (target man-pages):
#   cmake -D CFNPP=path/to/cfnpp -D HELP2MAN=path -D VERSION=x.y.z -D OUT=dir -P CfnppManPages.cmake
foreach(var CFNPP HELP2MAN VERSION OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "CfnppManPages.cmake: -D ${var}=... is required")
  endif()
endforeach()

execute_process(COMMAND ${CFNPP} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${CFNPP} --help failed (${rc})")
endif()
# The "commands:" block: "  NAME   summary" per line, up to the blank line
# (a summary's ';' kept out of CMake's list splitting while the lines are split).
string(REPLACE ";" "<semicolon>" help "${help}")
string(REGEX MATCH "\ncommands:\n([^\n]+\n)+" block "${help}")
string(REGEX MATCHALL "\n  [a-z][a-z0-9-]* +[^\n]+" lines "${block}")
if(NOT lines)
  message(FATAL_ERROR "no commands in '${CFNPP} --help'")
endif()

file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT}/wrappers)
set(see_also "")
set(commands "")
foreach(line IN LISTS lines)
  string(REGEX REPLACE "^\n  ([a-z0-9-]+) +.*$" "\\1" command "${line}")
  string(REGEX REPLACE "^\n  [a-z0-9-]+ +(.*)$" "\\1" summary "${line}")
  string(REPLACE "<semicolon>" ";" summary_${command} "${summary}")
  list(APPEND commands ${command})
  string(APPEND see_also ".BR cfnpp-${command} (1),\n")
endforeach()
string(APPEND see_also ".BR cfnpp (1)\n")

# help2man runs PROGRAM --help and names the page after PROGRAM: a command's
# page comes from a wrapper called cfnpp-COMMAND.
function(write_page program name output)
  file(WRITE ${OUT}/see_also.h2m "[SEE ALSO]\n${see_also}")
  execute_process(
    COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section=1 --version-string=${VERSION}
            "--name=${name}" --include=${OUT}/see_also.h2m --output=${output} ${program}
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man ${program} failed (${rc})")
  endif()
  execute_process(COMMAND gzip -9nf ${output} RESULT_VARIABLE rc)  # -n: no time stamp, reproducible
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${output} failed (${rc})")
  endif()
endfunction()

write_page(${CFNPP} "build, check and compare AWS CloudFormation templates" ${OUT}/cfnpp.1)
foreach(command IN LISTS commands)
  set(wrapper ${OUT}/wrappers/cfnpp-${command})
  file(WRITE ${wrapper} "#!/bin/sh\nexec \"${CFNPP}\" ${command} \"$@\"\n")
  file(CHMOD ${wrapper} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE)
  write_page(${wrapper} "${summary_${command}}" ${OUT}/cfnpp-${command}.1)
endforeach()
file(REMOVE_RECURSE ${OUT}/wrappers ${OUT}/see_also.h2m)
