# Warnings and sanitizers for first-party targets only. Linked PRIVATE, never
# exported: a consumer of chipner never inherits our flags.
add_library(chipner_dev_flags INTERFACE)
target_compile_options(chipner_dev_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
if(CHIPNER_WERROR)
  target_compile_options(chipner_dev_flags INTERFACE -Werror)
endif()
if(CHIPNER_SANITIZE)
  list(JOIN CHIPNER_SANITIZE "," _chipner_sanitizers)
  target_compile_options(chipner_dev_flags INTERFACE
    -fsanitize=${_chipner_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(chipner_dev_flags INTERFACE -fsanitize=${_chipner_sanitizers})
endif()
if(CHIPNER_BUILD_FUZZERS)
  # Coverage instrumentation for every first-party object, so libFuzzer sees
  # the library's branches and not only the fuzz target's; the fuzzer
  # binaries add -fsanitize=fuzzer (libFuzzer's main) themselves.
  target_compile_options(chipner_dev_flags INTERFACE -fsanitize=fuzzer-no-link)
  target_link_options(chipner_dev_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()
