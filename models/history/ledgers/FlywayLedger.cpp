#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

#include <QHash>

namespace strata {

QString FlywayLedger::tool() const { return QStringLiteral("flyway"); }
QString FlywayLedger::displayName() const { return QStringLiteral("Flyway"); }
QStringList FlywayLedger::tableNames() const { return {QStringLiteral("flyway_schema_history"), QStringLiteral("schema_version")}; }

bool FlywayLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("installed_rank")) && t.has(QStringLiteral("checksum")) && t.has(QStringLiteral("script"));
}

QString FlywayLedger::keyFor(const MigrationFile &f) const
{
    switch (f.kind) {
    case MigrationFile::Kind::Repeatable: return u"R:" + f.name;
    case MigrationFile::Kind::Undo: return u"U:" + version::canonical(f.version);
    case MigrationFile::Kind::Baseline: return u"B:" + version::canonical(f.version);
    case MigrationFile::Kind::Versioned: break;
    }
    return version::canonical(f.version);
}

Result<Ledger> FlywayLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("installed_rank, version, description, type, script, checksum, installed_by, ")
                               + epochMs(QStringLiteral("installed_on")) + QStringLiteral(", execution_time, success"),
                     QStringLiteral("installed_rank"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    QHash<QString, qsizetype> lastByKey; // versioned key -> index of the row that applied it
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.version = rs->text(i, 1);
        row.name = rs->text(i, 2);
        row.kind = rs->text(i, 3);
        row.checksum = rs->isNull(i, 5) ? QString() : rs->text(i, 5);
        row.appliedBy = rs->text(i, 6);
        row.appliedAt = timeAt(*rs, i, 7);
        row.durationMs = rs->isNull(i, 8) ? -1 : rs->toInt64(i, 8);
        row.success = rs->toBool(i, 9);
        row.raw = rawAt(*rs, i);
        const QString canon = version::canonical(row.version);
        if (row.kind == u"SCHEMA")
            continue; // "<< Flyway Schema Creation >>": not a migration
        if (row.kind == u"UNDO_SQL" || row.kind == u"UNDO_JDBC" || row.kind == u"DELETE") {
            // An undo (or a repair's delete) takes the version back out of the history.
            if (row.success && lastByKey.contains(canon))
                l.rows[lastByKey.take(canon)].rolledBack = true;
            if (!row.success && row.kind != u"DELETE") {
                row.key = u"U:" + canon;
                row.order = int(l.rows.size());
                l.rows.append(row);
            }
            continue;
        }
        if (row.kind == u"BASELINE" || row.kind == u"SQL_BASELINE" || row.kind == u"JDBC_BASELINE") {
            row.baseline = true;
            row.key = (row.kind == u"BASELINE" ? QStringLiteral("BASELINE:") : QStringLiteral("B:")) + canon;
        } else if (row.version.isEmpty()) {
            row.key = u"R:" + row.name;
        } else {
            row.key = canon;
            lastByKey.insert(canon, l.rows.size());
        }
        row.order = int(l.rows.size());
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
