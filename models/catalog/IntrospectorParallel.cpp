#include "IntrospectorParallel.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <cerrno>
#include <libpq-fe.h>
#include <poll.h>
#include <vector>

namespace strata::catalog::detail {

namespace {

// One connection's state while queries run on it.
struct Lane
{
    Connection *connection = nullptr;
    qsizetype running = -1; // index of the query in flight, -1 when idle
    QElapsedTimer since;
};

// Sends query i on the lane (text parameters, text results, the extended protocol).
Error send(Lane &lane, const CatalogQuery &q)
{
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(size_t(q.params.size()));
    values.reserve(size_t(q.params.size()));
    for (const QVariant &v : q.params) {
        if (!v.isValid() || v.isNull()) {
            storage.emplace_back();
            values.push_back(nullptr);
        } else {
            storage.push_back(v.toString().toUtf8());
            values.push_back(storage.back().constData());
        }
    }
    const QByteArray sql = q.sql.toUtf8();
    if (!PQsendQueryParams(lane.connection->raw(), sql.constData(), int(values.size()), nullptr, values.data(), nullptr,
                           nullptr, 0))
        return lane.connection->errorFor(nullptr);
    lane.since.start();
    return {};
}

} // namespace

Error runConcurrently(const QList<Connection *> &connections, const QList<CatalogQuery> &queries, JobControl *control,
                      const std::function<Error(qsizetype, PgResultPtr, qint64)> &deliver, int *statements)
{
    const qsizetype n = queries.size();
    std::vector<Lane> lanes(size_t(connections.size()));
    for (qsizetype k = 0; k < connections.size(); ++k)
        lanes[size_t(k)].connection = connections[k];
    std::vector<PgResultPtr> results{size_t(n)};
    std::vector<qint64> ms(size_t(n), 0);
    std::vector<char> sent(size_t(n), 0), done(size_t(n), 0);
    qsizetype delivered = 0;
    Error failure;

    // The first query in list order this lane may run.
    auto next = [&](Lane &lane, int k) -> Error {
        for (qsizetype i = 0; i < n; ++i) {
            if (sent[size_t(i)] || (queries[i].connection >= 0 && queries[i].connection != k))
                continue;
            sent[size_t(i)] = 1;
            if (statements)
                ++*statements;
            if (Error e = send(lane, queries[i]))
                return e;
            lane.running = i;
            return {};
        }
        return {};
    };

    for (int k = 0; k < int(lanes.size()) && !failure; ++k)
        failure = next(lanes[size_t(k)], k);

    while (!failure) {
        while (delivered < n && done[size_t(delivered)]) {
            failure = deliver(delivered, std::move(results[size_t(delivered)]), ms[size_t(delivered)]);
            ++delivered;
            if (failure)
                break;
        }
        if (failure || delivered == n)
            break;
        if (control && control->isCanceled()) {
            failure = JobControl::canceledError();
            break;
        }
        std::vector<pollfd> fds;
        std::vector<int> which;
        for (int k = 0; k < int(lanes.size()); ++k) {
            if (lanes[size_t(k)].running >= 0) {
                fds.push_back({PQsocket(lanes[size_t(k)].connection->raw()), POLLIN, 0});
                which.push_back(k);
            }
        }
        if (fds.empty()) { // cannot happen: every query may run on some lane
            failure = Error(Error::Kind::Internal, QStringLiteral("catalog queries left without a connection"));
            break;
        }
        const int ready = ::poll(fds.data(), nfds_t(fds.size()), 100);
        if (ready < 0 && errno != EINTR) {
            failure = Error(Error::Kind::Internal, QStringLiteral("poll() failed while reading the catalog"));
            break;
        }
        if (ready < 0)
            continue; // interrupted
        // On a timeout every running lane is checked too: input libpq already buffered
        // does not make the socket readable again.
        for (size_t f = 0; f < fds.size() && !failure; ++f) {
            if (ready > 0 && !fds[f].revents)
                continue;
            const int k = which[f];
            Lane &lane = lanes[size_t(k)];
            pg_conn *raw = lane.connection->raw();
            if (!PQconsumeInput(raw)) {
                failure = lane.connection->errorFor(nullptr);
                break;
            }
            while (!PQisBusy(raw)) {
                PGresult *res = PQgetResult(raw);
                const qsizetype i = lane.running;
                if (!res) { // query i complete
                    ms[size_t(i)] = lane.since.elapsed();
                    done[size_t(i)] = 1;
                    lane.running = -1;
                    if (!failure && !results[size_t(i)])
                        failure = Error(Error::Kind::Internal, QStringLiteral("no result for %1").arg(queries[i].name));
                    if (!failure)
                        failure = next(lane, k);
                    break;
                }
                PgResultPtr owned(res);
                const ExecStatusType st = PQresultStatus(res);
                if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
                    if (!failure)
                        failure = lane.connection->errorFor(res);
                } else if (!results[size_t(i)]) {
                    results[size_t(i)] = std::move(owned);
                }
            }
        }
    }

    // Stop what still runs; the connections stay usable (their transactions are ended by the caller).
    for (Lane &lane : lanes) {
        if (lane.running < 0)
            continue;
        lane.connection->cancel();
        while (PGresult *res = PQgetResult(lane.connection->raw()))
            PQclear(res);
        lane.running = -1;
    }
    return failure;
}

} // namespace strata::catalog::detail
