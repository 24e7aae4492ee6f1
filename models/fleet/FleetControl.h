#pragma once
// Progress and cancel shared by the workers of one fleet job, and the bounded pool
// they run on. cancel() may come from any thread (a signal watcher, the GUI): it sets
// the flag and sends PQcancel to every connection a worker has registered, so long
// catalog reads and data checks stop at once.

#include "pg/Session.h"

#include <QSet>
#include <QString>
#include <atomic>
#include <functional>
#include <mutex>

namespace strata::fleet {

class FleetControl
{
public:
    // progress(done, total, text) is called from worker threads, one call at a time.
    using Progress = std::function<void(int done, int total, const QString &text)>;
    explicit FleetControl(Progress progress = {}) : m_progress(std::move(progress)) {}

    void cancel();
    bool isCanceled() const { return m_canceled.load(); }
    void report(int done, int total, const QString &text);
    // A JobControl for one worker's blocking calls (captures, replays, pre-flights).
    JobControl job();

    // While registered, cancel() interrupts what the connection runs.
    void add(Connection *c);
    void remove(Connection *c);
    // Connections that a capture opens and cancels itself (its extra readers): counted
    // for peakConnections() only.
    void countExtra(int delta);
    // How many connections were registered at once, at most (for tests and benchmarks).
    int peakConnections() const { return m_peak.load(); }

    class Registration
    {
    public:
        Registration(FleetControl *control, Connection *c) : m_control(control), m_c(c)
        {
            if (m_control)
                m_control->add(c);
        }
        ~Registration()
        {
            if (m_control)
                m_control->remove(m_c);
        }
        Registration(const Registration &) = delete;
        Registration &operator=(const Registration &) = delete;

    private:
        FleetControl *m_control;
        Connection *m_c;
    };

private:
    Progress m_progress;
    std::atomic_bool m_canceled{false};
    std::mutex m_mutex;
    QSet<Connection *> m_connections;
    std::atomic_int m_peak{0};
    int m_extra = 0; // guarded by m_mutex
};

// Runs work(i) for i in [0, count) on at most `jobs` threads (the calling thread is one
// of them); stops handing out new items once the control is canceled.
void runBounded(int count, int jobs, FleetControl *control, const std::function<void(int index)> &work);
// The default pool size: min(8, targets), at least 1.
int defaultJobs(int targets);

} // namespace strata::fleet
