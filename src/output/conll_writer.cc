// The CoNLL writer of chipner/formats.h.
//
// Tokens come from text::Tokenizer, the tokenizer the matchers use, so an
// entity's edges almost always fall on token edges already. Where one does
// not (a user's dictionary entry that ends inside a word, a grammar span
// that starts after a sign), the token is cut there: a tag sequence that
// cannot express the span exactly would make a training set disagree with
// the JSON output.

#include <algorithm>

#include "chipner/formats.h"
#include "text/tokenizer.h"

namespace chipner {
namespace {

void append_line(std::string& out, std::string_view token,
                 std::string_view prefix, std::string_view label) {
  out += token;
  out += '\t';
  out += prefix;
  out += label;
  out += '\n';
}

}  // namespace

void append_conll(std::string& out, std::string_view text,
                  std::span<const Entity> entities) {
  // A Tokenizer per call keeps this function free of shared state; it costs
  // a stemmer allocation, small beside tokenizing the document.
  text::Tokenizer tokenizer;
  text::TokenStream stream;
  tokenizer.tokenize(text, stream);

  std::size_t next = 0;         // first entity not yet passed
  bool inside_started = false;  // entities[next] has had its B- token
  for (const text::Token& token : stream.tokens()) {
    std::uint32_t piece_begin = token.begin;
    while (piece_begin < token.end) {
      while (next < entities.size() && entities[next].end <= piece_begin) {
        ++next;
        inside_started = false;
      }
      // The piece ends at the token's end or at the next entity edge in it.
      std::uint32_t piece_end = token.end;
      const Entity* entity = nullptr;
      if (next < entities.size()) {
        const Entity& candidate = entities[next];
        if (candidate.begin <= piece_begin) {
          entity = &candidate;
          piece_end = std::min(piece_end, candidate.end);
        } else {
          piece_end = std::min(piece_end, candidate.begin);
        }
      }
      const std::string_view piece =
          text.substr(piece_begin, piece_end - piece_begin);
      if (entity == nullptr) {
        append_line(out, piece, "O", {});
      } else {
        append_line(out, piece, inside_started ? "I-" : "B-", entity->label);
        inside_started = true;
      }
      piece_begin = piece_end;
    }
  }
  out += '\n';
}

}  // namespace chipner
