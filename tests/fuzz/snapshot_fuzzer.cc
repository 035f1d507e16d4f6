// fuzz/snapshot_fuzzer.cc: the compiled dictionary loader
// (dict/snapshot_reader.h) on hostile files.
//
// The first input byte picks how the file is made:
//   * even: the rest of the input is the file;
//   * odd: a valid snapshot of a small dictionary, changed by the input:
//     byte edits at chosen offsets, a cut, and (bit 1) its checksum
//     rewritten afterwards, so that the structural checks behind the
//     checksum are fuzzed too (a forged file has a valid checksum).
// Checks, beyond "no crash and no out-of-bounds read" (ASan): a refused file
// gives exactly one kBadSnapshot or kStaleSnapshot diagnostic naming it; an
// unchanged snapshot loads; a loaded dictionary can be used: every entry's
// fields read, every match in a fixed text names an entry that exists and
// tokens that exist.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "dict/snapshot_format.h"
#include "dict/snapshot_reader.h"
#include "dict/snapshot_writer.h"
#include "fuzz_checks.h"
#include "text/tokenizer.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

constexpr std::string_view kSource = "fuzz.chipdict";

constexpr std::string_view kDictionary =
    "type\tid\tcanonical\tvendor\tfamily\tfoundry\tnm\taliases\n"
    "COMPANY\thuawei\tHuawei\t\t\t\t\tHuawei|Хуавей\n"
    "CHIP\thuawei-ascend-910c\tAscend 910C\thuawei\tAscend\t\t\tAscend 910C\n"
    "COMPANY\tsmic\tSMIC\t\t\t\t\tSMIC|=Smic Corp\n"
    "PROCESS_NODE\tsmic-n+2\tN+2\t\t\tsmic\t7\tN+2\n"
    "LAB\tzhejiang-lab\tZhejiang Lab\t\t\t\t\tЧжэцзянская лаборатория\n";

constexpr std::string_view kText =
    "Хуавея и Huawei: Ascend 910C на SMIC N+2, не N + 2; Smic Corp; "
    "Чжэцзянской лаборатории.";

const std::string& valid_snapshot() {
  static const std::string bytes = [] {
    chipner::dict::Dictionary dictionary;
    std::vector<chipner::Diagnostic> diagnostics;
    dictionary.add_file(kDictionary, "fuzz.tsv", diagnostics);
    dictionary.build(diagnostics);
    CHIPNER_FUZZ_CHECK(diagnostics.empty());
    return chipner::dict::snapshot_bytes(dictionary, 0);
  }();
  return bytes;
}

void reseal(std::string& bytes) {
  namespace snapshot = chipner::dict::snapshot;
  if (bytes.size() < sizeof(snapshot::Header)) return;
  snapshot::Header header;
  std::memcpy(&header, bytes.data(), sizeof(header));
  header.checksum = snapshot::file_checksum(bytes);
  std::memcpy(bytes.data(), &header, sizeof(header));
}

void use(const chipner::dict::Dictionary& dictionary) {
  const chipner::dict::EntryTable& entries = dictionary.entries();
  std::size_t total = 0;
  for (std::uint32_t e = 0; e < entries.size(); ++e) {
    const chipner::dict::EntryView view = entries[e];
    for (const std::string_view s :
         {view.label, view.id, view.canonical, view.vendor, view.family,
          view.foundry, view.source}) {
      for (const char c : s) total += static_cast<unsigned char>(c);
    }
    // A forged table may map ids oddly, but never outside itself.
    const std::uint32_t found = entries.find_id(view.id);
    CHIPNER_FUZZ_CHECK(found < entries.size() ||
                       found == chipner::dict::EntryTable::kMissing);
  }
  CHIPNER_FUZZ_CHECK(total < (std::size_t{1} << 62U));

  chipner::text::StemFilter filter;
  dictionary.matcher().add_stems_to(filter);
  chipner::text::Tokenizer tokenizer;
  chipner::text::TokenStream tokens;
  tokenizer.tokenize(kText, tokens, &filter);
  chipner::dict::PhraseMatcher::Scratch scratch;
  std::vector<chipner::dict::PhraseMatch> found;
  dictionary.matcher().find(tokens, scratch, found);
  for (const chipner::dict::PhraseMatch& m : found) {
    CHIPNER_FUZZ_CHECK(m.first_token <= m.last_token);
    CHIPNER_FUZZ_CHECK(m.last_token < tokens.size());
    CHIPNER_FUZZ_CHECK(m.entry < entries.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  FuzzedDataProvider provider(data, size);
  const auto mode = provider.ConsumeIntegral<std::uint8_t>();
  std::string bytes;
  bool unchanged = false;
  if ((mode & 1U) == 0) {
    bytes = provider.ConsumeRemainingBytesAsString();
  } else {
    bytes = valid_snapshot();
    const auto edits = provider.ConsumeIntegralInRange<int>(0, 8);
    for (int i = 0; i < edits; ++i) {
      const auto at =
          provider.ConsumeIntegralInRange<std::size_t>(0, bytes.size() - 1);
      bytes[at] = static_cast<char>(provider.ConsumeIntegral<std::uint8_t>());
    }
    if (provider.ConsumeBool()) {
      bytes.resize(
          provider.ConsumeIntegralInRange<std::size_t>(0, bytes.size()));
    }
    if ((mode & 2U) != 0) reseal(bytes);
    unchanged = bytes == valid_snapshot();
  }

  std::vector<chipner::Diagnostic> diagnostics;
  auto storage = std::make_shared<const std::string>(std::move(bytes));
  const auto loaded = chipner::dict::read_snapshot(
      std::span<const char>(storage->data(), storage->size()), storage, kSource,
      diagnostics);
  if (unchanged) CHIPNER_FUZZ_CHECK(loaded.has_value());
  if (!loaded) {
    CHIPNER_FUZZ_CHECK(diagnostics.size() == 1);
    CHIPNER_FUZZ_CHECK(
        diagnostics[0].code == chipner::ErrorCode::kBadSnapshot ||
        diagnostics[0].code == chipner::ErrorCode::kStaleSnapshot);
    CHIPNER_FUZZ_CHECK(diagnostics[0].source == kSource);
    CHIPNER_FUZZ_CHECK(!diagnostics[0].message.empty());
    return 0;
  }
  CHIPNER_FUZZ_CHECK(diagnostics.empty());
  use(loaded->dictionary);
  return 0;
}
