#include "FolderReplay.h"

#include "history/FolderFormat.h"
#include "pg/Connection.h"
#include "pg/ScratchServer.h"
#include "pg/Session.h"
#include "sql/SqlSplitter.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace strata::diff {

namespace {

const QStringList &replayable()
{
    static const QStringList ids = {QStringLiteral("dbmate"), QStringLiteral("golang-migrate"), QStringLiteral("flyway"),
                                    QStringLiteral("prisma"), QStringLiteral("sqlx"), QStringLiteral("plain")};
    return ids;
}

// sqlx runs a file outside a transaction when its first line is "-- no-transaction".
bool sqlxNoTransaction(const QString &sql)
{
    static const QRegularExpression re(QStringLiteral("\\A\\s*--\\s*no-transaction\\b"));
    return re.match(sql).hasMatch();
}

// Calls Connection::cancel() once the job is canceled, so a long statement stops.
class CancelWatch
{
public:
    CancelWatch(Connection &c, JobControl *control)
    {
        if (!control)
            return;
        m_thread = std::thread([this, &c, control] {
            std::unique_lock lock(m_mutex);
            while (!m_done) {
                m_cv.wait_for(lock, std::chrono::milliseconds(100));
                if (!m_done && control->isCanceled()) {
                    c.cancel();
                    return;
                }
            }
        });
    }
    ~CancelWatch()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_cv.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    bool m_done = false;
};

// Line (1-based, in the file) of a server error inside `text`, which starts at fileLine.
int errorLine(const QString &text, int fileLine, const Error &e)
{
    // Without a position (errors raised while executing) the statement's first line.
    const int offset = e.position > 0 ? SqlSplitter::offsetForCursor(text, e.position) : SqlSplitter::codeStart(text);
    return fileLine + SqlSplitter::lineColumn(text, offset).first - 1;
}

Error fileError(const MigrationFile &f, int line, const Error &cause)
{
    Error out(cause.kind == Error::Kind::Canceled ? Error::Kind::Canceled : Error::Kind::Query,
              FolderReplay::tr("Migration %1 failed at line %2: %3").arg(f.fileName).arg(line).arg(cause.message),
              cause.detail, cause.hint);
    out.sqlState = cause.sqlState;
    return out;
}

// Runs one migration file; an Error names the file and line.
Error runFile(Connection &c, const MigrationFile &f, bool transactional)
{
    auto statements = SqlSplitter::split(f.upSql);
    if (!statements) {
        // Syntax this parser does not know may still be fine for the server: let it decide.
        if (transactional) {
            const ResultSet r = c.execScript(f.upSql);
            return r.ok() ? Error() : fileError(f, errorLine(f.upSql, f.upLine, r.error), r.error);
        }
        statements = SqlSplitter::splitLenient(f.upSql);
        if (!statements)
            return Error(Error::Kind::Parse, FolderReplay::tr("Migration %1 cannot be split into statements.").arg(f.fileName),
                         statements.error().message);
    }
    if (statements->isEmpty())
        return {};
    if (transactional) {
        if (Error e = c.exec(QStringLiteral("BEGIN")).error)
            return fileError(f, f.upLine, e);
    }
    for (const SqlStatement &s : *statements) {
        const ResultSet r = c.exec(s.text);
        if (!r.ok()) {
            if (transactional)
                c.exec(QStringLiteral("ROLLBACK"));
            return fileError(f, errorLine(s.text, f.upLine + s.line - 1, r.error), r.error);
        }
    }
    if (transactional) {
        // A file may have ended the transaction itself; COMMIT then only warns.
        if (Error e = c.exec(QStringLiteral("COMMIT")).error)
            return fileError(f, f.upLine, e);
    }
    return {};
}

} // namespace

QStringList FolderReplay::replayableFormats()
{
    return replayable();
}

Result<ReplayFolder> FolderReplay::readFolder(const QString &dir, const QString &formatId)
{
    const auto resolved = FolderFormat::resolve(dir, formatId);
    if (!resolved)
        return resolved.error();
    const FolderFormat *format = resolved.value();
    if (!replayable().contains(format->id()))
        return Error(Error::Kind::Usage, tr("%1 migrations are not plain SQL files and cannot be replayed.").arg(format->displayName()),
                     {}, tr("Replayable formats: %1.").arg(replayable().join(QStringLiteral(", "))));
    auto read = format->read(dir);
    if (!read)
        return read.error();
    // Anything the tool would skip or refuse makes the replayed schema differ from the
    // tool's: malformed names, duplicate versions, unreadable files. Infos do not.
    QStringList problems;      // "file:line: sentence", for the detail
    QString firstMessage;
    for (const Finding &f : read->findings) {
        if (f.severity == Finding::Severity::Info)
            continue;
        if (f.severity == Finding::Severity::Error || f.code == u"malformed-name" || f.code == u"duplicate-version") {
            QString where = f.file;
            if (!where.isEmpty() && f.line > 0)
                where += u':' + QString::number(f.line);
            problems.append(where.isEmpty() ? f.message : QStringLiteral("%1: %2").arg(where, f.message));
            if (firstMessage.isEmpty()) {
                firstMessage = f.message.contains(f.file) ? f.message : QStringLiteral("%1: %2").arg(f.file, f.message);
                if (f.line > 0)
                    firstMessage += u' ' + tr("(line %1)").arg(f.line);
            }
        }
    }
    if (!problems.isEmpty()) {
        QString message = tr("The %1 folder “%2” cannot be replayed: %3").arg(format->displayName(), dir, firstMessage);
        if (problems.size() > 1)
            message += u' ' + tr("(and %n more problem(s))", nullptr, int(problems.size() - 1));
        return Error(Error::Kind::Parse, message, problems.size() > 1 ? problems.join(u'\n') : QString());
    }
    ReplayFolder out;
    out.format = format->id();
    out.formatName = format->displayName();
    QList<MigrationFile> repeatable;
    for (const MigrationFile &f : read->files) {
        if (f.kind == MigrationFile::Kind::Versioned || f.kind == MigrationFile::Kind::Baseline)
            out.files.append(f);
        else if (f.kind == MigrationFile::Kind::Repeatable)
            repeatable.append(f); // Flyway runs them after the versioned ones
    }
    out.files.append(repeatable);
    if (out.files.isEmpty())
        return Error(Error::Kind::Parse, tr("The %1 folder “%2” has no migrations to replay.").arg(format->displayName(), dir));
    return out;
}

Result<catalog::Snapshot> FolderReplay::replayOn(ScratchServer &server, const QString &dir, const ReplayOptions &options,
                                                 JobControl *control)
{
    auto folder = readFolder(dir, options.format);
    if (!folder)
        return folder.error();
    static QAtomicInt counter;
    const QString dbname = QStringLiteral("strata_replay_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    if (Error e = server.createDatabase(dbname))
        return e;
    Result<catalog::Snapshot> snap = [&]() -> Result<catalog::Snapshot> {
        SessionOptions so;
        so.readOnly = false;
        so.statementTimeoutMs = 0;
        so.applicationName = QStringLiteral("strata replay");
        auto conn = Connection::open(server.profile(dbname), so);
        if (!conn)
            return conn.error();
        Connection &c = **conn;
        CancelWatch watch(c, control);
        const int total = int(folder->files.size());
        int n = 0;
        for (const MigrationFile &f : folder->files) {
            if (control) {
                if (control->isCanceled())
                    return JobControl::canceledError();
                control->setProgress(n, total + 1, tr("Replaying %1 (%2 of %3)…").arg(f.fileName).arg(n + 1).arg(total));
            }
            ++n;
            if (f.upSql.trimmed().isEmpty())
                continue;
            const bool transactional = f.transactional && !(folder->format == u"sqlx" && sqlxNoTransaction(f.upSql));
            if (Error e = runFile(c, f, transactional)) {
                if (control && control->isCanceled())
                    return JobControl::canceledError();
                return e;
            }
        }
        if (control) {
            if (control->isCanceled())
                return JobControl::canceledError();
            control->setProgress(total, total + 1, tr("Reading the replayed schema…"));
        }
        auto s = catalog::Introspector::capture(c, options.introspect, control);
        if (s) {
            s->database = QFileInfo(dir).fileName();
            if (control)
                control->setProgress(total + 1, total + 1, {});
        }
        return s;
    }();
    server.dropDatabase(dbname);
    return snap;
}

Result<catalog::Snapshot> FolderReplay::replay(const QString &dir, const ReplayOptions &options, JobControl *control)
{
    // Read first: a bad folder should not cost a server start.
    auto folder = readFolder(dir, options.format);
    if (!folder)
        return folder.error();
    if (control)
        control->setProgress(0, 0, tr("Starting a private PostgreSQL server…"));
    ScratchServer server;
    if (Error e = server.start())
        return e;
    if (control && control->isCanceled())
        return JobControl::canceledError();
    auto snap = replayOn(server, dir, options, control);
    server.stop();
    return snap;
}

} // namespace strata::diff
