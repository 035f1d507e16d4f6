// chipner/snapshot.h: compiled dictionaries, which load by memory-mapping.
//
// Extractor::create() parses, checks and indexes every TSV dictionary each
// time it runs: milliseconds for the embedded ones, seconds and hundreds of
// megabytes for a gazetteer of a million names. compile_dictionary() does
// that work once and writes the result, the whole dictionary layer (the
// entries and the alias index), to a file. Given that file,
// Extractor::create() maps it and checks it instead: the entries and the
// index are read in place, pages are loaded as extraction touches them, and
// processes that load the same file share its memory. Extraction gives the
// same entities as with the TSV files it was compiled from.
//
//   // Once (the CLI: chipner compile --dict names.tsv -o names.chipdict):
//   chipner::Options sources;
//   sources.dictionaries = {chipner::Source::file("names.tsv")};
//   auto compiled = chipner::compile_dictionary(sources, "names.chipdict");
//   if (!compiled) { /* compiled.error().to_string() names file:line */ }
//
//   // Every start:
//   chipner::Options options;
//   options.dictionaries = {chipner::Source::file("names.chipdict")};
//   auto extractor = chipner::Extractor::create(options);
//
// SEMANTICS. A compiled dictionary holds the embedded dictionaries when
// compiled with Options::use_embedded_dictionaries on (the default), and
// the TSV dictionaries of Options::dictionaries. Loaded, it replaces the
// embedded dictionaries; TSV dictionaries cannot be added to it (compile
// them together instead), rule files and gazetteers can. The embedded rules
// load when it holds the embedded dictionaries (Options::use_embedded_rules).
//
// COMPATIBILITY. The file is read only by the chipner build that wrote it:
// same version, same byte order, same tokenizer and hash functions. Any
// other build refuses it with kStaleSnapshot; compile it again from the TSV
// files. A truncated, damaged or foreign file is kBadSnapshot, never a
// crash: everything the tables index is checked at load time, in time
// linear in the file.

#ifndef CHIPNER_SNAPSHOT_H_
#define CHIPNER_SNAPSHOT_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "chipner/error.h"
#include "chipner/export.h"
#include "chipner/options.h"

namespace chipner {

// What compile_dictionary() wrote.
struct SnapshotInfo {
  std::size_t entries = 0;  // dictionary entries
  std::size_t aliases = 0;  // aliases indexed
  std::uint64_t bytes = 0;  // size of the file
};

// Builds the dictionary layer of `options` (the embedded dictionaries if
// `use_embedded_dictionaries`, and the TSV dictionaries among
// `dictionaries`) and writes it to `path` as a compiled dictionary, through
// a temporary file renamed into place. Only `use_embedded_dictionaries`,
// `dictionaries` and `max_diagnostics` are read.
//
// Errors: every dictionary error of Extractor::create() (each bad line,
// located); kSnapshotConflict for a source that is not a TSV dictionary (a
// rule file, a gazetteer, a compiled dictionary); kIoError when a source
// cannot be read or `path` cannot be written. May throw std::bad_alloc.
[[nodiscard]] CHIPNER_EXPORT Result<SnapshotInfo> compile_dictionary(
    const Options& options, const std::string& path);

}  // namespace chipner

#endif  // CHIPNER_SNAPSHOT_H_
