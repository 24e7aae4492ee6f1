#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString RailsLedger::tool() const { return QStringLiteral("rails"); }
QString RailsLedger::displayName() const { return QStringLiteral("Rails"); }
QStringList RailsLedger::tableNames() const { return {QStringLiteral("schema_migrations"), QStringLiteral("ar_internal_metadata")}; }

bool RailsLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const
{
    if (t.table != u"schema_migrations" || !t.has(QStringLiteral("version")) || t.has(QStringLiteral("dirty")))
        return false;
    for (const LedgerCandidate &o : all)
        if (o.schema == t.schema && o.table == u"ar_internal_metadata")
            return true;
    return false;
}

Result<Ledger> RailsLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("version"), QStringLiteral("version"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.version = rs->text(i, 0);
        row.key = version::canonical(row.version);
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    std::stable_sort(l.rows.begin(), l.rows.end(), [](const LedgerRow &a, const LedgerRow &b) { return version::less(a.version, b.version); });
    return l;
}

} // namespace strata
