// text/token_shape.h: spaCy-style lexical attributes of a token's surface.
//
// The rule language (rules/token_pattern.h) compares tokens by spaCy's SHAPE
// and IS_PUNCT attributes. Both need Unicode character classes, and ICU lives
// only in text/, so they are computed here.
//
// Depends on nothing else in chipner but utf8.h.

#ifndef CHIPNER_TEXT_TOKEN_SHAPE_H_
#define CHIPNER_TEXT_TOKEN_SHAPE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace chipner::text {

// spaCy's word shape of `surface`: upper-case letters become "X", other
// letters "x", digits "d", anything else stays; a run of more than four equal
// shape characters is cut to four ("Ascend" → "Xxxxx", "910C" → "dddX",
// "Н100" → "Xddd"). Invalid bytes count as "?". Replaces `out`.
void token_shape(std::string_view surface, std::string& out);

// True when every code point of `surface` is Unicode punctuation (general
// category P*), like Python's str.ispunct() that spaCy's IS_PUNCT uses.
[[nodiscard]] bool is_punctuation(std::string_view surface) noexcept;

// Number of code points in `surface` (an invalid byte counts as one), the
// unit of spaCy's LENGTH.
[[nodiscard]] std::size_t code_point_count(std::string_view surface) noexcept;

}  // namespace chipner::text

#endif  // CHIPNER_TEXT_TOKEN_SHAPE_H_
