#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

#include <QHash>

namespace strata {

QString GooseLedger::tool() const { return QStringLiteral("goose"); }
QString GooseLedger::displayName() const { return QStringLiteral("goose"); }
QStringList GooseLedger::tableNames() const { return {QStringLiteral("goose_db_version")}; }

bool GooseLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("version_id")) && t.has(QStringLiteral("is_applied"));
}

Result<Ledger> GooseLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("id, version_id, is_applied, ") + epochMs(QStringLiteral("tstamp")), QStringLiteral("id"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    // goose appends a row for every up and down; the latest row of a version counts.
    QHash<QString, LedgerRow> latest;
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.version = rs->text(i, 1);
        if (row.version == u"0")
            continue; // the row goose writes when it creates the table
        row.key = version::canonical(row.version);
        row.rolledBack = !rs->toBool(i, 2);
        row.appliedAt = timeAt(*rs, i, 3);
        row.order = i;
        row.raw = rawAt(*rs, i);
        latest.insert(row.key, row);
    }
    l.rows = latest.values();
    std::sort(l.rows.begin(), l.rows.end(), [](const LedgerRow &a, const LedgerRow &b) { return a.order < b.order; });
    for (qsizetype i = 0; i < l.rows.size(); ++i)
        l.rows[i].order = int(i);
    return l;
}

} // namespace strata
