// strata-cli run / resume: a guided runbook from a migration file, an SQL script, a
// saved runbook (.json) or a backup manifest (restore). One step at a time, with the
// operator's y/n/q per step (or --yes for the whole runbook), the table's name typed
// for a step that can lose data (--confirm-table with --yes), backups before a table is
// touched, and a journal that `resume` continues after a crash.
// Exit: 0 every step done or skipped, 1 a step failed or the operator stopped, 2 error.

#include "Cli.h"
#include "RunDriver.h"
#include "common/FileIo.h"
#include "common/SafeText.h"
#include "pg/Connection.h"
#include "history/DbmateFormat.h"
#include "preflight/Preflight.h"
#include "runbook/AuditReport.h"
#include "runbook/Backup.h"
#include "runbook/BackupSteps.h"
#include "runbook/Executor.h"
#include "runbook/GuidedRollback.h"
#include "runbook/LedgerStep.h"
#include "runbook/RunbookBuilder.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <optional>
#include <csignal>
#include <pthread.h>
#include <thread>
#include <unistd.h>

using namespace strata;
using namespace strata::cli;
using namespace strata::runbook;

namespace {

// Ctrl+C / SIGTERM while steps run: a watcher thread (sigwait; the signals are blocked
// everywhere else) cancels the running statement and stops the run before the next step.
class StopWatcher
{
public:
    explicit StopWatcher(Executor &ex)
    {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        sigaddset(&m_set, SIGUSR1);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
        m_thread = std::thread([this, &ex] {
            for (;;) {
                int sig = 0;
                if (sigwait(&m_set, &sig) != 0 || sig == SIGUSR1)
                    return;
                m_stop = true;
                ex.cancel();
            }
        });
    }
    ~StopWatcher()
    {
        pthread_kill(m_thread.native_handle(), SIGUSR1);
        m_thread.join();
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    bool stopRequested() const { return m_stop; }

private:
    sigset_t m_set;
    sigset_t m_old;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

QString durationText(qint64 ms)
{
    return ms < 1000 ? T(QT_TRANSLATE_NOOP("strata-cli", "%1 ms")).arg(ms) : T(QT_TRANSLATE_NOOP("strata-cli", "%1 s")).arg(double(ms) / 1000.0, 0, 'f', 2);
}

QString modeText(StepMode m)
{
    switch (m) {
    case StepMode::Transaction: return T(QT_TRANSLATE_NOOP("strata-cli", "transaction"));
    case StepMode::ExplicitBlock: return T(QT_TRANSLATE_NOOP("strata-cli", "its own BEGIN … COMMIT"));
    case StepMode::OutsideTransaction: return T(QT_TRANSLATE_NOOP("strata-cli", "outside a transaction"));
    case StepMode::Restore: return T(QT_TRANSLATE_NOOP("strata-cli", "restore, one transaction"));
    case StepMode::Backup: return T(QT_TRANSLATE_NOOP("strata-cli", "backup, verified"));
    }
    return {};
}

} // namespace

namespace strata::cli {

void printStep(const RunbookStep &s, StepState state)
{
    QTextStream &o = out();
    if (s.mode == StepMode::Backup) {
        o << T(QT_TRANSLATE_NOOP("strata-cli", "Step %1: back up %2 with %3 (%4) [%5]"))
                 .arg(s.number)
                 .arg(s.backupTable.display(), BackupSteps::methodText(s.backupMethod), BackupSteps::estimateText(s), stepStateName(state))
          << '\n';
        o << "    " << T(QT_TRANSLATE_NOOP("strata-cli", "Skipping it asks for the table name “%1” (--skip-backup %1).")).arg(s.backupTable.name) << '\n';
        return;
    }
    o << T(QT_TRANSLATE_NOOP("strata-cli", "Step %1 (line %2, %3, lock: %4) [%5]"))
             .arg(s.number).arg(s.line)
             .arg(modeText(s.mode), s.lockLevel.isEmpty() ? T(QT_TRANSLATE_NOOP("strata-cli", "unknown")) : s.lockLevel, stepStateName(state))
      << '\n';
    for (const QString &line : s.sql().split(u'\n'))
        o << "    " << line << '\n';
    if (s.destructive)
        o << "    " << T(QT_TRANSLATE_NOOP("strata-cli", "CAN LOSE DATA: %1 Confirm by typing the table name “%2”.")).arg(s.destructiveReason, s.confirmName) << '\n';
    for (const QString &f : s.findings)
        o << "    " << f << '\n';
}

QString readAnswer()
{
    static QTextStream in(stdin);
    QString line = in.readLine();
    return line.isNull() ? QStringLiteral("q") : line.trimmed();
}

// Test hook: STRATA_TEST_KILL_AT=step2:after-commit makes the process SIGKILL itself
// at that checkpoint (points: mid-step, before-commit, after-commit).
void installTestHook(Executor &ex)
{
    const QString spec = qEnvironmentVariable("STRATA_TEST_KILL_AT");
    if (spec.isEmpty())
        return;
    const int step = spec.section(u':', 0, 0).mid(4).toInt();
    const QString point = spec.section(u':', 1);
    ex.setCheckpoint([step, point](const QString &p, int n) {
        if (n == step && p == point) {
            std::fflush(stdout);
            ::raise(SIGKILL);
        }
    });
}

// False when the report was asked for and could not be written (the reason is on stderr).
bool writeReport(const Executor &ex, const RunOptions &ro)
{
    if (ro.reportPath.isEmpty())
        return true;
    // The way back as the guided rollback would run it now (not for a rollback itself).
    std::optional<RollbackPlan> plan;
    if (ro.profile && ex.runbook().source != SourceKind::RollbackScript && !ex.snapshotBefore().isEmpty()) {
        const SessionOptions so = SessionOptions::review(QStringLiteral("strata-cli run (rollback plan)"), 0);
        auto c = Connection::open(*ro.profile, so);
        auto built = c ? GuidedRollback::build(ex.journal().path(), **c) : Result<RollbackPlan>(c.error());
        if (built)
            plan = *built;
        else
            err() << T(QT_TRANSLATE_NOOP("strata-cli", "warning: the guided rollback for the report could not be planned: %1")).arg(maskPasswords(built.error().message)) << Qt::endl;
    }
    const QString md = AuditReport::forPath(ro.reportPath, ex.runbook(), ex.journal().header(), ex.journal().events(),
                                            ex.journal().path(), ro.databaseUri, plan ? &*plan : nullptr);
    WriteOptions wo;
    wo.privateFile = true; // keys and rows of the tables touched
    if (Error e = writeFile(ro.reportPath, md.toUtf8(), wo)) {
        out().flush();
        fail(Error(e.kind, T(QT_TRANSLATE_NOOP("strata-cli", "The audit report was not written.")), e.message, e.hint));
        return false;
    }
    out() << T(QT_TRANSLATE_NOOP("strata-cli", "Audit report written to %1.")).arg(ro.reportPath) << '\n';
    return true;
}

// The step loop shared by run and resume.
int driveSteps(Executor &ex, const RunOptions &ro)
{
    QTextStream &o = out();
    ex.setNoticeSink([](int step, const Notice &n) {
        out() << "    " << T(QT_TRANSLATE_NOOP("strata-cli", "step %1: %2: %3")).arg(step).arg(n.severity, n.message) << '\n';
        out().flush();
    });
    StopWatcher watcher(ex);
    int exit = ExitOk;
    for (;;) {
        if (watcher.stopRequested()) {
            ex.stop();
            o << T(QT_TRANSLATE_NOOP("strata-cli", "Stopped on request.")) << '\n';
            exit = ExitFindings;
            break;
        }
        const RunState st = ex.state();
        const int n = st.current();
        if (n == 0)
            break;
        const RunbookStep &step = ex.runbook().steps[n - 1];
        if (st.step(n).invalidIndex) {
            o << T(QT_TRANSLATE_NOOP("strata-cli", "Step %1 left an INVALID index (%2). Drop it (DROP INDEX CONCURRENTLY) before running the step again; "
                   "resume with --drop-invalid-index to let Strata drop it."))
                     .arg(n).arg(step.effectObject.display())
              << '\n';
            exit = ExitFindings;
            break;
        }
        QString typed;
        const bool backupStep = step.mode == StepMode::Backup;
        if (backupStep && ro.skipped.skips(step)) {
            // Named with --skip-backup: confirmed by the table's name.
            if (Error e = ex.skipCurrent(T(QT_TRANSLATE_NOOP("strata-cli", "backup skipped with --skip-backup")), step.backupTable.name))
                return fail(e);
            o << T(QT_TRANSLATE_NOOP("strata-cli", "Step %1 skipped: %2 is NOT backed up (--skip-backup).")).arg(n).arg(step.backupTable.display()) << '\n';
            continue;
        }
        if (!ro.yes) {
            o << '\n';
            printStep(step, st.step(n).state);
            o << T(QT_TRANSLATE_NOOP("strata-cli", "Run step %1? [y = run, n = skip, q = stop] ")).arg(n);
            o.flush();
            const QString a = readAnswer().toLower();
            if (a == u"n" && backupStep) {
                o << T(QT_TRANSLATE_NOOP("strata-cli", "Without this backup %1 cannot be restored from this run. Type the table name “%2” to skip it: "))
                         .arg(step.backupTable.display(), step.backupTable.name);
                o.flush();
                const QString name = readAnswer();
                if (!Executor::backupSkipConfirmed(step, name)) {
                    ex.stop();
                    o << T(QT_TRANSLATE_NOOP("strata-cli", "The name does not match; the backup was not skipped and nothing ran.")) << '\n';
                    exit = ExitFindings;
                    break;
                }
                if (Error e = ex.skipCurrent(T(QT_TRANSLATE_NOOP("strata-cli", "backup skipped at the prompt")), name))
                    return fail(e);
                o << T(QT_TRANSLATE_NOOP("strata-cli", "Step %1 skipped: %2 is NOT backed up.")).arg(n).arg(step.backupTable.display()) << '\n';
                continue;
            }
            if (a == u"n") {
                if (Error e = ex.skipCurrent(T(QT_TRANSLATE_NOOP("strata-cli", "skipped at the prompt"))))
                    return fail(e);
                o << T(QT_TRANSLATE_NOOP("strata-cli", "Step %1 skipped.")).arg(n) << '\n';
                continue;
            }
            if (a != u"y") {
                ex.stop();
                o << T(QT_TRANSLATE_NOOP("strata-cli", "Stopped before step %1.")).arg(n) << '\n';
                exit = ExitFindings;
                break;
            }
            if (step.destructive) {
                o << T(QT_TRANSLATE_NOOP("strata-cli", "Type the table name “%1” to confirm: ")).arg(step.confirmName);
                o.flush();
                typed = readAnswer();
                if (typed != step.confirmName) {
                    ex.stop();
                    o << T(QT_TRANSLATE_NOOP("strata-cli", "The name does not match; step %1 did not run.")).arg(n) << '\n';
                    exit = ExitFindings;
                    break;
                }
            }
        } else {
            o << T(QT_TRANSLATE_NOOP("strata-cli", "Step %1/%2: %3")).arg(n).arg(ex.runbook().steps.size()).arg(step.title()) << '\n';
            if (step.destructive)
                typed = ro.confirmed.confirms(step) ? step.confirmName : QString();
        }
        o.flush();
        auto r = ex.runCurrent(typed);
        if (!r) {
            fail(r.error());
            exit = r.error().kind == Error::Kind::Usage ? ExitError : ExitFindings;
            break;
        }
        if (r->status == StepResult::Status::Done && backupStep) {
            const RunState now = ex.state();
            const auto b = now.backups().constFind(step.backupTable.display());
            if (b != now.backups().cend() && b->step == n)
                o << "  " << T(QT_TRANSLATE_NOOP("strata-cli", "backed up in %1: %2, %3 rows, %4 bytes, sha256 %5, verified"))
                                 .arg(durationText(r->elapsedMs), QFileInfo(b->manifest).dir().filePath(b->file))
                                 .arg(b->rows).arg(b->bytes).arg(b->sha256)
                  << '\n';
            else
                o << "  " << T(QT_TRANSLATE_NOOP("strata-cli", "nothing to back up (see the journal's note).")) << '\n';
            continue;
        }
        if (r->status == StepResult::Status::Done) {
            o << "  " << T(QT_TRANSLATE_NOOP("strata-cli", "done in %1 (%2 attempt(s)%3)"))
                             .arg(durationText(r->elapsedMs)).arg(r->attempts)
                             .arg(r->txid >= 0 ? T(QT_TRANSLATE_NOOP("strata-cli", ", transaction %1")).arg(r->txid) : QString())
              << '\n';
            continue;
        }
        o.flush();
        err() << T(QT_TRANSLATE_NOOP("strata-cli", "Step %1 failed: %2")).arg(n).arg(maskPasswords(r->error.message)) << Qt::endl;
        if (!r->error.detail.isEmpty())
            err() << "  " << maskPasswords(r->error.detail.trimmed()).replace(u'\n', QStringLiteral("\n  ")) << Qt::endl;
        if (!r->error.hint.isEmpty())
            err() << T(QT_TRANSLATE_NOOP("strata-cli", "hint: %1")).arg(maskPasswords(r->error.hint)) << Qt::endl;
        exit = ExitFindings;
        break;
    }
    const RunState st = ex.state();
    if (st.finished())
        o << T(QT_TRANSLATE_NOOP("strata-cli", "Runbook finished: every step is done or skipped.")) << '\n';
    else
        o << T(QT_TRANSLATE_NOOP("strata-cli", "Runbook not finished; continue with: %1"))
                 .arg(QStringLiteral("strata-cli resume --journal %1 --db %2")
                          .arg(shellQuote(ex.journal().path()), shellQuote(ro.databaseUri.isEmpty() ? QStringLiteral("URI") : ro.databaseUri)))
          << '\n';
    o.flush();
    if (!writeReport(ex, ro))
        return ExitError;
    return exit;
}

Error checkConfirmations(RunOptions &ro, const QList<RunbookStep> &pending)
{
    // schema.table for a step whose SQL names the table alone: the schema the name resolves
    // to on the target database (a read-only session, opened only when such a value is given).
    std::shared_ptr<Connection> lookupConnection;
    const ConfirmTables::SchemaLookup schemaOf = [&ro, &lookupConnection](const QString &table) -> QString {
        if (!ro.profile)
            return {};
        if (!lookupConnection) {
            auto c = Connection::open(*ro.profile, SessionOptions::review(QStringLiteral("strata-confirm")));
            if (!c)
                return {};
            lookupConnection = std::move(*c);
        }
        const ResultSet r = lookupConnection->exec(
            QStringLiteral("SELECT n.nspname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE c.oid = pg_catalog.to_regclass(pg_catalog.quote_ident($1))"),
            {table});
        return r.ok() && r.rowCount() == 1 ? r.text(0, 0) : QString();
    };
    auto resolved = ConfirmTables::resolve(ro.confirmTables, pending, schemaOf);
    if (!resolved)
        return resolved.error();
    ro.confirmed = *resolved;
    auto skips = ConfirmTables::resolveSkips(ro.skipBackups, pending);
    if (!skips)
        return skips.error();
    ro.skipped = *skips;
    if (!ro.yes)
        return {};
    QStringList missing;
    for (const RunbookStep &s : pending)
        if (s.destructive && !ro.confirmed.confirms(s))
            missing.append(T(QT_TRANSLATE_NOOP("strata-cli", "step %1 (%2): %3"))
                               .arg(s.number)
                               .arg(commentText(s.destructiveReason), QStringLiteral("--confirm-table ") + shellQuote(ConfirmTables::argumentFor(s, pending))));
    if (!missing.isEmpty())
        return Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "Steps that can lose data need their table named with --confirm-table; nothing ran.")),
                     missing.join(u'\n'));
    return {};
}

void addRunOptions(QCommandLineParser &p)
{
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("db"), T(QT_TRANSLATE_NOOP("strata-cli", "Connection URI or key=value string of the database.")), QStringLiteral("uri")},
        {QStringLiteral("yes"), T(QT_TRANSLATE_NOOP("strata-cli", "Run every step without asking (steps that can lose data still need --confirm-table)."))},
        {QStringLiteral("confirm-table"), T(QT_TRANSLATE_NOOP("strata-cli", "Confirms the steps that can lose data on this table: schema.table, or the bare name when only one schema's table of that name can lose data (repeatable).")), QStringLiteral("table")},
        {QStringLiteral("skip-backup"), T(QT_TRANSLATE_NOOP("strata-cli", "Skip the backup step of this table: schema.table, or the bare name when it is unambiguous (repeatable; journaled and in the audit report).")), QStringLiteral("table")},
        {QStringLiteral("journal"), T(QT_TRANSLATE_NOOP("strata-cli", "The journal file (created by run, continued by resume).")), QStringLiteral("path")},
        {QStringLiteral("report"), T(QT_TRANSLATE_NOOP("strata-cli", "Write an audit report of the run to this file (HTML for .html/.htm, else Markdown).")), QStringLiteral("file")},
        {QStringLiteral("lock-timeout"), T(QT_TRANSLATE_NOOP("strata-cli", "lock_timeout per attempt in milliseconds (default 2000).")), QStringLiteral("ms"), QStringLiteral("2000")},
        {QStringLiteral("lock-retries"), T(QT_TRANSLATE_NOOP("strata-cli", "Further attempts after a lock timeout, with doubling pauses (default 2).")), QStringLiteral("n"), QStringLiteral("2")},
        {QStringLiteral("statement-timeout"), T(QT_TRANSLATE_NOOP("strata-cli", "statement_timeout per statement in milliseconds, 0 = none (default).")), QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("no-pg-dump"), T(QT_TRANSLATE_NOOP("strata-cli", "Back up with binary COPY even when a suitable pg_dump is installed."))},
    });
}

Error readExecOptions(const QCommandLineParser &p, ExecutorOptions &o)
{
    bool ok1 = false, ok2 = false, ok3 = false;
    o.exec.lockTimeoutMs = p.value(QStringLiteral("lock-timeout")).toInt(&ok1);
    o.exec.lockRetries = p.value(QStringLiteral("lock-retries")).toInt(&ok2);
    o.exec.statementTimeoutMs = p.value(QStringLiteral("statement-timeout")).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || o.exec.lockTimeoutMs <= 0 || o.exec.lockRetries < 0 || o.exec.statementTimeoutMs < 0)
        return Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "--lock-timeout, --lock-retries and --statement-timeout take whole numbers (lock timeout above 0).")));
    o.backup.allowPgDump = !p.isSet(QStringLiteral("no-pg-dump"));
    return {};
}

} // namespace strata::cli

namespace {

// A runbook from the input: a backup manifest (restore), a saved runbook, or SQL.
Result<Runbook> loadRunbook(const QString &path, bool down, const QStringList &tables, bool split)
{
    if (path.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive)) {
        auto bytes = readFile(path, ReadLimit::Runbook);
        if (!bytes)
            return bytes.error();
        const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
        if (o.contains(QLatin1StringView("tables")) && !o.contains(QLatin1StringView("steps"))) {
            auto m = BackupManifest::load(path);
            if (!m)
                return m.error();
            QList<TableRef> refs;
            for (const BackupEntry &e : m->entries)
                if (tables.isEmpty() || tables.contains(e.name) || tables.contains(e.schema + u'.' + e.name))
                    refs.append(TableRef{e.schema, e.name});
            if (refs.isEmpty())
                return Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "The backup %1 has none of the tables asked for.")).arg(path));
            return RunbookBuilder::restoreRunbook(QFileInfo(path).absoluteFilePath(), refs);
        }
        return Runbook::fromJson(o);
    }
    return RunbookBuilder::fromMigrationFile(path, down, split ? RunbookBuilder::Grouping::Split : RunbookBuilder::Grouping::AsTheTool);
}

// --plan-only: the steps as they would run; nothing is written anywhere.
int printPlan(const Runbook &rb, bool json)
{
    if (!json) {
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "Runbook: %1 (%2 steps, sha256 %3); plan only, nothing runs."))
                     .arg(rb.title).arg(rb.steps.size()).arg(rb.sha256().left(12))
              << '\n';
        for (const RunbookStep &s : rb.steps)
            printStep(s, StepState::Pending);
        out().flush();
        return ExitOk;
    }
    QJsonArray steps;
    for (const RunbookStep &s : rb.steps) {
        QJsonArray tables;
        for (const TableRef &t : s.mode == StepMode::Backup ? QList<TableRef>{s.backupTable} : s.tables)
            tables.append(QJsonObject{{QStringLiteral("schema"), t.schema}, {QStringLiteral("name"), t.name}, {QStringLiteral("display"), t.display()}});
        QJsonObject o{{QStringLiteral("number"), s.number}, {QStringLiteral("kind"), s.kindName()},
                      {QStringLiteral("mode"), stepModeName(s.mode)}, {QStringLiteral("title"), s.title()},
                      {QStringLiteral("line"), s.line}, {QStringLiteral("tables"), tables},
                      {QStringLiteral("statements"), QJsonArray::fromStringList(s.statements)},
                      {QStringLiteral("lock_level"), s.lockLevel}, {QStringLiteral("destructive"), s.destructive},
                      {QStringLiteral("confirm_name"), s.confirmName}, {QStringLiteral("findings"), QJsonArray::fromStringList(s.findings)},
                      {QStringLiteral("estimated_seconds"), s.estimatedSeconds}};
        if (s.mode == StepMode::Backup) {
            o.insert(QStringLiteral("method"), s.backupMethod);
            o.insert(QStringLiteral("resolved"), s.backupResolved.display());
            o.insert(QStringLiteral("estimated_bytes"), double(s.estimatedBytes));
            o.insert(QStringLiteral("estimated_rows"), double(s.estimatedRows));
        }
        if (s.mode == StepMode::Restore)
            o.insert(QStringLiteral("manifest"), s.restoreManifest);
        steps.append(o);
    }
    out() << QJsonDocument(QJsonObject{{QStringLiteral("title"), rb.title}, {QStringLiteral("sha256"), rb.sha256()},
                                       {QStringLiteral("source"), sourceKindName(rb.source)}, {QStringLiteral("steps"), steps}})
                 .toJson(QJsonDocument::Indented);
    out().flush();
    return ExitOk;
}

} // namespace

static int runRun(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Run a migration, script, runbook or backup restore step by step, with backups and a journal.")));
    addRunOptions(p);
    p.addOptions({
        {QStringLiteral("backup-dir"), T(QT_TRANSLATE_NOOP("strata-cli", "Folder for the backups (default: <journal>.backups).")), QStringLiteral("dir")},
        {QStringLiteral("down"), T(QT_TRANSLATE_NOOP("strata-cli", "Run the migration file's down section."))},
        {QStringLiteral("table"), T(QT_TRANSLATE_NOOP("strata-cli", "With a backup manifest: restore only this table (repeatable).")), QStringLiteral("name")},
        {QStringLiteral("no-data-checks"), T(QT_TRANSLATE_NOOP("strata-cli", "Skip the pre-flight's data checks (duplicate keys, NULLs, orphans, the rollback's old keys) before the run."))},
        {QStringLiteral("split-steps"), T(QT_TRANSLATE_NOOP("strata-cli", "One step per statement instead of the migration tool's transactions (each step says which constraints a table goes without until a later step)."))},
        {QStringLiteral("override-applied"), T(QT_TRANSLATE_NOOP("strata-cli", "Run a migration although its ledger says it is already applied (or, with --down, not applied)."))},
        {QStringLiteral("plan-only"), T(QT_TRANSLATE_NOOP("strata-cli", "Print the steps, backups included, and change nothing: no journal, no backup, no statement that writes."))},
        {QStringLiteral("json"), T(QT_TRANSLATE_NOOP("strata-cli", "With --plan-only: print the steps as JSON."))},
    });
    p.addPositionalArgument(QStringLiteral("file"), T(QT_TRANSLATE_NOOP("strata-cli", "Migration or SQL file, runbook (.json) or backup manifest (manifest.json).")));
    if (const int rc = parseCommandLine(p, args, 1, [](qsizetype) { return T(QT_TRANSLATE_NOOP("strata-cli", "give exactly one file to run")); }); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("db")))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--db is required")));
    if (p.isSet(QStringLiteral("json")) && !p.isSet(QStringLiteral("plan-only")))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--json goes with --plan-only")));
    ExecutorOptions eo;
    if (Error e = readExecOptions(p, eo))
        return usageError(e.message);
    eo.backupFolder = p.value(QStringLiteral("backup-dir"));

    const QString file = p.positionalArguments().first();
    auto rb = loadRunbook(file, p.isSet(QStringLiteral("down")), p.values(QStringLiteral("table")), p.isSet(QStringLiteral("split-steps")));
    if (!rb)
        return fail(rb.error());
    auto profile = ConnectionProfile::fromConnectionString(p.value(QStringLiteral("db")));
    if (!profile)
        return fail(profile.error());

    // Lock levels and findings from the pre-flight (offline analysis, catalog facts and,
    // unless --no-data-checks, its read-only data checks: they go with each step into the
    // audit report), and primary-key drops from the live catalog.
    {
        const SessionOptions so = SessionOptions::review(QStringLiteral("strata-cli run (pre-flight)"));
        auto c = Connection::open(*profile, so);
        if (!c)
            return fail(c.error());
        if (Error e = RunbookBuilder::refineWithCatalog(*rb, **c))
            return fail(e);
        // The migration tool's ledger: the record step, "already applied", or what to run instead.
        if (!file.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive))
            if (Error e = LedgerStep::add(*rb, **c))
                return fail(e);
        if (!rb->sourceSql.isEmpty()) {
            preflight::PreflightOptions po;
            po.runDataChecks = !p.isSet(QStringLiteral("no-data-checks"));
            po.source = QFileInfo(file).fileName();
            // A dbmate migration's up section: its lines are the file's. A forward run of
            // a migration with a down section: would that section still work after this
            // run (e.g. an old, narrower key colliding)? (splitSections keeps file lines.)
            if (file.endsWith(QLatin1StringView(".sql"), Qt::CaseInsensitive)) {
                const auto bytes = readFile(file, ReadLimit::SqlScript);
                const QString text = bytes ? QString::fromUtf8(*bytes) : QString();
                const bool down = p.isSet(QStringLiteral("down"));
                if (!down)
                    po.rollbackSql = preflight::Preflight::splitSections(text).down;
                if (!down && text.contains(QLatin1StringView("-- migrate:up")))
                    if (auto m = DbmateFormat::parse(QFileInfo(file).fileName(), text))
                        po.firstLine = m->upLine;
            }
            auto report = preflight::Preflight::run(rb->sourceSql, c->get(), po);
            if (report)
                RunbookBuilder::attachPreflight(*rb, *report);
            else
                err() << T(QT_TRANSLATE_NOOP("strata-cli", "warning: the pre-flight failed: %1")).arg(maskPasswords(report.error().message)) << Qt::endl;
        }
        // A backup step before the first step that writes each existing table (a saved
        // runbook that lacks one gets it again).
        if (Error e = BackupSteps::add(*rb, **c, eo.backup))
            return fail(e);
    }
    if (p.isSet(QStringLiteral("plan-only")))
        return printPlan(*rb, p.isSet(QStringLiteral("json")));

    RunOptions ro;
    ro.yes = p.isSet(QStringLiteral("yes"));
    ro.confirmTables = p.values(QStringLiteral("confirm-table"));
    ro.skipBackups = p.values(QStringLiteral("skip-backup"));
    ro.reportPath = p.value(QStringLiteral("report"));
    ro.databaseUri = profile->displayString();
    ro.profile = *profile;

    out() << T(QT_TRANSLATE_NOOP("strata-cli", "Runbook: %1 (%2 steps, sha256 %3)")).arg(rb->title).arg(rb->steps.size()).arg(rb->sha256().left(12)) << '\n';
    if (ro.yes)
        for (const RunbookStep &s : rb->steps)
            printStep(s, StepState::Pending);
    for (const QString &n : rb->ledgerNotes)
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "ledger: %1")).arg(n) << '\n';
    for (const QString &b : rb->blockers)
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "blocking: %1")).arg(b) << '\n';
    if (!rb->blockers.isEmpty() && !p.isSet(QStringLiteral("override-applied"))) {
        out().flush();
        return fail(Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "Nothing ran: the migration's ledger says it must not run.")),
                          rb->blockers.join(u'\n'),
                          T(QT_TRANSLATE_NOOP("strata-cli", "Check the ledger; run it anyway with --override-applied only if the ledger is wrong."))));
    }
    eo.overrideBlockers = p.isSet(QStringLiteral("override-applied"));
    if (Error e = checkConfirmations(ro, rb->steps))
        return fail(e);
    QString journal = p.value(QStringLiteral("journal"));
    if (journal.isEmpty())
        journal = QFileInfo(file).completeBaseName() + QDateTime::currentDateTime().toString(QStringLiteral("-yyyyMMdd-HHmmss"))
                  + QStringLiteral(".journal");

    Executor ex(eo);
    installTestHook(ex);
    if (Error e = ex.start(*rb, *profile, journal))
        return fail(e);
    out() << T(QT_TRANSLATE_NOOP("strata-cli", "Journal: %1")).arg(ex.journal().path()) << '\n';
    if (!ex.backupFolder().isEmpty())
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "Backups: %1")).arg(ex.backupFolder()) << '\n';
    return driveSteps(ex, ro);
}

std::optional<int> strata::cli::parseJournalCommand(QCommandLineParser &p, const QStringList &args, ExecutorOptions &eo)
{
    if (const int rc = parseCommandLine(p, args, 0, [&p](qsizetype) { return T(QT_TRANSLATE_NOOP("strata-cli", "unexpected argument “%1”")).arg(p.positionalArguments().first()); });
        rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("journal")) || !p.isSet(QStringLiteral("db")))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--journal and --db are required")));
    if (Error e = readExecOptions(p, eo))
        return usageError(e.message);
    return std::nullopt;
}

static int runResume(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Continue a runbook from its journal after a stop, a crash or a lost connection.")));
    addRunOptions(p);
    p.addOptions({
        {QStringLiteral("terminate-stale"), T(QT_TRANSLATE_NOOP("strata-cli", "End a killed run's session that is still working instead of waiting for it."))},
        {QStringLiteral("stale-wait"), T(QT_TRANSLATE_NOOP("strata-cli", "How long to wait for a killed run's session, in seconds (default 30).")), QStringLiteral("s"), QStringLiteral("30")},
        {QStringLiteral("mark-done"), T(QT_TRANSLATE_NOOP("strata-cli", "An in-doubt step the server cannot decide: you checked that it took effect.")), QStringLiteral("step")},
        {QStringLiteral("rerun"), T(QT_TRANSLATE_NOOP("strata-cli", "An in-doubt step the server cannot decide: you checked that it did not take effect.")), QStringLiteral("step")},
        {QStringLiteral("drop-invalid-index"), T(QT_TRANSLATE_NOOP("strata-cli", "Drop the INVALID index a failed CONCURRENTLY step left, then continue."))},
    });
    ExecutorOptions eo;
    if (const auto rc = parseJournalCommand(p, args, eo))
        return *rc;
    eo.terminateStale = p.isSet(QStringLiteral("terminate-stale"));
    eo.staleWaitMs = p.value(QStringLiteral("stale-wait")).toInt() * 1000;
    for (const QString &v : p.values(QStringLiteral("mark-done")))
        eo.decisions.insert(v.toInt(), true);
    for (const QString &v : p.values(QStringLiteral("rerun")))
        eo.decisions.insert(v.toInt(), false);
    auto profile = ConnectionProfile::fromConnectionString(p.value(QStringLiteral("db")));
    if (!profile)
        return fail(profile.error());

    Executor ex(eo);
    installTestHook(ex);
    if (Error e = ex.resume(p.value(QStringLiteral("journal")), *profile))
        return fail(e);
    for (const QString &r : ex.resolutions())
        out() << r << '\n';
    if (p.isSet(QStringLiteral("drop-invalid-index"))) {
        if (Error e = ex.dropInvalidIndex())
            return fail(e);
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "Dropped the INVALID index.")) << '\n';
    }
    RunOptions ro;
    ro.yes = p.isSet(QStringLiteral("yes"));
    ro.confirmTables = p.values(QStringLiteral("confirm-table"));
    ro.skipBackups = p.values(QStringLiteral("skip-backup"));
    ro.reportPath = p.value(QStringLiteral("report"));
    ro.databaseUri = profile->displayString();
    ro.profile = *profile;
    const RunState st = ex.state();
    if (st.finished())
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "Runbook: %1 (%2 steps); every step is done or skipped, nothing is left to run."))
                     .arg(ex.runbook().title).arg(ex.runbook().steps.size())
              << '\n';
    else
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "Runbook: %1 (%2 steps); continuing at step %3."))
                     .arg(ex.runbook().title).arg(ex.runbook().steps.size()).arg(st.current())
              << '\n';
    QList<RunbookStep> pending;
    for (const RunbookStep &s : ex.runbook().steps)
        if (s.number >= st.current() && st.current() > 0 && st.step(s.number).state != StepState::Done)
            pending.append(s);
    if (Error e = checkConfirmations(ro, pending))
        return fail(e);
    return driveSteps(ex, ro);
}

STRATA_CLI_COMMAND(run, "run", QT_TRANSLATE_NOOP("strata-cli", "Run a migration step by step with backups and a crash-safe journal"), runRun);
STRATA_CLI_COMMAND(resume, "resume", QT_TRANSLATE_NOOP("strata-cli", "Continue a runbook from its journal"), runResume);
