// text/token.h: the unit every matcher works on.

#ifndef CHIPNER_TEXT_TOKEN_H_
#define CHIPNER_TEXT_TOKEN_H_

#include <cstdint>

namespace chipner::text {

enum class TokenKind : std::uint8_t {
  kWord,  // a run of letters, digits and combining marks: "H100", "Яндекса"
  kHan,     // one Han or Kana character: "华"
  kSymbol,  // one other non-space code point: "-", "+", "$", "«"
};

enum class Script : std::uint8_t {
  kNone,
  kLatin,
  kCyrillic,
  kHan,
  kOther,
  kMixed
};

// The case pattern of a token's cased letters (digits and symbols ignored).
enum class CaseClass : std::uint8_t {
  kNone,   // no cased letter: "910", "+"
  kLower,  // "nvidia"
  kUpper,  // "NVIDIA", "H100", "A"
  kTitle,  // "Nvidia"
  kMixed,  // "iPhone", "DeepSeek"
};

struct Token {
  std::uint32_t begin = 0;  // byte range in the original text
  std::uint32_t end = 0;
  std::uint32_t key_offset = 0;  // folded key in TokenStream's arena
  std::uint32_t key_length = 0;
  std::uint32_t match_offset = 0;  // dictionary key: stem / latinized / key
  std::uint32_t match_length = 0;
  // util::hash_bytes() of the key and of the match key, computed once here
  // so that every table a token is looked up in skips hashing it again.
  std::uint64_t key_hash = 0;
  std::uint64_t match_hash = 0;
  TokenKind kind = TokenKind::kWord;
  Script script = Script::kNone;
  CaseClass case_class = CaseClass::kNone;
  bool space_before = false;  // whitespace or an invalid byte precedes it
  bool has_digit = false;
  bool has_letter = false;
  bool all_digits = false;  // only ASCII digits 0-9
};

}  // namespace chipner::text

#endif  // CHIPNER_TEXT_TOKEN_H_
