// The regex prefilter must never reject a token RE2 would match (it only
// saves work), and must reject tokens that cannot match on their first bytes.

#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "rules/token_pattern.h"

namespace chipner::rules {
namespace {

Predicate regex_predicate(const std::string& pattern) {
  Predicate p;
  p.test = Test::kRegex;
  std::string error;
  EXPECT_TRUE(set_regex(p, pattern, error)) << pattern << ": " << error;
  return p;
}

const std::vector<std::string> kPatterns = {
    "^SF[1-9](\\.[0-9])?[A-Z]?$",
    "^9[0-9]{2}[A-Z]?$",
    "^MI[1-9][0-9]{1,2}$",
    "^[0-9]{4}[A-Z]{0,2}$",
    "^(?i)kirin$",
    "^i[3579]$",
    "^эльбрус",
    "^a*$",
    "^?SF",
    "SF[0-9]",
    "^(?:ab|cd)$",
    "^x+y",
    "^[^a-z]",
    "^\\d\\d",
    "^Ё",
};

TEST(RegexPrefilter, NeverRejectsAMatch) {
  std::vector<std::string> tokens = {
      "SF2",   "SF3P",    "SF1.4",    "sf2",   "XSF2",  "910C",
      "MI300", "MI355X",  "2025",     "7742X", "KIRIN", "kirin",
      "i7",    "эльбрус", "эльбруса", "",      "aaa",   "ab",
      "cd",    "xxy",     "Ё",        "ё",     "12",    "A12",
      "Z",     "\xff",    "SF",       "9",     "99Z"};
  // Random tokens over the bytes the patterns name, so that near misses occur.
  std::mt19937 random(11);
  const std::string alphabet = "SFMIi0123579.ABCPXZabcdxyk";
  for (int i = 0; i < 3000; ++i) {
    std::string token(random() % 7, ' ');
    for (char& c : token) c = alphabet[random() % alphabet.size()];
    tokens.push_back(token);
  }
  for (const std::string& pattern : kPatterns) {
    const Predicate p = regex_predicate(pattern);
    for (const std::string& token : tokens) {
      if (RE2::PartialMatch(token, *p.regex)) {
        EXPECT_TRUE(p.regex_prefilter.admits(token))
            << pattern << " matches '" << token << "'";
      }
    }
  }
}

TEST(RegexPrefilter, RejectsByPrefixAndNextByte) {
  const Predicate sf = regex_predicate("^SF[1-9](\\.[0-9])?[A-Z]?$");
  EXPECT_TRUE(sf.regex_prefilter.enabled);
  EXPECT_FALSE(sf.regex_prefilter.admits("Samsung"));
  EXPECT_FALSE(sf.regex_prefilter.admits("SF"));
  EXPECT_TRUE(sf.regex_prefilter.admits("SF2"));
  const Predicate year = regex_predicate("^[0-9]{4}[A-Z]{0,2}$");
  EXPECT_FALSE(year.regex_prefilter.admits("the"));
  EXPECT_TRUE(year.regex_prefilter.admits("2025"));
}

TEST(RegexPrefilter, StaysOffWhereMatchesNeedNotStartAtTheBeginning) {
  for (const std::string pattern : {"SF[0-9]", "^?SF", "^(?:ab|cd)$", "^a*$"}) {
    EXPECT_FALSE(regex_predicate(pattern).regex_prefilter.enabled) << pattern;
  }
}

}  // namespace
}  // namespace chipner::rules
