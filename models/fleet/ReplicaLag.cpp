#include "ReplicaLag.h"

#include "pg/Connection.h"

#include <QThread>

namespace strata::fleet {

ReplicaLagMonitor::ReplicaLagMonitor(Connection &primary) : m_c(primary)
{
    m_clock.start();
}

Error ReplicaLagMonitor::sample()
{
    const ResultSet r = m_c.exec(QStringLiteral("SELECT (pg_catalog.pg_current_wal_lsn() - '0/0'::pg_lsn)::float8"));
    if (!r.ok())
        return r.error;
    const double lsn = r.toDouble(0, 0);
    if (m_samples.isEmpty() || lsn > m_samples.last().lsn)
        m_samples.append(Sample{m_clock.elapsed(), lsn});
    if (m_samples.size() > 10000)
        m_samples.remove(0, 5000);
    return {};
}

Result<QList<ReplicaLagRow>> ReplicaLagMonitor::read()
{
    if (Error e = sample())
        return Error(e.kind, tr("Cannot read the primary's WAL position: %1").arg(e.message), e.detail);
    const ResultSet r = m_c.exec(QStringLiteral(
        "SELECT coalesce(nullif(application_name, ''), client_addr::text, pid::text),"
        " coalesce(round(extract(epoch FROM replay_lag) * 1000)::bigint, 0),"
        " (coalesce(replay_lsn, '0/0'::pg_lsn) - '0/0'::pg_lsn)::float8"
        " FROM pg_catalog.pg_stat_replication ORDER BY 1"));
    if (!r.ok())
        return Error(r.error.kind, tr("Cannot read the replication state (pg_stat_replication): %1").arg(r.error.message), r.error.detail);
    const qint64 now = m_clock.elapsed();
    QList<ReplicaLagRow> out;
    for (int i = 0; i < r.rowCount(); ++i) {
        ReplicaLagRow row{r.text(i, 0), r.toInt64(i, 1), false};
        const double replay = r.toDouble(i, 2);
        // The oldest sample the replica has not replayed: since then it is behind.
        for (const Sample &s : std::as_const(m_samples)) {
            if (s.lsn > replay) {
                row.behind = true;
                row.lagMs = std::max(row.lagMs, now - s.atMs);
                break;
            }
        }
        if (!row.behind)
            row.lagMs = 0; // caught up with everything the primary had
        out.append(row);
    }
    // Samples every replica has replayed are no longer needed.
    double minReplay = -1;
    for (int i = 0; i < r.rowCount(); ++i)
        minReplay = minReplay < 0 ? r.toDouble(i, 2) : std::min(minReplay, r.toDouble(i, 2));
    while (m_samples.size() > 1 && minReplay >= 0 && m_samples.first().lsn <= minReplay)
        m_samples.removeFirst();
    return out;
}

Error ReplicaLagMonitor::waitBelow(qint64 limitMs, int pollMs, const std::function<bool()> &stop,
                                   const std::function<void(const QString &, qint64)> &throttled)
{
    for (;;) {
        auto rows = read();
        if (!rows)
            return rows.error();
        const ReplicaLagRow *worst = nullptr;
        for (const ReplicaLagRow &row : std::as_const(*rows))
            if (row.behind && row.lagMs > limitMs && (!worst || row.lagMs > worst->lagMs))
                worst = &row;
        if (!worst)
            return {};
        if (throttled)
            throttled(worst->replica, worst->lagMs);
        for (int waited = 0; waited < pollMs; waited += 50) {
            if (stop && stop())
                return {};
            QThread::msleep(50);
        }
    }
}

} // namespace strata::fleet
