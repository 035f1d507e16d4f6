// dict/dictionary.h: every loaded entry, checked as a whole, and its matcher.
//
// Loading checks what no single file can: ids unique across files, vendor and
// foundry ids that name a COMPANY entry, and aliases that two entries share.
// All problems are collected, up to a cap, so a broken dictionary is reported
// whole.
//
// A built dictionary is an EntryTable and a PhraseMatcher, both flat arrays:
// built here from parsed TSV files, or borrowed from a memory-mapped
// snapshot (dict/snapshot_reader.h), which the Dictionary then keeps alive.

#ifndef CHIPNER_DICT_DICTIONARY_H_
#define CHIPNER_DICT_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "chipner/error.h"
#include "dict/entry.h"
#include "dict/entry_table.h"
#include "dict/phrase_matcher.h"

namespace chipner::dict {

class Dictionary {
 public:
  Dictionary() = default;
  // A built dictionary of tables that borrow from `storage` (a mapped
  // snapshot), which it keeps alive.
  Dictionary(EntryTable entries, PhraseMatcher matcher,
             std::shared_ptr<const void> storage)
      : entries_(std::move(entries)),
        matcher_(std::move(matcher)),
        storage_(std::move(storage)) {}

  // Parses one file's contents; `source` names it in diagnostics.
  void add_file(std::string_view contents, std::string_view source,
                std::vector<Diagnostic>& diagnostics);

  // Checks references and builds the entry table and the matcher, then
  // drops the parsed entries. Call once, after every add_file(); the
  // Dictionary is immutable afterwards.
  void build(std::vector<Diagnostic>& diagnostics);

  [[nodiscard]] const EntryTable& entries() const noexcept { return entries_; }
  [[nodiscard]] const PhraseMatcher& matcher() const noexcept {
    return matcher_;
  }

 private:
  std::vector<Entry> parsed_;  // until build()
  EntryTable entries_;
  PhraseMatcher matcher_;
  std::shared_ptr<const void> storage_;  // what borrowed tables point into
};

}  // namespace chipner::dict

#endif  // CHIPNER_DICT_DICTIONARY_H_
