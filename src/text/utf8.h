// text/utf8.h: strict UTF-8 decoding that never fails.
//
// decode_utf8() reads one code point; anything that is not a shortest-form
// encoding of a scalar value (overlong forms, surrogates, values above
// U+10FFFF, truncated or stray bytes) comes back as one invalid byte, so the
// caller can step over it and treat it as a separator. Offsets never shift:
// every byte is either in exactly one code point or is one invalid unit.
//
// Depends on nothing else in chipner.

#ifndef CHIPNER_TEXT_UTF8_H_
#define CHIPNER_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace chipner::text {

struct CodePoint {
  char32_t value = 0;       // U+FFFD when !valid
  std::uint8_t length = 1;  // bytes consumed, 1 to 4
  bool valid = true;
};

inline constexpr char32_t kReplacementCharacter = 0xFFFD;

// The multi-byte part of decode_utf8(), out of line.
[[nodiscard]] CodePoint decode_utf8_multibyte(std::string_view text,
                                              std::size_t pos) noexcept;

// Decodes the code point that starts at `text[pos]`. Precondition:
// pos < text.size(). Inline for ASCII, which most bytes of most text are.
[[nodiscard]] inline CodePoint decode_utf8(std::string_view text,
                                           std::size_t pos) noexcept {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80U) return {lead, 1, true};
  // Two-byte sequences (Cyrillic, Greek, Latin accents) inline: the bulk of
  // Russian text. C0 and C1 would be overlong and take the general path.
  if (lead >= 0xC2U && lead < 0xE0U && pos + 1 < text.size()) {
    const auto next = static_cast<unsigned char>(text[pos + 1]);
    if ((next & 0xC0U) == 0x80U)
      return {((lead & 0x1FU) << 6U) | (next & 0x3FU), 2, true};
  }
  return decode_utf8_multibyte(text, pos);
}

// Appends the UTF-8 encoding of `cp` (a scalar value) to `out`.
void append_utf8(std::string& out, char32_t cp);

// Appends the code point at `text[pos]` (non-ASCII; pos < text.size())
// as it is when it is valid UTF-8, else U+FFFD for its one invalid byte, so
// that what is written is always valid UTF-8. Returns the bytes consumed.
std::size_t append_valid_or_replacement(std::string& out, std::string_view text,
                                        std::size_t pos);

// True when every byte of `text` belongs to a valid UTF-8 sequence.
[[nodiscard]] bool is_valid_utf8(std::string_view text) noexcept;

}  // namespace chipner::text

#endif  // CHIPNER_TEXT_UTF8_H_
