# `cpack -G DEB` in the build directory writes cfnpp_VERSION_ARCH.deb: all
# that `cmake --install` installs (both components), under /usr: the tool
# with its man pages and bash completion, libcfnpp and libcfnpp_patterns,
# the headers, the CMake package and the pkg-config files. Depends lists
# what the tool needs to run (dpkg-shlibdeps); the libraries are static (the
# default, BUILD_SHARED_LIBS off), so building against them needs the -dev
# packages of libyaml, fmt and RE2 (cfnppConfig.cmake and cfnpp.pc ask for
# them): Recommends, which apt installs by default and a user of the tool
# alone may leave out.
set(CFNPP_PACKAGE_MAINTAINER "Seed bf751003 maintainers <maintainers@users.noreply.h-seed-bf751003.example>"
  CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cfnpp)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION "cfnpp lints, diffs and formats AWS CloudFormation templates (the cfnpp
tool), and builds them in C++20: libcfnpp has a typed class for every
resource type of the AWS resource specification, libcfnpp_patterns the
building blocks of stacks.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CFNPP_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libyaml-dev, libfmt-dev, libre2-dev, pkg-config")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
