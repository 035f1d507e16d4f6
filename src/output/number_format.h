// output/number_format.h: how every chipner writer prints a number.
//
// One function, shared by the JSON, spaCy and HTML writers, so the same
// amount reads the same in every format.

#ifndef CHIPNER_OUTPUT_NUMBER_FORMAT_H_
#define CHIPNER_OUTPUT_NUMBER_FORMAT_H_

#include <cstdint>
#include <string>

namespace chipner::output {

// Appends `value` as a JSON number: plain digits up to 2^53 (1500000000,
// not 1.5e+09), the shortest exponent form beyond, "null" for inf and NaN.
void append_number(std::string& out, double value);

// Appends `value` in decimal.
void append_unsigned(std::string& out, std::uint64_t value);

}  // namespace chipner::output

#endif  // CHIPNER_OUTPUT_NUMBER_FORMAT_H_
