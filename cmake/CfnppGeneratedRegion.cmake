# cmake -P: the part of a checked-in file between two marker lines is
# generated (GENERATED holds what belongs there).
#   -DFILE=lib/lint/README.md -DGENERATED=build/lint_rules.md -DBEGIN=<marker> -DEND=<marker> -DMODE=check|update
# check: fails, naming the update target, when the region differs.
# update: rewrites the region in place (the rest of the file is kept).
file(READ ${FILE} text)
file(READ ${GENERATED} generated)
string(FIND "${text}" "${BEGIN}\n" begin)
string(FIND "${text}" "${END}" end)
if(begin EQUAL -1 OR end EQUAL -1 OR end LESS begin)
  message(FATAL_ERROR "${FILE}: the markers '${BEGIN}' and '${END}' are missing")
endif()
string(LENGTH "${BEGIN}\n" marker_length)
math(EXPR content_begin "${begin} + ${marker_length}")
math(EXPR content_length "${end} - ${content_begin}")
string(SUBSTRING "${text}" ${content_begin} ${content_length} current)
if(MODE STREQUAL "check")
  if(NOT current STREQUAL generated)
    message(FATAL_ERROR "${FILE} is stale: its generated part differs from what the build generates (${GENERATED}).\n"
                        "Run `cmake --build <build> --target ${UPDATE_TARGET}` and commit the result.")
  endif()
  message(STATUS "${FILE} matches what the build generates")
else()
  string(SUBSTRING "${text}" 0 ${content_begin} head)
  string(SUBSTRING "${text}" ${end} -1 tail)
  file(WRITE ${FILE} "${head}${generated}${tail}")
endif()
