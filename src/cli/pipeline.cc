#include "cli/pipeline.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/line_reader.h"
#include "cli/long_line.h"
#include "cli/ordered_pool.h"
#include "cli/progress.h"

namespace chipner::cli {
namespace {

constexpr std::size_t kBatchBytes = 256U << 10U;
constexpr std::size_t kBatchLines = 4096;
constexpr std::size_t kStreamWindow = 1U << 20U;

// Writes to a FILE*, remembering the first failure.
class Output {
 public:
  explicit Output(std::FILE* file) : file_(file) {}
  bool write(std::string_view bytes) {
    if (!failed_ && !bytes.empty()) {
      failed_ =
          std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size();
      if (failed_) error_ = errno;
    }
    return !failed_;
  }
  bool flush() {
    if (!failed_ && std::fflush(file_) != 0) failed_ = true, error_ = errno;
    return !failed_;
  }
  [[nodiscard]] bool failed() const { return failed_; }
  [[nodiscard]] int error() const { return error_; }

 private:
  std::FILE* file_;
  bool failed_ = false;
  int error_ = 0;
};

class Pipeline {
 public:
  Pipeline(const Extractor& extractor, const Args& args,
           const Formatter& formatter, std::FILE* out)
      : extractor_(extractor), args_(args), formatter_(formatter), out_(out) {
    const auto make = [this] {
      return std::make_unique<BatchProcessor>(extractor_, args_, formatter_);
    };
    if (args.threads > 1) {
      pool_ = std::make_unique<OrderedPool>(args.threads, make);
    } else {
      inline_processor_ = make();
    }
    batch_ = std::make_unique<Batch>();
    if (progress_wanted(args.progress, args.inputs)) {
      progress_ = std::make_unique<Progress>(
          stderr, total_input_size(args.inputs), ::isatty(STDERR_FILENO) != 0);
    }
  }

  // Reads and processes one input. Returns false when the run must stop.
  bool input(std::FILE* file, const std::string& name) {
    LineReader reader(file);
    const bool can_stream =
        args_.mode == InputMode::kLines &&
        dynamic_cast<const JsonFormatter*>(&formatter_) != nullptr;
    const std::size_t limit =
        can_stream ? std::min(args_.max_line_bytes, kStreamWindow)
                   : args_.max_line_bytes;
    std::string line;
    bool complete = false;
    while (!stopped_) {
      // A line is read straight into the batch rather than copied there.
      std::string& batch_bytes = batch_->bytes;
      const std::size_t line_begin = batch_bytes.size();
      if (!reader.read(batch_bytes, limit, complete)) {
        batch_bytes.resize(line_begin);
        break;
      }
      if (complete) {
        batch_->end_line();
        if (batch_bytes.size() >= kBatchBytes ||
            batch_->size() >= kBatchLines) {
          submit();
          report(reader);
        }
        continue;
      }
      // A line longer than the limit: everything before it goes out first.
      line.assign(batch_bytes, line_begin);
      batch_bytes.resize(line_begin);
      submit();
      drain();
      if (stopped_) break;
      const std::uint64_t number = next_line_++;
      if (can_stream) {
        const auto* json = static_cast<const JsonFormatter*>(&formatter_);
        if (!stream_long_line(
                extractor_, *json, reader, std::move(line), kStreamWindow,
                [this](std::string_view bytes) { return out_.write(bytes); })) {
          stopped_ = true, status_ = 1;
        }
        batch_->first_line = next_line_;
        continue;
      }
      skip_rest(reader);
      bad_record(number, "the record is longer than --max-line-bytes (" +
                             std::to_string(args_.max_line_bytes) + " bytes)");
      batch_->first_line = next_line_;
    }
    if (reader.failed()) {
      std::fprintf(stderr, "chipner: %s: read error: %s\n", name.c_str(),
                   std::strerror(errno));
      status_ = 1;
    }
    report(reader);
    bytes_before_ += reader.bytes_read();
    return !stopped_;
  }

  // Processes `text` as one document (--doc).
  void document(std::string_view text) {
    Workspace workspace;
    std::vector<Entity> entities;
    extractor_.extract(text, workspace, entities);
    std::string output;
    formatter_.document(output, text, entities);
    if (output.empty() || output.back() != '\n') output.push_back('\n');
    out_.write(output);
    bytes_before_ = text.size();
  }

  int finish() {
    submit();
    drain();
    std::string tail;
    formatter_.end(tail);
    out_.write(tail);
    if (progress_) {
      const bool one_document = args_.mode == InputMode::kDocument;
      progress_->finish(bytes_before_, one_document ? 1 : next_line_ - 1);
    }
    if (!out_.flush() || out_.failed()) {
      std::fprintf(stderr, "chipner: write error: %s\n",
                   std::strerror(out_.error()));
      return 1;
    }
    return status_;
  }

  void begin() {
    std::string head;
    formatter_.begin(head);
    out_.write(head);
  }

  void set_status(int status) { status_ = status; }

 private:
  void submit() {
    if (batch_->size() == 0) return;
    next_line_ = batch_->first_line + batch_->size();
    auto batch = std::move(batch_);
    batch_ = spare_batch();
    batch_->first_line = next_line_;
    if (!pool_) {
      inline_processor_->process(*batch);
      write(std::move(batch));
      return;
    }
    pool_->submit(std::move(batch));
    while (pool_->in_flight() > 2 * args_.threads) write(pool_->take());
  }

  void drain() {
    if (!pool_) return;
    while (pool_->in_flight() > 0) write(pool_->take());
  }

  // Writes a processed batch and keeps it for reuse.
  void write(std::unique_ptr<Batch> batch) {
    if (!stopped_) {
      if (!out_.write(batch->output)) stopped_ = true, status_ = 1;
      if (batch->failed_line) {
        std::fprintf(stderr, "chipner: line %llu: %s\n",
                     static_cast<unsigned long long>(*batch->failed_line),
                     batch->failure.c_str());
        stopped_ = true, status_ = 1;
      }
    }
    batch->clear();
    spare_batches_.push_back(std::move(batch));
  }

  // A written batch, emptied, or a new one. Reusing batches keeps their
  // buffers: fresh ones of this size come from mmap as zeroed pages, and
  // zeroing them cost more than the copies into them.
  std::unique_ptr<Batch> spare_batch() {
    if (spare_batches_.empty()) return std::make_unique<Batch>();
    std::unique_ptr<Batch> batch = std::move(spare_batches_.back());
    spare_batches_.pop_back();
    return batch;
  }

  void bad_record(std::uint64_t number, const std::string& message) {
    if (args_.strict) {
      std::fprintf(stderr, "chipner: line %llu: %s\n",
                   static_cast<unsigned long long>(number), message.c_str());
      stopped_ = true, status_ = 1;
      return;
    }
    std::string error;
    formatter_.error(error, message, number);
    if (!out_.write(error)) stopped_ = true, status_ = 1;
  }

  // Shows how far the reading got: lines handed to the workers so far.
  void report(const LineReader& reader) {
    if (progress_)
      progress_->update(bytes_before_ + reader.bytes_read(), next_line_ - 1);
  }

  static void skip_rest(LineReader& reader) {
    std::string sink;
    bool complete = false;
    while (!complete) {
      sink.clear();
      if (!reader.read(sink, kStreamWindow, complete)) break;
    }
  }

  const Extractor& extractor_;
  const Args& args_;
  const Formatter& formatter_;
  Output out_;
  std::unique_ptr<OrderedPool> pool_;
  std::unique_ptr<BatchProcessor> inline_processor_;
  std::unique_ptr<Batch> batch_;
  std::vector<std::unique_ptr<Batch>> spare_batches_;
  std::unique_ptr<Progress> progress_;  // with --progress
  std::uint64_t bytes_before_ = 0;      // read from the inputs before this one
  std::uint64_t next_line_ = 1;
  bool stopped_ = false;
  int status_ = 0;
};

// Opens `name` ("-" is stdin). Reports and returns nullptr on failure.
std::FILE* open_input(const std::string& name) {
  if (name == "-") return stdin;
  std::FILE* file = std::fopen(name.c_str(), "rb");
  if (file == nullptr) {
    std::fprintf(stderr, "chipner: %s: %s\n", name.c_str(),
                 std::strerror(errno));
  }
  return file;
}

}  // namespace

int run_pipeline(const Extractor& extractor, const Args& args,
                 const Formatter& formatter, std::FILE* out) {
  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.emplace_back("-");
  Pipeline pipeline(extractor, args, formatter, out);
  pipeline.begin();
  std::string whole;  // --doc: every input, concatenated
  for (const std::string& name : inputs) {
    std::FILE* file = open_input(name);
    if (file == nullptr) {
      pipeline.set_status(1);
      continue;
    }
    bool go_on = true;
    if (args.mode == InputMode::kDocument) {
      char chunk[1U << 16U];
      std::size_t got = 0;
      while ((got = std::fread(chunk, 1, sizeof chunk, file)) > 0)
        whole.append(chunk, got);
      if (std::ferror(file) != 0) {
        std::fprintf(stderr, "chipner: %s: read error\n", name.c_str());
        pipeline.set_status(1);
      }
    } else {
      go_on = pipeline.input(file, name);
    }
    if (file != stdin) std::fclose(file);
    if (!go_on) break;
  }
  if (args.mode == InputMode::kDocument) pipeline.document(whole);
  return pipeline.finish();
}

}  // namespace chipner::cli
