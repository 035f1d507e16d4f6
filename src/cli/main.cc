// chipner: a pipe filter that finds companies, chips, process nodes and money
// in text and writes JSON. See chipner --help.

#include <cstdio>

#include "chipner/extractor.h"
#include "cli/args.h"
#include "cli/compile.h"
#include "cli/formatter.h"
#include "cli/pipeline.h"

int main(int argc, char** argv) {
  chipner::cli::Args args;
  if (const auto exit_code = chipner::cli::parse_args(argc, argv, args))
    return *exit_code;

  chipner::Options options;
  options.use_embedded_dictionaries = !args.no_default_dictionaries;
  for (const std::string& path : args.dictionaries) {
    options.dictionaries.push_back(chipner::Source::file(path));
  }
  if (args.compile) return chipner::cli::compile(options, args.compile_output);
  for (const std::string& path : args.rules) {
    options.dictionaries.push_back(
        chipner::Source::file(path, chipner::SourceFormat::kRules));
  }
  for (const std::string& path : args.gazetteers) {
    auto format = chipner::SourceFormat::kCoreNlp;
    const bool gate = args.gazetteer_format == "gate" ||
                      (args.gazetteer_format == "auto" &&
                       (path.ends_with(".def") || path.ends_with(".lst")));
    if (gate) {
      format = path.ends_with(".lst") ? chipner::SourceFormat::kGateList
                                      : chipner::SourceFormat::kGateIndex;
    }
    options.dictionaries.push_back(chipner::Source::file(path, format));
  }
  options.all_candidates = args.all_candidates;
  if (args.priority_first)
    options.overlap_policy = chipner::OverlapPolicy::kPriorityFirst;
  options.types = args.types;
  options.custom_labels = args.custom_labels;
  auto extractor = chipner::Extractor::create(options);
  if (!extractor) {
    std::fprintf(stderr, "%s", extractor.error().to_string().c_str());
    std::fprintf(stderr, "chipner: could not load the dictionaries\n");
    return 1;
  }
  const auto formatter = chipner::cli::make_formatter(
      args,
      chipner::JsonOptions{.offsets = args.offsets, .explain = args.explain});
  return chipner::cli::run_pipeline(*extractor, args, *formatter, stdout);
}
