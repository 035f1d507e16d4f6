// dict/snapshot_writer.h: a built Dictionary as a compiled dictionary file.
//
// The writer lays out the Dictionary's flat arrays (EntryTable::parts(),
// PhraseMatcher::parts()) in the format of dict/snapshot_format.h, byte for
// byte as they are in memory, and fills in the header last: file size,
// checksum, this build's fingerprint and version. The same dictionary gives
// the same bytes.

#ifndef CHIPNER_DICT_SNAPSHOT_WRITER_H_
#define CHIPNER_DICT_SNAPSHOT_WRITER_H_

#include <cstdint>
#include <string>

#include "dict/dictionary.h"

namespace chipner::dict {

// The snapshot of `dictionary` (built), with Header::flags `flags`.
[[nodiscard]] std::string snapshot_bytes(const Dictionary& dictionary,
                                         std::uint32_t flags);

// Writes `bytes` to `path` through a temporary file in the same directory
// that is renamed into place, so that no reader ever maps half a file.
// Returns false and sets `error` (strerror's text) when that fails.
[[nodiscard]] bool write_file_atomically(const std::string& path,
                                         const std::string& bytes,
                                         std::string& error);

}  // namespace chipner::dict

#endif  // CHIPNER_DICT_SNAPSHOT_WRITER_H_
