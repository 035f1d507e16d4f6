// compile_dictionary(): the dictionary layer of some Options, written as a
// compiled dictionary (chipner/snapshot.h, dict/snapshot_format.h).

#include <utility>
#include <vector>

#include "chipner/snapshot.h"
#include "dict/snapshot_format.h"
#include "dict/snapshot_writer.h"
#include "dictionary_layer.h"

namespace chipner {

Result<SnapshotInfo> compile_dictionary(const Options& options,
                                        const std::string& path) {
  std::vector<Diagnostic> diagnostics;
  std::vector<SourceFormat> formats;
  for (const Source& source : options.dictionaries) {
    const SourceFormat format = internal::format_of(source);
    formats.push_back(format);
    if (format == SourceFormat::kDictionary) continue;
    diagnostics.push_back(
        {ErrorCode::kSnapshotConflict,
         format == SourceFormat::kSnapshot
             ? "a compiled dictionary cannot be compiled again: compile the "
               "TSV files it was made of"
             : "only TSV dictionaries are compiled; load rule files and "
               "gazetteers next to the compiled dictionary",
         source.name, 0, 0});
  }
  if (!diagnostics.empty()) {
    return internal::capped_error(std::move(diagnostics),
                                  options.max_diagnostics);
  }
  const auto contents = internal::read_sources(options, formats, diagnostics);
  const internal::DictionaryLayer layer =
      internal::load_dictionary_layer(options, formats, contents, diagnostics);
  if (!diagnostics.empty()) {
    return internal::capped_error(std::move(diagnostics),
                                  options.max_diagnostics);
  }
  const std::string bytes = dict::snapshot_bytes(
      layer.dictionary,
      layer.with_embedded ? dict::snapshot::kWithEmbeddedDictionaries : 0);
  std::string error;
  if (!dict::write_file_atomically(path, bytes, error)) {
    return Error(
        {{ErrorCode::kIoError, "cannot write the compiled dictionary: " + error,
          path, 0, 0}});
  }
  return SnapshotInfo{layer.dictionary.entries().size(),
                      layer.dictionary.matcher().alias_count(), bytes.size()};
}

}  // namespace chipner
