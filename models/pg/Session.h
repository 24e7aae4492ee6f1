#pragma once
// A Session owns one libpq connection that lives on its own worker thread.
// Everything runs there, in submission order; callers get QFutures back and the
// GUI thread never blocks. cancel() interrupts the running statement (PQcancel).

#include "Connection.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <atomic>
#include <functional>
#include <memory>

namespace strata {

// Handed to a job running on the worker thread.
class JobControl
{
public:
    JobControl(std::function<bool()> canceled, std::function<void(int, int, const QString &)> progress)
        : m_canceled(std::move(canceled)), m_progress(std::move(progress)) {}
    bool isCanceled() const { return m_canceled(); }
    void setProgress(int value, int maximum, const QString &text = {}) const { m_progress(value, maximum, text); }
    // Convenience for jobs: the error to return when canceled.
    static Error canceledError();

private:
    std::function<bool()> m_canceled;
    std::function<void(int, int, const QString &)> m_progress;
};

class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    QFuture<Result<ConnectionInfo>> open(const ConnectionProfile &profile, const SessionOptions &options = {});
    QFuture<ResultSet> query(const QString &sql, const QVariantList &params = {});

    // Runs job(connection, control) on the worker thread.
    template<class T>
    QFuture<Result<T>> run(std::function<Result<T>(Connection &, JobControl &)> job)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        enqueue([promise, job](Connection *c, const std::atomic_bool &canceled) {
            JobControl ctl([promise, &canceled] { return canceled.load() || promise->isCanceled(); },
                           [promise](int v, int m, const QString &t) {
                               promise->setProgressRange(0, m);
                               promise->setProgressValueAndText(v, t);
                           });
            if (!c)
                promise->addResult(Result<T>(notConnectedError()));
            else if (ctl.isCanceled())
                promise->addResult(Result<T>(JobControl::canceledError()));
            else
                promise->addResult(job(*c, ctl));
            promise->finish();
        });
        return future;
    }

    void cancel();   // the running job: PQcancel + the job's cancel flag
    void close();    // closes the connection after the queued jobs
    bool isOpen() const;
    ConnectionInfo info() const;
    ConnectionProfile profile() const;
    SessionOptions options() const;

    static Error notConnectedError();

signals:
    void notice(const strata::Notice &notice);
    void connectionLost(const strata::Error &error);
    void opened(const strata::ConnectionInfo &info);

private:
    using Job = std::function<void(Connection *, const std::atomic_bool &)>;
    void enqueue(Job job);
    class Worker;
    std::unique_ptr<Worker> d;
};

} // namespace strata

Q_DECLARE_METATYPE(strata::ConnectionInfo)
Q_DECLARE_METATYPE(strata::Notice)
