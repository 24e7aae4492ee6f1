#pragma once
// What a migration tool's ledger table says about one applied (or attempted) migration,
// and a whole ledger as read from one table. Plain values.

#include "Finding.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace strata {

struct LedgerRow
{
    QString key;          // join key, computed the same way LedgerReader::keyFor() computes it for a file
    QString version;      // as recorded ("20240101120000", "1.1", a revision id, a change name)
    QString name;         // description / name / script, when the tool records one
    QDateTime appliedAt;  // invalid when the tool records no time
    QString appliedBy;    // installed_by, committer; "" when not recorded
    qint64 durationMs = -1;  // -1 = not recorded
    QString checksum;     // as recorded (Flyway: signed int as text; sqlx, Prisma, sqitch: lower-case hex)
    bool success = true;  // false: the tool recorded a failure (Flyway, sqlx, Prisma unfinished, sqitch fail event)
    bool dirty = false;   // golang-migrate: the last migration stopped half-way
    bool rolledBack = false; // Prisma rolled_back_at, Flyway undo/delete, goose down: no longer counts as applied
    bool baseline = false;   // Flyway baseline marker: every version up to this one counts as applied
    int order = 0;        // position in the order of application (0 = first)
    QString kind;         // tool-specific type (Flyway "SQL", "BASELINE"; sqitch "deploy"/"fail")
    QString logs;         // Prisma logs, failure text
    QVariantMap raw;      // every column of the row, as text
};

struct Ledger
{
    enum class Semantics {
        PerMigration,   // one row per applied migration (most tools)
        CurrentVersion, // golang-migrate: one row, everything up to it is applied
        Heads,          // Alembic: the current heads; their ancestors are applied
    };

    QString tool;        // reader id: "flyway", "dbmate", ...
    QString schema;
    QString table;
    Semantics semantics = Semantics::PerMigration;
    bool recordsOrder = false; // rows carry a real order of application (time, rank or id)
    QList<LedgerRow> rows;     // in order of application where recorded, else by version
    Findings findings;

    QString qualifiedName() const { return schema + u'.' + table; }
};

} // namespace strata
