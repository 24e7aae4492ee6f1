#pragma once
// Removing tables (with their constraints, indexes, triggers, policies and owned
// sequences) from a snapshot: the ledger tables that comparisons leave out.

#include "catalog/Snapshot.h"

#include <functional>

namespace strata::replay {

// Removes the tables `ignore(schema, table)` accepts; appends their qualified names to removed.
void removeTables(catalog::Snapshot &s, const std::function<bool(const QString &, const QString &)> &ignore, QStringList &removed);

} // namespace strata::replay
