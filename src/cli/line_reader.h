// cli/line_reader.h: lines of any length from a FILE*, in bounded memory.
//
// read() returns a line whole when it is at most `limit` bytes; a longer line
// comes in fragments of at most `limit` bytes each, so a caller can stream
// it (or skip it) without ever holding all of it. Line ends ("\n", and the
// "\r" of "\r\n") are not part of the bytes returned. NUL bytes are data.

#ifndef CHIPNER_CLI_LINE_READER_H_
#define CHIPNER_CLI_LINE_READER_H_

#include <cstdint>
#include <cstdio>
#include <string>

namespace chipner::cli {

class LineReader {
 public:
  explicit LineReader(std::FILE* file) : file_(file) {}

  // Appends to `out` the next bytes of the current line, at most `limit` of
  // them. Returns false at the end of the input (nothing appended). Sets
  // `complete` when those bytes end the line.
  bool read(std::string& out, std::size_t limit, bool& complete);

  // True when reading failed (as opposed to reaching the end).
  [[nodiscard]] bool failed() const { return std::ferror(file_) != 0; }

  // Bytes read from the file so far (for progress reports).
  [[nodiscard]] std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool fill();

  std::FILE* file_;
  std::string buffer_;
  std::size_t position_ = 0;
  bool in_line_ = false;     // a fragment of the current line was returned
  bool pending_cr_ = false;  // a "\r" ended the last fragment
  std::uint64_t bytes_read_ = 0;
};

}  // namespace chipner::cli

#endif  // CHIPNER_CLI_LINE_READER_H_
