#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

namespace strata {

QString GolangMigrateLedger::tool() const { return QStringLiteral("golang-migrate"); }
QString GolangMigrateLedger::displayName() const { return QStringLiteral("golang-migrate"); }
QStringList GolangMigrateLedger::tableNames() const { return {QStringLiteral("schema_migrations")}; }

bool GolangMigrateLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.has(QStringLiteral("version")) && t.has(QStringLiteral("dirty"));
}

Result<Ledger> GolangMigrateLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("version, dirty"), QStringLiteral("version"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.semantics = Ledger::Semantics::CurrentVersion;
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        row.version = rs->text(i, 0);
        row.key = version::canonical(row.version);
        row.dirty = rs->toBool(i, 1);
        row.success = !row.dirty;
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    if (l.rows.size() > 1) {
        Finding f;
        f.code = QStringLiteral("ledger-rows");
        f.message = tr("golang-migrate keeps one row in %1, but it has %2; the highest version counts.")
                        .arg(l.qualifiedName()).arg(l.rows.size());
        l.findings.append(f);
    }
    return l;
}

} // namespace strata
