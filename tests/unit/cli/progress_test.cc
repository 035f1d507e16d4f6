#include "cli/progress.h"

#include <cstdio>
#include <string>

#include <gtest/gtest.h>

namespace chipner::cli {
namespace {

TEST(Progress, LineWithKnownSizeHasPercentAndEta) {
  EXPECT_EQ(Progress::format(12'600'000, 120345, 40'000'000, 2.0, false),
            "chipner: 12.6 MB / 40.0 MB (31%), 120345 docs, 6.3 MB/s, "
            "ETA 0:04");
}

TEST(Progress, LineWithUnknownSizeHasRateOnly) {
  EXPECT_EQ(Progress::format(999, 3, std::nullopt, 1.0, false),
            "chipner: 999 B, 3 docs, 999 B/s");
}

TEST(Progress, FinalLineSaysDone) {
  EXPECT_EQ(Progress::format(5'000'000'000, 7, 5'000'000'000, 3725.0, true),
            "chipner: 5.0 GB / 5.0 GB (100%), 7 docs, 1.3 MB/s, done in "
            "1:02:05");
}

TEST(Progress, PrintsAtMostOncePerIntervalAndAlwaysAtTheEnd) {
  std::FILE* file = std::tmpfile();
  ASSERT_NE(file, nullptr);
  {
    Progress progress(file, std::nullopt, false, std::chrono::hours(1));
    for (int i = 0; i < 1000; ++i) progress.update(i, i);
    progress.finish(1000, 1000);
  }
  std::rewind(file);
  std::string text;
  for (int c = std::fgetc(file); c != EOF; c = std::fgetc(file))
    text.push_back(static_cast<char>(c));
  std::fclose(file);
  EXPECT_EQ(text.find("chipner: 1.0 kB, 1000 docs"), 0U) << text;
  EXPECT_EQ(text.find('\n'), text.size() - 1) << text;
}

}  // namespace
}  // namespace chipner::cli
