#include "cli/pipeline.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "chipner/json.h"
#include "cli/jsonl_record.h"

namespace chipner::cli {
namespace {

constexpr std::size_t kFlushBytes = 1U << 16U;

// Buffered output that remembers the first write error.
class Output {
 public:
  explicit Output(std::FILE* file) : file_(file) {}
  std::string& buffer() { return buffer_; }
  void end_line() {
    buffer_.push_back('\n');
    if (buffer_.size() >= kFlushBytes) flush();
  }
  bool flush() {
    if (!buffer_.empty() && !failed_) {
      failed_ = std::fwrite(buffer_.data(), 1, buffer_.size(), file_) !=
                buffer_.size();
    }
    buffer_.clear();
    if (!failed_) failed_ = std::fflush(file_) != 0;
    return !failed_;
  }
  [[nodiscard]] bool failed() const { return failed_; }

 private:
  std::FILE* file_;
  std::string buffer_;
  bool failed_ = false;
};

// Reads lines of any length (NUL bytes included) with POSIX getline().
class LineReader {
 public:
  explicit LineReader(std::FILE* file) : file_(file) {}
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;
  ~LineReader() {
    std::free(data_);
  }  // NOLINT: getline() allocates with malloc

  // The next line without its "\n" or "\r\n", or false at the end.
  bool next(std::string_view& line) {
    const ssize_t length = ::getline(&data_, &capacity_, file_);
    if (length < 0) return false;
    std::size_t size = static_cast<std::size_t>(length);
    if (size > 0 && data_[size - 1] == '\n') --size;
    if (size > 0 && data_[size - 1] == '\r') --size;
    line = std::string_view(data_, size);
    return true;
  }

 private:
  std::FILE* file_;
  char* data_ = nullptr;
  std::size_t capacity_ = 0;
};

class Runner {
 public:
  Runner(const Extractor& extractor, const Args& args, std::FILE* out)
      : extractor_(extractor), args_(args), out_(out) {
    json_options_.offsets = args.offsets;
  }

  // Returns false when the run must stop (--strict and a bad record).
  bool line(std::string_view line) {
    ++line_number_;
    if (args_.mode == InputMode::kJsonl) return jsonl(line);
    document(line);
    return true;
  }

  void document(std::string_view text) {
    find(text);
    append_document_json(out_.buffer(), text, entities_, json_options_);
    out_.end_line();
  }

  Output& output() { return out_; }

 private:
  void find(std::string_view text) {
    entities_.clear();
    extractor_.extract(text, workspace_, entities_);
  }

  bool jsonl(std::string_view line) {
    padded_.assign(line);
    padded_.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    std::string_view text;
    const std::string error = record_.parse(padded_, args_.field, text);
    if (!error.empty()) {
      if (args_.strict) {
        std::fprintf(stderr, "chipner: line %zu: %s\n", line_number_,
                     error.c_str());
        return false;
      }
      out_.buffer() += "{\"error\":";
      append_json_string(out_.buffer(), error);
      out_.buffer() += ",\"line\":" + std::to_string(line_number_) + "}";
      out_.end_line();
      return true;
    }
    find(text);
    entities_json_.clear();
    append_entities_json(entities_json_, text, entities_, json_options_);
    record_.append_with_entities(out_.buffer(), padded_, entities_json_);
    out_.end_line();
    return true;
  }

  const Extractor& extractor_;
  const Args& args_;
  Output out_;
  JsonOptions json_options_;
  Workspace workspace_;
  std::vector<Entity> entities_;
  JsonlRecord record_;
  std::string padded_;
  std::string entities_json_;
  std::size_t line_number_ = 0;
};

// Opens `name` ("-" is stdin). Reports and returns nullptr on failure.
std::FILE* open_input(const std::string& name) {
  if (name == "-") return stdin;
  std::FILE* file = std::fopen(name.c_str(), "rb");
  if (file == nullptr)
    std::fprintf(stderr, "chipner: %s: %s\n", name.c_str(),
                 std::strerror(errno));
  return file;
}

}  // namespace

int run_pipeline(const Extractor& extractor, const Args& args, std::FILE* out) {
  std::vector<std::string> inputs = args.inputs;
  if (inputs.empty()) inputs.emplace_back("-");
  Runner runner(extractor, args, out);
  std::string whole;  // --doc: all inputs, concatenated
  int status = 0;
  for (const std::string& name : inputs) {
    std::FILE* file = open_input(name);
    if (file == nullptr) {
      status = 1;
      continue;
    }
    LineReader reader(file);
    std::string_view line;
    bool ok = true;
    if (args.mode == InputMode::kDocument) {
      char chunk[1U << 16U];
      std::size_t got = 0;
      while ((got = std::fread(chunk, 1, sizeof chunk, file)) > 0)
        whole.append(chunk, got);
    } else {
      while (ok && reader.next(line)) ok = runner.line(line);
    }
    const bool read_error = std::ferror(file) != 0;
    if (read_error)
      std::fprintf(stderr, "chipner: %s: read error\n", name.c_str());
    if (file != stdin) std::fclose(file);
    if (read_error) status = 1;
    if (!ok) {
      status = 1;
      break;
    }
    if (runner.output().failed()) break;
  }
  if (args.mode == InputMode::kDocument) runner.document(whole);
  if (!runner.output().flush()) {
    std::fprintf(stderr, "chipner: write error: %s\n", std::strerror(errno));
    return 1;
  }
  return status;
}

}  // namespace chipner::cli
