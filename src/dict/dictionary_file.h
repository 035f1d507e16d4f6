// dict/dictionary_file.h: parses one dictionary file (format:
// dictionaries/README.md) into entries, checking each line on its own.
//
// Checks that need every file at once (ids unique across files, vendor and
// foundry references, aliases shared between entries) are in Dictionary.

#ifndef CHIPNER_DICT_DICTIONARY_FILE_H_
#define CHIPNER_DICT_DICTIONARY_FILE_H_

#include <string_view>
#include <vector>

#include "chipner/error.h"
#include "dict/entry.h"

namespace chipner::dict {

// Appends the entries of `contents` (named `source` in diagnostics) to
// `entries`, and one Diagnostic per bad line to `diagnostics`. A bad line adds
// no entry.
void parse_dictionary_file(std::string_view contents, std::string_view source,
                           std::vector<Entry>& entries,
                           std::vector<Diagnostic>& diagnostics);

}  // namespace chipner::dict

#endif  // CHIPNER_DICT_DICTIONARY_FILE_H_
