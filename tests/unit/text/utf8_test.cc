#include "text/utf8.h"

#include <string>

#include <gtest/gtest.h>

namespace chipner::text {
namespace {

TEST(Utf8, DecodesEachLength) {
  const std::string s = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80";  // a é 中 😀
  EXPECT_EQ(decode_utf8(s, 0).value, U'a');
  EXPECT_EQ(decode_utf8(s, 1).value, U'é');
  EXPECT_EQ(decode_utf8(s, 1).length, 2);
  EXPECT_EQ(decode_utf8(s, 3).value, U'中');
  EXPECT_EQ(decode_utf8(s, 6).value, U'😀');
  EXPECT_EQ(decode_utf8(s, 6).length, 4);
  EXPECT_TRUE(is_valid_utf8(s));
}

struct BadCase {
  const char* name;
  std::string bytes;
};

class Utf8Invalid : public testing::TestWithParam<BadCase> {};

TEST_P(Utf8Invalid, IsOneInvalidByte) {
  const CodePoint cp = decode_utf8(GetParam().bytes, 0);
  EXPECT_FALSE(cp.valid);
  EXPECT_EQ(cp.length, 1);
  EXPECT_EQ(cp.value, kReplacementCharacter);
  EXPECT_FALSE(is_valid_utf8(GetParam().bytes));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, Utf8Invalid,
    testing::Values(BadCase{"stray_continuation", "\x80"},
                    BadCase{"overlong_slash", "\xC0\xAF"},
                    BadCase{"overlong_three", "\xE0\x80\xAF"},
                    BadCase{"surrogate", "\xED\xA0\x80"},
                    BadCase{"above_max", "\xF4\x90\x80\x80"},
                    BadCase{"truncated", "\xE4\xB8"},
                    BadCase{"bad_lead", "\xFF"}),
    [](const auto& test_info) { return std::string(test_info.param.name); });

TEST(Utf8, AppendRoundTrips) {
  std::string out;
  for (const char32_t cp : {U'a', U'é', U'中', U'😀'}) append_utf8(out, cp);
  EXPECT_EQ(out, "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
}

}  // namespace
}  // namespace chipner::text
