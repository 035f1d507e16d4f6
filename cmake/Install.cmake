# Install headers, library, CLI, a CMake package (chipner::chipner,
# chipner::cli) and a pkg-config file. The build tree is exported too, so
# chipner_DIR=<build> works without installing.
include(CMakePackageConfigHelpers)

set(CHIPNER_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/chipner")
set(install_targets chipner_lib chipner_stemmer chipner_re2)
if(CHIPNER_BUILD_CLI)
  list(APPEND install_targets chipner_cli)
endif()

install(TARGETS ${install_targets}
  EXPORT chipnerTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  FILE_SET HEADERS DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT chipnerTargets
  NAMESPACE chipner::
  DESTINATION "${CHIPNER_CMAKE_DIR}")
export(EXPORT chipnerTargets
  NAMESPACE chipner::
  FILE "${PROJECT_BINARY_DIR}/chipnerTargets.cmake")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/chipnerConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/chipnerConfig.cmake"
  INSTALL_DESTINATION "${CHIPNER_CMAKE_DIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/chipnerConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/chipnerConfig.cmake"
  "${PROJECT_BINARY_DIR}/chipnerConfigVersion.cmake"
  DESTINATION "${CHIPNER_CMAKE_DIR}")

if(NOT BUILD_SHARED_LIBS)
  set(CHIPNER_PC_CFLAGS "-DCHIPNER_STATIC_DEFINE")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/chipner.pc.in"
               "${PROJECT_BINARY_DIR}/chipner.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/chipner.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
