# Third-party dependencies, each found only when something needs it and guarded
# with `if(NOT TARGET …)` so that a parent project's copy wins.
find_package(PkgConfig REQUIRED)

if(NOT TARGET ICU::uc)
  find_package(ICU 70 REQUIRED COMPONENTS uc i18n data)
endif()

# Debian ships RE2 with only a pkg-config file; newer RE2 has a CMake config.
if(NOT TARGET chipner_re2)
  find_package(re2 CONFIG QUIET)
  add_library(chipner_re2 INTERFACE)
  if(TARGET re2::re2)
    target_link_libraries(chipner_re2 INTERFACE re2::re2)
  else()
    pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
    target_link_libraries(chipner_re2 INTERFACE PkgConfig::RE2)
  endif()
endif()

# The library parses rule files with simdjson (a private dependency).
if(NOT TARGET simdjson::simdjson)
  find_package(simdjson CONFIG REQUIRED)
endif()

# Snowball stemmers: Debian's libstemmer-dev has neither a CMake config nor a .pc.
if(NOT TARGET chipner_stemmer)
  find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
  find_library(STEMMER_LIBRARY NAMES stemmer REQUIRED)
  add_library(chipner_stemmer INTERFACE)
  target_include_directories(chipner_stemmer SYSTEM INTERFACE ${STEMMER_INCLUDE_DIR})
  target_link_libraries(chipner_stemmer INTERFACE ${STEMMER_LIBRARY})
endif()

find_package(Threads REQUIRED)

if(CHIPNER_BUILD_CLI OR CHIPNER_BUILD_TESTS OR CHIPNER_BUILD_BENCHMARKS)
  if(NOT TARGET CLI11::CLI11)
    find_package(CLI11 CONFIG REQUIRED)
  endif()
  if(NOT TARGET simdjson::simdjson)
    find_package(simdjson CONFIG REQUIRED)
  endif()
endif()

if(CHIPNER_BUILD_TESTS AND NOT TARGET GTest::gtest_main)
  find_package(GTest REQUIRED)
endif()

if(CHIPNER_BUILD_BENCHMARKS AND NOT TARGET benchmark::benchmark)
  find_package(benchmark REQUIRED)
endif()
