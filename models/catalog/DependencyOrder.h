#pragma once
// A stable topological order of object keys (shared by the DDL writer and the planner).

#include <QHash>
#include <QStringList>

namespace strata::catalog {

// Keys in dependency order (a key after every key it depends on), ties in key order.
// deps: key -> keys it depends on (keys outside `keys` are ignored). Cycles are broken
// in key order.
QStringList dependencyOrder(const QStringList &keys, const QHash<QString, QStringList> &deps);

} // namespace strata::catalog
