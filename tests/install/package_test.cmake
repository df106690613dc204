# `cpack -G DEB` builds the Debian package; the test reads its control fields
# and contents with dpkg-deb, unpacks it into a scratch root with `dpkg -x`
# (nothing is installed on the machine) and runs what it holds: the tool's
# --version, its bash completion, its man page, its pkg-config file.
#   cmake -D BUILD_DIR=... -D WORK_DIR=... -D VERSION=x.y.z -D LIBDIR=lib -D COMPLETION_TEST=... -P package_test.cmake
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    list(JOIN ARGN " " command)
    message(FATAL_ERROR "${command}: exit ${rc}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
run(${CMAKE_CPACK_COMMAND} -G DEB -B ${WORK_DIR} --config ${BUILD_DIR}/CPackConfig.cmake)
run(dpkg --print-architecture)
string(STRIP "${out}" arch)
set(deb ${WORK_DIR}/cfnpp_${VERSION}_${arch}.deb)
if(NOT EXISTS ${deb})
  file(GLOB written ${WORK_DIR}/*.deb)
  message(FATAL_ERROR "no ${deb}; cpack wrote: ${written}")
endif()

run(dpkg-deb --field ${deb} Package Version Architecture Depends Recommends)
foreach(field "Package: cfnpp" "Version: ${VERSION}" "Architecture: ${arch}" "libyaml-0-2" "libre2-9" "libstdc[+][+]6"
              "Recommends: libyaml-dev, libfmt-dev, libre2-dev")
  if(NOT out MATCHES "${field}")
    message(FATAL_ERROR "the control fields lack '${field}':\n${out}")
  endif()
endforeach()

run(dpkg-deb --contents ${deb})
foreach(path
    usr/bin/cfnpp
    usr/${LIBDIR}/libcfnpp.a usr/${LIBDIR}/libcfnpp_patterns.a
    usr/include/cfn/lint.hpp usr/include/cfn/version.hpp usr/include/cfn/aws/s3.hpp usr/include/cfn/patterns/blocks.hpp
    usr/${LIBDIR}/cmake/cfnpp/cfnppConfig.cmake usr/${LIBDIR}/pkgconfig/cfnpp.pc usr/${LIBDIR}/pkgconfig/cfnpp-patterns.pc
    usr/share/man/man1/cfnpp.1.gz usr/share/man/man1/cfnpp-lint.1.gz usr/share/man/man1/cfnpp-diff.1.gz
    usr/share/bash-completion/completions/cfnpp)
  string(REPLACE "+" "[+]" pattern "${path}")
  if(NOT out MATCHES " \\./${pattern}\n")
    message(FATAL_ERROR "the package lacks /${path}:\n${out}")
  endif()
endforeach()

set(root ${WORK_DIR}/root)
run(dpkg -x ${deb} ${root})
run(${root}/usr/bin/cfnpp --version)
if(NOT out STREQUAL "cfnpp ${VERSION}\n")
  message(FATAL_ERROR "the packaged cfnpp --version says '${out}'")
endif()
run(bash ${COMPLETION_TEST} ${root}/usr/bin/cfnpp ${root}/usr/share/bash-completion/completions/cfnpp)
run(gzip -dc ${root}/usr/share/man/man1/cfnpp-lint.1.gz)
if(NOT out MATCHES "\\.TH CFNPP-LINT \"1\"" OR NOT out MATCHES "junit \\(JUnit XML")
  message(FATAL_ERROR "cfnpp-lint.1 is not the man page of cfnpp lint:\n${out}")
endif()
# The .pc file finds its prefix relative to itself: the unpacked tree works where it is.
set(ENV{PKG_CONFIG_PATH} ${root}/usr/${LIBDIR}/pkgconfig)
run(pkg-config --cflags cfnpp)
string(REGEX MATCH "-I([^ \n]+)" include_flag "${out}")
file(REAL_PATH "${CMAKE_MATCH_1}" include_dir)
if(NOT include_dir STREQUAL "${root}/usr/include")
  message(FATAL_ERROR "pkg-config --cflags cfnpp, unpacked: '${out}' is not ${root}/usr/include")
endif()
message(STATUS "${deb}: fields, contents, --version, completion, man page and pkg-config checked")
