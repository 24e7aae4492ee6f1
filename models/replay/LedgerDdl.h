#pragma once
// The ledger table each replayable tool creates before its first migration, with the
// tool's own statement (a migration may alter it: harbor's 0030 adds a column to
// golang-migrate's schema_migrations). The replay creates it first and leaves it out of
// the snapshot, as every comparison does.

#include <QString>

namespace strata::replay {

struct LedgerDdl
{
    QString table; // unqualified, in the default schema (public)
    QString sql;   // "" when the format has no ledger

    static LedgerDdl forFormat(const QString &format);
};

} // namespace strata::replay
