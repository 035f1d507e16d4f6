#include "resolve/resolver.h"

#include <algorithm>
#include <iterator>

namespace chipner::resolve {

namespace {

// Which bytes the kept spans cover, one bit each: a span overlaps a kept one
// iff one of its bits is set. Linear in the spans' lengths, with no node per
// kept span as an ordered map would need.
class Coverage {
 public:
  explicit Coverage(std::uint32_t bytes) : words_(bytes / 64 + 1, 0) {}

  [[nodiscard]] bool any(std::uint32_t begin, std::uint32_t end) const {
    for (std::uint32_t i = begin; i < end;) {
      const std::uint64_t word = words_[i / 64];
      if (word == 0) {
        i = (i / 64 + 1) * 64;  // a whole empty word at once
        continue;
      }
      if ((word >> (i % 64)) & 1U) return true;
      ++i;
    }
    return false;
  }
  void set(std::uint32_t begin, std::uint32_t end) {
    for (std::uint32_t i = begin; i < end; ++i)
      words_[i / 64] |= std::uint64_t{1} << (i % 64);
  }

 private:
  std::vector<std::uint64_t> words_;
};

}  // namespace

void resolve_overlaps(std::vector<Candidate>& candidates, OverlapPolicy policy,
                      std::vector<Candidate>* discarded) {
  const bool priority_first = policy == OverlapPolicy::kPriorityFirst;
  // Rank indices, not the candidates themselves: they are large.
  std::vector<std::uint32_t> order(candidates.size());
  std::uint32_t last_end = 0;
  for (std::uint32_t i = 0; i < order.size(); ++i) {
    order[i] = i;
    last_end = std::max(last_end, candidates[i].end);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t x, std::uint32_t y) {
                     const Candidate& a = candidates[x];
                     const Candidate& b = candidates[y];
                     const auto length_a = a.end - a.begin;
                     const auto length_b = b.end - b.begin;
                     if (priority_first && a.priority != b.priority)
                       return a.priority > b.priority;
                     if (length_a != length_b) return length_a > length_b;
                     if (a.priority != b.priority)
                       return a.priority > b.priority;
                     return a.begin < b.begin;
                   });
  Coverage kept(last_end);
  std::vector<std::uint32_t> chosen;
  for (const std::uint32_t i : order) {
    const Candidate& candidate = candidates[i];
    if (candidate.end <= candidate.begin) continue;
    if (kept.any(candidate.begin, candidate.end)) {
      if (discarded != nullptr) discarded->push_back(candidate);
      continue;
    }
    kept.set(candidate.begin, candidate.end);
    chosen.push_back(i);
  }
  // Kept spans do not overlap: their begins are distinct.
  std::sort(chosen.begin(), chosen.end(),
            [&](std::uint32_t x, std::uint32_t y) {
              return candidates[x].begin < candidates[y].begin;
            });
  std::vector<Candidate> result;
  result.reserve(chosen.size());
  for (const std::uint32_t i : chosen) result.push_back(candidates[i]);
  candidates.swap(result);
  if (discarded != nullptr) {
    std::stable_sort(discarded->begin(), discarded->end(),
                     [](const Candidate& a, const Candidate& b) {
                       if (a.begin != b.begin) return a.begin < b.begin;
                       return a.end > b.end;
                     });
  }
}

}  // namespace chipner::resolve
