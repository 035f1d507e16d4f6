#include "text/token_shape.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace chipner::text {

void token_shape(std::string_view surface, std::string& out) {
  out.clear();
  char last = '\0';
  int run = 0;
  for (std::size_t pos = 0; pos < surface.size();) {
    const CodePoint cp = decode_utf8(surface, pos);
    const auto c = static_cast<UChar32>(cp.value);
    char shape = '\0';
    if (!cp.valid) {
      shape = '?';
    } else if (u_isUUppercase(c) || u_istitle(c)) {
      shape = 'X';
    } else if (u_isalpha(c)) {
      shape = 'x';
    } else if (u_isdigit(c)) {
      shape = 'd';
    }
    // spaCy keeps other characters as they are; so do we, bytes included.
    run = (shape != '\0' && shape == last) ? run + 1 : 1;
    last = shape;
    if (shape == '\0') {
      out.append(surface.substr(pos, cp.length));
    } else if (run <= 4) {
      out.push_back(shape);
    }
    pos += cp.length;
  }
}

bool is_punctuation(std::string_view surface) noexcept {
  if (surface.empty()) return false;
  for (std::size_t pos = 0; pos < surface.size();) {
    const CodePoint cp = decode_utf8(surface, pos);
    if (!cp.valid || !u_ispunct(static_cast<UChar32>(cp.value))) return false;
    pos += cp.length;
  }
  return true;
}

std::size_t code_point_count(std::string_view surface) noexcept {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < surface.size(); ++count)
    pos += decode_utf8(surface, pos).length;
  return count;
}

}  // namespace chipner::text
