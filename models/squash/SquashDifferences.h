#pragma once
// Internal to SquashCheck: a diff result as SquashDifference values with sentences.

#include "SquashCheck.h"

namespace strata::squash {

// a: the chain's snapshot, b: the baseline's (the ones the diff compared).
QList<SquashDifference> describe(const diff::DiffResult &r, const catalog::Snapshot &a, const catalog::Snapshot &b);

} // namespace strata::squash
