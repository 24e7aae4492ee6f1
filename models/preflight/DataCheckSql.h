#pragma once
// Internal to the data checks: the SQL pieces the check queries are built from
// (DataCheckSql.cpp builds the queries; DataChecks.cpp runs them).

#include "DataChecks.h"

namespace strata::preflight::checksql {

struct CastPlan
{
    QString failsWhen;   // SQL predicate true for rows whose value cannot be cast (exact count)
    bool tryCast = false; // no predicate: run the real cast once under a savepoint
};

// How a value that cannot be cast is recognized for a column (a predicate when the
// conversion rules are simple, else the real cast is tried once).
CastPlan castPlan(const Connection &c, const DataCheck &k);
// The key parts as the user wrote them ("workspace_id", "lower(email)").
QStringList keyNames(const DataCheck &k);

} // namespace strata::preflight::checksql
