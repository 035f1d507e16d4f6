#include "cli/line_reader.h"

#include <cstring>

namespace chipner::cli {
namespace {
constexpr std::size_t kChunkBytes = 1U << 16U;
}  // namespace

bool LineReader::fill() {
  if (position_ < buffer_.size()) return true;
  buffer_.resize(kChunkBytes);
  const std::size_t got = std::fread(buffer_.data(), 1, kChunkBytes, file_);
  buffer_.resize(got);
  bytes_read_ += got;
  position_ = 0;
  return got > 0;
}

bool LineReader::read(std::string& out, std::size_t limit, bool& complete) {
  const std::size_t start_size = out.size();
  complete = false;
  while (out.size() - start_size < limit) {
    if (!fill()) {
      // End of input: a pending "\r" was a lone one at the very end; the
      // line (if one was open) is complete.
      if (pending_cr_) out.push_back('\r');
      pending_cr_ = false;
      const bool had_line = in_line_ || out.size() > start_size;
      complete = had_line;
      in_line_ = false;
      return had_line;
    }
    const char* begin = buffer_.data() + position_;
    const std::size_t available = buffer_.size() - position_;
    const std::size_t room = limit - (out.size() - start_size);
    const std::size_t found = std::string_view(begin, available).find('\n');
    const char* newline =
        found == std::string_view::npos ? nullptr : begin + found;
    const std::size_t take = newline != nullptr
                                 ? static_cast<std::size_t>(newline - begin)
                                 : available;
    if (take > 0 || newline != nullptr) {
      // A "\r" held back from the previous fragment is data unless a
      // newline follows it at once.
      if (pending_cr_ && !(take == 0 && newline != nullptr))
        out.push_back('\r');
      pending_cr_ = false;
    }
    if (take <= room) {
      out.append(begin, take);
      position_ += take;
      if (newline != nullptr) {
        ++position_;
        if (out.size() > start_size && out.back() == '\r') out.pop_back();
        complete = true;
        in_line_ = false;
        return true;
      }
      continue;
    }
    out.append(begin, room);
    position_ += room;
  }
  // The fragment is full and the line goes on. Hold back a final "\r": it
  // may belong to a "\r\n" line end.
  if (out.size() > start_size && out.back() == '\r') {
    out.pop_back();
    pending_cr_ = true;
  }
  in_line_ = true;
  return true;
}

}  // namespace chipner::cli
