// cli/pipeline.h: runs an Extractor over the input and writes the output.
//
// DATA FLOW. The reading thread splits the input into lines and packs them
// into batches (~256 KiB); worker threads extract and format each batch; the
// reading thread writes the finished batches in input order. One output line
// for every input line, in order, byte-identical for any --threads: a batch's
// output depends on its lines only.
//
// LONG LINES. A line is read whole up to --max-line-bytes. In the plain line
// mode a longer line is streamed in windows (cli/long_line.h), so memory is
// bounded; with --jsonl (a JSON record must be parsed whole) and in formats
// that cannot stream, a longer record gets an error object instead and its
// bytes are skipped, never buffered.
//
// ERRORS. A record that cannot be read gets {"error":…,"line":N} in its
// place, or, under --strict, ends the run with exit status 1 after the lines
// before it are written. A write error is reported and ends the run (1); a
// closed pipe ends it through SIGPIPE, as for any Unix filter.

#ifndef CHIPNER_CLI_PIPELINE_H_
#define CHIPNER_CLI_PIPELINE_H_

#include <cstdio>

#include "chipner/extractor.h"
#include "cli/args.h"
#include "cli/formatter.h"

namespace chipner::cli {

// Processes every input of `args` and writes to `out` with `formatter`.
// Returns the exit status; diagnostics go to stderr.
int run_pipeline(const Extractor& extractor, const Args& args,
                 const Formatter& formatter, std::FILE* out);

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_PIPELINE_H_
