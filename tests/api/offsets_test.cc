#include <string>

#include <gtest/gtest.h>

#include <chipner/offsets.h>

namespace {

TEST(OffsetConverter, BytesAreUnchanged) {
  chipner::OffsetConverter c("Яндекс", chipner::OffsetUnit::kBytes);
  EXPECT_EQ(c.convert(4), 4U);
}

TEST(OffsetConverter, CountsCodePointsAndUtf16Units) {
  const std::string text = "aЯ中😀b";  // 1 + 2 + 3 + 4 + 1 bytes
  chipner::OffsetConverter cp(text, chipner::OffsetUnit::kCodePoints);
  EXPECT_EQ(cp.convert(0), 0U);
  EXPECT_EQ(cp.convert(3), 2U);
  EXPECT_EQ(cp.convert(10), 4U);
  EXPECT_EQ(cp.convert(11), 5U);
  chipner::OffsetConverter u16(text, chipner::OffsetUnit::kUtf16);
  EXPECT_EQ(u16.convert(10), 5U);
  EXPECT_EQ(u16.convert(11), 6U);
  EXPECT_EQ(u16.convert(1), 1U);  // going back restarts
}

TEST(OffsetConverter, InvalidBytesCountAsOneUnitEach) {
  const std::string text =
      "\xFF\xFE"
      "a";
  chipner::OffsetConverter cp(text, chipner::OffsetUnit::kCodePoints);
  EXPECT_EQ(cp.convert(3), 3U);
  EXPECT_EQ(cp.convert(99), 3U);  // clamped
}

}  // namespace
