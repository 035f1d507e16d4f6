// text/tokenizer.h: UTF-8 text to tokens with folded keys.
//
// DESCRIPTION
// A token is a run of letters, digits and combining marks ("H100", "Яндекса",
// "7nm"), one Han or Kana character (Chinese and Japanese have no spaces, so a
// name like 华为 is a sequence of tokens), or one other non-space code point
// ("-", "+", "$"). Whitespace, control characters and invalid UTF-8 bytes
// separate tokens and are not tokens; Token::space_before records them.
//
// Each token gets two keys in the stream's arena:
//   key        Unicode NFKC case folding (ICU's NFKC_Casefold), ё → е, and
//              every dash (Pd, U+2212 minus) folded to "-". Grammars read it.
//   match key  what dictionaries compare: the Snowball stem for a Cyrillic
//              word; the Latin spelling for a word that mixes Latin letters or
//              digits with Cyrillic capitals that look Latin ("Н100" with a
//              Cyrillic Н); else the key.
//
// COMPLEXITY. Linear in the input. ASCII and the basic Cyrillic block take
// a fast path (their properties and case folding are simple and fixed); ICU
// is called for other code points and for words that contain them.
//
// Not thread-safe: a Tokenizer owns a stemmer. Use one per thread (the
// Workspace holds one).

#ifndef CHIPNER_TEXT_TOKENIZER_H_
#define CHIPNER_TEXT_TOKENIZER_H_

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/stemmer.h"
#include "text/token.h"
#include "text/utf8.h"
#include "util/flat_hash.h"

namespace chipner::text {

class TokenStream {
 public:
  [[nodiscard]] std::string_view text() const noexcept { return text_; }
  [[nodiscard]] std::span<const Token> tokens() const noexcept {
    return tokens_;
  }
  [[nodiscard]] std::size_t size() const noexcept { return tokens_.size(); }
  [[nodiscard]] const Token& operator[](std::size_t i) const noexcept {
    return tokens_[i];
  }

  [[nodiscard]] std::string_view key(const Token& token) const noexcept {
    return std::string_view(arena_).substr(token.key_offset, token.key_length);
  }
  [[nodiscard]] std::string_view match_key(const Token& token) const noexcept {
    return std::string_view(arena_).substr(token.match_offset,
                                           token.match_length);
  }
  // The original bytes of `token`.
  [[nodiscard]] std::string_view surface(const Token& token) const noexcept {
    return text_.substr(token.begin, token.end - token.begin);
  }

 private:
  friend class Tokenizer;
  std::string_view text_;
  std::vector<Token> tokens_;
  std::string arena_;
};

// Which Cyrillic words are worth stemming. Stemming is the tokenizer's
// costliest step, and Snowball Russian only strips endings, so a word can
// match a dictionary stem only if the stem is a prefix of it. The filter
// keeps the first five code points of every stem (all of a shorter one): a
// word whose first five code points are no such key, and none of whose
// shorter prefixes is a whole short stem, can match no stem and keeps its
// folded key unstemmed. The keys are hashes in a util::BitFilter that stays
// in cache; a collision only costs a needless stemming, never a match.
class StemFilter {
 public:
  static constexpr std::size_t kPrefixCodePoints = 5;

  void add_stem(std::string_view stem);
  // The part of `stem` the filter keeps: its first kPrefixCodePoints code
  // points (reaching on to its first Russian vowel), or all of a shorter
  // one; empty when it has no Russian vowel. add_stem(kept_part(s)) and
  // add_stem(s) build the same filter.
  [[nodiscard]] static std::string_view kept_part(std::string_view stem);
  [[nodiscard]] bool may_match(std::string_view folded_word) const;

 private:
  util::BitFilter prefixes_{8192};
  std::uint32_t short_lengths_ = 0;  // bit k: some stem has k < 5 code points
};

// How a code point takes part in tokens.
enum class CharClass : std::uint8_t { kSeparator, kWord, kHan, kSymbol };

class Tokenizer {
 public:
  Tokenizer() = default;

  // Replaces the contents of `out` with the tokens of `text`. `out` keeps a
  // view of `text`, which must outlive its use. Without a `stem_filter`
  // every Cyrillic word is stemmed.
  void tokenize(std::string_view text, TokenStream& out,
                const StemFilter* stem_filter = nullptr);

 private:
  void add_word(std::string_view text, std::size_t& pos, Token token,
                TokenStream& out, const StemFilter* stem_filter);
  static void finish(Token& token, TokenStream& out);
  static void add_single(std::string_view text, std::size_t& pos,
                         const CodePoint& cp, CharClass cls, Token token,
                         TokenStream& out);

  RussianStemmer stemmer_;
  std::string stem_input_;  // reused, so that stemming allocates nothing
};

}  // namespace chipner::text

#endif  // CHIPNER_TEXT_TOKENIZER_H_
