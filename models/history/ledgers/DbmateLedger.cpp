#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString DbmateLedger::tool() const { return QStringLiteral("dbmate"); }
QString DbmateLedger::displayName() const { return QStringLiteral("dbmate"); }
QStringList DbmateLedger::tableNames() const { return {QStringLiteral("schema_migrations")}; }

bool DbmateLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const
{
    if (!t.has(QStringLiteral("version")) || t.has(QStringLiteral("dirty")))
        return false;
    for (const LedgerCandidate &o : all)
        if (o.schema == t.schema && o.table == u"ar_internal_metadata")
            return false; // Rails
    return true;
}

Result<Ledger> DbmateLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("version"), QStringLiteral("version"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.version = rs->text(i, 0);
        row.key = version::canonical(row.version);
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    // dbmate records no time: the best order of application we know is the version order.
    std::stable_sort(l.rows.begin(), l.rows.end(), [](const LedgerRow &a, const LedgerRow &b) { return version::less(a.version, b.version); });
    for (qsizetype i = 0; i < l.rows.size(); ++i)
        l.rows[i].order = int(i);
    return l;
}

} // namespace strata
