#include "Connection.h"

#include "common/SafeText.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#include <libpq-fe.h>
#include <vector>

namespace strata {

void PgResultDeleter::operator()(pg_result *r) const { PQclear(r); }

namespace {

QString diag(const PGresult *res, int field)
{
    const char *v = PQresultErrorField(res, field);
    return v ? QString::fromUtf8(v) : QString();
}

struct ParamBuffers
{
    std::vector<QByteArray> storage;
    std::vector<const char *> values;

    explicit ParamBuffers(const QVariantList &params)
    {
        storage.reserve(size_t(params.size()));
        values.reserve(size_t(params.size()));
        for (const QVariant &v : params) {
            if (!v.isValid() || v.isNull()) {
                storage.emplace_back();
                values.push_back(nullptr);
                continue;
            }
            QByteArray text;
            switch (v.typeId()) {
            case QMetaType::Bool:
                text = v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
                break;
            case QMetaType::QByteArray: {
                // bytea as hex input
                text = QByteArrayLiteral("\\x") + v.toByteArray().toHex();
                break;
            }
            default:
                text = v.toString().toUtf8();
            }
            storage.push_back(std::move(text));
            values.push_back(storage.back().constData());
        }
    }
};

} // namespace

Connection::~Connection()
{
    {
        QMutexLocker lock(&m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    if (m_conn)
        PQfinish(m_conn);
}

Error connectionError(const QString &libpqMessage, bool needsPassword, const ConnectionProfile &profile)
{
    using K = Error::Kind;
    const QString m = maskSecret(libpqMessage.trimmed(), profile.transientPassword);
    const QString target = profile.host.isEmpty() ? Connection::tr("the default server") : profile.host;
    if (needsPassword)
        return Error(K::NeedsPassword, Connection::tr("The server asks for a password for user “%1”.").arg(profile.user.isEmpty() ? Connection::tr("(default)") : profile.user), m,
                     Connection::tr("Enter the password, store it in the system keychain, or add it to ~/.pgpass."));
    if (m.contains(u"password authentication failed") || m.contains(u"authentication failed"))
        return Error(K::Authentication, Connection::tr("The server rejected the user name or password."), m,
                     Connection::tr("Check the user name and password; the password may have changed."));
    if (m.contains(u"does not exist") && m.contains(u"database"))
        return Error(K::MissingDatabase, Connection::tr("The database “%1” does not exist on %2.").arg(profile.dbname, target), m,
                     Connection::tr("Check the database name, or connect to “postgres” to see which databases exist."));
    if (m.contains(u"could not translate host name"))
        return Error(K::Connection, Connection::tr("The host name “%1” could not be resolved.").arg(profile.host), m,
                     Connection::tr("Check the spelling of the host, or your DNS and VPN."));
    if (m.contains(u"Connection refused") || m.contains(u"No such file or directory"))
        return Error(K::Connection, Connection::tr("No PostgreSQL server is listening at %1.").arg(target + (profile.port.isEmpty() ? QString() : u':' + profile.port)), m,
                     Connection::tr("Check that the server runs and that host and port are right."));
    if (m.contains(u"timeout expired"))
        return Error(K::Connection, Connection::tr("The server at %1 did not answer in time.").arg(target), m,
                     Connection::tr("A firewall may drop the connection, or the server is overloaded."));
    if (m.contains(u"SSL") || m.contains(u"certificate"))
        return Error(K::Connection, Connection::tr("The secure (SSL) connection could not be set up."), m,
                     Connection::tr("Check sslmode and the certificate files."));
    if (m.contains(u"invalid") || m.contains(u"missing"))
        return Error(K::Usage, Connection::tr("The connection settings are not valid."), m);
    return Error(K::Connection, Connection::tr("Could not connect to the server."), m);
}

Result<std::unique_ptr<Connection>> Connection::open(const ConnectionProfile &profile, const SessionOptions &options)
{
    const auto params = profile.libpqParams(options.applicationName);
    std::vector<const char *> keys, vals;
    for (const auto &kv : params) {
        keys.push_back(kv.first.constData());
        vals.push_back(kv.second.constData());
    }
    keys.push_back(nullptr);
    vals.push_back(nullptr);

    std::unique_ptr<Connection> c(new Connection);
    c->m_options = options;
    // expand_dbname = 0: a database name is a name, never a connection string.
    c->m_conn = PQconnectdbParams(keys.data(), vals.data(), 0);
    if (!c->m_conn)
        return Error(Error::Kind::Internal, tr("Out of memory while connecting."));
    if (PQstatus(c->m_conn) != CONNECTION_OK) {
        const bool needsPw = PQconnectionNeedsPassword(c->m_conn) && profile.transientPassword.isEmpty();
        return connectionError(QString::fromUtf8(PQerrorMessage(c->m_conn)), needsPw, profile);
    }
    PQsetNoticeReceiver(c->m_conn, &Connection::noticeReceiver, c.get());
    if (PQsetClientEncoding(c->m_conn, "UTF8") != 0)
        return Error(Error::Kind::Connection, tr("The server does not accept UTF-8 as client encoding."));
    c->m_cancel = PQgetCancel(c->m_conn);
    if (Error e = c->applySessionOptions())
        return e;
    c->fillInfo();
    c->m_info.sslmode = profile.sslmode;
    return c;
}

Error Connection::applySessionOptions()
{
    // Values go as parameters; set_config() takes them as text. Every literal Strata
    // writes (quoteLiteral: scripts, ledger rows, restores) is a standard string, so the
    // session reads backslashes as the SQL standard does, whatever the server's default.
    const char *sql = "SELECT set_config('default_transaction_read_only', $1, false),"
                      "       set_config('statement_timeout', $2, false),"
                      "       set_config('lock_timeout', $3, false),"
                      "       set_config('standard_conforming_strings', 'on', false)";
    ResultSet r = exec(QString::fromLatin1(sql),
                       {m_options.readOnly ? QStringLiteral("on") : QStringLiteral("off"),
                        QString::number(m_options.statementTimeoutMs),
                        QString::number(m_options.lockTimeoutMs)});
    return r.error;
}

void Connection::fillInfo()
{
    auto s = [](const char *v) { return v ? QString::fromUtf8(v) : QString(); };
    m_info.host = s(PQhost(m_conn));
    m_info.port = s(PQport(m_conn));
    m_info.dbname = s(PQdb(m_conn));
    m_info.user = s(PQuser(m_conn));
    m_info.serverVersionNum = PQserverVersion(m_conn);
    m_info.serverVersion = s(PQparameterStatus(m_conn, "server_version"));
    m_info.sslInUse = PQsslInUse(m_conn);
    m_info.sslProtocol = s(PQsslAttribute(m_conn, "protocol"));
    m_info.readOnly = m_options.readOnly;
    m_info.backendPid = PQbackendPID(m_conn);
}

void Connection::noticeReceiver(void *arg, const PGresult *res)
{
    auto *self = static_cast<Connection *>(arg);
    Notice n;
    n.severity = diag(res, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (n.severity.isEmpty())
        n.severity = diag(res, PG_DIAG_SEVERITY);
    n.message = diag(res, PG_DIAG_MESSAGE_PRIMARY);
    n.detail = diag(res, PG_DIAG_MESSAGE_DETAIL);
    n.hint = diag(res, PG_DIAG_MESSAGE_HINT);
    self->m_notices.append(n);
    if (self->m_noticeHandler)
        self->m_noticeHandler(n);
}

Error Connection::errorFor(const PGresult *res) const
{
    using K = Error::Kind;
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        return Error(K::ServerGone, tr("The connection to the server was lost."),
                     QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(),
                     tr("The server may have restarted or the network dropped. Reconnect to continue; nothing was changed by Strata after the loss."));
    }
    if (!res)
        return Error(K::Query, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    Error e;
    e.sqlState = diag(res, PG_DIAG_SQLSTATE);
    e.message = diag(res, PG_DIAG_MESSAGE_PRIMARY);
    if (e.message.isEmpty())
        e.message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    e.detail = diag(res, PG_DIAG_MESSAGE_DETAIL);
    e.hint = diag(res, PG_DIAG_MESSAGE_HINT);
    e.position = diag(res, PG_DIAG_STATEMENT_POSITION).toInt();
    e.kind = K::Query;
    if (e.sqlState == u"25006") {
        e.kind = K::ReadOnly;
        e.hint = tr("This is a read-only review session. Changes run only through a runbook, after confirmation.");
    } else if (e.sqlState == u"57014") {
        const bool timeout = e.message.contains(u"timeout");
        e.kind = timeout ? K::Timeout : K::Canceled;
        if (!timeout)
            e.message = tr("The statement was canceled.");
        else
            e.hint = tr("The statement ran longer than the session's statement_timeout allows.");
    } else if (e.sqlState == u"55P03") {
        e.kind = K::Timeout;
        e.hint = tr("Another session holds a conflicting lock. Check pg_stat_activity, then try again.");
    } else if (e.sqlState.startsWith(u"57P") || e.sqlState.startsWith(u"08")) {
        e.kind = K::ServerGone;
    } else if (e.sqlState == u"28P01" || e.sqlState == u"28000") {
        e.kind = K::Authentication;
    }
    return e;
}

PgResultPtr Connection::execRaw(const QString &sql, const QVariantList &params, Error *error)
{
    m_notices.clear();
    const QByteArray text = sql.toUtf8();
    ParamBuffers pb(params);
    PgResultPtr res(PQexecParams(m_conn, text.constData(), int(pb.values.size()), nullptr,
                                 pb.values.data(), nullptr, nullptr, 0));
    const ExecStatusType st = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) {
        if (error)
            *error = errorFor(res.get());
    }
    return res;
}

namespace {
ResultSet toResultSet(PGresult *res)
{
    ResultSet rs;
    const int nf = PQnfields(res);
    for (int c = 0; c < nf; ++c) {
        rs.columns.append(QString::fromUtf8(PQfname(res, c)));
        rs.columnTypes.append(PQftype(res, c));
    }
    const int nr = PQntuples(res);
    rs.reserve(nr);
    for (int r = 0; r < nr; ++r) {
        for (int c = 0; c < nf; ++c) {
            const bool null = PQgetisnull(res, r, c);
            rs.appendCell(null ? QString() : QString::fromUtf8(PQgetvalue(res, r, c), PQgetlength(res, r, c)), null);
        }
        rs.finishRow();
    }
    rs.commandTag = QString::fromUtf8(PQcmdStatus(res));
    const char *tuples = PQcmdTuples(res);
    if (tuples && *tuples)
        rs.affectedRows = QByteArray(tuples).toLongLong();
    return rs;
}
} // namespace

Result<qint64> Connection::copyOut(const QString &sql, const std::function<void(const char *data, int size)> &chunk)
{
    PgResultPtr res(PQexec(m_conn, sql.toUtf8().constData()));
    if (!res || PQresultStatus(res.get()) != PGRES_COPY_OUT)
        return errorFor(res.get());
    qint64 total = 0;
    for (;;) {
        char *buf = nullptr;
        const int n = PQgetCopyData(m_conn, &buf, 0);
        if (n == -1)
            break;
        if (n == -2) {
            // The server's error (a cancel, a lost connection) is in the result that follows.
            PgResultPtr failed(PQgetResult(m_conn));
            const Error e = errorFor(failed && PQresultStatus(failed.get()) == PGRES_FATAL_ERROR ? failed.get() : nullptr);
            while (PGresult *r = PQgetResult(m_conn))
                PQclear(r);
            return e;
        }
        chunk(buf, n);
        total += n;
        PQfreemem(buf);
    }
    PgResultPtr last(PQgetResult(m_conn));
    const bool ok = last && PQresultStatus(last.get()) == PGRES_COMMAND_OK;
    Error serverError = ok ? Error() : errorFor(last.get());
    while (PGresult *r = PQgetResult(m_conn))
        PQclear(r);
    if (serverError)
        return serverError;
    return total;
}

ResultSet Connection::exec(const QString &sql, const QVariantList &params)
{
    QElapsedTimer t;
    t.start();
    Error err;
    PgResultPtr res = execRaw(sql, params, &err);
    ResultSet rs = (res && !err.isError()) ? toResultSet(res.get()) : ResultSet();
    rs.error = err;
    rs.notices = m_notices;
    rs.elapsedMs = t.elapsed();
    return rs;
}

ResultSet Connection::execScript(const QString &sql)
{
    QElapsedTimer t;
    t.start();
    m_notices.clear();
    const QByteArray text = sql.toUtf8();
    ResultSet rs;
    // PQexec returns only the last result; errors stop the script.
    PgResultPtr res(PQexec(m_conn, text.constData()));
    const ExecStatusType st = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY)
        rs = toResultSet(res.get());
    else
        rs.error = errorFor(res.get());
    rs.notices = m_notices;
    rs.elapsedMs = t.elapsed();
    return rs;
}

void Connection::cancel()
{
    QMutexLocker lock(&m_cancelMutex);
    if (!m_cancel)
        return;
    char errbuf[256];
    PQcancel(m_cancel, errbuf, sizeof errbuf);
}

QString Connection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *q = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!q)
        return {};
    QString out = QString::fromUtf8(q);
    PQfreemem(q);
    return out;
}

bool Connection::isAlive() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

} // namespace strata
