#include "cli/compile.h"

#include <chrono>
#include <cstdio>

#include "chipner/snapshot.h"

namespace chipner::cli {

int compile(const Options& options, const std::string& output) {
  const auto start = std::chrono::steady_clock::now();
  const auto compiled = compile_dictionary(options, output);
  if (!compiled) {
    std::fprintf(stderr, "%s", compiled.error().to_string().c_str());
    std::fprintf(stderr, "chipner: could not compile the dictionaries\n");
    return 1;
  }
  const std::chrono::duration<double> seconds =
      std::chrono::steady_clock::now() - start;
  std::fprintf(stderr,
               "chipner: compiled %zu entries, %zu aliases into %s (%.1f MB) "
               "in %.2f s\n",
               compiled->entries, compiled->aliases, output.c_str(),
               static_cast<double>(compiled->bytes) / 1e6, seconds.count());
  return 0;
}

}  // namespace chipner::cli
