# cmake --install: headers, libcfnpp, the tools, a CMake package
# (find_package(cfnpp CONFIG) -> cfnpp::cfnpp) and a pkg-config file.
include(CMakePackageConfigHelpers)

set(CFNPP_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/cfnpp)

install(TARGETS cfnpp EXPORT cfnppTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS cfnpp-cli EXPORT cfnppTargets RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/cfn DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_BINARY_DIR}/include/cfn DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${CFNPP_GENERATED_DIR}/include/cfn DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

install(EXPORT cfnppTargets NAMESPACE cfnpp:: DESTINATION ${CFNPP_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/cfnppConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cfnppConfig.cmake INSTALL_DESTINATION ${CFNPP_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/cfnppConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_SOURCE_DIR}/cmake/CfnppTemplates.cmake
  ${PROJECT_SOURCE_DIR}/cmake/CfnppTemplateDrift.cmake
  ${PROJECT_BINARY_DIR}/cfnppConfig.cmake
  ${PROJECT_BINARY_DIR}/cfnppConfigVersion.cmake
  DESTINATION ${CFNPP_CMAKE_DIR})

# The .pc file finds the prefix relative to itself, so the installed tree can move.
file(RELATIVE_PATH CFNPP_PC_TO_PREFIX /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${PROJECT_SOURCE_DIR}/cmake/cfnpp.pc.in ${PROJECT_BINARY_DIR}/cfnpp.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/cfnpp.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
