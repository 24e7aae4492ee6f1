#pragma once
// One libpq connection, used by exactly one thread at a time (a Session's worker,
// a CLI command, a test). cancel() may be called from any thread.

#include "ConnectionProfile.h"
#include "ResultSet.h"

#include <QCoreApplication>
#include <QMutex>
#include <QVariantList>
#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;
struct pg_cancel;

namespace strata {

struct SessionOptions
{
    bool readOnly = true;           // review sessions: every transaction READ ONLY
    int statementTimeoutMs = 60000; // 0 = none
    int lockTimeoutMs = 0;          // 0 = none
    QString applicationName = QStringLiteral("strata");

    // A read-only review session named for pg_stat_activity; statementTimeoutMs 0: none
    // (catalog captures and rollback plans of large schemas).
    static SessionOptions review(const QString &applicationName, int statementTimeoutMs = 60000)
    {
        SessionOptions o;
        o.readOnly = true;
        o.statementTimeoutMs = statementTimeoutMs;
        o.applicationName = applicationName;
        return o;
    }
};

struct ConnectionInfo
{
    QString host;            // what libpq used (socket directory or host name)
    QString port;
    QString dbname;
    QString user;
    QString serverVersion;   // "15.4"
    int serverVersionNum = 0;
    QString sslmode;         // requested mode
    bool sslInUse = false;
    QString sslProtocol;     // TLSv1.3 when in use
    bool readOnly = true;
    int backendPid = 0;
};

struct PgResultDeleter { void operator()(pg_result *r) const; };
using PgResultPtr = std::unique_ptr<pg_result, PgResultDeleter>;

class Connection
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    static Result<std::unique_ptr<Connection>> open(const ConnectionProfile &profile,
                                                     const SessionOptions &options = {});

    // One statement, values as parameters ($1, $2, ...). QVariant() is NULL.
    ResultSet exec(const QString &sql, const QVariantList &params = {});
    // The raw result for bulk readers that want to avoid copies; error filled on failure.
    PgResultPtr execRaw(const QString &sql, const QVariantList &params, Error *error);
    // Runs a COPY ... TO STDOUT and hands each chunk libpq delivers (one row) to chunk();
    // returns the bytes received. The stream is always read to its end, so the connection
    // is ready for the next statement whatever chunk() does with the data.
    Result<qint64> copyOut(const QString &sql, const std::function<void(const char *data, int size)> &chunk);
    // Several statements through the simple query protocol (one implicit transaction
    // unless the text has its own BEGIN/COMMIT). For trusted scripts such as fixtures.
    ResultSet execScript(const QString &sql);

    // Thread-safe: asks the server to cancel whatever this connection is running.
    void cancel();

    QString quoteIdentifier(const QString &name) const;
    bool isAlive() const;
    const ConnectionInfo &info() const { return m_info; }
    const SessionOptions &options() const { return m_options; }
    pg_conn *raw() const { return m_conn; }

    // Called (on the connection's thread) for every server notice.
    void setNoticeHandler(std::function<void(const Notice &)> handler) { m_noticeHandler = std::move(handler); }

    // Error for a result (or a lost connection), as a value with a translated sentence.
    Error errorFor(const pg_result *res) const;

private:
    Connection() = default;
    static void noticeReceiver(void *arg, const pg_result *res);
    Error applySessionOptions();
    void fillInfo();

    pg_conn *m_conn = nullptr;
    pg_cancel *m_cancel = nullptr;
    mutable QMutex m_cancelMutex;
    SessionOptions m_options;
    ConnectionInfo m_info;
    QList<Notice> m_notices; // collected while a statement runs
    std::function<void(const Notice &)> m_noticeHandler;
};

// Translates a libpq connection failure into a sentence (exposed for tests).
Error connectionError(const QString &libpqMessage, bool needsPassword, const ConnectionProfile &profile);

} // namespace strata
