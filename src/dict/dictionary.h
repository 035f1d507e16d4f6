// dict/dictionary.h: every loaded entry, checked as a whole, and its matcher.
//
// Loading checks what no single file can: ids unique across files, vendor and
// foundry ids that name a COMPANY entry, and aliases that two entries share.
// All problems are collected, up to a cap, so a broken dictionary is reported
// whole.

#ifndef CHIPNER_DICT_DICTIONARY_H_
#define CHIPNER_DICT_DICTIONARY_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "chipner/error.h"
#include "dict/entry.h"
#include "dict/phrase_matcher.h"

namespace chipner::dict {

class Dictionary {
 public:
  // Parses one file's contents; `source` names it in diagnostics.
  void add_file(std::string_view contents, std::string_view source,
                std::vector<Diagnostic>& diagnostics);

  // Checks references and builds the matcher. Call once, after every
  // add_file(); the Dictionary is immutable afterwards.
  void build(std::vector<Diagnostic>& diagnostics);

  [[nodiscard]] const std::vector<Entry>& entries() const noexcept {
    return entries_;
  }
  [[nodiscard]] const PhraseMatcher& matcher() const noexcept {
    return matcher_;
  }

 private:
  std::vector<Entry> entries_;
  PhraseMatcher matcher_;
};

}  // namespace chipner::dict

#endif  // CHIPNER_DICT_DICTIONARY_H_
