#include "cli/args.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <thread>

#include <CLI/CLI.hpp>

#include "chipner/version.h"

namespace chipner::cli {
namespace {

constexpr const char* kExamples = R"(
Examples:
  echo 'Huawei Ascend 910C on SMIC N+2 (7 nm), $1.5 billion' | chipner
  chipner --jsonl < news.jsonl > news.entities.jsonl
  chipner --jsonl --field body --types COMPANY,CHIP < feed.jsonl
  chipner --doc --offsets codepoints article.txt
  chipner --dict my_companies.tsv --no-default-dict < notes.txt
  chipner --jsonl --threads 8 < big.jsonl | jq -c '.entities[] | select(.type=="MONEY")'

Output: one JSON object per input line ({"text":…,"entities":[…]}; with
--jsonl, the input object byte for byte with "entities" added; a bad line
gets {"error":…,"line":N}). Exit status: 0 success, 1 bad record under
--strict or a failure to load or write, 2 bad usage.
)";

}  // namespace

std::optional<int> parse_args(int argc, char** argv, Args& args) {
  CLI::App app{
      "chipner: find companies, chips, process nodes and money in text (JSON "
      "out)",
      "chipner"};
  app.footer(kExamples);
  app.set_version_flag("--version",
                       std::string("chipner ") + CHIPNER_VERSION_STRING);

  bool document = false;
  bool jsonl = false;
  std::string offsets = "bytes";
  std::vector<std::string> types;
  auto* doc_flag =
      app.add_flag("--doc", document, "Read all input as one document");
  app.add_flag("--jsonl", jsonl,
               "Read JSON Lines; add \"entities\" to each object")
      ->excludes(doc_flag);
  app.add_option("--field", args.field,
                 "JSON field that holds the text (with --jsonl)")
      ->capture_default_str();
  app.add_option("--offsets", offsets,
                 "Unit of start/end: bytes, codepoints or utf16")
      ->check(CLI::IsMember({"bytes", "codepoints", "utf16"}))
      ->capture_default_str();
  app.add_option("--types", types, "Only these types, e.g. COMPANY,MONEY")
      ->delimiter(',')
      ->check(CLI::IsMember({"COMPANY", "CHIP", "PROCESS_NODE", "MONEY"}));
  app.add_option("--dict", args.dictionaries,
                 "Also load this dictionary file (repeatable)")
      ->check(CLI::ExistingFile);
  app.add_flag("--no-default-dict", args.no_default_dictionaries,
               "Do not load the built-in dictionaries");
  app.add_flag("--strict", args.strict,
               "Exit 1 at the first bad record instead of an error line");
  args.threads = std::max(1U, std::thread::hardware_concurrency());
  app.add_option("--threads", args.threads,
                 "Worker threads; the output does not change with them")
      ->check(CLI::Range(std::size_t{1}, std::size_t{256}))
      ->capture_default_str();
  app.add_option("--max-line-bytes", args.max_line_bytes,
                 "Longest record read whole; a longer plain line is streamed,\n"
                 "a longer JSON record gets an error object")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 40U))
      ->capture_default_str();
  app.add_option("files", args.inputs,
                 "Input files (default: standard input; - is stdin)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "chipner: %s (see chipner --help)\n", e.what());
    return 2;
  }

  if (document) args.mode = InputMode::kDocument;
  if (jsonl) args.mode = InputMode::kJsonl;
  static const std::map<std::string, OffsetUnit> kUnits{
      {"bytes", OffsetUnit::kBytes},
      {"codepoints", OffsetUnit::kCodePoints},
      {"utf16", OffsetUnit::kUtf16}};
  args.offsets = kUnits.at(offsets);
  for (const std::string& type : types)
    args.types.push_back(entity_type_from_label(type));
  return std::nullopt;
}

}  // namespace chipner::cli
