// Compiled dictionary snapshots: a snapshot read back is the dictionary it was
// written from (entries, matches, stem filter); a truncated, damaged,
// foreign or forged file is refused with kBadSnapshot or kStaleSnapshot and
// never read out of bounds (this suite runs under ASan and UBSan in CI).

#include <cstddef>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dict/dictionary.h"
#include "dict/embedded.h"
#include "dict/snapshot_format.h"
#include "dict/snapshot_reader.h"
#include "dict/snapshot_writer.h"
#include "text/tokenizer.h"

namespace chipner::dict {
namespace {

using snapshot::SectionId;

constexpr std::string_view kTsv =
    "type\tid\tcanonical\tvendor\tfamily\tfoundry\tnm\taliases\n"
    "COMPANY\thuawei\tHuawei\t\t\t\t\tHuawei|Хуавей\n"
    "CHIP\thuawei-ascend-910c\tAscend 910C\thuawei\tAscend\t\t\tAscend 910C\n"
    "COMPANY\tsmic\tSMIC\t\t\t\t\tSMIC|=Smic Corp\n"
    "PROCESS_NODE\tsmic-n+2\tN+2\t\t\tsmic\t7\tN+2\n"
    "LAB\tzhejiang-lab\tZhejiang Lab\t\t\t\t\tZhejiang Lab|Чжэцзянская "
    "лаборатория\n";

// Next to the embedded dictionaries: new ids, a vendor among them.
constexpr std::string_view kUserTsv =
    "type\tid\tcanonical\tvendor\tfamily\taliases\n"
    "CHIP\tacme-x1\tX1\thuawei\tX\tAcme X1\n"
    "LAB\tzhejiang-lab\tZhejiang Lab\t\t\tZhejiang Lab|Чжэцзянская "
    "лаборатория\n";

constexpr std::string_view kText =
    "Хуавея и Huawei: Ascend 910C на SMIC N+2, не N + 2; smic corp и Smic "
    "Corp; Чжэцзянской лаборатории и Zhejiang Lab.";

Dictionary build(std::string_view tsv, bool with_embedded = false) {
  Dictionary dictionary;
  std::vector<Diagnostic> diagnostics;
  if (with_embedded) {
    for (const auto& file : internal::embedded_dictionaries()) {
      if (file.name.ends_with(".tsv"))
        dictionary.add_file(file.contents, file.name, diagnostics);
    }
  }
  dictionary.add_file(tsv, "test.tsv", diagnostics);
  dictionary.build(diagnostics);
  EXPECT_TRUE(diagnostics.empty()) << diagnostics.front().to_string();
  return dictionary;
}

std::optional<Snapshot> read(const std::string& bytes,
                             std::vector<Diagnostic>& diagnostics) {
  auto storage = std::make_shared<const std::string>(bytes);
  return read_snapshot({storage->data(), storage->size()}, storage,
                       "test.chipdict", diagnostics);
}

// Every match as "first-last:id:canonical:vendor:family:foundry:nm:label".
std::vector<std::string> describe(const Dictionary& d, std::string_view text) {
  text::Tokenizer tokenizer;
  text::StemFilter filter;
  d.matcher().add_stems_to(filter);
  text::TokenStream tokens;
  tokenizer.tokenize(text, tokens, &filter);
  PhraseMatcher::Scratch scratch;
  std::vector<PhraseMatch> found;
  d.matcher().find(tokens, scratch, found);
  std::vector<std::string> out;
  for (const PhraseMatch& m : found) {
    const EntryView e = d.entries()[m.entry];
    out.push_back(std::to_string(m.first_token) + "-" +
                  std::to_string(m.last_token) + ":" + std::string(e.id) + ":" +
                  std::string(e.canonical) + ":" + std::string(e.vendor) + ":" +
                  std::string(e.family) + ":" + std::string(e.foundry) + ":" +
                  (e.nm ? std::to_string(*e.nm) : "-") + ":" +
                  std::string(e.label) + ":" + std::string(e.source) + ":" +
                  std::to_string(e.line));
  }
  return out;
}

// Rewrites the header's checksum, as a forger (or a fuzzer) would, so that
// the checks behind it are reached.
void reseal(std::string& bytes) {
  snapshot::Header header;
  std::memcpy(&header, bytes.data(), sizeof(header));
  header.checksum = snapshot::file_checksum(bytes);
  std::memcpy(bytes.data(), &header, sizeof(header));
}

snapshot::SectionEntry section(const std::string& bytes, SectionId id) {
  for (std::size_t i = 0; i < snapshot::kSectionCount; ++i) {
    snapshot::SectionEntry entry;
    std::memcpy(&entry,
                bytes.data() + sizeof(snapshot::Header) +
                    i * sizeof(snapshot::SectionEntry),
                sizeof(entry));
    if (entry.id == static_cast<std::uint32_t>(id)) return entry;
  }
  ADD_FAILURE() << "no section " << static_cast<int>(id);
  return {};
}

TEST(Snapshot, ReadsBackTheDictionaryItWasWrittenFrom) {
  const Dictionary built = build(kTsv);
  const std::string bytes = snapshot_bytes(built, 0);
  std::vector<Diagnostic> diagnostics;
  const auto loaded = read(bytes, diagnostics);
  ASSERT_TRUE(loaded) << diagnostics.front().to_string();
  EXPECT_EQ(loaded->flags, 0U);
  EXPECT_EQ(loaded->dictionary.entries().size(), built.entries().size());
  EXPECT_EQ(loaded->dictionary.matcher().alias_count(),
            built.matcher().alias_count());
  const auto expected = describe(built, kText);
  EXPECT_EQ(describe(loaded->dictionary, kText), expected);
  // The case-sensitive alias, the stems and the glue were all exercised.
  EXPECT_EQ(expected.size(), 9U) << ::testing::PrintToString(expected);
  for (std::uint32_t e = 0; e < built.entries().size(); ++e) {
    const std::string_view id = built.entries()[e].id;
    EXPECT_EQ(loaded->dictionary.entries().find_id(id), e);
  }
  EXPECT_EQ(loaded->dictionary.entries().find_id("nope"), EntryTable::kMissing);
  EXPECT_NE(loaded->dictionary.entries().find_label("LAB"),
            EntryTable::kMissing);
}

TEST(Snapshot, SameDictionarySameBytes) {
  EXPECT_EQ(snapshot_bytes(build(kTsv), 1), snapshot_bytes(build(kTsv), 1));
}

TEST(Snapshot, EmbeddedDictionariesRoundTrip) {
  const Dictionary built = build(kUserTsv, /*with_embedded=*/true);
  const std::string bytes =
      snapshot_bytes(built, snapshot::kWithEmbeddedDictionaries);
  std::vector<Diagnostic> diagnostics;
  const auto loaded = read(bytes, diagnostics);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->flags, snapshot::kWithEmbeddedDictionaries);
  const std::string text =
      std::string(kText) + " Acme X1, Яндекса, Ростеха, TSMC N3E, H100, 华为";
  EXPECT_EQ(describe(loaded->dictionary, text), describe(built, text));
}

// The stem filter a matcher registers (two code points per term) must
// accept exactly the words that a filter of all whole terms accepts.
TEST(Snapshot, StemPrefixesGiveTheFilterOfTheWholeTerms) {
  const Dictionary built = build(kUserTsv, /*with_embedded=*/true);
  text::StemFilter from_prefixes;
  built.matcher().add_stems_to(from_prefixes);
  text::StemFilter from_terms;
  const auto terms = built.matcher().parts().terms;
  for (std::size_t t = 0; t + 1 < terms.offsets.size(); ++t) {
    from_terms.add_stem(terms.blob.substr(
        terms.offsets[t], terms.offsets[t + 1] - terms.offsets[t]));
  }
  for (const std::string_view word :
       {"яндекса", "ростеха", "хуавея", "чжэцзянской", "лаборатории", "а", "ёж",
        "щука", "huawei", "x", "华为"}) {
    EXPECT_EQ(from_prefixes.may_match(word), from_terms.may_match(word))
        << word;
  }
}

TEST(Snapshot, UnalignedBytesAreCopiedAndRead) {
  const std::string bytes = snapshot_bytes(build(kTsv), 0);
  auto storage = std::make_shared<std::string>("x" + bytes);
  std::vector<Diagnostic> diagnostics;
  const auto loaded = read_snapshot(std::span<const char>(*storage).subspan(1),
                                    storage, "odd.chipdict", diagnostics);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(describe(loaded->dictionary, kText), describe(build(kTsv), kText));
}

void expect_refused(const std::string& bytes, ErrorCode code,
                    const std::string& what) {
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(read(bytes, diagnostics)) << what;
  ASSERT_EQ(diagnostics.size(), 1U) << what;
  EXPECT_EQ(diagnostics[0].code, code)
      << what << ": " << diagnostics[0].to_string();
  EXPECT_EQ(diagnostics[0].source, "test.chipdict") << what;
}

TEST(Snapshot, TruncatedAtAnyPointIsABadSnapshot) {
  const std::string bytes = snapshot_bytes(build(kTsv), 0);
  for (std::size_t cut = 0; cut < bytes.size(); cut += cut < 512 ? 1 : 61) {
    expect_refused(bytes.substr(0, cut), ErrorCode::kBadSnapshot,
                   "cut at " + std::to_string(cut));
  }
  expect_refused(bytes + "extra", ErrorCode::kBadSnapshot, "extended");
}

TEST(Snapshot, AnyFlippedBitIsRefused) {
  const std::string good = snapshot_bytes(build(kTsv), 0);
  for (std::size_t at = 0; at < good.size(); at += at < 256 ? 1 : 7) {
    std::string bytes = good;
    bytes[at] = static_cast<char>(bytes[at] ^ (1U << (at % 8)));
    // The version fields say "another build" (or, in the version's NUL
    // padding, "damaged"); every other byte "damaged".
    const bool version = at >= offsetof(snapshot::Header, byte_order) &&
                         at < offsetof(snapshot::Header, file_size);
    std::vector<Diagnostic> diagnostics;
    EXPECT_FALSE(read(bytes, diagnostics)) << at;
    ASSERT_EQ(diagnostics.size(), 1U) << at;
    EXPECT_TRUE(diagnostics[0].code == ErrorCode::kBadSnapshot ||
                (version && diagnostics[0].code == ErrorCode::kStaleSnapshot))
        << at << ": " << diagnostics[0].to_string();
  }
}

TEST(Snapshot, ForeignFilesAndOtherBuildsAreRefused) {
  const std::string good = snapshot_bytes(build(kTsv), 0);
  expect_refused("", ErrorCode::kBadSnapshot, "empty");
  expect_refused("type\tid\tcanonical\taliases\n", ErrorCode::kBadSnapshot,
                 "a TSV file");
  std::string bytes = good;
  bytes[0] = 'X';
  expect_refused(bytes, ErrorCode::kBadSnapshot, "magic");

  const auto with_header = [&](auto change) {
    std::string changed = good;
    snapshot::Header header;
    std::memcpy(&header, changed.data(), sizeof(header));
    change(header);
    std::memcpy(changed.data(), &header, sizeof(header));
    return changed;
  };
  expect_refused(with_header([](auto& h) { h.byte_order = 0x04030201; }),
                 ErrorCode::kStaleSnapshot, "byte order");
  expect_refused(with_header([](auto& h) { ++h.format_version; }),
                 ErrorCode::kStaleSnapshot, "format version");
  expect_refused(with_header([](auto& h) { h.chipner_version[0] = '9'; }),
                 ErrorCode::kStaleSnapshot, "chipner version");
  expect_refused(with_header([](auto& h) { ++h.fingerprint; }),
                 ErrorCode::kStaleSnapshot, "fingerprint");
  // Behind a valid checksum, too.
  const auto resealed = [&](auto change) {
    std::string changed = with_header(change);
    reseal(changed);
    return changed;
  };
  expect_refused(resealed([](auto& h) { h.flags |= 0x80; }),
                 ErrorCode::kBadSnapshot, "flags");
  expect_refused(resealed([](auto& h) { h.reserved[3] = 1; }),
                 ErrorCode::kBadSnapshot, "reserved");
  expect_refused(resealed([](auto& h) { ++h.entry_count; }),
                 ErrorCode::kBadSnapshot, "entry count");
  expect_refused(resealed([](auto& h) { ++h.alias_count; }),
                 ErrorCode::kBadSnapshot, "alias count");
  expect_refused(resealed([](auto& h) { ++h.section_count; }),
                 ErrorCode::kBadSnapshot, "section count");
}

// Damage behind a valid checksum: each index a lookup follows, pointed out
// of range, must be caught by the structural checks.
TEST(Snapshot, ForgedIndexesAreRefusedBehindAValidChecksum) {
  const std::string good = snapshot_bytes(build(kTsv), 0);
  const auto forge = [&](SectionId id, std::size_t offset, auto value) {
    std::string bytes = good;
    const snapshot::SectionEntry entry = section(bytes, id);
    EXPECT_LE(offset + sizeof(value), entry.size);
    std::memcpy(bytes.data() + entry.offset + offset, &value, sizeof(value));
    reseal(bytes);
    return bytes;
  };
  const std::uint32_t huge = 0x7FFFFFF0;
  // EntryRecord fields: id, label, canonical, …, source.
  for (std::size_t field = 0; field < 7; ++field) {
    expect_refused(forge(SectionId::kEntryRecords, 4 * field, huge),
                   ErrorCode::kBadSnapshot,
                   "record field " + std::to_string(field));
  }
  expect_refused(forge(SectionId::kEntryRecords, offsetof(EntryRecord, type),
                       std::uint8_t{200}),
                 ErrorCode::kBadSnapshot, "record type");
  expect_refused(forge(SectionId::kEntryRecords, offsetof(EntryRecord, has_nm),
                       std::uint8_t{2}),
                 ErrorCode::kBadSnapshot, "has_nm");
  expect_refused(forge(SectionId::kEntryStringOffsets, 4, huge),
                 ErrorCode::kBadSnapshot, "string offset");
  expect_refused(forge(SectionId::kEntryOfId, 0, huge), ErrorCode::kBadSnapshot,
                 "entry of id");
  expect_refused(forge(SectionId::kLabels, 0, huge), ErrorCode::kBadSnapshot,
                 "label");
  expect_refused(forge(SectionId::kTerminalOffsets, 4, huge),
                 ErrorCode::kBadSnapshot, "terminal offset");
  expect_refused(forge(SectionId::kTerminals, 0, huge), ErrorCode::kBadSnapshot,
                 "terminal entry");
  expect_refused(forge(SectionId::kMatcherCounts, 8, std::uint32_t{1000}),
                 ErrorCode::kBadSnapshot, "max depth past the case patterns");
  // A hash slot with an id past the table, and a table with no empty slot
  // (a lookup of a missing key would never end).
  const snapshot::SectionEntry slots = section(good, SectionId::kTermSlots);
  for (std::size_t at = 0; at < slots.size; at += 8) {
    std::string bytes = good;
    std::uint32_t id = 0;
    std::memcpy(&id, bytes.data() + slots.offset + at + 4, 4);
    if (id == util::StringIdTable::kMissing) continue;
    std::memcpy(bytes.data() + slots.offset + at + 4, &huge, 4);
    reseal(bytes);
    expect_refused(bytes, ErrorCode::kBadSnapshot, "term id");
    break;
  }
  std::string full = good;
  const snapshot::SectionEntry edges = section(good, SectionId::kEdgeSlots);
  for (std::size_t at = 0; at < edges.size; at += 16) {
    const std::uint32_t node = 1;
    std::memcpy(full.data() + edges.offset + at + 8, &node, 4);
  }
  reseal(full);
  expect_refused(full, ErrorCode::kBadSnapshot, "edge table full");
  expect_refused(forge(SectionId::kEdgeSlots, 8, huge), ErrorCode::kBadSnapshot,
                 "edge to a missing node");
  // An edge labelled by a term the table does not have (snapshot_fuzzer).
  for (std::size_t at = 0; at < edges.size; at += 16) {
    std::uint32_t node = 0;
    std::memcpy(&node, good.data() + edges.offset + at + 8, 4);
    if (node == util::U64Map::kMissing) continue;
    expect_refused(forge(SectionId::kEdgeSlots, at, std::uint32_t{huge}),
                   ErrorCode::kBadSnapshot, "edge labelled by a missing term");
    break;
  }
}

TEST(Snapshot, SectionTableDamageIsRefused) {
  const std::string good = snapshot_bytes(build(kTsv), 0);
  const auto with_entry = [&](std::size_t index, auto change) {
    std::string bytes = good;
    snapshot::SectionEntry entry;
    char* at = bytes.data() + sizeof(snapshot::Header) +
               index * sizeof(snapshot::SectionEntry);
    std::memcpy(&entry, at, sizeof(entry));
    change(entry);
    std::memcpy(at, &entry, sizeof(entry));
    reseal(bytes);
    return bytes;
  };
  for (std::size_t i = 0; i < snapshot::kSectionCount; ++i) {
    const std::string n = std::to_string(i);
    expect_refused(with_entry(i, [](auto& e) { e.offset += 4; }),
                   ErrorCode::kBadSnapshot, "misaligned " + n);
    expect_refused(with_entry(i, [](auto& e) { e.size += 1U << 30U; }),
                   ErrorCode::kBadSnapshot, "past the end " + n);
    expect_refused(with_entry(i, [](auto& e) { e.offset = ~0ULL - 7; }),
                   ErrorCode::kBadSnapshot, "offset overflow " + n);
    expect_refused(with_entry(i, [](auto& e) { e.id = 99; }),
                   ErrorCode::kBadSnapshot, "unknown id " + n);
    expect_refused(with_entry(i, [](auto& e) { e.element_size += 1; }),
                   ErrorCode::kBadSnapshot, "element size " + n);
  }
  expect_refused(with_entry(1, [](auto& e) { e.id = 1; }),
                 ErrorCode::kBadSnapshot, "an id twice");
}

TEST(Snapshot, MissingFileIsAnIoError) {
  std::vector<Diagnostic> diagnostics;
  EXPECT_FALSE(load_snapshot_file("/nonexistent/x.chipdict", diagnostics));
  ASSERT_EQ(diagnostics.size(), 1U);
  EXPECT_EQ(diagnostics[0].code, ErrorCode::kIoError);
  EXPECT_EQ(diagnostics[0].source, "/nonexistent/x.chipdict");
}

}  // namespace
}  // namespace chipner::dict
