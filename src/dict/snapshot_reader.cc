#include "dict/snapshot_reader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#include "chipner/version.h"
#include "dict/snapshot_format.h"
#include "util/mapped_file.h"

namespace chipner::dict {
namespace {

using snapshot::Header;
using snapshot::SectionEntry;
using snapshot::SectionId;

constexpr std::string_view kRecompile =
    ": compile it again with this chipner (chipner compile)";

std::string_view version_of(const Header& header) {
  const std::string_view text(header.chipner_version,
                              sizeof(header.chipner_version));
  return text.substr(0, text.find('\0'));
}

// Reads the checked sections as typed arrays.
class Sections {
 public:
  Sections(std::span<const char> file,
           std::array<const SectionEntry*, snapshot::kSectionCount + 1> table)
      : file_(file), table_(table) {}

  template <typename T>
  [[nodiscard]] std::span<const T> array(SectionId id) const noexcept {
    const SectionEntry& entry = *table_[static_cast<std::uint32_t>(id)];
    // The reader checked offset, size and element size against sizeof(T)
    // through expected_element_size(); the file starts 8-byte aligned.
    return {reinterpret_cast<const T*>(file_.data() + entry.offset),
            entry.size / sizeof(T)};
  }
  [[nodiscard]] std::string_view blob(SectionId id) const noexcept {
    const std::span<const char> bytes = array<char>(id);
    return {bytes.data(), bytes.size()};
  }

 private:
  std::span<const char> file_;
  std::array<const SectionEntry*, snapshot::kSectionCount + 1> table_;
};

std::uint32_t expected_element_size(SectionId id) {
  switch (id) {
    case SectionId::kEntryRecords:
      return sizeof(EntryRecord);
    case SectionId::kIdSlots:
    case SectionId::kTermSlots:
    case SectionId::kStemSlots:
      return sizeof(util::StringIdTable::Slot);
    case SectionId::kEdgeSlots:
      return sizeof(util::U64Map::Slot);
    case SectionId::kTerminals:
      return sizeof(PhraseMatcher::Terminal);
    case SectionId::kCasePatterns:
      return sizeof(text::CaseClass);
    case SectionId::kMatcherCounts:
      return sizeof(snapshot::MatcherCounts);
    case SectionId::kEntryStringOffsets:
    case SectionId::kIdOffsets:
    case SectionId::kEntryOfId:
    case SectionId::kLabels:
    case SectionId::kTermOffsets:
    case SectionId::kTerminalOffsets:
    case SectionId::kStemOffsets:
      return sizeof(std::uint32_t);
    case SectionId::kEntryStringBlob:
    case SectionId::kIdBlob:
    case SectionId::kTermBlob:
    case SectionId::kStemBlob:
      return 1;
  }
  return 0;
}

class Reader {
 public:
  Reader(std::span<const char> bytes, std::string_view name,
         std::vector<Diagnostic>& diagnostics)
      : bytes_(bytes), name_(name), diagnostics_(diagnostics) {}

  std::optional<Snapshot> read(std::shared_ptr<const void> storage) {
    Header header;
    if (!check_header(header)) return std::nullopt;
    if (snapshot::file_checksum(bytes_) != header.checksum) {
      return fail(ErrorCode::kBadSnapshot,
                  "is damaged: its checksum does not match its contents");
    }
    const auto table = check_sections(header);
    if (!table) return std::nullopt;
    const Sections sections(bytes_, *table);
    return build(header, sections, std::move(storage));
  }

 private:
  std::nullopt_t fail(ErrorCode code, const std::string& message) {
    diagnostics_.push_back(
        {code, "compiled dictionary " + message, std::string(name_), 0, 0});
    return std::nullopt;
  }

  bool check_header(Header& header) {
    const std::size_t size = bytes_.size();
    if (!has_snapshot_magic({bytes_.data(), size})) {
      fail(ErrorCode::kBadSnapshot,
           "expected: the file does not begin with \"" +
               std::string(snapshot::kMagic) +
               "\" (write one with chipner compile)");
      return false;
    }
    if (size < sizeof(Header)) {
      fail(ErrorCode::kBadSnapshot, "is truncated: " + std::to_string(size) +
                                        " bytes, shorter than its header");
      return false;
    }
    std::memcpy(&header, bytes_.data(), sizeof(Header));
    const std::string_view version = version_of(header);
    if (header.byte_order != snapshot::kByteOrderMark) {
      fail(ErrorCode::kStaleSnapshot,
           "was written on a machine of the other byte order" +
               std::string(kRecompile));
      return false;
    }
    if (header.format_version != snapshot::kFormatVersion ||
        version != CHIPNER_VERSION_STRING) {
      fail(ErrorCode::kStaleSnapshot,
           "was written by chipner " + std::string(version) + " (format " +
               std::to_string(header.format_version) + "), this is chipner " +
               CHIPNER_VERSION_STRING + " (format " +
               std::to_string(snapshot::kFormatVersion) + ")" +
               std::string(kRecompile));
      return false;
    }
    if (header.fingerprint != snapshot::build_fingerprint()) {
      fail(ErrorCode::kStaleSnapshot,
           "was written by another build of chipner " + std::string(version) +
               " whose tokenizer or hash tables differ" +
               std::string(kRecompile));
      return false;
    }
    if (header.file_size != size) {
      fail(ErrorCode::kBadSnapshot,
           (size < header.file_size ? "is truncated: " : "is too long: ") +
               std::to_string(size) + " bytes, its header says " +
               std::to_string(header.file_size));
      return false;
    }
    const bool reserved_zero =
        std::all_of(std::begin(header.reserved), std::end(header.reserved),
                    [](std::uint8_t b) { return b == 0; });
    if ((header.flags & ~snapshot::kKnownFlags) != 0 || !reserved_zero ||
        header.section_count != snapshot::kSectionCount) {
      fail(ErrorCode::kBadSnapshot, "has a damaged header");
      return false;
    }
    return true;
  }

  std::optional<std::array<const SectionEntry*, snapshot::kSectionCount + 1>>
  check_sections(const Header& header) {
    std::array<const SectionEntry*, snapshot::kSectionCount + 1> table{};
    const std::uint64_t table_end =
        sizeof(Header) +
        std::uint64_t{header.section_count} * sizeof(SectionEntry);
    if (table_end > bytes_.size()) {
      fail(ErrorCode::kBadSnapshot, "has a damaged section table");
      return std::nullopt;
    }
    const auto* entries =
        reinterpret_cast<const SectionEntry*>(bytes_.data() + sizeof(Header));
    for (std::uint32_t i = 0; i < header.section_count; ++i) {
      const SectionEntry& entry = entries[i];
      const auto id = static_cast<SectionId>(entry.id);
      const bool valid = entry.id >= 1 && entry.id <= snapshot::kSectionCount &&
                         table[entry.id] == nullptr && entry.offset % 8 == 0 &&
                         entry.offset >= table_end &&
                         entry.offset <= bytes_.size() &&
                         entry.size <= bytes_.size() - entry.offset &&
                         entry.element_size == expected_element_size(id) &&
                         entry.size % entry.element_size == 0;
      if (!valid) {
        fail(ErrorCode::kBadSnapshot,
             "has a damaged section table (section " + std::to_string(i) + ")");
        return std::nullopt;
      }
      table[entry.id] = &entry;
    }
    // section_count == kSectionCount and no id twice: every id is there.
    if (table[static_cast<std::uint32_t>(SectionId::kMatcherCounts)]->size !=
        sizeof(snapshot::MatcherCounts)) {
      fail(ErrorCode::kBadSnapshot, "has a damaged section table");
      return std::nullopt;
    }
    return table;
  }

  std::optional<Snapshot> build(const Header& header, const Sections& s,
                                std::shared_ptr<const void> storage) {
    using util::StringIdTable;
    const auto counts =
        s.array<snapshot::MatcherCounts>(SectionId::kMatcherCounts)[0];
    auto entries = EntryTable::borrow(
        {s.array<EntryRecord>(SectionId::kEntryRecords),
         s.array<std::uint32_t>(SectionId::kEntryStringOffsets),
         s.blob(SectionId::kEntryStringBlob),
         {s.array<StringIdTable::Slot>(SectionId::kIdSlots),
          s.array<std::uint32_t>(SectionId::kIdOffsets),
          s.blob(SectionId::kIdBlob)},
         s.array<std::uint32_t>(SectionId::kEntryOfId),
         s.array<std::uint32_t>(SectionId::kLabels)});
    if (!entries || entries->size() != header.entry_count) {
      return fail(ErrorCode::kBadSnapshot, "has damaged entries");
    }
    auto matcher = PhraseMatcher::borrow(
        {{s.array<StringIdTable::Slot>(SectionId::kTermSlots),
          s.array<std::uint32_t>(SectionId::kTermOffsets),
          s.blob(SectionId::kTermBlob)},
         s.array<util::U64Map::Slot>(SectionId::kEdgeSlots),
         s.array<std::uint32_t>(SectionId::kTerminalOffsets),
         s.array<PhraseMatcher::Terminal>(SectionId::kTerminals),
         s.array<text::CaseClass>(SectionId::kCasePatterns),
         {s.array<StringIdTable::Slot>(SectionId::kStemSlots),
          s.array<std::uint32_t>(SectionId::kStemOffsets),
          s.blob(SectionId::kStemBlob)},
         counts.alias_count,
         counts.max_depth},
        static_cast<std::uint32_t>(entries->size()));
    if (!matcher || matcher->alias_count() != header.alias_count) {
      return fail(ErrorCode::kBadSnapshot, "has a damaged alias index");
    }
    return Snapshot{Dictionary(std::move(*entries), std::move(*matcher),
                               std::move(storage)),
                    header.flags};
  }

  std::span<const char> bytes_;
  std::string_view name_;
  std::vector<Diagnostic>& diagnostics_;
};

}  // namespace

bool has_snapshot_magic(std::string_view prefix) noexcept {
  return prefix.starts_with(snapshot::kMagic);
}

std::optional<Snapshot> read_snapshot(std::span<const char> bytes,
                                      std::shared_ptr<const void> storage,
                                      std::string_view name,
                                      std::vector<Diagnostic>& diagnostics) {
  // The tables read 8-byte words in place; a mapping is page-aligned, but
  // bytes from elsewhere (a std::string, a fuzzer) may not be.
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % 8 != 0) {
    auto aligned =
        std::make_shared<std::vector<std::uint64_t>>((bytes.size() + 7) / 8);
    std::memcpy(aligned->data(), bytes.data(), bytes.size());
    bytes = {reinterpret_cast<const char*>(aligned->data()), bytes.size()};
    storage = std::move(aligned);
  }
  return Reader(bytes, name, diagnostics).read(std::move(storage));
}

std::optional<Snapshot> load_snapshot_file(
    const std::string& path, std::vector<Diagnostic>& diagnostics) {
  std::string error;
  std::shared_ptr<const util::MappedFile> file =
      util::MappedFile::open(path, error);
  if (!file) {
    diagnostics.push_back({ErrorCode::kIoError,
                           "cannot read the compiled dictionary: " + error,
                           path, 0, 0});
    return std::nullopt;
  }
  const std::span<const char> bytes = file->bytes();
  return read_snapshot(bytes, std::move(file), path, diagnostics);
}

}  // namespace chipner::dict
