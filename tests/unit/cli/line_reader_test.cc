#include "cli/line_reader.h"

#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace chipner::cli {
namespace {

// Reads all of `input` with fragments of at most `limit` bytes; returns the
// lines, each fragment of a long line joined with '|'.
std::vector<std::string> read_all(const std::string& input, std::size_t limit) {
  std::FILE* file = std::tmpfile();
  std::fwrite(input.data(), 1, input.size(), file);
  std::rewind(file);
  LineReader reader(file);
  std::vector<std::string> lines;
  std::string current;
  std::string fragment;
  bool complete = false;
  while (true) {
    fragment.clear();
    if (!reader.read(fragment, limit, complete)) break;
    if (!current.empty() || !complete)
      current += fragment + (complete ? "" : "|");
    if (complete) {
      lines.push_back(current.empty() ? fragment : current);
      current.clear();
    }
  }
  std::fclose(file);
  return lines;
}

using Lines = std::vector<std::string>;

TEST(LineReader, SplitsOnNewlinesAndStripsCrLf) {
  EXPECT_EQ(read_all("a\nbb\r\n\nc", 100), (Lines{"a", "bb", "", "c"}));
}

TEST(LineReader, KeepsNulBytesAndLoneCarriageReturns) {
  EXPECT_EQ(read_all(std::string("a\0b\rc\n", 6), 100),
            (Lines{std::string("a\0b\rc", 5)}));
}

TEST(LineReader, EmptyInputHasNoLines) {
  EXPECT_TRUE(read_all("", 100).empty());
}

TEST(LineReader, LongLinesComeInBoundedFragments) {
  EXPECT_EQ(read_all("abcdefgh\nij\n", 3), (Lines{"abc|def|gh", "ij"}));
}

TEST(LineReader, CrLfSplitAcrossFragmentsIsStillALineEnd) {
  EXPECT_EQ(read_all("abc\r\nde\n", 4), (Lines{"abc", "de"}));
  EXPECT_EQ(read_all("abcd\r\nef\n", 4), (Lines{"abcd|", "ef"}));
  EXPECT_EQ(read_all("ab\rcd\n", 3), (Lines{"ab|\rcd"}));
}

TEST(LineReader, LinesLongerThanTheReadBuffer) {
  const std::string big(200000, 'x');
  EXPECT_EQ(read_all(big + "\n" + big, 1U << 20U), (Lines{big, big}));
}

}  // namespace
}  // namespace chipner::cli
