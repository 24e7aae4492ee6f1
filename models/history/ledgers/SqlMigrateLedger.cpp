#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString SqlMigrateLedger::tool() const { return QStringLiteral("sql-migrate"); }
QString SqlMigrateLedger::displayName() const { return QStringLiteral("sql-migrate"); }
QStringList SqlMigrateLedger::tableNames() const { return {QStringLiteral("gorp_migrations")}; }

bool SqlMigrateLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("id")) && t.has(QStringLiteral("applied_at"));
}

QString SqlMigrateLedger::keyFor(const MigrationFile &f) const
{
    return f.fileName;
}

Result<Ledger> SqlMigrateLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("id, ") + epochMs(QStringLiteral("applied_at")), QStringLiteral("applied_at, id"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    static const QRegularExpression numRe(QStringLiteral("^(\\d+)"));
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.key = rs->text(i, 0);
        row.name = row.key;
        row.version = numRe.match(row.key).captured(1);
        row.appliedAt = timeAt(*rs, i, 1);
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
