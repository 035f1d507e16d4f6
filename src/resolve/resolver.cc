#include "resolve/resolver.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace chipner::resolve {

void resolve_overlaps(std::vector<Candidate>& candidates, OverlapPolicy policy,
                      std::vector<Candidate>* discarded) {
  const bool priority_first = policy == OverlapPolicy::kPriorityFirst;
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](const Candidate& a, const Candidate& b) {
                     const auto length_a = a.end - a.begin;
                     const auto length_b = b.end - b.begin;
                     if (priority_first && a.priority != b.priority)
                       return a.priority > b.priority;
                     if (length_a != length_b) return length_a > length_b;
                     if (a.priority != b.priority)
                       return a.priority > b.priority;
                     return a.begin < b.begin;
                   });
  // Kept spans by begin → end; a new span overlaps a kept one if the kept
  // span starting at or before it reaches past its begin, or the next kept
  // span starts before its end.
  std::map<std::uint32_t, std::uint32_t> kept;
  std::vector<Candidate> chosen;
  for (Candidate& candidate : candidates) {
    if (candidate.end <= candidate.begin) continue;
    auto next = kept.lower_bound(candidate.begin);
    const bool overlaps =
        (next != kept.end() && next->first < candidate.end) ||
        (next != kept.begin() && std::prev(next)->second > candidate.begin);
    if (overlaps) {
      if (discarded != nullptr) discarded->push_back(candidate);
      continue;
    }
    kept.emplace(candidate.begin, candidate.end);
    chosen.push_back(candidate);
  }
  std::sort(
      chosen.begin(), chosen.end(),
      [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  candidates.swap(chosen);
  if (discarded != nullptr) {
    std::stable_sort(discarded->begin(), discarded->end(),
                     [](const Candidate& a, const Candidate& b) {
                       if (a.begin != b.begin) return a.begin < b.begin;
                       return a.end > b.end;
                     });
  }
}

}  // namespace chipner::resolve
