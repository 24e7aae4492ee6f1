// strata-cli fleet: many databases, or many tenant schemas of one database, at once.
//   fleet status    ledger state and drift of every target
//   fleet preflight a migration's data checks on every target
//   fleet run       a staged rollout (canaries, waves, failure limit, replica lag)
//   fleet resume    continue a rollout from its journals
// Targets: --targets FILE ("name<TAB>URI" or a URI per line), or --db URI with
// --tenant-schemas QUERY|LIKE-PATTERN, or --group NAME (saved with --save-group).
// Exit: 0 all clean / done, 1 pending, drift, failing targets or failures, 2 error.

#include "Cli.h"
#include "common/FileIo.h"
#include "common/SafeText.h"
#include "runbook/ConfirmTables.h"
#include "fleet/FleetPreflight.h"
#include "fleet/FleetStatus.h"
#include "fleet/Rollout.h"
#include "fleet/TargetGroup.h"
#include "preflight/Preflight.h"
#include "runbook/RunbookBuilder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <atomic>
#include <csignal>
#include <functional>
#include <optional>
#include <pthread.h>
#include <thread>

using namespace strata;
using namespace strata::cli;
using namespace strata::fleet;

namespace {

// Ctrl+C / SIGTERM: a watcher thread (sigwait; the signals are blocked in every other
// thread) calls onStop, which cancels the running statements (PQcancel).
class SignalWatcher
{
public:
    explicit SignalWatcher(std::function<void()> onStop)
    {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGINT);
        sigaddset(&m_set, SIGTERM);
        sigaddset(&m_set, SIGUSR1);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_old);
        m_thread = std::thread([this, onStop = std::move(onStop)] {
            for (;;) {
                int sig = 0;
                if (sigwait(&m_set, &sig) != 0 || sig == SIGUSR1)
                    return;
                m_stopped = true;
                err() << T(QT_TRANSLATE_NOOP("strata-cli", "Stopping…")) << Qt::endl;
                onStop();
            }
        });
    }
    ~SignalWatcher()
    {
        pthread_kill(m_thread.native_handle(), SIGUSR1);
        m_thread.join();
        pthread_sigmask(SIG_SETMASK, &m_old, nullptr);
    }
    bool stopped() const { return m_stopped; }

private:
    sigset_t m_set;
    sigset_t m_old;
    std::atomic_bool m_stopped{false};
    std::thread m_thread;
};

// Progress lines on stderr, at most two a second (and always the last one).
FleetControl::Progress progressPrinter()
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto last = std::make_shared<qint64>(-1000);
    return [clock, last](int done, int total, const QString &text) {
        if (done < total && clock->elapsed() - *last < 500)
            return;
        *last = clock->elapsed();
        err() << QStringLiteral("[%1/%2] ").arg(done).arg(total) << maskPasswords(text) << Qt::endl;
    };
}

void addTargetOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("targets"), T(QT_TRANSLATE_NOOP("strata-cli", "A targets file: one target per line, “name<TAB>URI” or a URI; # comments.")), QStringLiteral("file")},
        {QStringLiteral("db"), T(QT_TRANSLATE_NOOP("strata-cli", "One database whose tenant schemas are the targets (with --tenant-schemas).")), QStringLiteral("uri")},
        {QStringLiteral("tenant-schemas"), T(QT_TRANSLATE_NOOP("strata-cli", "The tenant schemas: a SELECT returning schema names (run read-only) or a LIKE pattern.")), QStringLiteral("query")},
        {QStringLiteral("group"), T(QT_TRANSLATE_NOOP("strata-cli", "A target group saved with --save-group.")), QStringLiteral("name")},
        {QStringLiteral("save-group"), T(QT_TRANSLATE_NOOP("strata-cli", "Save the targets given as a group under this name (with the connection profiles).")), QStringLiteral("name")},
        {QStringLiteral("jobs"), T(QT_TRANSLATE_NOOP("strata-cli", "Targets worked on at once (default: min(8, targets)).")), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("json"), T(QT_TRANSLATE_NOOP("strata-cli", "Write JSON (format_version 1).")), },
    });
}

// The targets the command line names; exit code in `rc` when it cannot go on.
std::optional<QList<Target>> targetsFrom(const QCommandLineParser &p, int &rc)
{
    TargetGroup g;
    const int given = int(p.isSet(QStringLiteral("targets"))) + int(p.isSet(QStringLiteral("db"))) + int(p.isSet(QStringLiteral("group")));
    if (given != 1) {
        rc = usageError(T(QT_TRANSLATE_NOOP("strata-cli", "give the targets with one of --targets FILE, --db URI --tenant-schemas Q, or --group NAME")));
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("group"))) {
        bool found = false;
        for (const TargetGroup &s : TargetGroupStore::groups())
            if (s.name == p.value(QStringLiteral("group"))) {
                g = s;
                found = true;
            }
        if (!found) {
            rc = fail(Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "No saved target group is called “%1”.")).arg(p.value(QStringLiteral("group")))));
            return std::nullopt;
        }
    } else if (p.isSet(QStringLiteral("targets"))) {
        g.targetsFile = QFileInfo(p.value(QStringLiteral("targets"))).absoluteFilePath();
    } else {
        if (!p.isSet(QStringLiteral("tenant-schemas"))) {
            rc = usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--db needs --tenant-schemas (a query or a LIKE pattern)")));
            return std::nullopt;
        }
        g.database = p.value(QStringLiteral("db"));
        g.tenantSchemas = p.value(QStringLiteral("tenant-schemas"));
    }
    auto targets = g.resolve();
    if (!targets) {
        rc = fail(targets.error());
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("save-group"))) {
        g.name = p.value(QStringLiteral("save-group"));
        QList<TargetGroup> all = TargetGroupStore::groups();
        all.removeIf([&g](const TargetGroup &o) { return o.name == g.name; });
        all.append(g);
        TargetGroupStore::save(all);
        err() << QCoreApplication::translate("strata-cli", "Saved the target group “%1” (%n target(s)).", nullptr, int(targets->size())).arg(g.name) << Qt::endl;
    }
    return *targets;
}

bool intOption(const QCommandLineParser &p, const QString &name, int min, int &value, int &rc)
{
    bool ok = false;
    value = p.value(name).toInt(&ok);
    if (!ok || value < min) {
        rc = usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--%1 takes a whole number of at least %2")).arg(name).arg(min));
        return false;
    }
    return true;
}

// Runs a fleet job with progress on stderr and Ctrl+C canceling it (PQcancel on every
// open connection).
template<class T>
Result<T> runCancellable(const std::function<Result<T>(FleetControl *)> &job)
{
    FleetControl control(progressPrinter());
    SignalWatcher watcher([&control] { control.cancel(); });
    return job(&control);
}

void writeJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out().flush();
}

// The exit code when the result is an error or was asked for as JSON (printed here);
// nullopt when the caller prints the table.
template<class T>
std::optional<int> failOrJson(const Result<T> &r, bool json)
{
    if (!r)
        return fail(r.error());
    if (!json)
        return std::nullopt;
    writeJson(r->toJson());
    return r->exitCode();
}

QString cut(const QString &s, int width)
{
    return s.size() > width ? s.left(width - 1) + u'…' : s;
}

int fleetStatus(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Ledger state and drift of every target of a fleet.")));
    p.addHelpOption();
    addTargetOptions(p);
    p.addOptions({
        {QStringLiteral("dir"), T(QT_TRANSLATE_NOOP("strata-cli", "The migration folder.")), QStringLiteral("path")},
        {QStringLiteral("format"), T(QT_TRANSLATE_NOOP("strata-cli", "Folder format (detected when not given).")), QStringLiteral("format")},
        {QStringLiteral("reference"), T(QT_TRANSLATE_NOOP("strata-cli", "Compare every target with this snapshot file, folder or database instead of its own applied version.")), QStringLiteral("source")},
        {QStringLiteral("common-schema"), T(QT_TRANSLATE_NOOP("strata-cli", "Tenant schemas are compared under this schema name (default public).")), QStringLiteral("name"), QStringLiteral("public")},
        {QStringLiteral("no-drift"), T(QT_TRANSLATE_NOOP("strata-cli", "Only the ledger state, no schema comparison."))},
        {QStringLiteral("ignore-grants"), T(QT_TRANSLATE_NOOP("strata-cli", "Do not compare privileges."))},
    });
    if (const int rc = parseCommandLine(p, args, 0, [&p](qsizetype) { return T(QT_TRANSLATE_NOOP("strata-cli", "unexpected argument “%1”")).arg(p.positionalArguments().first()); }); rc >= 0)
        return rc;
    int rc = ExitError;
    StatusOptions o;
    if (!intOption(p, QStringLiteral("jobs"), 0, o.jobs, rc))
        return rc;
    if (!p.isSet(QStringLiteral("dir")) && !p.isSet(QStringLiteral("reference")) && !p.isSet(QStringLiteral("no-drift")))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "give --dir (the migration folder), --reference, or --no-drift")));
    const auto targets = targetsFrom(p, rc);
    if (!targets)
        return rc;
    o.dir = p.value(QStringLiteral("dir"));
    o.format = p.value(QStringLiteral("format"));
    o.reference = p.value(QStringLiteral("reference"));
    o.commonSchema = p.value(QStringLiteral("common-schema"));
    o.drift = !p.isSet(QStringLiteral("no-drift"));
    o.ignoreGrants = p.isSet(QStringLiteral("ignore-grants"));

    const auto r = runCancellable<FleetStatusResult>([&](FleetControl *control) { return FleetStatus::run(*targets, o, control); });
    if (const auto failed = failOrJson(r, p.isSet(QStringLiteral("json"))))
        return *failed;
    QTextStream &s = out();
    const QStringList headers{T(QT_TRANSLATE_NOOP("strata-cli", "TARGET")), T(QT_TRANSLATE_NOOP("strata-cli", "STATE")), T(QT_TRANSLATE_NOOP("strata-cli", "APPLIED")),
                              T(QT_TRANSLATE_NOOP("strata-cli", "PENDING")), T(QT_TRANSLATE_NOOP("strata-cli", "DIFFERENCES")), T(QT_TRANSLATE_NOOP("strata-cli", "DETAIL"))};
    s << headers[0].leftJustified(28) << headers[1].leftJustified(9) << headers[2].leftJustified(18) << headers[3].leftJustified(9)
      << headers[4].leftJustified(13) << headers[5] << '\n';
    for (const TargetStatus &t : r->targets) {
        QString detail;
        if (t.error)
            detail = t.error.message;
        else {
            QStringList parts;
            if (t.ghosts > 0)
                parts.append(T(QT_TRANSLATE_NOOP("strata-cli", "%1 ghost(s)")).arg(t.ghosts));
            if (t.changed > 0)
                parts.append(T(QT_TRANSLATE_NOOP("strata-cli", "%1 changed since applied")).arg(t.changed));
            if (t.dirty)
                parts.append(T(QT_TRANSLATE_NOOP("strata-cli", "failed or dirty run recorded")));
            QStringList keys;
            for (const TargetDifference &d : t.differences)
                keys.append((d.state == u"added" ? u'+' : d.state == u"removed" ? u'-' : u'~') + d.key.section(u':', 1));
            if (!keys.isEmpty())
                parts.append(cut(keys.join(QStringLiteral(", ")), 80));
            detail = parts.join(QStringLiteral("; "));
        }
        s << cut(t.name, 27).leftJustified(28) << t.stateId().leftJustified(9) << cut(t.applied.isEmpty() ? QStringLiteral("-") : t.applied, 17).leftJustified(18)
          << QString::number(t.pending).leftJustified(9) << (t.driftChecked ? QString::number(t.differences.size()) : QStringLiteral("-")).leftJustified(13)
          << detail << '\n';
    }
    s << T(QT_TRANSLATE_NOOP("strata-cli", "%1 targets: %2 clean, %3 with pending migrations, %4 drifted, %5 errors (%6 replays, at most %7 connections, %8 ms)"))
             .arg(r->targets.size()).arg(r->clean).arg(r->pending).arg(r->drifted).arg(r->errors).arg(r->replays).arg(r->peakConnections).arg(r->elapsedMs)
      << '\n';
    s.flush();
    return r->exitCode();
}

int fleetPreflight(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Pre-flight a migration on every target: the analysis once, the data checks on each target.")));
    p.addHelpOption();
    addTargetOptions(p);
    p.addOptions({
        {QStringLiteral("timeout"), T(QT_TRANSLATE_NOOP("strata-cli", "statement_timeout for each data check, in seconds (default 300).")), QStringLiteral("seconds"), QStringLiteral("300")},
        {QStringLiteral("tenant-columns"), T(QT_TRANSLATE_NOOP("strata-cli", "Comma-separated tenant column names for breakdowns.")), QStringLiteral("names")},
    });
    p.addPositionalArgument(QStringLiteral("file"), T(QT_TRANSLATE_NOOP("strata-cli", "The migration (SQL, dbmate sections honoured).")));
    if (const int rc = parseCommandLine(p, args, 1, [](qsizetype) { return T(QT_TRANSLATE_NOOP("strata-cli", "give exactly one migration file")); }); rc >= 0)
        return rc;
    int rc = ExitError;
    PreflightRequest req;
    int secs = 0;
    if (!intOption(p, QStringLiteral("jobs"), 0, req.jobs, rc) || !intOption(p, QStringLiteral("timeout"), 1, secs, rc))
        return rc;
    req.statementTimeoutMs = secs * 1000;
    req.tenantColumns = p.value(QStringLiteral("tenant-columns")).split(u',', Qt::SkipEmptyParts);
    const QString file = p.positionalArguments().first();
    // A regular file of at most ReadLimit::SqlScript bytes (a FIFO or a device is a sentence).
    const auto bytes = readFile(file, ReadLimit::SqlScript);
    if (!bytes)
        return fail(bytes.error());
    const auto sections = preflight::Preflight::splitSections(QString::fromUtf8(*bytes));
    req.sql = sections.up;
    req.rollbackSql = sections.down;
    req.source = QFileInfo(file).fileName();
    const auto targets = targetsFrom(p, rc);
    if (!targets)
        return rc;
    const auto r = runCancellable<FleetPreflightResult>([&](FleetControl *control) { return FleetPreflight::run(*targets, req, control); });
    if (const auto failed = failOrJson(r, p.isSet(QStringLiteral("json"))))
        return *failed;
    QTextStream &s = out();
    s << T(QT_TRANSLATE_NOOP("strata-cli", "Analysis of %1 (once):")).arg(req.source) << '\n';
    for (const preflight::Finding &fd : r->analysis.findings)
        s << "  " << preflight::severityName(fd.severity) << ": " << (fd.line > 0 ? T(QT_TRANSLATE_NOOP("strata-cli", "line %1: ")).arg(fd.line) : QString()) << fd.message << '\n';
    if (r->analysis.findings.isEmpty())
        s << "  " << T(QT_TRANSLATE_NOOP("strata-cli", "no findings")) << '\n';
    s << '\n' << T(QT_TRANSLATE_NOOP("strata-cli", "Data checks per target:")) << '\n';
    for (const TargetPreflight &t : r->targets) {
        if (t.error) {
            s << "  " << t.name << ": " << T(QT_TRANSLATE_NOOP("strata-cli", "error: %1")).arg(t.error.message) << '\n';
            continue;
        }
        if (!t.wouldFail()) {
            s << "  " << t.name << ": " << (t.warnings > 0 ? T(QT_TRANSLATE_NOOP("strata-cli", "ok (%1 warnings)")).arg(t.warnings) : T(QT_TRANSLATE_NOOP("strata-cli", "ok"))) << '\n';
            continue;
        }
        s << "  " << t.name << ": " << T(QT_TRANSLATE_NOOP("strata-cli", "WOULD FAIL")) << '\n';
        for (const QString &reason : t.reasons())
            s << "    " << reason << '\n';
    }
    s << T(QT_TRANSLATE_NOOP("strata-cli", "%1 targets: %2 would fail, %3 errors")).arg(r->targets.size()).arg(r->failing).arg(r->errors) << '\n';
    s.flush();
    return r->exitCode();
}

Rollout::Sink eventPrinter(const QList<Target> &targets)
{
    return [targets](const RolloutEvent &e) {
        const QString who = e.target >= 0 && e.target < targets.size() ? targets[e.target].name : T(QT_TRANSLATE_NOOP("strata-cli", "rollout"));
        err() << who << ": " << maskPasswords(e.text) << Qt::endl; // progress on stderr, the result on stdout
    };
}

int printRollout(const Result<RolloutResult> &r, bool json)
{
    if (const auto rc = failOrJson(r, json))
        return *rc;
    QTextStream &s = out();
    s << '\n';
    for (const TargetOutcome &t : r->targets)
        s << cut(t.name, 27).leftJustified(28) << targetRunStateLabel(t.state).leftJustified(13)
          << QStringLiteral("%1/%2").arg(t.stepsDone).arg(t.steps).leftJustified(8) << t.message << '\n';
    s << T(QT_TRANSLATE_NOOP("strata-cli", "%1 targets: %2 done, %3 failed, %4 not run")).arg(r->targets.size()).arg(r->done).arg(r->failed).arg(r->notStarted) << '\n';
    if (r->stoppedByFailures)
        s << T(QT_TRANSLATE_NOOP("strata-cli", "The rollout stopped: the failure limit was reached.")) << '\n';
    if (r->exitCode() != 0)
        s << T(QT_TRANSLATE_NOOP("strata-cli", "Continue with: strata-cli fleet resume --journal-dir DIR")) << '\n';
    s.flush();
    return r->exitCode();
}

bool confirmRollout(int targets, int steps)
{
    out() << T(QT_TRANSLATE_NOOP("strata-cli", "Run %1 step(s) on %2 target(s)? [y/N] ")).arg(steps).arg(targets);
    out().flush();
    static QTextStream in(stdin);
    return in.readLine().trimmed().toLower() == u"y";
}

int fleetRun(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Run a migration on every target: canaries first, then waves, each target with its own journal and backups.")));
    p.addHelpOption();
    addTargetOptions(p);
    p.addOptions({
        {QStringLiteral("journal-dir"), T(QT_TRANSLATE_NOOP("strata-cli", "Folder for the rollout plan and every target's journal and backups.")), QStringLiteral("dir")},
        {QStringLiteral("yes"), T(QT_TRANSLATE_NOOP("strata-cli", "Do not ask before starting."))},
        {QStringLiteral("confirm-table"), T(QT_TRANSLATE_NOOP("strata-cli", "Confirms steps that can lose data on this table (repeatable).")), QStringLiteral("name")},
        {QStringLiteral("canary"), T(QT_TRANSLATE_NOOP("strata-cli", "Run the first N targets alone first; any failure stops the rollout.")), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("wave"), T(QT_TRANSLATE_NOOP("strata-cli", "Targets per wave after the canaries (default: all the rest).")), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("max-failures"), T(QT_TRANSLATE_NOOP("strata-cli", "Stop starting targets once this many failed (default 1).")), QStringLiteral("n"), QStringLiteral("1")},
        {QStringLiteral("max-replica-lag"), T(QT_TRANSLATE_NOOP("strata-cli", "Before each step, wait while a streaming replica's replay lag is above this many milliseconds.")), QStringLiteral("ms")},
        {QStringLiteral("lock-timeout"), T(QT_TRANSLATE_NOOP("strata-cli", "lock_timeout per attempt in milliseconds (default 2000).")), QStringLiteral("ms"), QStringLiteral("2000")},
        {QStringLiteral("no-pg-dump"), T(QT_TRANSLATE_NOOP("strata-cli", "Back up with binary COPY even when a suitable pg_dump is installed."))},
    });
    p.addPositionalArgument(QStringLiteral("file"), T(QT_TRANSLATE_NOOP("strata-cli", "The migration file to run (dbmate up section, or the whole file).")));
    if (const int rc = parseCommandLine(p, args, 1, [](qsizetype) { return T(QT_TRANSLATE_NOOP("strata-cli", "give exactly one migration file")); }); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("journal-dir")))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--journal-dir is required")));
    int rc = ExitError;
    RolloutOptions o;
    if (!intOption(p, QStringLiteral("jobs"), 0, o.jobs, rc) || !intOption(p, QStringLiteral("canary"), 0, o.canary, rc)
        || !intOption(p, QStringLiteral("wave"), 0, o.wave, rc) || !intOption(p, QStringLiteral("max-failures"), 1, o.maxFailures, rc)
        || !intOption(p, QStringLiteral("lock-timeout"), 1, o.lockTimeoutMs, rc))
        return rc;
    if (p.isSet(QStringLiteral("max-replica-lag")) && !intOption(p, QStringLiteral("max-replica-lag"), 0, o.maxReplicaLagMs, rc))
        return rc;
    o.confirmTables = p.values(QStringLiteral("confirm-table"));
    o.allowPgDump = !p.isSet(QStringLiteral("no-pg-dump"));
    auto rb = runbook::RunbookBuilder::fromMigrationFile(p.positionalArguments().first());
    if (!rb)
        return fail(rb.error());
    // schema.table, or a bare name only when it means one table of the run.
    auto confirmed = runbook::ConfirmTables::resolve(o.confirmTables, rb->steps);
    if (!confirmed)
        return fail(confirmed.error());
    QStringList missing;
    for (const runbook::RunbookStep &s : rb->steps)
        if (s.destructive && !confirmed->confirms(s))
            missing.append(T(QT_TRANSLATE_NOOP("strata-cli", "step %1 (%2): %3"))
                               .arg(s.number)
                               .arg(commentText(s.destructiveReason),
                                    QStringLiteral("--confirm-table ") + shellQuote(runbook::ConfirmTables::argumentFor(s, rb->steps))));
    if (!missing.isEmpty())
        return fail(Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "Steps that can lose data need their table named with --confirm-table; nothing ran.")), missing.join(u'\n')));
    const auto targets = targetsFrom(p, rc);
    if (!targets)
        return rc;
    if (!p.isSet(QStringLiteral("yes")) && !confirmRollout(int(targets->size()), int(rb->steps.size()))) {
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "Nothing ran.")) << '\n';
        return ExitFindings;
    }
    Rollout handle;
    Result<RolloutResult> r = Error();
    {
        SignalWatcher watcher([&handle] { handle.stop(); });
        r = Rollout::start(*rb, *targets, p.value(QStringLiteral("journal-dir")), o, eventPrinter(*targets), &handle);
    }
    return printRollout(r, p.isSet(QStringLiteral("json")));
}

int fleetResume(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Continue a fleet rollout: every target from its own journal, no step twice.")));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("journal-dir"), T(QT_TRANSLATE_NOOP("strata-cli", "The rollout's folder (as given to fleet run).")), QStringLiteral("dir")},
        {QStringLiteral("yes"), T(QT_TRANSLATE_NOOP("strata-cli", "Do not ask before continuing."))},
        {QStringLiteral("confirm-table"), T(QT_TRANSLATE_NOOP("strata-cli", "Confirms steps that can lose data on this table (repeatable).")), QStringLiteral("name")},
        {QStringLiteral("json"), T(QT_TRANSLATE_NOOP("strata-cli", "Write JSON (format_version 1)."))},
    });
    if (const int rc = parseCommandLine(p, args, 0, [&p](qsizetype) { return T(QT_TRANSLATE_NOOP("strata-cli", "unexpected argument “%1”")).arg(p.positionalArguments().first()); }); rc >= 0)
        return rc;
    if (!p.isSet(QStringLiteral("journal-dir")))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--journal-dir is required")));
    auto plan = Rollout::readPlan(p.value(QStringLiteral("journal-dir")));
    if (!plan)
        return fail(plan.error());
    if (!p.isSet(QStringLiteral("yes")) && !confirmRollout(int(plan->targets.size()), int(plan->runbook.steps.size()))) {
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "Nothing ran.")) << '\n';
        return ExitFindings;
    }
    Rollout handle;
    Result<RolloutResult> r = Error();
    {
        SignalWatcher watcher([&handle] { handle.stop(); });
        r = Rollout::resume(p.value(QStringLiteral("journal-dir")), p.values(QStringLiteral("confirm-table")), eventPrinter(plan->targets), &handle);
    }
    return printRollout(r, p.isSet(QStringLiteral("json")));
}

int runFleet(const QStringList &args)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest.first() = args.first() + u' ' + sub;
    if (sub == u"status")
        return fleetStatus(rest);
    if (sub == u"preflight")
        return fleetPreflight(rest);
    if (sub == u"run")
        return fleetRun(rest);
    if (sub == u"resume")
        return fleetResume(rest);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h") {
        out() << T(QT_TRANSLATE_NOOP("strata-cli", "Usage: strata-cli fleet <status|preflight|run|resume> [options]")) << '\n'
              << "  status     " << T(QT_TRANSLATE_NOOP("strata-cli", "ledger state and drift of every target")) << '\n'
              << "  preflight  " << T(QT_TRANSLATE_NOOP("strata-cli", "a migration's data checks on every target")) << '\n'
              << "  run        " << T(QT_TRANSLATE_NOOP("strata-cli", "a staged rollout: canaries, waves, failure limit, replica lag")) << '\n'
              << "  resume     " << T(QT_TRANSLATE_NOOP("strata-cli", "continue a rollout from its journals")) << '\n';
        out().flush();
        return sub.isEmpty() ? ExitError : ExitOk;
    }
    return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "unknown fleet command “%1” (status, preflight, run, resume)")).arg(sub));
}

} // namespace

STRATA_CLI_COMMAND(fleet, "fleet", QT_TRANSLATE_NOOP("strata-cli", "Many databases or tenant schemas at once: status, drift, pre-flight, staged rollout"), runFleet);
