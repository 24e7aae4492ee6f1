#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString SqlxLedger::tool() const { return QStringLiteral("sqlx"); }
QString SqlxLedger::displayName() const { return QStringLiteral("sqlx"); }
QStringList SqlxLedger::tableNames() const { return {QStringLiteral("_sqlx_migrations")}; }

bool SqlxLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("version")) && t.has(QStringLiteral("checksum"));
}

Result<Ledger> SqlxLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("version, description, ") + epochMs(QStringLiteral("installed_on"))
                               + QStringLiteral(", success, encode(checksum, 'hex'), execution_time"),
                     QStringLiteral("installed_on, version"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.version = rs->text(i, 0);
        row.key = version::canonical(row.version);
        row.name = rs->text(i, 1);
        row.appliedAt = timeAt(*rs, i, 2);
        row.success = rs->toBool(i, 3);
        row.checksum = rs->text(i, 4);
        row.durationMs = rs->isNull(i, 5) ? -1 : rs->toInt64(i, 5) / 1000000; // sqlx records nanoseconds
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
