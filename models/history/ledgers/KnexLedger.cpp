#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString KnexLedger::tool() const { return QStringLiteral("knex"); }
QString KnexLedger::displayName() const { return QStringLiteral("Knex"); }
QStringList KnexLedger::tableNames() const { return {QStringLiteral("knex_migrations")}; }

bool KnexLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("name")) && t.has(QStringLiteral("batch"));
}

QString KnexLedger::keyFor(const MigrationFile &f) const
{
    return f.fileName.section(u'/', -1);
}

Result<Ledger> KnexLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("id, name, batch, ") + epochMs(QStringLiteral("migration_time")), QStringLiteral("id"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    static const QRegularExpression numRe(QStringLiteral("^(\\d+)"));
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.key = rs->text(i, 1);
        row.name = row.key;
        row.version = numRe.match(row.key).captured(1);
        row.kind = QStringLiteral("batch %1").arg(rs->text(i, 2));
        row.appliedAt = timeAt(*rs, i, 3);
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
