// cli/args.h: the command line of the chipner filter (parsed with CLI11).

#ifndef CHIPNER_CLI_ARGS_H_
#define CHIPNER_CLI_ARGS_H_

#include <optional>
#include <string>
#include <vector>

#include "chipner/entity.h"
#include "chipner/offsets.h"

namespace chipner::cli {

enum class InputMode : std::uint8_t {
  kLines,     // each line is a document (default)
  kDocument,  // all of the input is one document
  kJsonl,     // each line is a JSON object; the text is in `field`
};

enum class OutputFormat : std::uint8_t {
  kJson,   // one JSON object per document (default); with --jsonl, the record
  kHtml,   // one self-contained HTML page
  kSpacy,  // {"text","ents"} per document, code point offsets
  kConll,  // token<TAB>BIO tag lines, a blank line after each document
};

struct Args {
  InputMode mode = InputMode::kLines;
  std::string field = "text";
  OffsetUnit offsets = OffsetUnit::kBytes;
  OutputFormat format = OutputFormat::kJson;
  // --progress / --no-progress; unset: on when stderr is a terminal and
  // every input is a regular file.
  std::optional<bool> progress;
  std::vector<EntityType> types;           // empty: all
  std::vector<std::string> custom_labels;  // from --types; empty: all
  std::vector<std::string> dictionaries;
  std::vector<std::string> rules;       // --rules: spaCy JSONL rule files
  std::vector<std::string> gazetteers;  // --gazetteer: CoreNLP or GATE
  // --gazetteer-format: "auto" (.def/.lst → GATE, else CoreNLP), "corenlp",
  // "gate".
  std::string gazetteer_format = "auto";
  bool explain = false;         // --explain: "source"/"rule" per entity
  bool all_candidates = false;  // --all-candidates: also set-aside ones
  bool priority_first = false;  // --overlap priority
  bool no_default_dictionaries = false;
  bool strict = false;
  std::size_t threads = 1;  // worker threads (default: all cores)
  std::size_t max_line_bytes = 64U << 20U;  // longer records: see pipeline.h
  std::vector<std::string> inputs;          // empty or "-": standard input
  // `chipner compile … -o FILE`: write the dictionaries (`dictionaries`,
  // and the built-in ones unless no_default_dictionaries) as a compiled
  // dictionary to `compile_output` instead of reading input.
  bool compile = false;
  std::string compile_output;
};

// Parses the command line. Returns the exit code to end with at once (after
// --help, --version, or a usage error, which it has reported), or nullopt to
// go on.
std::optional<int> parse_args(int argc, char** argv, Args& args);

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_ARGS_H_
