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
  chipner --jsonl --format html < news.jsonl > news.html     # view in a browser
  chipner --jsonl --format spacy < news.jsonl > train.jsonl  # for spaCy/displaCy
  chipner --format conll < sentences.txt > tagged.conll      # token<TAB>BIO tag
  chipner --jsonl --progress big.jsonl > out.jsonl           # progress on stderr
  chipner compile --dict names.tsv -o names.chipdict         # compile once,
  chipner --dict names.chipdict < news.txt                   # start in ms

Output (--format json, the default): one JSON object per input line
({"text":…,"entities":[…]}; with --jsonl, the input object byte for byte with
"entities" added; a bad line gets {"error":…,"line":N}). --format html writes
one page, spacy one {"text","ents"} line per document (code point offsets),
conll one token per line and a blank line after each document. Recipes:
docs/cli.md. Exit status: 0 success, 1 bad record under --strict or a
failure to load or write, 2 bad usage.
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
  std::string format = "json";
  std::vector<std::string> types;
  auto* doc_flag = app.add_flag(
      "--doc", document,
      "Read all input as one document, e.g. chipner --doc article.txt");
  app.add_flag("--jsonl", jsonl,
               "Read JSON Lines; add \"entities\" to each object,\n"
               "e.g. chipner --jsonl < news.jsonl")
      ->excludes(doc_flag);
  app.add_option("--field", args.field,
                 "JSON field that holds the text (with --jsonl),\n"
                 "e.g. --jsonl --field body")
      ->capture_default_str();
  app.add_option("--format", format,
                 "Output format: json, html (one page), spacy ({\"text\",\n"
                 "\"ents\"}, code points) or conll (token<TAB>BIO tag),\n"
                 "e.g. --format html > view.html")
      ->check(CLI::IsMember({"json", "html", "spacy", "conll"}))
      ->capture_default_str();
  app.add_option("--offsets", offsets,
                 "Unit of start/end in JSON: bytes, codepoints or utf16,\n"
                 "e.g. --offsets codepoints for Python")
      ->check(CLI::IsMember({"bytes", "codepoints", "utf16"}))
      ->capture_default_str();
  app.add_option("--types", types,
                 "Only these types or custom labels, e.g. COMPANY,MONEY,LAB")
      ->delimiter(',')
      ->check(CLI::Validator(
          [](const std::string& label) {
            const bool ok = !label.empty() && label[0] >= 'A' &&
                            label[0] <= 'Z' &&
                            label.find_first_not_of(
                                "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") ==
                                std::string::npos;
            return ok ? std::string()
                      : "'" + label + "' is not a label like COMPANY or LAB";
          },
          "LABEL"));
  app.add_option("--dict", args.dictionaries,
                 "Also load this dictionary file (repeatable),\n"
                 "e.g. --dict my_companies.tsv");
  app.add_option("--rules", args.rules,
                 "Also load this rule file, spaCy EntityRuler JSON Lines\n"
                 "(repeatable; docs/rules.md), e.g. --rules labs.jsonl");
  app.add_option("--gazetteer", args.gazetteers,
                 "Also load a CoreNLP RegexNER mapping or a GATE lists.def /\n"
                 ".lst (repeatable), e.g. --gazetteer gate/lists.def");
  app.add_option("--gazetteer-format", args.gazetteer_format,
                 "auto (.def/.lst: GATE, else CoreNLP), corenlp or gate")
      ->check(CLI::IsMember({"auto", "corenlp", "gate"}))
      ->capture_default_str();
  app.add_flag("--explain", args.explain,
               "Add \"source\" or \"rule\" (file:line) to each entity");
  app.add_flag("--all-candidates", args.all_candidates,
               "Also output overlapping candidates the resolver set aside,\n"
               "marked \"discarded\":true");
  std::string overlap = "longest";
  app.add_option("--overlap", overlap,
                 "Overlap policy: longest (then priority) or priority\n"
                 "(then longest)")
      ->check(CLI::IsMember({"longest", "priority"}))
      ->capture_default_str()
      ->each([&args](const std::string& value) {
        args.priority_first = value == "priority";
      });
  app.add_flag("--no-default-dict", args.no_default_dictionaries,
               "Do not load the built-in dictionaries,\n"
               "e.g. --no-default-dict --dict mine.tsv");
  app.add_flag("--strict", args.strict,
               "Exit 1 at the first bad record instead of an error line,\n"
               "e.g. --jsonl --strict");
  args.threads = std::max(1U, std::thread::hardware_concurrency());
  app.add_option("--threads", args.threads,
                 "Worker threads; the output does not change with them,\n"
                 "e.g. --threads 8")
      ->check(CLI::Range(std::size_t{1}, std::size_t{256}))
      ->capture_default_str();
  app.add_option("--max-line-bytes", args.max_line_bytes,
                 "Longest record read whole; a longer plain line is streamed,\n"
                 "a longer JSON record gets an error object,\n"
                 "e.g. --max-line-bytes 1048576")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 40U))
      ->capture_default_str();
  auto* progress_flag = app.add_flag_callback(
      "--progress", [&args] { args.progress = true; },
      "Show bytes, documents, MB/s and ETA on stderr (default: when\n"
      "stderr is a terminal and the input a file), e.g. --progress big.jsonl");
  app.add_flag_callback(
         "--no-progress", [&args] { args.progress = false; },
         "Never show progress, e.g. --no-progress in scripts")
      ->excludes(progress_flag);
  app.add_option("files", args.inputs,
                 "Input files (default: standard input; - is stdin),\n"
                 "e.g. chipner a.txt - b.txt");

  auto* compile = app.add_subcommand(
      "compile",
      "Compile dictionaries into one file that loads in milliseconds\n"
      "(memory-mapped), then use it with --dict FILE.chipdict");
  compile->footer(R"(
Examples:
  chipner compile -o all.chipdict                  # the built-in dictionaries
  chipner compile --dict names.tsv -o all.chipdict # built-in + names.tsv
  chipner compile --no-default-dict --dict a.tsv --dict b.tsv -o ab.chipdict
  chipner --dict all.chipdict < news.txt

The compiled dictionary replaces the built-in dictionaries; add TSV files by
compiling them in, rule files and gazetteers with --rules/--gazetteer as
usual. Only the chipner build that wrote it reads it: after an upgrade,
compile again. docs/cli.md, "Compiled dictionaries".)");
  compile->add_option("--dict", args.dictionaries,
                      "Also compile this TSV dictionary (repeatable),\n"
                      "e.g. --dict my_companies.tsv");
  compile->add_flag("--no-default-dict", args.no_default_dictionaries,
                    "Leave out the built-in dictionaries");
  compile
      ->add_option("-o,--output", args.compile_output,
                   "The compiled dictionary to write, e.g. -o all.chipdict")
      ->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "chipner: %s (see chipner%s --help)\n", e.what(),
                 compile->parsed() ? " compile" : "");
    return 2;
  }

  args.compile = compile->parsed();
  if (document) args.mode = InputMode::kDocument;
  if (jsonl) args.mode = InputMode::kJsonl;
  static const std::map<std::string, OffsetUnit> units{
      {"bytes", OffsetUnit::kBytes},
      {"codepoints", OffsetUnit::kCodePoints},
      {"utf16", OffsetUnit::kUtf16}};
  args.offsets = units.at(offsets);
  static const std::map<std::string, OutputFormat> formats{
      {"json", OutputFormat::kJson},
      {"html", OutputFormat::kHtml},
      {"spacy", OutputFormat::kSpacy},
      {"conll", OutputFormat::kConll}};
  args.format = formats.at(format);
  for (const std::string& label : types) {
    const EntityType type = entity_type_from_label(label);
    if (type == EntityType::kCustom) args.custom_labels.push_back(label);
    if (std::find(args.types.begin(), args.types.end(), type) ==
        args.types.end()) {
      args.types.push_back(type);
    }
  }
  return std::nullopt;
}

}  // namespace chipner::cli
