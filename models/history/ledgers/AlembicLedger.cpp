#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString AlembicLedger::tool() const { return QStringLiteral("alembic"); }
QString AlembicLedger::displayName() const { return QStringLiteral("Alembic"); }
QStringList AlembicLedger::tableNames() const { return {QStringLiteral("alembic_version")}; }

bool AlembicLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("version_num"));
}

Result<Ledger> AlembicLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("version_num"), QStringLiteral("version_num"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.semantics = Ledger::Semantics::Heads;
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.version = rs->text(i, 0);
        row.key = version::canonical(row.version);
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
