// cli/progress.h: a progress line on stderr for long runs (--progress).
//
// The reading thread reports how far it has read after each batch (about
// every 256 KiB); Progress prints at most a few lines a second, so the cost
// on the hot path is one clock read per batch. On a terminal the line is
// redrawn in place ("\r"); elsewhere (a log file, a test) each update is a
// line of its own. With the input's total size known (regular files) the
// line shows the percentage and the time left:
//
//   chipner: 12.6 MB / 40.0 MB (31%), 120345 docs, 45.6 MB/s, ETA 0:01
//
// Only one thread may use a Progress.

#ifndef CHIPNER_CLI_PROGRESS_H_
#define CHIPNER_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace chipner::cli {

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  // Writes to `out`; `total_bytes` is the size of all input if known.
  // `in_place` redraws one line (for a terminal).
  Progress(std::FILE* out, std::optional<std::uint64_t> total_bytes,
           bool in_place, Clock::duration interval = kDefaultInterval);

  // Sets the totals so far; prints if the last line is older than the
  // interval.
  void update(std::uint64_t bytes, std::uint64_t documents);

  // Sets the final totals and prints the last line (always), ending it
  // with a newline.
  void finish(std::uint64_t bytes, std::uint64_t documents);

  // The progress line for these numbers, without "\r" or "\n".
  static std::string format(std::uint64_t bytes, std::uint64_t documents,
                            std::optional<std::uint64_t> total_bytes,
                            double seconds, bool done);

  static constexpr Clock::duration kDefaultInterval =
      std::chrono::milliseconds(250);

 private:
  void print(bool done);

  std::FILE* out_;
  std::optional<std::uint64_t> total_bytes_;
  bool in_place_;
  Clock::duration interval_;
  Clock::time_point start_;
  Clock::time_point last_print_;
  std::uint64_t bytes_ = 0;
  std::uint64_t documents_ = 0;
  bool finished_ = false;
};

// Whether --progress applies: `forced` if set, else on when stderr is a
// terminal and every input is a regular file ("-" is stdin, which may be
// a redirected file).
bool progress_wanted(std::optional<bool> forced,
                     const std::vector<std::string>& inputs);

// The total size of `inputs` when each is a regular file, else nullopt.
std::optional<std::uint64_t> total_input_size(
    const std::vector<std::string>& inputs);

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_PROGRESS_H_
