#include "FleetControl.h"

#include "pg/Connection.h"

#include <thread>
#include <vector>

namespace strata::fleet {

void FleetControl::cancel()
{
    m_canceled = true;
    std::lock_guard lock(m_mutex);
    for (Connection *c : std::as_const(m_connections))
        c->cancel();
}

void FleetControl::report(int done, int total, const QString &text)
{
    if (!m_progress)
        return;
    std::lock_guard lock(m_mutex);
    m_progress(done, total, text);
}

JobControl FleetControl::job()
{
    return JobControl([this] { return isCanceled(); }, [](int, int, const QString &) {});
}

void FleetControl::add(Connection *c)
{
    std::lock_guard lock(m_mutex);
    m_connections.insert(c);
    if (int n = int(m_connections.size()) + m_extra; n > m_peak.load())
        m_peak = n;
    if (m_canceled)
        c->cancel();
}

void FleetControl::countExtra(int delta)
{
    std::lock_guard lock(m_mutex);
    m_extra += delta;
    if (int n = int(m_connections.size()) + m_extra; n > m_peak.load())
        m_peak = n;
}

void FleetControl::remove(Connection *c)
{
    std::lock_guard lock(m_mutex);
    m_connections.remove(c);
}

void runBounded(int count, int jobs, FleetControl *control, const std::function<void(int)> &work)
{
    if (count <= 0)
        return;
    jobs = std::clamp(jobs, 1, count);
    std::atomic_int next{0};
    auto loop = [&] {
        for (;;) {
            if (control && control->isCanceled())
                return;
            const int i = next.fetch_add(1);
            if (i >= count)
                return;
            work(i);
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(size_t(jobs - 1));
    for (int t = 1; t < jobs; ++t)
        threads.emplace_back(loop);
    loop();
    for (std::thread &t : threads)
        t.join();
}

int defaultJobs(int targets)
{
    return std::clamp(targets, 1, 8);
}

} // namespace strata::fleet
