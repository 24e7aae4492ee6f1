#include "IntrospectorParallel.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace strata::catalog::detail {

namespace {

// Runs one query as COPY ... TO STDOUT, blocking, and keeps its rows as text.
Error execute(Connection &c, const CatalogQuery &q, CopyRows *rows)
{
    const Result<qint64> copied = c.copyOut(QStringLiteral("COPY (") + q.sql + QStringLiteral(") TO STDOUT"),
                                            [rows](const char *data, int size) { rows->append(data, size); });
    return copied ? Error() : copied.error();
}

} // namespace

Error runConcurrently(const QList<Connection *> &connections, const QList<CatalogQuery> &queries, JobControl *control,
                      const std::function<Error(qsizetype, CopyRows &, qint64)> &deliver, int *statements)
{
    // One thread per connection (each connection is used by that thread only until the
    // threads are joined), so every backend streams its result while this thread reads
    // earlier ones: a reader busy with one result never stalls the other servers on a
    // full socket.
    const qsizetype n = queries.size();
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<CopyRows> results{size_t(n)};
    std::vector<qint64> ms(size_t(n), 0);
    std::vector<char> taken(size_t(n), 0), done(size_t(n), 0);
    Error failure;   // the first error of any lane (guarded by mutex)
    bool stop = false;
    int sent = 0;

    auto lane = [&](int k) {
        Connection &c = *connections[k];
        for (;;) {
            qsizetype i = -1;
            {
                std::lock_guard lock(mutex);
                if (stop)
                    return;
                for (qsizetype j = 0; j < n; ++j) {
                    if (!taken[size_t(j)] && (queries[j].connection < 0 || queries[j].connection == k)) {
                        i = j;
                        taken[size_t(j)] = 1;
                        ++sent;
                        break;
                    }
                }
            }
            if (i < 0)
                return;
            QElapsedTimer t;
            t.start();
            CopyRows rows;
            const Error e = execute(c, queries[i], &rows);
            std::lock_guard lock(mutex);
            if (e) {
                if (!failure)
                    failure = e;
                stop = true;
            } else {
                results[size_t(i)] = std::move(rows);
                ms[size_t(i)] = t.elapsed();
                done[size_t(i)] = 1;
            }
            changed.notify_all();
            if (stop)
                return;
        }
    };

    std::vector<std::thread> threads;
    threads.reserve(size_t(connections.size()));
    for (int k = 0; k < int(connections.size()); ++k)
        threads.emplace_back(lane, k);

    Error result;
    qsizetype delivered = 0;
    while (delivered < n) {
        CopyRows rows;
        qint64 took = 0;
        {
            std::unique_lock lock(mutex);
            changed.wait_for(lock, std::chrono::milliseconds(100),
                             [&] { return stop || done[size_t(delivered)]; });
            if (stop) {
                result = failure;
                break;
            }
            if (!done[size_t(delivered)]) {
                if (control && control->isCanceled()) {
                    stop = true;
                    result = JobControl::canceledError();
                    break;
                }
                continue;
            }
            rows = std::move(results[size_t(delivered)]);
            took = ms[size_t(delivered)];
        }
        if (Error e = deliver(delivered, rows, took)) {
            std::lock_guard lock(mutex);
            stop = true;
            result = e;
            break;
        }
        ++delivered;
    }
    if (result) {
        // Stop what still runs; the connections stay usable (the caller ends their transactions).
        for (Connection *c : connections)
            c->cancel();
    }
    for (std::thread &t : threads)
        t.join();
    if (statements)
        *statements += sent;
    return result;
}

} // namespace strata::catalog::detail
