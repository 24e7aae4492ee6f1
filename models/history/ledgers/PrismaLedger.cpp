#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString PrismaLedger::tool() const { return QStringLiteral("prisma"); }
QString PrismaLedger::displayName() const { return QStringLiteral("Prisma"); }
QStringList PrismaLedger::tableNames() const { return {QStringLiteral("_prisma_migrations")}; }

bool PrismaLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("migration_name")) && t.has(QStringLiteral("checksum"));
}

QString PrismaLedger::keyFor(const MigrationFile &f) const
{
    return f.group.isEmpty() ? f.version : f.group;
}

Result<Ledger> PrismaLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("id, checksum, ") + epochMs(QStringLiteral("started_at")) + u", "
                               + epochMs(QStringLiteral("finished_at")) + QStringLiteral(", migration_name, logs, ")
                               + epochMs(QStringLiteral("rolled_back_at")) + QStringLiteral(", applied_steps_count"),
                     QStringLiteral("started_at, migration_name"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    static const QRegularExpression tsRe(QStringLiteral("^(\\d+)_"));
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.checksum = rs->text(i, 1).toLower();
        row.appliedAt = timeAt(*rs, i, 2);
        const QDateTime finished = timeAt(*rs, i, 3);
        row.key = rs->text(i, 4);
        const auto m = tsRe.match(row.key);
        row.version = m.hasMatch() ? m.captured(1) : row.key;
        row.name = m.hasMatch() ? row.key.mid(m.capturedEnd(0)) : row.key;
        row.logs = rs->text(i, 5);
        row.rolledBack = !rs->isNull(i, 6);
        row.success = finished.isValid();
        if (finished.isValid() && row.appliedAt.isValid())
            row.durationMs = row.appliedAt.msecsTo(finished);
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
