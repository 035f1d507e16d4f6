// dict/embedded.h: the default dictionaries, compiled into the library.
//
// The definition is generated at build time by cmake/EmbedFiles.cmake from
// dictionaries/*.tsv and dictionaries/rules/*.jsonl; nothing generated is
// committed.

#ifndef CHIPNER_DICT_EMBEDDED_H_
#define CHIPNER_DICT_EMBEDDED_H_

#include <span>
#include <string_view>

namespace chipner::internal {

struct EmbeddedFile {
  std::string_view name;  // e.g. "companies.tsv", "rules/chips.jsonl"
  std::string_view contents;
};

std::span<const EmbeddedFile> embedded_dictionaries() noexcept;

}  // namespace chipner::internal

#endif  // CHIPNER_DICT_EMBEDDED_H_
