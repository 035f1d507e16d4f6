// The number formatting of output/number_format.h.

#include "output/number_format.h"

#include <charconv>
#include <cmath>

namespace chipner::output {

void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";  // JSON has no inf or NaN
    return;
  }
  // Plain digits for amounts people read (1500000000, not 1.5e+09); the
  // shortest form that reads back exactly, in either notation. Plain digits
  // only up to 2^53, the largest range where every integer is exact and
  // every JSON reader keeps it: a longer integer (1e20 as 21 digits) is
  // refused by parsers that read integers as 64-bit (simdjson, so chipner
  // --jsonl could not re-read its own output), and a tiny value in fixed
  // notation would not fit the buffer (1e-300 is 302 characters).
  constexpr double kMaxPlain = 9007199254740992.0;  // 2^53
  constexpr double kMinPlain = 1e-4;                // as printf's %g
  const double magnitude = std::fabs(value);
  const auto format =
      value == 0 || (magnitude >= kMinPlain && magnitude < kMaxPlain)
          ? std::chars_format::fixed
          : std::chars_format::general;
  char buffer[64];  // the longest shortest form is 24 characters
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, format);
  out.append(buffer, result.ptr);
}

void append_unsigned(std::string& out, std::uint64_t value) {
  char buffer[24];  // 2^64 - 1 has 20 digits
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

}  // namespace chipner::output
