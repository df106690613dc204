# cmake --install: headers, libcfnpp, the tools (with man pages and bash completion), a CMake package
# (find_package(cfnpp CONFIG) -> cfnpp::cfnpp) and a pkg-config file: the
# install component `core`. The stack patterns are the optional component
# `patterns` (find_package(cfnpp CONFIG COMPONENTS patterns) -> cfnpp::patterns,
# pkg-config cfnpp-patterns); `cmake --install build --component core` leaves
# them out.
include(CMakePackageConfigHelpers)

set(CFNPP_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/cfnpp)

install(TARGETS cfnpp EXPORT cfnppTargets COMPONENT core
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS cfnpp-cli EXPORT cfnppTargets COMPONENT core RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/cfn DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT core
  PATTERN patterns EXCLUDE)
install(DIRECTORY ${PROJECT_BINARY_DIR}/include/cfn DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT core)
install(DIRECTORY ${CFNPP_GENERATED_DIR}/include/cfn DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT core)
install(EXPORT cfnppTargets NAMESPACE cfnpp:: DESTINATION ${CFNPP_CMAKE_DIR} COMPONENT core)
# The tool's bash completion (lib/cli/cfnpp.bash, where bash-completion looks
# for it) and man pages (lib/CMakeLists.txt, from its --help).
install(FILES ${PROJECT_SOURCE_DIR}/lib/cli/cfnpp.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME cfnpp COMPONENT core)
if(CFNPP_MAN_DIR)
  install(DIRECTORY ${CFNPP_MAN_DIR}/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT core
    FILES_MATCHING PATTERN "*.1.gz")
endif()

install(TARGETS cfnpp_patterns EXPORT cfnppPatternsTargets COMPONENT patterns
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/cfn/patterns DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/cfn
  COMPONENT patterns)
install(EXPORT cfnppPatternsTargets NAMESPACE cfnpp:: DESTINATION ${CFNPP_CMAKE_DIR} COMPONENT patterns)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/cfnppConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cfnppConfig.cmake INSTALL_DESTINATION ${CFNPP_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cfnppConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_SOURCE_DIR}/cmake/CfnppTemplates.cmake
  ${PROJECT_SOURCE_DIR}/cmake/CfnppTemplateDrift.cmake
  ${PROJECT_SOURCE_DIR}/cmake/CfnppPrecompile.cmake
  ${PROJECT_BINARY_DIR}/cfnppConfig.cmake
  ${PROJECT_BINARY_DIR}/cfnppConfigVersion.cmake
  DESTINATION ${CFNPP_CMAKE_DIR} COMPONENT core)

# The .pc file finds the prefix relative to itself, so the installed tree can move.
# A static libcfnpp needs libyaml, fmt and re2 on every consumer's link line, so
# plain `pkg-config --libs cfnpp` must give them: Requires, not Requires.private
# (which only `--static` reads). A shared one links them itself.
get_target_property(cfnpp_library_type cfnpp TYPE)
if(cfnpp_library_type STREQUAL "STATIC_LIBRARY")
  set(CFNPP_PC_REQUIRES_FIELD Requires)
else()
  set(CFNPP_PC_REQUIRES_FIELD Requires.private)
endif()
file(RELATIVE_PATH CFNPP_PC_TO_PREFIX /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${PROJECT_SOURCE_DIR}/cmake/cfnpp.pc.in ${PROJECT_BINARY_DIR}/cfnpp.pc @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/cmake/cfnpp-patterns.pc.in ${PROJECT_BINARY_DIR}/cfnpp-patterns.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/cfnpp.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT core)
install(FILES ${PROJECT_BINARY_DIR}/cfnpp-patterns.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT patterns)
