// cli/compile.h: `chipner compile`, the dictionaries as one compiled file.

#ifndef CHIPNER_CLI_COMPILE_H_
#define CHIPNER_CLI_COMPILE_H_

#include <string>

#include "chipner/options.h"

namespace chipner::cli {

// Compiles the dictionary layer of `options` into `output`
// (chipner::compile_dictionary) and reports it on stderr. Returns the exit
// code: 0, or 1 after printing every diagnostic.
int compile(const Options& options, const std::string& output);

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_COMPILE_H_
