#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString LiquibaseLedger::tool() const { return QStringLiteral("liquibase"); }
QString LiquibaseLedger::displayName() const { return QStringLiteral("Liquibase"); }
QStringList LiquibaseLedger::tableNames() const { return {QStringLiteral("databasechangelog")}; }

bool LiquibaseLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("id")) && t.has(QStringLiteral("author")) && t.has(QStringLiteral("filename"));
}

QString LiquibaseLedger::keyFor(const MigrationFile &f) const
{
    return f.version;
}

Result<Ledger> LiquibaseLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("id, author, filename, ") + epochMs(QStringLiteral("dateexecuted"))
                               + QStringLiteral(", orderexecuted, exectype, md5sum, description"),
                     QStringLiteral("orderexecuted, dateexecuted"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.key = rs->text(i, 0);
        row.version = row.key;
        row.appliedBy = rs->text(i, 1);
        row.name = rs->text(i, 7).isEmpty() ? rs->text(i, 2) : rs->text(i, 7);
        row.appliedAt = timeAt(*rs, i, 3);
        row.kind = rs->text(i, 5);
        row.success = row.kind != u"FAILED";
        row.checksum = rs->text(i, 6);
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
