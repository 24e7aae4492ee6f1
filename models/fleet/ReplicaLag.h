#pragma once
// Replay lag of a primary's streaming replicas, for throttling a rollout. The lag of a
// replica is how long ago the primary had WAL that the replica has not replayed yet:
// the monitor samples the primary's WAL position (pg_current_wal_lsn) over time (at
// every poll and after every step) and compares each replica's replay_lsn from
// pg_stat_replication with the samples; the server's own replay_lag counts too. A
// paused or stuck replica therefore shows a lag that keeps growing, which replay_lag
// alone does not always do.

#include "common/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <functional>

namespace strata {
class Connection;
}

namespace strata::fleet {

struct ReplicaLagRow
{
    QString replica;     // application_name, else client address, else pid
    qint64 lagMs = 0;
    bool behind = false; // replay_lsn is behind the primary's current WAL position
};

class ReplicaLagMonitor
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaLagMonitor)
public:
    explicit ReplicaLagMonitor(Connection &primary);
    // Records the primary's WAL position now.
    Error sample();
    // Every replica with its lag (records a sample too).
    Result<QList<ReplicaLagRow>> read();
    // Returns once every replica's lag is at or below limitMs (at once without
    // replicas), polling every pollMs; throttled(replica, lag) for each poll that waits.
    Error waitBelow(qint64 limitMs, int pollMs, const std::function<bool()> &stop,
                    const std::function<void(const QString &replica, qint64 lagMs)> &throttled);

private:
    struct Sample
    {
        qint64 atMs;
        double lsn;
    };
    Connection &m_c;
    QElapsedTimer m_clock;
    QList<Sample> m_samples; // increasing lsn
};

} // namespace strata::fleet
