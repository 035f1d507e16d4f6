// dictionary_layer.h: Options::dictionaries → the built dict::Dictionary.
//
// What Extractor::create() and compile_dictionary() share: how each source's
// format is told, reading files, and loading the dictionary layer, which is
// either the embedded and user TSV dictionaries, parsed and built, or one
// compiled dictionary, mapped (chipner/snapshot.h states the rules).

#ifndef CHIPNER_DICTIONARY_LAYER_H_
#define CHIPNER_DICTIONARY_LAYER_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chipner/error.h"
#include "chipner/options.h"
#include "dict/dictionary.h"

namespace chipner::internal {

// The format of `source`: as given, else by its name's extension (.tsv is
// always kDictionary), else by its first bytes (a snapshot's magic), else
// kDictionary. Reads at most the first 8 bytes of a file.
[[nodiscard]] SourceFormat format_of(const Source& source);

// The whole file at `path`; false if it cannot be read or is a directory.
[[nodiscard]] bool read_file(const std::string& path, std::string& contents);

// The contents of every source except compiled dictionaries (which are
// mapped, not read), by index; nullopt and a kIoError for each file that
// cannot be read.
using SourceContents = std::span<const std::optional<std::string>>;
[[nodiscard]] std::vector<std::optional<std::string>> read_sources(
    const Options& options, std::span<const SourceFormat> formats,
    std::vector<Diagnostic>& diagnostics);

struct DictionaryLayer {
  dict::Dictionary dictionary;
  bool with_embedded = false;  // the embedded dictionaries are in it
  bool loaded = false;  // false: a compiled dictionary failed; nothing else
                        // is worth checking
};

// The dictionary layer of `options`: one compiled dictionary, or the
// embedded dictionaries (if asked for) and the TSV sources, built.
// Diagnostics: those of the files and of Dictionary::build(); for a
// compiled dictionary those of dict::load_snapshot_file(), and
// kSnapshotConflict when TSV dictionaries or a second compiled dictionary
// come with it.
[[nodiscard]] DictionaryLayer load_dictionary_layer(
    const Options& options, std::span<const SourceFormat> formats,
    SourceContents contents, std::vector<Diagnostic>& diagnostics);

// The Error of `diagnostics`, cut to `max` of them and a kTooManyErrors.
[[nodiscard]] Error capped_error(std::vector<Diagnostic> diagnostics,
                                 std::uint32_t max);

}  // namespace chipner::internal

#endif  // CHIPNER_DICTIONARY_LAYER_H_
