#include "dict/snapshot_format.h"

#include <bit>
#include <cstring>
#include <string>
#include <string_view>

#include "dict/entry_table.h"
#include "dict/phrase_matcher.h"
#include "text/tokenizer.h"
#include "util/flat_hash.h"

namespace chipner::dict::snapshot {
namespace {

constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;

std::uint64_t round(std::uint64_t acc, std::uint64_t word) noexcept {
  return std::rotl(acc + word * kPrime2, 31) * kPrime1;
}

// Words a change of folding, stemming or script handling would show in:
// English with an apostrophe, a dash and a glued symbol; Russian cases (the
// stemmer), ё, a Cyrillic lookalike inside a model number; NFKC and case
// folding beyond ASCII (ligature, full width, final sigma, ß, dotted I);
// Han characters, one token each; a number with a Cyrillic unit.
constexpr std::string_view kProbeText =
    "Huawei's Ascend-910C on SMIC N+2; ЯНДЕКСА Яндексом Ростеха Ёлка Н100 "
    "ﬁrm ＡＢＣ ΣΊΣΥΦΟΣ Straße İstanbul 华为 麒麟9000 7нм 3,5 млрд";

}  // namespace

std::uint64_t build_fingerprint() {
  std::uint64_t h = kFormatVersion;
  const auto add = [&h](std::uint64_t value) { h = round(h, value); };
  add(sizeof(Header));
  add(sizeof(SectionEntry));
  add(sizeof(EntryRecord));
  add(sizeof(PhraseMatcher::Terminal));
  add(sizeof(util::StringIdTable::Slot));
  add(sizeof(util::U64Map::Slot));
  add(sizeof(text::CaseClass));
  std::string key;
  for (int length = 0; length <= 24; ++length) {
    add(util::hash_bytes(key));
    key.push_back(static_cast<char>('a' + length));
  }
  add(util::mix64(0x0123456789ABCDEFULL));
  text::Tokenizer tokenizer;
  text::TokenStream stream;
  tokenizer.tokenize(kProbeText, stream);
  for (const text::Token& token : stream.tokens()) {
    add(util::hash_bytes(stream.match_key(token)));
    add(token.match_hash);
    add((static_cast<std::uint64_t>(token.kind) << 16U) |
        (static_cast<std::uint64_t>(token.case_class) << 8U) |
        (token.space_before ? 1U : 0U));
  }
  return h;
}

std::uint64_t checksum(std::span<const char> bytes) noexcept {
  // Four lanes, each taking 16 bytes per step through one 64×64→128-bit
  // multiply (wyhash's "mum"): the multiplies do not depend on the lanes,
  // so they overlap, and the check runs at memory speed. A lane adds the
  // product to its rotated self, so no input can reset it, and the order of
  // blocks matters.
  constexpr std::uint64_t kSecret[8] = {
      0xa0761d6478bd642fULL, 0xe7037ed1a0b428dbULL, 0x8ebc6af09c88c6e3ULL,
      0x589965cc75374cc3ULL, 0x1d8e4e27c47d124fULL, 0x2d358dccaa6c78a5ULL,
      0x72a3fb8a2bc3ab1fULL, 0x3a9b7e1b5c8d4c2dULL};
  const auto load = [](const char* at) {
    std::uint64_t word = 0;
    std::memcpy(&word, at, 8);
    return word;
  };
  const auto mum = [](std::uint64_t a, std::uint64_t b) {
    __extension__ using U128 = unsigned __int128;
    const U128 product = static_cast<U128>(a) * b;
    return static_cast<std::uint64_t>(product) ^
           static_cast<std::uint64_t>(product >> 64U);
  };
  std::uint64_t lanes[4] = {kPrime1, kPrime2, kPrime1 ^ kPrime2, 0};
  const char* p = bytes.data();
  std::size_t n = bytes.size();
  for (; n >= 64; p += 64, n -= 64) {
    for (std::size_t k = 0; k < 4; ++k) {
      lanes[k] = std::rotl(lanes[k], 17) +
                 mum(load(p + 16 * k) ^ kSecret[2 * k],
                     load(p + 16 * k + 8) ^ kSecret[2 * k + 1]);
    }
  }
  std::uint64_t h = round(lanes[0], lanes[1]);
  h = round(h, lanes[2]);
  h = round(h, lanes[3]);
  h = round(h, bytes.size());
  for (; n >= 8; p += 8, n -= 8) h = round(h, load(p));
  for (; n > 0; ++p, --n) h = round(h, static_cast<unsigned char>(*p));
  return util::mix64(h);
}

std::uint64_t file_checksum(std::span<const char> file) noexcept {
  Header header;
  std::memcpy(&header, file.data(), sizeof(Header));
  header.checksum = 0;
  const std::uint64_t head =
      checksum({reinterpret_cast<const char*>(&header), sizeof(Header)});
  return round(head, checksum(file.subspan(sizeof(Header))));
}

}  // namespace chipner::dict::snapshot
