#include "text/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <span>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "text/utf8.h"
#include "util/flat_hash.h"

namespace chipner::text {
namespace {

constexpr CharClass classify(char32_t cp) noexcept {
  if (cp < 0x80) {
    if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
        (cp >= 'A' && cp <= 'Z')) {
      return CharClass::kWord;
    }
    if (cp <= 0x20 || cp == 0x7F) return CharClass::kSeparator;
    return CharClass::kSymbol;
  }
  const auto c = static_cast<UChar32>(cp);
  if (u_hasBinaryProperty(c, UCHAR_WHITE_SPACE)) return CharClass::kSeparator;
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(c, &status);
      if (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
          script == USCRIPT_KATAKANA) {
        return CharClass::kHan;
      }
      return CharClass::kWord;
    }
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharClass::kWord;
    case U_FORMAT_CHAR:
      // Soft hyphen and joiners sit inside words and fold away; a zero-width
      // space or a BOM separates.
      return (cp == 0x200B || cp == 0xFEFF) ? CharClass::kSeparator
                                            : CharClass::kWord;
    case U_CONTROL_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return CharClass::kSeparator;
    default:
      return CharClass::kSymbol;
  }
}

Script script_of(char32_t cp) noexcept {
  if (cp < 0x80) {
    return ((cp | 0x20U) >= 'a' && (cp | 0x20U) <= 'z') ? Script::kLatin
                                                        : Script::kNone;
  }
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(static_cast<UChar32>(cp), &status)) {
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_CYRILLIC:
      return Script::kCyrillic;
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
      return Script::kHan;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
      return Script::kNone;
    default:
      return Script::kOther;
  }
}

Script merge(Script a, Script b) noexcept {
  if (a == Script::kNone) return b;
  if (b == Script::kNone || a == b) return a;
  return Script::kMixed;
}

// Cyrillic capitals that look like Latin ones, for "Н100"-style tokens.
char latin_lookalike(char32_t cp) noexcept {
  switch (cp) {
    case U'А':
      return 'a';
    case U'В':
      return 'b';
    case U'Е':
      return 'e';
    case U'К':
      return 'k';
    case U'М':
      return 'm';
    case U'Н':
      return 'h';
    case U'О':
      return 'o';
    case U'Р':
      return 'p';
    case U'С':
      return 'c';
    case U'Т':
      return 't';
    case U'Х':
      return 'x';
    default:
      return 0;
  }
}

bool is_dash(char32_t cp) noexcept {
  return cp == '-' || cp == 0x2212 ||
         (cp >= 0x80 &&
          u_charType(static_cast<UChar32>(cp)) == U_DASH_PUNCTUATION);
}

// Folds `word` (non-ASCII UTF-8) with NFKC_Casefold and appends it to `out`.
void fold_unicode(std::string_view word, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf =
      icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status)) {
    const std::size_t before = out.size();
    icu::StringByteSink<std::string> sink(&out);
    nfkc_cf->normalizeUTF8(
        0, icu::StringPiece(word.data(), static_cast<int32_t>(word.size())),
        sink, nullptr, status);
    if (U_SUCCESS(status)) return;
    out.resize(before);
  }
  out.append(word);  // ICU data missing: compare unfolded rather than fail
}

// ё and Ё are written as е in much Russian text; compare them alike.
void fold_yo(std::string& arena, std::size_t from) {
  for (std::size_t i = from; i + 1 < arena.size(); ++i) {
    if (arena[i] == '\xD1' && arena[i + 1] == '\x91')
      arena[i] = '\xD0', arena[i + 1] = '\xB5';
  }
}

CaseClass case_class_of(int upper, int lower, bool first_is_upper) noexcept {
  if (upper == 0 && lower == 0) return CaseClass::kNone;
  if (lower == 0) return CaseClass::kUpper;
  if (upper == 0) return CaseClass::kLower;
  if (upper == 1 && first_is_upper) return CaseClass::kTitle;
  return CaseClass::kMixed;
}

// What the tokenizer needs to know of a code point.
struct CharInfo {
  CharClass cls = CharClass::kSeparator;
  Script script = Script::kNone;
  bool upper = false;
  bool lower = false;
  bool digit = false;  // any decimal digit
  bool letter = false;
  bool simple = false;  // ASCII or basic Cyrillic: folded without ICU
};

CharInfo char_info(char32_t cp) noexcept {
  CharInfo info;
  if (cp < 0x80) {
    info.cls = classify(cp);
    info.upper = cp >= 'A' && cp <= 'Z';
    info.lower = cp >= 'a' && cp <= 'z';
    info.digit = cp >= '0' && cp <= '9';
    info.letter = info.upper || info.lower;
    info.script = info.letter ? Script::kLatin : Script::kNone;
    info.simple = true;
    return info;
  }
  if (cp >= 0x400 && cp <= 0x45F) {  // Ѐ-Я, а-џ: cased letters
    info.cls = CharClass::kWord;
    info.script = Script::kCyrillic;
    info.upper = cp < 0x430;
    info.lower = !info.upper;
    info.letter = true;
    info.simple = true;
    return info;
  }
  const auto c = static_cast<UChar32>(cp);
  info.cls = classify(cp);
  info.script = script_of(cp);
  info.upper = u_isUUppercase(c) != 0;
  info.lower = u_isULowercase(c) != 0;
  info.digit = u_isdigit(c) != 0;
  info.letter = info.upper || info.lower || u_isalpha(c) != 0;
  return info;
}

// Case folding of ASCII and basic Cyrillic, where NFKC_Casefold is plain
// lower-casing; ё is folded to е as everywhere.
void append_simple_folded(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(
        static_cast<char>((cp >= 'A' && cp <= 'Z') ? cp + ('a' - 'A') : cp));
    return;
  }
  if (cp >= 0x410 && cp < 0x430) {
    cp += 0x20;
  } else if (cp >= 0x400 && cp < 0x410) {
    cp += 0x50;
  }
  if (cp == 0x451) cp = 0x435;
  const char bytes[2] = {static_cast<char>(0xC0U | (cp >> 6U)),
                         static_cast<char>(0x80U | (cp & 0x3FU))};
  out.append(bytes, 2);
}

// Hashes of the first 1, 2, … `count` code points of `s`, computed in one
// pass (a multiplicative rolling hash: its top bits are well mixed, and they
// are the bits a BitFilter reads). Returns how many there are (fewer than
// `count` if `s` is shorter).
std::size_t prefix_hashes(std::string_view s, std::size_t count,
                          std::uint64_t* hashes) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL;
  std::size_t pos = 0;
  std::size_t taken = 0;
  while (taken < count && pos < s.size()) {
    const CodePoint c = decode_utf8(s, pos);
    h = (h ^ c.value) * 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 29U;
    hashes[taken++] = h * 0x94d049bb133111ebULL;
    pos += c.length;
  }
  return taken;
}

// Snowball Russian removes endings only inside RV, the part of a word after
// its first vowel: every stem it makes keeps that vowel. A term without a
// Russian vowel ("т" of "Т-Банк", an acronym like "мцст") is then never a
// stem of a text word, and needs no place in the filter.
// Where the first Russian vowel of `folded` ends, or npos if it has none.
std::size_t first_vowel_end(std::string_view folded) {
  static constexpr std::string_view kVowels[] = {"а", "е", "и", "о", "у",
                                                 "ы", "э", "ю", "я", "ё"};
  std::size_t end = std::string_view::npos;
  for (const std::string_view vowel : kVowels) {
    const std::size_t at = folded.find(vowel);
    if (at != std::string_view::npos) end = std::min(end, at + vowel.size());
  }
  return end;
}

bool has_russian_vowel(std::string_view folded) {
  return first_vowel_end(folded) != std::string_view::npos;
}

// Snowball strips endings from any word, and on short words and acronyms
// that makes different words equal: "АО" (a legal form) and the conjunction
// "а" both stem to "а", so "а МЦСТ" would match "АО МЦСТ". Acronyms (all
// capitals) do not inflect in Russian, and words of three letters or fewer
// are too short to tell an ending from the word; neither is stemmed.
bool is_stemmable(CaseClass case_class, int letters) {
  return case_class != CaseClass::kUpper && letters >= 4;
}

// ASCII letters and digits by kind; 0 for every other byte.
constexpr std::uint8_t kDigit = 1;
constexpr std::uint8_t kUpper = 2;
constexpr std::uint8_t kLower = 3;
constexpr std::array<std::uint8_t, 256> kAsciiWordClass = [] {
  std::array<std::uint8_t, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = kDigit;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kUpper;
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kLower;
  return table;
}();

// classify() of every ASCII code point, for the tokenizer's main loop.
constexpr std::array<CharClass, 128> kAsciiClass = [] {
  std::array<CharClass, 128> table{};
  for (char32_t c = 0; c < 128; ++c) table[c] = classify(c);
  return table;
}();

// What a scan of a word learns besides its extent.
struct WordShape {
  int upper = 0;
  int lower = 0;
  bool first_cased_upper = false;
  bool simple = true;
  bool latin_or_digit = false;
  bool cyrillic_lookalikes_only = true;
  bool has_cyrillic = false;
};

}  // namespace

// Hashes the token's keys (once; see Token::key_hash) and appends it.
void Tokenizer::finish(Token& token, TokenStream& out) {
  token.key_hash = util::hash_bytes(out.key(token));
  token.match_hash = token.match_offset == token.key_offset &&
                             token.match_length == token.key_length
                         ? token.key_hash
                         : util::hash_bytes(out.match_key(token));
  out.tokens_.push_back(token);
}

std::string_view StemFilter::kept_part(std::string_view stem) {
  const std::size_t vowel_end = first_vowel_end(stem);
  if (vowel_end == std::string_view::npos) return {};
  std::size_t length = 0;
  for (std::size_t taken = 0; taken < kPrefixCodePoints && length < stem.size();
       ++taken) {
    length += decode_utf8(stem, length).length;
  }
  return stem.substr(0, std::max(length, vowel_end));
}

void StemFilter::add_stem(std::string_view stem) {
  if (!has_russian_vowel(stem)) return;
  std::uint64_t hashes[kPrefixCodePoints];
  const std::size_t n = prefix_hashes(stem, kPrefixCodePoints, hashes);
  if (n == 0) return;
  if (n < kPrefixCodePoints) short_lengths_ |= 1U << n;
  prefixes_.add(hashes[n - 1]);
}

bool StemFilter::may_match(std::string_view folded_word) const {
  std::uint64_t hashes[kPrefixCodePoints];
  const std::size_t n = prefix_hashes(folded_word, kPrefixCodePoints, hashes);
  for (std::size_t k = 1; k <= n; ++k) {
    if ((k == kPrefixCodePoints || ((short_lengths_ >> k) & 1U) != 0) &&
        prefixes_.may_contain(hashes[k - 1])) {
      return true;
    }
  }
  return false;
}

// One symbol or Han token at `pos`.
void Tokenizer::add_single(std::string_view text, std::size_t& pos,
                           const CodePoint& cp, CharClass cls, Token token,
                           TokenStream& out) {
  pos += cp.length;
  token.end = static_cast<std::uint32_t>(pos);
  token.kind = cls == CharClass::kHan ? TokenKind::kHan : TokenKind::kSymbol;
  token.script = script_of(cp.value);
  token.key_offset = static_cast<std::uint32_t>(out.arena_.size());
  if (is_dash(cp.value)) {
    out.arena_.push_back('-');
  } else if (cp.value < 0x80) {
    out.arena_.push_back(static_cast<char>(cp.value));
  } else {
    fold_unicode(text.substr(token.begin, cp.length), out.arena_);
  }
  token.key_length =
      static_cast<std::uint32_t>(out.arena_.size() - token.key_offset);
  token.match_offset = token.key_offset;
  token.match_length = token.key_length;
  finish(token, out);
}

// A word token from `pos`: scans to its end gathering shape and script,
// folding on the way where the fast path allows; then its match key.
void Tokenizer::add_word(std::string_view text, std::size_t& pos, Token token,
                         TokenStream& out, const StemFilter* stem_filter) {
  WordShape shape;
  bool all_digits = true;
  token.key_offset = static_cast<std::uint32_t>(out.arena_.size());
  // A run of ASCII letters and digits, the bulk of English text: counted
  // in one pass, then copied and lower-cased in bulk; the general loop below
  // takes over at the first other code point.
  const std::size_t run_begin = pos;
  int digits = 0;
  while (pos < text.size()) {
    const std::uint8_t cls =
        kAsciiWordClass[static_cast<unsigned char>(text[pos])];
    if (cls == 0) break;
    if (cls != kDigit && shape.upper == 0 && shape.lower == 0)
      shape.first_cased_upper = cls == kUpper;
    shape.upper += cls == kUpper ? 1 : 0;
    shape.lower += cls == kLower ? 1 : 0;
    digits += cls == kDigit ? 1 : 0;
    ++pos;
  }
  if (pos > run_begin) {
    const std::size_t length = pos - run_begin;
    token.has_digit = digits > 0;
    token.has_letter = digits < static_cast<int>(length);
    all_digits = !token.has_letter;
    if (token.has_letter) token.script = Script::kLatin;
    shape.latin_or_digit = true;
    out.arena_.append(text.data() + run_begin, length);
    for (char& c : std::span(out.arena_).last(length)) {
      if (static_cast<unsigned char>(c - 'A') < 26)
        c = static_cast<char>(c + ('a' - 'A'));
    }
  }
  while (pos < text.size()) {
    // ASCII other than letters and digits ends a word: most words end here.
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80 && kAsciiWordClass[byte] == 0) break;
    const CodePoint c = decode_utf8(text, pos);
    if (!c.valid) break;
    const CharInfo info = char_info(c.value);
    if (info.cls != CharClass::kWord) break;
    if ((info.upper || info.lower) && shape.upper == 0 && shape.lower == 0) {
      shape.first_cased_upper = info.upper;
    }
    shape.upper += info.upper ? 1 : 0;
    shape.lower += info.lower ? 1 : 0;
    const bool ascii_digit = c.value >= '0' && c.value <= '9';
    token.has_digit = token.has_digit || info.digit;
    token.has_letter = token.has_letter || info.letter;
    all_digits = all_digits && ascii_digit;
    shape.simple = shape.simple && info.simple;
    if (shape.simple) append_simple_folded(out.arena_, c.value);
    token.script = merge(token.script, info.script);
    if (info.script == Script::kCyrillic) {
      shape.has_cyrillic = true;
      shape.cyrillic_lookalikes_only =
          shape.cyrillic_lookalikes_only && latin_lookalike(c.value) != 0;
    } else if (ascii_digit || info.script == Script::kLatin) {
      shape.latin_or_digit = true;
    }
    pos += c.length;
  }
  token.end = static_cast<std::uint32_t>(pos);
  token.kind = TokenKind::kWord;
  token.all_digits = all_digits;
  token.case_class =
      case_class_of(shape.upper, shape.lower, shape.first_cased_upper);
  const std::string_view word =
      text.substr(token.begin, token.end - token.begin);
  if (!shape.simple) {
    out.arena_.resize(token.key_offset);
    fold_unicode(word, out.arena_);
    fold_yo(out.arena_, token.key_offset);
  }
  token.key_length =
      static_cast<std::uint32_t>(out.arena_.size() - token.key_offset);
  const std::string_view key =
      std::string_view(out.arena_).substr(token.key_offset, token.key_length);

  if (shape.has_cyrillic && shape.latin_or_digit &&
      shape.cyrillic_lookalikes_only) {
    token.match_offset = static_cast<std::uint32_t>(out.arena_.size());
    for (std::size_t i = 0; i < word.size();) {
      const CodePoint c = decode_utf8(word, i);
      const char latin = latin_lookalike(c.value);
      if (latin != 0) {
        out.arena_.push_back(latin);
      } else {
        fold_unicode(word.substr(i, c.length), out.arena_);
      }
      i += c.length;
    }
    token.match_length =
        static_cast<std::uint32_t>(out.arena_.size() - token.match_offset);
  } else if (token.script == Script::kCyrillic && !token.has_digit &&
             is_stemmable(token.case_class, shape.upper + shape.lower) &&
             (stem_filter == nullptr || stem_filter->may_match(key))) {
    // Copy the key first: stem() reads it while the arena may grow.
    stem_input_.assign(key);
    const std::string_view stem = stemmer_.stem(stem_input_);
    token.match_offset = static_cast<std::uint32_t>(out.arena_.size());
    out.arena_.append(stem);
    token.match_length = static_cast<std::uint32_t>(stem.size());
  } else {
    token.match_offset = token.key_offset;
    token.match_length = token.key_length;
  }
  finish(token, out);
}

void Tokenizer::tokenize(std::string_view text, TokenStream& out,
                         const StemFilter* stem_filter) {
  out.text_ = text;
  out.tokens_.clear();
  out.arena_.clear();
  bool space_before = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const CodePoint cp = decode_utf8(text, pos);
    CharClass cls = CharClass::kSeparator;
    if (cp.value < 0x80) {
      cls = kAsciiClass[cp.value];
    } else if (cp.valid) {
      cls = classify(cp.value);
    }
    if (cls == CharClass::kSeparator) {
      space_before = true;
      pos += cp.length;
      continue;
    }
    Token token;
    token.begin = static_cast<std::uint32_t>(pos);
    token.space_before = space_before;
    space_before = false;
    if (cls == CharClass::kWord) {
      add_word(text, pos, token, out, stem_filter);
    } else {
      add_single(text, pos, cp, cls, token, out);
    }
  }
}

}  // namespace chipner::text
