// fuzz/rule_file_fuzzer.cc: a user's rule file or gazetteer (docs/rules.md),
// from parsing to matching (rules::RuleSet, Extractor::create).
//
// The last byte of the input picks the format (spaCy EntityRuler JSON
// Lines, most often; a CoreNLP RegexNER mapping; a GATE list), the rest is
// the file. A small fixed dictionary is loaded beside it, so ENT_TYPE,
// ENT_ID, vendor and foundry references can resolve. Checks, beyond "no
// crash" (RE2 and the token NFA keep matching linear, so no hang either):
//   * every diagnostic names the source, a line that exists and a column
//     inside it;
//   * RuleSet and Extractor::create agree on whether the file loads;
//   * an Extractor with the rules finds entities that keep the extract()
//     contract, and each one a rule produced names this file and one of its
//     lines.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chipner/chipner.h"
#include "dict/dictionary_file.h"
#include "fuzz_checks.h"
#include "rules/rule_set.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

constexpr int kUserPriority = 15;  // options.h: user rules and gazetteers

constexpr std::string_view kDictionary =
    "type\tid\tcanonical\tvendor\tfamily\taliases\n"
    "COMPANY\thuawei\tHuawei\t\t\tHuawei|Хуавей\n"
    "CHIP\thuawei-ascend-910c\tAscend 910C\thuawei\tAscend\tAscend 910C\n"
    "COMPANY\tsmic\tSMIC\t\t\tSMIC\n"
    "LAB\tzhejiang-lab\tZhejiang Lab\t\t\tZhejiang Lab\n";

constexpr std::string_view kText =
    " Huawei Kirin 9000S and Ascend 910C on SMIC N+2, 7-нм, Zhejiang Lab; "
    "процессор Байкал-М 1000, $1.5 billion, 华为 麒麟9000 ";

const chipner::dict::EntryTable& dictionary_entries() {
  static const chipner::dict::EntryTable entries = [] {
    std::vector<chipner::dict::Entry> parsed;
    std::vector<chipner::Diagnostic> diagnostics;
    chipner::dict::parse_dictionary_file(kDictionary, "fixed.tsv", parsed,
                                         diagnostics);
    CHIPNER_FUZZ_CHECK(diagnostics.empty());
    return chipner::dict::EntryTable(parsed);
  }();
  return entries;
}

void check_diagnostic(const chipner::Diagnostic& d, std::string_view source,
                      const std::vector<std::string_view>& lines) {
  CHIPNER_FUZZ_CHECK(d.code != chipner::ErrorCode::kOk);
  CHIPNER_FUZZ_CHECK(!d.message.empty());
  if (d.code == chipner::ErrorCode::kTooManyErrors) return;
  CHIPNER_FUZZ_CHECK(d.source == source);
  if (d.line == 0) return;  // about the file as a whole
  CHIPNER_FUZZ_CHECK(d.line <= std::max<std::size_t>(lines.size(), 1));
  if (d.line <= lines.size()) {
    CHIPNER_FUZZ_CHECK(d.column <= lines[d.line - 1].size() + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data,
                                      std::size_t size) {
  FuzzedDataProvider provider(data, size);
  const int pick = provider.ConsumeIntegralInRange<int>(0, 7);
  const auto format = pick == 6   ? chipner::SourceFormat::kCoreNlp
                      : pick == 7 ? chipner::SourceFormat::kGateList
                                  : chipner::SourceFormat::kRules;
  const std::string source =
      format == chipner::SourceFormat::kRules     ? "fuzz.jsonl"
      : format == chipner::SourceFormat::kCoreNlp ? "fuzz.txt"
                                                  : "fuzz.lst";
  const std::string contents = provider.ConsumeRemainingBytesAsString();
  const std::vector<std::string_view> lines =
      chipner::fuzz::split_lines(contents);

  chipner::rules::RuleSet rule_set;
  rule_set.set_dictionary(&dictionary_entries());
  std::vector<chipner::Diagnostic> diagnostics;
  switch (format) {
    case chipner::SourceFormat::kCoreNlp:
      rule_set.add_corenlp_mapping(contents, source, kUserPriority,
                                   diagnostics);
      break;
    case chipner::SourceFormat::kGateList:
      rule_set.add_gate_list(contents, source, "FUZZ", kUserPriority,
                             diagnostics);
      break;
    default:
      rule_set.add_rule_file(contents, source, kUserPriority, diagnostics);
      break;
  }
  rule_set.build(diagnostics);
  for (const chipner::Diagnostic& d : diagnostics)
    check_diagnostic(d, source, lines);

  // Building an Extractor costs milliseconds: for every file that loads,
  // and one in eight that does not, to check that those fail too.
  const bool loads = diagnostics.empty();
  if (!loads && size % 8 != 0) return 0;
  chipner::Options options;  // field by field: Options grows
  options.use_embedded_dictionaries = false;
  options.use_embedded_rules = false;
  options.dictionaries = {
      chipner::Source::in_memory("fixed.tsv", std::string(kDictionary),
                                 chipner::SourceFormat::kDictionary),
      chipner::Source::in_memory(source, contents, format)};
  options.max_diagnostics = 20;
  const auto extractor = chipner::Extractor::create(options);
  CHIPNER_FUZZ_CHECK(extractor.has_value() == loads);
  if (!extractor) {
    for (const chipner::Diagnostic& d : extractor.error().diagnostics()) {
      if (d.source == source) check_diagnostic(d, source, lines);
    }
    return 0;
  }

  const std::string text = contents + std::string(kText);
  const std::vector<chipner::Entity> found = extractor->extract(text);
  chipner::fuzz::check_entities(text, found);
  for (const chipner::Entity& e : found) {
    if (e.origin != chipner::EntityOrigin::kRule) continue;
    CHIPNER_FUZZ_CHECK(e.source == source);
    CHIPNER_FUZZ_CHECK(e.line >= 1 && e.line <= lines.size());
  }
  return 0;
}
