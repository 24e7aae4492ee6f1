#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString NodePgMigrateLedger::tool() const { return QStringLiteral("node-pg-migrate"); }
QString NodePgMigrateLedger::displayName() const { return QStringLiteral("node-pg-migrate"); }
QStringList NodePgMigrateLedger::tableNames() const { return {QStringLiteral("pgmigrations")}; }

bool NodePgMigrateLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("name")) && t.has(QStringLiteral("run_on"));
}

QString NodePgMigrateLedger::keyFor(const MigrationFile &f) const
{
    const QString base = f.fileName.section(u'/', -1);
    return base.left(base.lastIndexOf(u'.'));
}

Result<Ledger> NodePgMigrateLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("id, name, ") + epochMs(QStringLiteral("run_on")), QStringLiteral("run_on, id"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.key = rs->text(i, 1);
        row.name = row.key;
        row.version = row.key.section(u'_', 0, 0);
        row.appliedAt = timeAt(*rs, i, 2);
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
