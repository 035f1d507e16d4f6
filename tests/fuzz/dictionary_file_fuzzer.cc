// fuzz/dictionary_file_fuzzer.cc: a user's dictionary file, from parsing to
// matching (dict/dictionary_file.h, dict::Dictionary, Extractor::create).
//
// The input is the file's contents. Checks, beyond "no crash":
//   * every diagnostic names the source, a line that exists, and a column
//     within that line (so "file:line:col" always points somewhere real);
//   * every entry that loads is well formed: a label and id of the right
//     shape, a non-empty canonical name, aliases that are not blank, its
//     own line number;
//   * Dictionary::build and Extractor::create agree with the parse (a file
//     with a bad line never builds);
//   * an Extractor built from the file finds each alias, alone, as one
//     entity of its entry (a differential check against the file itself),
//     and in the file's own text finds only entries of the file, keeping
//     the extract() contract.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chipner/chipner.h"
#include "dict/dictionary.h"
#include "dict/dictionary_file.h"
#include "fuzz_checks.h"

namespace {

constexpr std::string_view kSource = "fuzz.tsv";

bool is_label(std::string_view s) {
  return !s.empty() && s[0] >= 'A' && s[0] <= 'Z' &&
         std::all_of(s.begin(), s.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
         });
}

bool is_id(std::string_view s) {
  const auto lower_or_digit = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  return !s.empty() && lower_or_digit(s[0]) &&
         std::all_of(s.begin(), s.end(), [&](char c) {
           return lower_or_digit(c) || c == '.' || c == '+' || c == '_' ||
                  c == '-';
         });
}

void check_diagnostic(const chipner::Diagnostic& d,
                      const std::vector<std::string_view>& lines) {
  CHIPNER_FUZZ_CHECK(d.code != chipner::ErrorCode::kOk);
  CHIPNER_FUZZ_CHECK(!d.message.empty());
  CHIPNER_FUZZ_CHECK(!d.to_string().empty());
  if (d.code == chipner::ErrorCode::kTooManyErrors) return;
  CHIPNER_FUZZ_CHECK(d.source == kSource);
  // An empty file still has a line 1 to point at.
  CHIPNER_FUZZ_CHECK(d.line >= 1);
  CHIPNER_FUZZ_CHECK(d.line <= std::max<std::size_t>(lines.size(), 1));
  CHIPNER_FUZZ_CHECK(d.column >= 1);
  if (d.line <= lines.size()) {
    CHIPNER_FUZZ_CHECK(d.column <= lines[d.line - 1].size() + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  const std::string contents(reinterpret_cast<const char*>(data), size);
  const std::vector<std::string_view> lines =
      chipner::fuzz::split_lines(contents);

  std::vector<chipner::dict::Entry> entries;
  std::vector<chipner::Diagnostic> diagnostics;
  chipner::dict::parse_dictionary_file(contents, kSource, entries, diagnostics);
  for (const chipner::Diagnostic& d : diagnostics) check_diagnostic(d, lines);
  CHIPNER_FUZZ_CHECK(entries.size() <= lines.size());
  for (const chipner::dict::Entry& entry : entries) {
    CHIPNER_FUZZ_CHECK(is_label(entry.label));
    CHIPNER_FUZZ_CHECK(chipner::entity_type_from_label(entry.label) ==
                       entry.type);
    CHIPNER_FUZZ_CHECK(is_id(entry.id));
    CHIPNER_FUZZ_CHECK(!entry.canonical.empty());
    CHIPNER_FUZZ_CHECK(entry.source == kSource);
    CHIPNER_FUZZ_CHECK(entry.line >= 2 && entry.line <= lines.size());
    if (entry.nm) {
      CHIPNER_FUZZ_CHECK(std::isfinite(*entry.nm) && *entry.nm >= 0);
    }
    for (const chipner::dict::Alias& alias : entry.aliases) {
      CHIPNER_FUZZ_CHECK(alias.text.find_first_not_of(' ') !=
                         std::string::npos);
      CHIPNER_FUZZ_CHECK(alias.text.find('|') == std::string::npos);
      CHIPNER_FUZZ_CHECK(alias.text.find('\t') == std::string::npos);
      CHIPNER_FUZZ_CHECK(alias.column >= 1 &&
                         alias.column <= lines[entry.line - 1].size());
    }
  }

  chipner::dict::Dictionary dictionary;
  std::vector<chipner::Diagnostic> build_diagnostics;
  dictionary.add_file(contents, kSource, build_diagnostics);
  CHIPNER_FUZZ_CHECK(build_diagnostics.size() == diagnostics.size());
  dictionary.build(build_diagnostics);
  for (const chipner::Diagnostic& d : build_diagnostics)
    check_diagnostic(d, lines);

  // Building an Extractor costs milliseconds (the money grammar reads
  // ICU's currency names), hundreds of times a parse: do it for every file
  // that loads, and for one in eight that does not, to check that those
  // fail too. The grammars are off (types without MONEY and PROCESS_NODE),
  // so every entity found comes from the file.
  const bool loads = build_diagnostics.empty();
  if (!loads && size % 8 != 0) return 0;
  // Assigned field by field, not designated: Options grows, and a missing
  // designated initializer is a warning (an error under -Werror).
  chipner::Options options;
  options.use_embedded_dictionaries = false;
  options.dictionaries = {
      chipner::Source::in_memory(std::string(kSource), contents)};
  options.types = {chipner::EntityType::kCompany, chipner::EntityType::kChip,
                   chipner::EntityType::kCustom};
  options.max_diagnostics = 20;
  const auto extractor = chipner::Extractor::create(options);
  CHIPNER_FUZZ_CHECK(extractor.has_value() == loads);
  if (!extractor) {
    const auto& reported = extractor.error().diagnostics();
    CHIPNER_FUZZ_CHECK(!reported.empty() && reported.size() <= 21);
    for (const chipner::Diagnostic& d : reported) check_diagnostic(d, lines);
    return 0;
  }
  CHIPNER_FUZZ_CHECK(extractor->dictionary_size() == entries.size());

  // Differential, against what the file says: an alias alone is found as
  // itself, with its entry's id. No other alias can cover more of it, and
  // none can cover the same tokens (two entries sharing an alias fail to
  // load).
  chipner::Workspace workspace;
  std::vector<chipner::Entity> found;
  for (const chipner::dict::Entry& entry : entries) {
    if (entry.type == chipner::EntityType::kProcessNode ||
        entry.type == chipner::EntityType::kMoney) {
      continue;  // their types are not asked for
    }
    for (const chipner::dict::Alias& alias : entry.aliases) {
      found.clear();
      extractor->extract(alias.text, workspace, found);
      chipner::fuzz::check_entities(alias.text, found);
      CHIPNER_FUZZ_CHECK(found.size() == 1);
      CHIPNER_FUZZ_CHECK(found[0].id == entry.id);
    }
  }

  // And the whole file as text: entities keep the contract, and those from
  // the dictionary name entries of the file (a grammar, such as the company
  // cue "Name Inc.", finds names of its own).
  found.clear();
  extractor->extract(contents, workspace, found);
  chipner::fuzz::check_entities(contents, found);
  for (const chipner::Entity& e : found) {
    if (e.origin != chipner::EntityOrigin::kDictionary) continue;
    CHIPNER_FUZZ_CHECK(std::any_of(
        entries.begin(), entries.end(),
        [&](const chipner::dict::Entry& entry) { return entry.id == e.id; }));
  }
  return 0;
}
