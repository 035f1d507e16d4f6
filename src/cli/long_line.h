// cli/long_line.h: one document line too long to hold in memory at once.
//
// The line is read in windows of bounded size. Each window is cut at a
// sentence end (". ") or, failing that, at whitespace near its end, so that
// entities are very rarely split; the rest carries over to the next window.
// The JSON is written as it goes: the escaped text straight to the output,
// the entities (offsets relative to the whole line) to a temporary file that
// is copied after the text. Memory stays at a few windows whatever the line's
// length.

#ifndef CHIPNER_CLI_LONG_LINE_H_
#define CHIPNER_CLI_LONG_LINE_H_

#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "chipner/extractor.h"
#include "cli/formatter.h"
#include "cli/line_reader.h"

namespace chipner::cli {

// Writes the JSON document of a line whose first `window` bytes are in
// `first_fragment` and whose rest is still in `reader`. `write` receives
// output bytes; it returns false on a write error. Returns false when reading,
// writing or the temporary file failed (reported on stderr).
bool stream_long_line(const Extractor& extractor,
                      const JsonFormatter& formatter, LineReader& reader,
                      std::string first_fragment, std::size_t window,
                      const std::function<bool(std::string_view)>& write);

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_LONG_LINE_H_
