#include "SnapshotTrim.h"

#include <algorithm>

namespace strata::replay {

void removeTables(catalog::Snapshot &s, const std::function<bool(const QString &, const QString &)> &ignore, QStringList &removed)
{
    auto drop = [](auto &list, auto pred) { list.erase(std::remove_if(list.begin(), list.end(), pred), list.end()); };
    for (const catalog::TableDef &t : std::as_const(s.tables))
        if (ignore(t.schema, t.name) && !removed.contains(t.qualifiedName()))
            removed.append(t.qualifiedName());
    drop(s.tables, [&](const catalog::TableDef &t) { return ignore(t.schema, t.name); });
    drop(s.constraints, [&](const catalog::ConstraintDef &c) { return ignore(c.schema, c.table); });
    drop(s.indexes, [&](const catalog::IndexDef &i) { return ignore(i.schema, i.table); });
    drop(s.triggers, [&](const catalog::TriggerDef &t) { return ignore(t.schema, t.table); });
    drop(s.policies, [&](const catalog::PolicyDef &p) { return ignore(p.schema, p.table); });
    drop(s.sequences, [&](const catalog::SequenceDef &q) { return !q.ownedByTable.isEmpty() && ignore(q.ownedBySchema, q.ownedByTable); });
}

} // namespace strata::replay
