#include "util/flat_hash.h"

#include <random>
#include <string>
#include <unordered_map>

#include <gtest/gtest.h>

namespace chipner::util {
namespace {

TEST(StringIdTable, InternsDenseIdsAndFindsThemAgain) {
  StringIdTable table;
  EXPECT_EQ(table.find("x"), StringIdTable::kMissing);
  EXPECT_EQ(table.intern("huawei"), 0U);
  EXPECT_EQ(table.intern("tsmc"), 1U);
  EXPECT_EQ(table.intern("huawei"), 0U);
  EXPECT_EQ(table.find("tsmc"), 1U);
  EXPECT_EQ(table.find(""), StringIdTable::kMissing);
  EXPECT_EQ(table.intern(""), 2U);
  EXPECT_EQ(table.find(""), 2U);
  EXPECT_EQ(table.key(1), "tsmc");
  EXPECT_EQ(table.size(), 3U);
}

TEST(StringIdTable, AgreesWithUnorderedMapThroughGrowth) {
  StringIdTable table;
  std::unordered_map<std::string, std::uint32_t> reference;
  std::mt19937 random(3);
  for (int i = 0; i < 20000; ++i) {
    std::string key(random() % 20, 'a');
    for (char& c : key) c = static_cast<char>('a' + random() % 26);
    const auto [it, added] =
        reference.emplace(key, static_cast<std::uint32_t>(reference.size()));
    EXPECT_EQ(table.intern(key), it->second);
  }
  for (const auto& [key, id] : reference) ASSERT_EQ(table.find(key), id);
  EXPECT_EQ(table.find("not-a-key-0123456789"), StringIdTable::kMissing);
}

// The short-key loads overlap; every byte of every length must still count.
TEST(SameBytes, SeesADifferenceAtEveryPositionOfEveryLength) {
  std::mt19937 random(5);
  for (std::size_t n = 0; n <= 40; ++n) {
    std::string a(n, 'x');
    for (char& c : a) c = static_cast<char>(random());
    const std::string copy = a;
    EXPECT_TRUE(same_bytes(a.data(), copy.data(), n)) << n;
    for (std::size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = static_cast<char>(b[i] ^ 0x20);
      EXPECT_FALSE(same_bytes(a.data(), b.data(), n)) << n << " at " << i;
      EXPECT_NE(hash_bytes(a), hash_bytes(b)) << n << " at " << i;
    }
  }
}

TEST(U64Map, InsertKeepsTheFirstValue) {
  U64Map map;
  EXPECT_EQ(map.find(7), U64Map::kMissing);
  EXPECT_EQ(map.insert(7, 1), 1U);
  EXPECT_EQ(map.insert(7, 2), 1U);
  EXPECT_EQ(map.find(7), 1U);
  for (std::uint32_t i = 0; i < 10000; ++i)
    map.insert((std::uint64_t{i} << 32U) | 5U, i);
  for (std::uint32_t i = 0; i < 10000; ++i)
    ASSERT_EQ(map.find((std::uint64_t{i} << 32U) | 5U), i);
  EXPECT_EQ(map.size(), 10001U);
}

}  // namespace
}  // namespace chipner::util
