#include "chipner/offsets.h"

#include "text/utf8.h"

namespace chipner {

std::string_view to_string(OffsetUnit unit) noexcept {
  switch (unit) {
    case OffsetUnit::kBytes:
      return "bytes";
    case OffsetUnit::kCodePoints:
      return "codepoints";
    case OffsetUnit::kUtf16:
      return "utf16";
  }
  return "bytes";
}

std::uint32_t OffsetConverter::convert(std::uint32_t byte_offset) noexcept {
  if (unit_ == OffsetUnit::kBytes) return byte_offset;
  if (byte_offset > text_.size())
    byte_offset = static_cast<std::uint32_t>(text_.size());
  if (byte_offset < byte_) byte_ = 0, converted_ = 0;
  while (byte_ < byte_offset) {
    const text::CodePoint cp = text::decode_utf8(text_, byte_);
    byte_ += cp.length;
    converted_ += (unit_ == OffsetUnit::kUtf16 && cp.value > 0xFFFF) ? 2 : 1;
  }
  return converted_;
}

}  // namespace chipner
