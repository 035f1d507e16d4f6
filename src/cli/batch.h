// cli/batch.h: a run of input lines, processed as one unit of work.
//
// The pipeline reads lines into batches, hands them to worker threads, and
// writes their outputs in input order. A batch's output depends only on its
// lines, so any number of threads produce the same bytes.

#ifndef CHIPNER_CLI_BATCH_H_
#define CHIPNER_CLI_BATCH_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chipner/extractor.h"
#include "cli/args.h"
#include "cli/formatter.h"
#include "cli/jsonl_record.h"

namespace chipner::cli {

struct Batch {
  std::uint64_t first_line = 1;   // 1-based number of the first line
  std::string bytes;              // the lines, back to back
  std::vector<std::size_t> ends;  // where each line ends in `bytes`

  std::string output;  // filled by BatchProcessor
  // Under --strict: the first bad record, which ends the run. `output`
  // then holds the lines before it only.
  std::optional<std::uint64_t> failed_line;
  std::string failure;

  // Empties the batch for reuse; its buffers keep their capacity.
  void clear() {
    first_line = 1;
    bytes.clear();
    ends.clear();
    output.clear();
    failed_line.reset();
    failure.clear();
  }

  // The bytes appended to `bytes` since the last line are a line.
  void end_line() { ends.push_back(bytes.size()); }

  [[nodiscard]] std::size_t size() const { return ends.size(); }
  [[nodiscard]] std::string_view line(std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends[i - 1];
    return std::string_view(bytes).substr(begin, ends[i] - begin);
  }
};

// Per-thread state for processing batches. Not thread-safe: one per worker.
class BatchProcessor {
 public:
  BatchProcessor(const Extractor& extractor, const Args& args,
                 const Formatter& formatter)
      : extractor_(extractor), args_(args), formatter_(formatter) {}

  void process(Batch& batch);

  // The error object that stands in for a bad record's output line.
  static void append_error(std::string& out, std::string_view message,
                           std::uint64_t line);

 private:
  // Returns the error for a record that cannot be read, else empty.
  std::string jsonl(std::string& out, std::string_view line);

  const Extractor& extractor_;
  const Args& args_;
  const Formatter& formatter_;
  Workspace workspace_;
  std::vector<Entity> entities_;
  JsonlRecord record_;
  std::string entities_json_;
};

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_BATCH_H_
