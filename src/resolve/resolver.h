// resolve/resolver.h: picks a set of non-overlapping candidates.
//
// MATCH SEMANTICS (DESIGN.md). Under OverlapPolicy::kLongestFirst (the
// default) candidates are ranked by
//   1. length in bytes, longer first ("Alibaba Cloud" over "Alibaba");
//   2. priority, higher first;
//   3. start, earlier first;
// (kPriorityFirst swaps 1 and 2) and taken greedily in that order, each one
// kept only if it overlaps no span already kept. Ties that remain (same span,
// same priority) keep the candidate that came first. The result is sorted by
// start.
//
// O(k log k + total span length) for k candidates.

#ifndef CHIPNER_RESOLVE_RESOLVER_H_
#define CHIPNER_RESOLVE_RESOLVER_H_

#include <vector>

#include "chipner/options.h"
#include "resolve/candidate.h"

namespace chipner::resolve {

// Reorders `candidates` and removes the ones that lose, leaving the chosen
// ones sorted by begin. When `discarded` is not null, the losers (with a
// non-empty span) are appended to it, sorted by begin then longer first.
void resolve_overlaps(std::vector<Candidate>& candidates,
                      OverlapPolicy policy = OverlapPolicy::kLongestFirst,
                      std::vector<Candidate>* discarded = nullptr);

}  // namespace chipner::resolve

#endif  // CHIPNER_RESOLVE_RESOLVER_H_
