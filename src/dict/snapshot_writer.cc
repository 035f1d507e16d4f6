#include "dict/snapshot_writer.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <span>
#include <vector>

#include "chipner/version.h"
#include "dict/snapshot_format.h"

namespace chipner::dict {
namespace {

using snapshot::SectionId;

struct Section {
  SectionId id;
  std::uint32_t element_size;
  std::span<const char> bytes;
};

template <typename T>
Section section(SectionId id, std::span<const T> items) {
  static_assert(std::has_unique_object_representations_v<T>,
                "stored byte for byte: no padding");
  return {id,
          sizeof(T),
          {reinterpret_cast<const char*>(items.data()), items.size_bytes()}};
}

Section section(SectionId id, std::string_view blob) {
  return {id, 1, {blob.data(), blob.size()}};
}

constexpr std::uint64_t align8(std::uint64_t n) { return (n + 7) & ~7ULL; }

}  // namespace

std::string snapshot_bytes(const Dictionary& dictionary, std::uint32_t flags) {
  const EntryTable::Parts entries = dictionary.entries().parts();
  const PhraseMatcher::Parts matcher = dictionary.matcher().parts();
  const snapshot::MatcherCounts counts{matcher.alias_count, matcher.max_depth,
                                       0};
  const std::vector<Section> sections{
      section(SectionId::kEntryRecords, entries.records),
      section(SectionId::kEntryStringOffsets, entries.string_offsets),
      section(SectionId::kEntryStringBlob, entries.string_blob),
      section(SectionId::kIdSlots, entries.ids.slots),
      section(SectionId::kIdOffsets, entries.ids.offsets),
      section(SectionId::kIdBlob, entries.ids.blob),
      section(SectionId::kEntryOfId, entries.entry_of_id),
      section(SectionId::kLabels, entries.labels),
      section(SectionId::kTermSlots, matcher.terms.slots),
      section(SectionId::kTermOffsets, matcher.terms.offsets),
      section(SectionId::kTermBlob, matcher.terms.blob),
      section(SectionId::kEdgeSlots, matcher.edges),
      section(SectionId::kTerminalOffsets, matcher.terminal_offsets),
      section(SectionId::kTerminals, matcher.terminals),
      section(SectionId::kCasePatterns, matcher.case_patterns),
      section(SectionId::kStemSlots, matcher.stem_prefixes.slots),
      section(SectionId::kStemOffsets, matcher.stem_prefixes.offsets),
      section(SectionId::kStemBlob, matcher.stem_prefixes.blob),
      section(SectionId::kMatcherCounts,
              std::span<const snapshot::MatcherCounts>(&counts, 1)),
  };
  static_assert(snapshot::kSectionCount == 19);

  std::vector<snapshot::SectionEntry> table;
  std::uint64_t end = align8(sizeof(snapshot::Header) +
                             sections.size() * sizeof(snapshot::SectionEntry));
  for (const Section& s : sections) {
    table.push_back({static_cast<std::uint32_t>(s.id), s.element_size, end,
                     s.bytes.size()});
    end = align8(end + s.bytes.size());
  }

  std::string bytes(end, '\0');
  std::memcpy(bytes.data() + sizeof(snapshot::Header), table.data(),
              table.size() * sizeof(snapshot::SectionEntry));
  for (std::size_t i = 0; i < sections.size(); ++i) {
    if (sections[i].bytes.empty()) continue;
    std::memcpy(bytes.data() + table[i].offset, sections[i].bytes.data(),
                sections[i].bytes.size());
  }

  snapshot::Header header;
  std::memcpy(header.magic, snapshot::kMagic.data(), sizeof(header.magic));
  header.fingerprint = snapshot::build_fingerprint();
  const std::string_view version = CHIPNER_VERSION_STRING;
  std::memcpy(header.chipner_version, version.data(),
              std::min(version.size(), sizeof(header.chipner_version) - 1));
  header.file_size = end;
  header.flags = flags;
  header.section_count = static_cast<std::uint32_t>(sections.size());
  header.entry_count = entries.records.size();
  header.alias_count = matcher.alias_count;
  std::memcpy(bytes.data(), &header, sizeof(header));
  header.checksum = snapshot::file_checksum(bytes);
  std::memcpy(bytes.data(), &header, sizeof(header));
  return bytes;
}

bool write_file_atomically(const std::string& path, const std::string& bytes,
                           std::string& error) {
  const std::string temporary = path + ".tmp" + std::to_string(::getpid());
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  if (file == nullptr) {
    error = std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  int saved = errno;
  if (std::fclose(file) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok && std::rename(temporary.c_str(), path.c_str()) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    error = std::strerror(saved);
    std::remove(temporary.c_str());
  }
  return ok;
}

}  // namespace chipner::dict
