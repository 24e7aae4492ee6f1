#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString DjangoLedger::tool() const { return QStringLiteral("django"); }
QString DjangoLedger::displayName() const { return QStringLiteral("Django"); }
QStringList DjangoLedger::tableNames() const { return {QStringLiteral("django_migrations")}; }

bool DjangoLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("app")) && t.has(QStringLiteral("name")) && t.has(QStringLiteral("applied"));
}

QString DjangoLedger::keyFor(const MigrationFile &f) const
{
    return f.group + u'/' + f.version + u'_' + f.name;
}

Result<Ledger> DjangoLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("id, app, name, ") + epochMs(QStringLiteral("applied")), QStringLiteral("id"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        const QString app = rs->text(i, 1);
        const QString name = rs->text(i, 2);
        row.key = app + u'/' + name;
        row.version = name.section(u'_', 0, 0);
        row.name = app + u'.' + name;
        row.appliedAt = timeAt(*rs, i, 3);
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
