# Embeds the default dictionaries into the library: at build time every file in
# dictionaries/ that the engine loads becomes a std::string_view constant in a
# generated .cc in the build tree (never committed), rebuilt when a file changes.
file(GLOB CHIPNER_DICTIONARY_FILES CONFIGURE_DEPENDS
  "${PROJECT_SOURCE_DIR}/dictionaries/*.tsv"
  "${PROJECT_SOURCE_DIR}/dictionaries/rules/*.jsonl")
list(SORT CHIPNER_DICTIONARY_FILES)

set(CHIPNER_EMBEDDED_CC "${PROJECT_BINARY_DIR}/generated/embedded_dictionaries.cc")
add_custom_command(
  OUTPUT "${CHIPNER_EMBEDDED_CC}"
  COMMAND "${CMAKE_COMMAND}"
          "-DOUTPUT=${CHIPNER_EMBEDDED_CC}"
          "-DINPUTS=${CHIPNER_DICTIONARY_FILES}"
          "-DBASE=${PROJECT_SOURCE_DIR}/dictionaries"
          -P "${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake"
  DEPENDS ${CHIPNER_DICTIONARY_FILES} "${PROJECT_SOURCE_DIR}/cmake/EmbedFiles.cmake"
  COMMENT "Embedding default dictionaries"
  VERBATIM)
