#include "resolve/resolver.h"

#include <vector>

#include <gtest/gtest.h>

namespace chipner::resolve {
namespace {

Candidate span(std::uint32_t begin, std::uint32_t end, int priority = 0,
               EntityType type = EntityType::kCompany) {
  Candidate c;
  c.begin = begin;
  c.end = end;
  c.priority = priority;
  c.type = type;
  return c;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> spans(
    const std::vector<Candidate>& cs) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (const auto& c : cs) out.emplace_back(c.begin, c.end);
  return out;
}

using Spans = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

TEST(Resolver, LongerSpanWins) {
  std::vector<Candidate> cs{span(0, 7), span(0, 13), span(8, 13)};
  resolve_overlaps(cs);
  EXPECT_EQ(spans(cs), (Spans{{0, 13}}));
}

TEST(Resolver, PriorityBreaksLengthTies) {
  std::vector<Candidate> cs{span(0, 5, 1, EntityType::kChip),
                            span(0, 5, 9, EntityType::kMoney)};
  resolve_overlaps(cs);
  ASSERT_EQ(cs.size(), 1U);
  EXPECT_EQ(cs[0].type, EntityType::kMoney);
}

TEST(Resolver, EarlierStartBreaksRemainingTies) {
  std::vector<Candidate> cs{span(3, 8), span(0, 5)};
  resolve_overlaps(cs);
  EXPECT_EQ(spans(cs), (Spans{{0, 5}}));
}

TEST(Resolver, KeepsAdjacentSpansAndSortsByStart) {
  std::vector<Candidate> cs{span(6, 10), span(0, 6), span(10, 12)};
  resolve_overlaps(cs);
  EXPECT_EQ(spans(cs), (Spans{{0, 6}, {6, 10}, {10, 12}}));
}

TEST(Resolver, DropsEmptySpans) {
  std::vector<Candidate> cs{span(4, 4), span(0, 2)};
  resolve_overlaps(cs);
  EXPECT_EQ(spans(cs), (Spans{{0, 2}}));
}

TEST(Resolver, NestedAndCrossingCandidatesLoseToTheLongest) {
  std::vector<Candidate> cs{span(2, 4), span(0, 10), span(8, 14), span(10, 12)};
  resolve_overlaps(cs);
  EXPECT_EQ(spans(cs), (Spans{{0, 10}, {10, 12}}));
}

}  // namespace
}  // namespace chipner::resolve
