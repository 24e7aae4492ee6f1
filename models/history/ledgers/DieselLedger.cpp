#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString DieselLedger::tool() const { return QStringLiteral("diesel"); }
QString DieselLedger::displayName() const { return QStringLiteral("Diesel"); }
QStringList DieselLedger::tableNames() const { return {QStringLiteral("__diesel_schema_migrations")}; }

bool DieselLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("version")) && t.has(QStringLiteral("run_on"));
}

Result<Ledger> DieselLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("version, ") + epochMs(QStringLiteral("run_on")), QStringLiteral("run_on, version"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.version = rs->text(i, 0);
        row.key = version::canonical(row.version);
        row.appliedAt = timeAt(*rs, i, 1);
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
