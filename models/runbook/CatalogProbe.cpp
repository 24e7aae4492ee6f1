#include "CatalogProbe.h"

#include "pg/Connection.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace strata::runbook {

Result<std::optional<QString>> CatalogProbe::txidStatus(Connection &c, qint64 txid)
{
    const ResultSet r = c.exec(QStringLiteral("SELECT txid_status($1::bigint)"), {QString::number(txid)});
    if (!r.ok())
        return r.error;
    if (r.rowCount() != 1 || r.isNull(0, 0))
        return std::optional<QString>();
    return std::optional<QString>(r.text(0, 0));
}

Result<IndexState> CatalogProbe::indexState(Connection &c, const TableRef &index)
{
    const ResultSet r = c.exec(QStringLiteral("SELECT i.indisvalid FROM pg_catalog.pg_index i WHERE i.indexrelid = to_regclass($1)"),
                               {index.display()});
    if (!r.ok())
        return r.error;
    if (r.rowCount() == 0)
        return IndexState::Absent;
    return r.toBool(0, 0) ? IndexState::Valid : IndexState::Invalid;
}

Result<QList<LockBlocker>> CatalogProbe::blockers(Connection &c, const QList<TableRef> &tables)
{
    QStringList names;
    for (const TableRef &t : tables)
        names.append(t.display());
    if (names.isEmpty())
        return QList<LockBlocker>();
    const QString list = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
    const ResultSet r = c.exec(QStringLiteral(
        "SELECT l.pid, coalesce(a.application_name, ''), coalesce(a.state, ''), l.mode, l.relation::regclass::text, "
        "       left(coalesce(a.query, ''), 200) "
        "FROM pg_catalog.pg_locks l LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.granted AND l.pid <> pg_backend_pid() AND l.locktype = 'relation' "
        "  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) "
        "  AND l.relation IN (SELECT to_regclass(n) FROM jsonb_array_elements_text($1::jsonb) AS n) "
        "ORDER BY l.pid"),
        {list});
    if (!r.ok())
        return r.error;
    QList<LockBlocker> out;
    for (int i = 0; i < r.rowCount(); ++i)
        out.append(LockBlocker{int(r.toInt64(i, 0)), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5)});
    return out;
}

QString CatalogProbe::describe(const LockBlocker &b)
{
    return tr("pid %1 (%2, %3) holds %4 on %5: %6")
        .arg(b.pid)
        .arg(b.application.isEmpty() ? tr("no application name") : b.application, b.state, b.mode, b.table,
             b.query.simplified());
}

} // namespace strata::runbook
