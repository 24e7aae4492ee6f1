#include "FolderReplay.h"

#include "MissingExtension.h"
#include "ReplayTarget.h"
#include "SnapshotTrim.h"
#include "pg/Connection.h"
#include "pg/ScratchServer.h"
#include "pg/Session.h"
#include "sql/SqlSplitter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace strata::replay {

namespace {

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

QString missingExtensionName(const Error &e)
{
    static const QRegularExpression control(QStringLiteral("extension control file \"[^\"]*/([^/\"]+)\\.control\""));
    static const QRegularExpression available(QStringLiteral("extension \"([^\"]+)\" is not available"));
    if (const auto m = control.match(e.message); m.hasMatch())
        return m.captured(1);
    if (const auto m = available.match(e.message); m.hasMatch())
        return m.captured(1);
    return {};
}

struct UnitRun
{
    const ReplayUnit &unit;
    const ReplayTarget &target;
    ReplayStop *stop;

    Error fail(int line, const Error &cause) const
    {
        const MigrationFile &f = unit.file;
        QString message;
        const QString extension = MissingExtension::isMissingExtension(cause.sqlState, cause.message) ? missingExtensionName(cause) : QString();
        if (!extension.isEmpty())
            message = MissingExtension::sentence(f.fileName, line, extension, target.describe(), target.majorVersion(), target.isPrivate());
        else
            message = FolderReplay::tr("Migration %1 failed at line %2: %3").arg(f.fileName).arg(line).arg(cause.message);
        Error out(cause.kind == Error::Kind::Canceled ? Error::Kind::Canceled : extension.isEmpty() ? Error::Kind::Query : Error::Kind::Environment,
                  message, cause.detail, cause.hint);
        out.sqlState = cause.sqlState;
        if (stop) {
            stop->file = f.fileName;
            stop->line = line;
            stop->message = message;
        }
        return out;
    }

    Error run(Connection &c) const
    {
        const MigrationFile &f = unit.file;
        const bool transactional = unit.transactional;
        auto statements = SqlSplitter::split(f.upSql);
        if (!statements) {
            // Syntax this parser does not know may still be fine for the server: let it decide.
            if (transactional) {
                const ResultSet r = c.execScript(f.upSql);
                return r.ok() ? Error() : fail(errorLine(f.upSql, f.upLine, r.error), r.error);
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
                return fail(f.upLine, e);
        }
        for (const SqlStatement &s : *statements) {
            const ResultSet r = c.exec(s.text);
            if (!r.ok()) {
                if (transactional)
                    c.exec(QStringLiteral("ROLLBACK"));
                return fail(errorLine(s.text, f.upLine + s.line - 1, r.error), r.error);
            }
        }
        if (transactional) {
            // A file may have ended the transaction itself; COMMIT then only warns.
            if (Error e = c.exec(QStringLiteral("COMMIT")).error)
                return fail(f.upLine, e);
        }
        return {};
    }
};

// A name the server says does not exist (relation, schema, function, type) that no
// migration before the failing one mentions: it comes from outside the folder. The
// sentence says so and names the two ways out.
QString outsideObjectSentence(const Error &e, const ReplayPlan &plan, qsizetype failedUnit)
{
    static const QSet<QString> undefined = {QStringLiteral("42P01"), QStringLiteral("3F000"), QStringLiteral("42883"), QStringLiteral("42704")};
    if (!undefined.contains(e.sqlState))
        return {};
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
    const auto m = quoted.match(e.message);
    if (!m.hasMatch())
        return {};
    QString name = m.captured(1);
    if (const qsizetype paren = name.indexOf(u'('); paren > 0)
        name = name.left(paren); // function(argtypes)
    name = name.section(u'.', -1);
    const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)), QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < failedUnit && i < plan.units.size(); ++i)
        if (plan.units[i].file.upSql.contains(word))
            return {};
    return FolderReplay::tr("No migration before it mentions “%1”: it comes from outside this folder (another location or the init scripts of the "
                            "project, or the platform it runs on). Replay those folders with it (--with-folder DIR), or replay on a server that "
                            "has it (--replay-on URI).")
        .arg(name);
}

Finding info(const QString &code, const QString &message)
{
    Finding f;
    f.severity = Finding::Severity::Info;
    f.code = code;
    f.message = message;
    return f;
}

} // namespace

Result<ReplayPlan> FolderReplay::readFolder(const QString &dir, const QString &format, const QStringList &moreDirs)
{
    return ReplayPlanner::plan(dir, format, moreDirs);
}

Error FolderReplay::execute(Connection &c, ThrowawayDatabase &db, const ReplayTarget &target, const ReplayPlan &plan,
                            JobControl *control, Findings *findings, ReplayStop *stop)
{
    CancelWatch watch(c, control);
    if (!plan.ledgerSql.isEmpty()) {
        const ResultSet r = c.execScript(plan.ledgerSql);
        if (!r.ok())
            return Error(Error::Kind::Query, tr("Creating the %1 ledger table failed: %2").arg(plan.formatName, r.error.message));
    }
    if (!plan.roles.isEmpty()) {
        auto created = db.createMissingRoles(c, plan.roles);
        if (!created)
            return created.error();
        if (findings && !created->isEmpty())
            findings->append(info(QStringLiteral("roles-created"),
                                  tr("The folder grants to or makes owner roles that %1 lacks; they were created first, NOLOGIN: %2.")
                                      .arg(target.describe(), created->join(QStringLiteral(", ")))));
    }
    const int total = int(plan.units.size());
    int n = 0;
    for (const ReplayUnit &u : plan.units) {
        if (control) {
            if (control->isCanceled())
                return JobControl::canceledError();
            control->setProgress(n, total + 1, tr("Replaying %1 (%2 of %3)…").arg(u.file.fileName).arg(n + 1).arg(total));
        }
        ++n;
        if (u.file.upSql.trimmed().isEmpty())
            continue;
        if (Error e = UnitRun{u, target, stop}.run(c)) {
            if (control && control->isCanceled())
                return JobControl::canceledError();
            if (const QString outside = outsideObjectSentence(e, plan, n - 1); !outside.isEmpty()) {
                if (!e.message.endsWith(u'.'))
                    e.message += u'.';
                e.message += u' ' + outside;
                if (stop)
                    stop->message = e.message;
            }
            return e;
        }
    }
    return {};
}

Result<catalog::Snapshot> FolderReplay::replayOn(ReplayTarget &target, const QString &dir, const ReplayOptions &options,
                                                 JobControl *control, ReplayStop *stop)
{
    auto plan = readFolder(dir, options.format, options.moreDirs);
    if (!plan)
        return plan.error();
    if (options.findings)
        options.findings->append(plan->findings);
    if (!options.createLedger)
        plan->ledgerSql.clear();
    auto db = target.createDatabase(QStringLiteral("strata_replay"));
    if (!db)
        return db.error();
    // The connection closes before the database is dropped (declared after it).
    auto conn = (*db)->connect(QStringLiteral("strata replay"));
    if (!conn)
        return conn.error();
    Connection &c = **conn;
    if (Error e = execute(c, **db, target, *plan, control, options.findings, stop))
        return e;
    if (control) {
        if (control->isCanceled())
            return JobControl::canceledError();
        control->setProgress(int(plan->units.size()), int(plan->units.size()) + 1, tr("Reading the replayed schema…"));
    }
    auto s = catalog::Introspector::capture(c, options.introspect, control);
    if (s) {
        s->database = QFileInfo(dir).fileName();
        if (!plan->ledgerSql.isEmpty()) {
            QStringList removed;
            removeTables(*s, [&](const QString &schema, const QString &table) {
                return schema == u"public" && table == plan->ledgerTable;
            }, removed);
        }
        if (control)
            control->setProgress(int(plan->units.size()) + 1, int(plan->units.size()) + 1, {});
    }
    return s;
}

Result<catalog::Snapshot> FolderReplay::replayOn(ScratchServer &server, const QString &dir, const ReplayOptions &options, JobControl *control)
{
    ReplayTarget target(server);
    return replayOn(target, dir, options, control);
}

Result<catalog::Snapshot> FolderReplay::replay(const QString &dir, const ReplayOptions &options, JobControl *control)
{
    // Read first: a bad folder should not cost a server start.
    auto plan = readFolder(dir, options.format, options.moreDirs);
    if (!plan)
        return plan.error();
    if (options.server) {
        if (control)
            control->setProgress(0, 0, tr("Connecting to %1…").arg(options.server->displayString()));
        auto target = ReplayTarget::open(*options.server);
        if (!target)
            return target.error();
        return replayOn(**target, dir, options, control);
    }
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

} // namespace strata::replay
