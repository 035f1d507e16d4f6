// cli/pipeline.h: runs an Extractor over input streams and writes JSON.
//
// One output line for every input line, in order: a record that cannot be
// read gets an error object instead of silence (or, under --strict, ends the
// run with exit status 1).

#ifndef CHIPNER_CLI_PIPELINE_H_
#define CHIPNER_CLI_PIPELINE_H_

#include <cstdio>

#include "chipner/extractor.h"
#include "cli/args.h"

namespace chipner::cli {

// Processes every input of `args` and writes to `out`. Returns the exit
// status; diagnostics go to stderr.
int run_pipeline(const Extractor& extractor, const Args& args, std::FILE* out);

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_PIPELINE_H_
