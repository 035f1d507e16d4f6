#include "resolve/resolver.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace chipner::resolve {

void resolve_overlaps(std::vector<Candidate>& candidates) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     const auto length_a = a.end - a.begin;
                     const auto length_b = b.end - b.begin;
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
    if (next != kept.end() && next->first < candidate.end) continue;
    if (next != kept.begin() && std::prev(next)->second > candidate.begin)
      continue;
    kept.emplace(candidate.begin, candidate.end);
    chosen.push_back(candidate);
  }
  std::sort(
      chosen.begin(), chosen.end(),
      [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  candidates.swap(chosen);
}

}  // namespace chipner::resolve
