// dict/snapshot_format.h: the layout of a compiled dictionary (.chipdict).
//
// A snapshot is a built dict::Dictionary written as the flat arrays it is
// made of, so that loading is mapping the file and checking it, never
// parsing or rebuilding (dict/snapshot_writer.h, dict/snapshot_reader.h).
//
//   Header          128 bytes: magic, byte order, format version, build
//                   fingerprint, chipner version, file size, checksum, flags
//   SectionEntry[]  one per array: id, element size, offset, size in bytes
//   sections        each starts at a multiple of 8; little-endian arrays of
//                   the types the tables read in place (EntryRecord,
//                   util::StringIdTable::Slot, …), zero padding between
//
// A snapshot is only read by the chipner build that can have written it:
// the reader refuses another format version, another chipner version, the
// other byte order, or another build fingerprint (build_fingerprint(): how
// this build hashes, folds and stems a probe text, and the sizes of the
// stored types), because the tables hold match keys and hash slots that
// only the same tokenizer and hash functions find again. The remedy is
// always to run `chipner compile` again.

#ifndef CHIPNER_DICT_SNAPSHOT_FORMAT_H_
#define CHIPNER_DICT_SNAPSHOT_FORMAT_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace chipner::dict::snapshot {

inline constexpr std::string_view kMagic = "CHIPDICT";  // 8 bytes, no NUL
inline constexpr std::uint32_t kFormatVersion = 1;
// Written as a native uint32: reads back as this only in the same byte order.
inline constexpr std::uint32_t kByteOrderMark = 0x01020304;
inline constexpr std::string_view kExtension = ".chipdict";

// Header::flags.
inline constexpr std::uint32_t kWithEmbeddedDictionaries = 1;  // defaults in
inline constexpr std::uint32_t kKnownFlags = kWithEmbeddedDictionaries;

struct Header {
  char magic[8] = {};
  std::uint32_t byte_order = kByteOrderMark;
  std::uint32_t format_version = kFormatVersion;
  std::uint64_t fingerprint = 0;  // build_fingerprint() of the writer
  char chipner_version[32] = {};  // NUL-padded, e.g. "0.1.0"
  std::uint64_t file_size = 0;    // bytes, header included
  std::uint64_t checksum = 0;     // file_checksum()
  std::uint32_t flags = 0;        // kWithEmbeddedDictionaries
  std::uint32_t section_count = 0;
  std::uint64_t entry_count = 0;  // for messages; checked against the data
  std::uint64_t alias_count = 0;
  std::uint8_t reserved[32] = {};  // zero
};
static_assert(sizeof(Header) == 128);

enum class SectionId : std::uint32_t {
  kEntryRecords = 1,
  kEntryStringOffsets,
  kEntryStringBlob,
  kIdSlots,
  kIdOffsets,
  kIdBlob,
  kEntryOfId,
  kLabels,
  kTermSlots,
  kTermOffsets,
  kTermBlob,
  kEdgeSlots,
  kTerminalOffsets,
  kTerminals,
  kCasePatterns,
  kStemSlots,
  kStemOffsets,
  kStemBlob,
  kMatcherCounts,  // one MatcherCounts
};
inline constexpr std::uint32_t kSectionCount = 19;

struct SectionEntry {
  std::uint32_t id = 0;            // SectionId
  std::uint32_t element_size = 0;  // sizeof the stored type, checked on load
  std::uint64_t offset = 0;        // from the start of the file, a multiple
                                   // of 8
  std::uint64_t size = 0;          // bytes
};
static_assert(sizeof(SectionEntry) == 24);

struct MatcherCounts {
  std::uint64_t alias_count = 0;
  std::uint32_t max_depth = 0;
  std::uint32_t unused = 0;
};

// A hash of what a snapshot's tables depend on besides their data: the
// format version, the sizes of the stored types, util::hash_bytes and
// util::mix64 on probe keys, and the match keys, kinds, case classes and
// spacing the tokenizer gives a probe text in English, Russian (stems,
// lookalikes), Chinese and other scripts. Two builds that differ in any of
// these write snapshots the other refuses.
[[nodiscard]] std::uint64_t build_fingerprint();

// A 64-bit checksum of `bytes` (four lanes of 128-bit multiplies, in the
// manner of wyhash and XXH3): fast enough to check a few hundred megabytes
// at load time; it detects damage, it is not a cryptographic signature.
[[nodiscard]] std::uint64_t checksum(std::span<const char> bytes) noexcept;

// The checksum a snapshot's header records: checksum() of the whole file
// (`file` starts with its Header) with the checksum field read as zero, so
// that no byte of the file can change unnoticed. Precondition:
// file.size() >= sizeof(Header).
[[nodiscard]] std::uint64_t file_checksum(std::span<const char> file) noexcept;

}  // namespace chipner::dict::snapshot

#endif  // CHIPNER_DICT_SNAPSHOT_FORMAT_H_
