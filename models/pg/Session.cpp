#include "Session.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QWaitCondition>
#include <deque>

namespace strata {

Error JobControl::canceledError()
{
    return Error(Error::Kind::Canceled, QCoreApplication::translate("Session", "Canceled."));
}

Error Session::notConnectedError()
{
    return Error(Error::Kind::Connection, tr("Not connected to a database."));
}

class Session::Worker : public QThread
{
public:
    explicit Worker(Session *owner) : m_owner(owner) { setObjectName(QStringLiteral("strata-session")); }

    void enqueue(Job job)
    {
        QMutexLocker lock(&m_mutex);
        m_jobs.push_back(std::move(job));
        m_wake.wakeOne();
    }

    void stopAndWait()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeOne();
        }
        cancel();
        wait();
    }

    void cancel()
    {
        m_canceled = true;
        QMutexLocker lock(&m_connMutex);
        if (m_conn)
            m_conn->cancel();
    }

    void setConnection(std::unique_ptr<Connection> c, const ConnectionProfile &p, const SessionOptions &o)
    {
        QMutexLocker lock(&m_connMutex);
        m_conn = std::move(c);
        m_profile = p;
        m_options = o;
        if (m_conn)
            m_info = m_conn->info();
    }

    Connection *connection() { return m_conn.get(); }

    mutable QMutex m_connMutex; // guards m_conn pointer, m_info, m_profile for other threads
    std::unique_ptr<Connection> m_conn;
    ConnectionInfo m_info;
    ConnectionProfile m_profile;
    SessionOptions m_options;

protected:
    void run() override
    {
        for (;;) {
            Job job;
            {
                QMutexLocker lock(&m_mutex);
                while (m_jobs.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_jobs.empty() && m_stopping)
                    break;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            m_canceled = m_stopping.load();
            Connection *c = m_conn.get();
            const bool wasAlive = c && c->isAlive();
            job(c, m_canceled);
            if (wasAlive && m_conn.get() == c && !c->isAlive()) {
                Error e = c->errorFor(nullptr);
                emit m_owner->connectionLost(e);
            }
        }
        QMutexLocker lock(&m_connMutex);
        m_conn.reset();
    }

private:
    Session *m_owner;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_jobs;
    std::atomic_bool m_stopping = false;
    std::atomic_bool m_canceled = false;
};

Session::Session(QObject *parent) : QObject(parent), d(std::make_unique<Worker>(this))
{
    qRegisterMetaType<strata::Notice>();
    qRegisterMetaType<strata::Error>();
    qRegisterMetaType<strata::ConnectionInfo>();
    d->start();
}

Session::~Session()
{
    d->stopAndWait();
}

void Session::enqueue(Job job)
{
    d->enqueue(std::move(job));
}

QFuture<Result<ConnectionInfo>> Session::open(const ConnectionProfile &profile, const SessionOptions &options)
{
    auto promise = std::make_shared<QPromise<Result<ConnectionInfo>>>();
    QFuture<Result<ConnectionInfo>> future = promise->future();
    promise->start();
    Worker *w = d.get();
    enqueue([this, w, promise, profile, options](Connection *, const std::atomic_bool &) {
        w->setConnection(nullptr, profile, options);
        auto r = Connection::open(profile, options);
        if (!r) {
            promise->addResult(Result<ConnectionInfo>(r.error()));
            promise->finish();
            return;
        }
        std::unique_ptr<Connection> conn = std::move(r).value();
        conn->setNoticeHandler([this](const Notice &n) { emit notice(n); });
        const ConnectionInfo info = conn->info();
        w->setConnection(std::move(conn), profile, options);
        emit opened(info);
        promise->addResult(Result<ConnectionInfo>(info));
        promise->finish();
    });
    return future;
}

QFuture<ResultSet> Session::query(const QString &sql, const QVariantList &params)
{
    auto promise = std::make_shared<QPromise<ResultSet>>();
    QFuture<ResultSet> future = promise->future();
    promise->start();
    enqueue([promise, sql, params](Connection *c, const std::atomic_bool &canceled) {
        ResultSet rs;
        if (!c)
            rs.error = notConnectedError();
        else if (canceled || promise->isCanceled())
            rs.error = JobControl::canceledError();
        else
            rs = c->exec(sql, params);
        promise->addResult(rs);
        promise->finish();
    });
    return future;
}

void Session::cancel()
{
    d->cancel();
}

void Session::close()
{
    Worker *w = d.get();
    enqueue([w](Connection *, const std::atomic_bool &) { w->setConnection(nullptr, {}, {}); });
}

bool Session::isOpen() const
{
    QMutexLocker lock(&d->m_connMutex);
    return d->m_conn != nullptr;
}

ConnectionInfo Session::info() const
{
    QMutexLocker lock(&d->m_connMutex);
    return d->m_info;
}

ConnectionProfile Session::profile() const
{
    QMutexLocker lock(&d->m_connMutex);
    return d->m_profile;
}

SessionOptions Session::options() const
{
    QMutexLocker lock(&d->m_connMutex);
    return d->m_options;
}

} // namespace strata
