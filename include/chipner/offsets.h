// chipner/offsets.h: byte offsets to code point or UTF-16 offsets.
//
// Extraction works in UTF-8 bytes. Python strings index code points and
// JavaScript strings UTF-16 units; this converts the offsets of entities
// found in one text, in one left-to-right pass over it.
//
// A byte that is not part of a valid UTF-8 sequence counts as one code point
// and one UTF-16 unit, the U+FFFD it is shown as in chipner's JSON.

#ifndef CHIPNER_OFFSETS_H_
#define CHIPNER_OFFSETS_H_

#include <cstdint>
#include <string_view>

#include "chipner/export.h"

namespace chipner {

enum class OffsetUnit : std::uint8_t { kBytes, kCodePoints, kUtf16 };

// "bytes", "codepoints", "utf16".
CHIPNER_EXPORT std::string_view to_string(OffsetUnit unit) noexcept;

// Converts non-decreasing byte offsets into `text` to `unit`. Each call costs
// time proportional to the distance from the previous offset; an offset
// smaller than the previous one restarts from the beginning.
class CHIPNER_EXPORT OffsetConverter {
 public:
  OffsetConverter(std::string_view text, OffsetUnit unit) noexcept
      : text_(text), unit_(unit) {}

  // `byte_offset` past the end of the text is clamped to it.
  [[nodiscard]] std::uint32_t convert(std::uint32_t byte_offset) noexcept;

 private:
  std::string_view text_;
  OffsetUnit unit_;
  std::uint32_t byte_ = 0;
  std::uint32_t converted_ = 0;
};

}  // namespace chipner

#endif  // CHIPNER_OFFSETS_H_
