#include "Rollout.h"

#include "ReplicaLag.h"
#include "pg/Connection.h"
#include "common/FileIo.h"
#include "common/SafeText.h"
#include "runbook/BackupSteps.h"
#include "runbook/ConfirmTables.h"
#include "runbook/Executor.h"
#include "runbook/RunbookBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <optional>
#include <csignal>

namespace strata::fleet {

using namespace runbook;

namespace {

const QString kPlanFile = QStringLiteral("fleet.json");

QJsonObject optionsJson(const RolloutOptions &o)
{
    return QJsonObject{{QStringLiteral("jobs"), o.jobs},
                       {QStringLiteral("canary"), o.canary},
                       {QStringLiteral("wave"), o.wave},
                       {QStringLiteral("max_failures"), o.maxFailures},
                       {QStringLiteral("max_replica_lag_ms"), o.maxReplicaLagMs},
                       {QStringLiteral("confirm_tables"), QJsonArray::fromStringList(o.confirmTables)},
                       {QStringLiteral("lock_timeout_ms"), o.lockTimeoutMs},
                       {QStringLiteral("lock_retries"), o.lockRetries},
                       {QStringLiteral("allow_pg_dump"), o.allowPgDump}};
}

RolloutOptions optionsFromJson(const QJsonObject &j)
{
    RolloutOptions o;
    o.jobs = j.value(QStringLiteral("jobs")).toInt();
    o.canary = j.value(QStringLiteral("canary")).toInt();
    o.wave = j.value(QStringLiteral("wave")).toInt();
    o.maxFailures = j.value(QStringLiteral("max_failures")).toInt(1);
    o.maxReplicaLagMs = j.value(QStringLiteral("max_replica_lag_ms")).toInt(-1);
    for (const QJsonValue &v : j.value(QStringLiteral("confirm_tables")).toArray())
        o.confirmTables.append(v.toString());
    o.lockTimeoutMs = j.value(QStringLiteral("lock_timeout_ms")).toInt(2000);
    o.lockRetries = j.value(QStringLiteral("lock_retries")).toInt(2);
    o.allowPgDump = j.value(QStringLiteral("allow_pg_dump")).toBool(true);
    return o;
}

} // namespace

QString targetRunStateId(TargetRunState s)
{
    switch (s) {
    case TargetRunState::NotStarted: return QStringLiteral("not_started");
    case TargetRunState::Running: return QStringLiteral("running");
    case TargetRunState::Throttled: return QStringLiteral("throttled");
    case TargetRunState::Done: return QStringLiteral("done");
    case TargetRunState::Failed: return QStringLiteral("failed");
    case TargetRunState::Skipped: return QStringLiteral("skipped");
    case TargetRunState::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

QString targetRunStateLabel(TargetRunState s)
{
    switch (s) {
    case TargetRunState::NotStarted: return Rollout::tr("not started");
    case TargetRunState::Running: return Rollout::tr("running");
    case TargetRunState::Throttled: return Rollout::tr("throttled");
    case TargetRunState::Done: return Rollout::tr("done");
    case TargetRunState::Failed: return Rollout::tr("failed");
    case TargetRunState::Skipped: return Rollout::tr("skipped");
    case TargetRunState::Stopped: return Rollout::tr("stopped");
    }
    return {};
}

QJsonObject RolloutResult::toJson() const
{
    QJsonArray list;
    for (const TargetOutcome &t : targets)
        list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("state"), targetRunStateId(t.state)},
                                {QStringLiteral("steps_done"), t.stepsDone},
                                {QStringLiteral("steps"), t.steps},
                                {QStringLiteral("journal"), t.journal},
                                {QStringLiteral("message"), t.message.isEmpty() ? QJsonValue() : QJsonValue(t.message)}});
    return QJsonObject{{QStringLiteral("format_version"), 1},
                       {QStringLiteral("targets"), list},
                       {QStringLiteral("summary"), QJsonObject{{QStringLiteral("targets"), int(targets.size())},
                                                               {QStringLiteral("done"), done},
                                                               {QStringLiteral("failed"), failed},
                                                               {QStringLiteral("not_started"), notStarted},
                                                               {QStringLiteral("stopped_by_failures"), stoppedByFailures},
                                                               {QStringLiteral("stopped_by_operator"), stoppedByOperator}}}};
}

QString Rollout::journalPath(const QString &dir, int index, const Target &t)
{
    QString safe = t.name;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QDir(dir).filePath(QStringLiteral("targets/%1-%2.journal").arg(index + 1, 4, 10, QChar(u'0')).arg(safe.left(60)));
}

QList<QList<int>> Rollout::waves(int targets, const RolloutOptions &o)
{
    QList<QList<int>> out;
    int i = 0;
    if (o.canary > 0) {
        QList<int> w;
        for (; i < std::min(o.canary, targets); ++i)
            w.append(i);
        out.append(w);
    }
    const int size = o.wave > 0 ? o.wave : std::max(1, targets - i);
    while (i < targets) {
        QList<int> w;
        for (int k = 0; k < size && i < targets; ++k, ++i)
            w.append(i);
        out.append(w);
    }
    return out;
}

void Rollout::stop()
{
    m_stopped = true;
    m_paused = false;
    m_control.cancel();
    std::lock_guard lock(m_mutex);
    for (Executor *ex : std::as_const(m_executors))
        ex->cancel();
}

Result<Rollout::Plan> Rollout::readPlan(const QString &dir)
{
    const QString path = QDir(dir).filePath(kPlanFile);
    if (!QFileInfo::exists(path))
        return Error(Error::Kind::Usage, tr("%1 holds no fleet rollout (no %2).").arg(dir, kPlanFile));
    auto bytes = readFile(path, ReadLimit::Runbook);
    if (!bytes)
        return bytes.error();
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(*bytes, &pe).object();
    if (pe.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toString() != u"strata-fleet-rollout")
        return Error(Error::Kind::Parse, tr("%1 is not a fleet rollout plan.").arg(path), pe.errorString());
    Plan plan;
    auto rb = Runbook::fromJson(o.value(QStringLiteral("runbook")).toObject());
    if (!rb)
        return rb.error();
    if (rb->sha256() != o.value(QStringLiteral("runbook_sha256")).toString())
        return Error(Error::Kind::Parse, tr("The runbook in %1 does not match its recorded sha256; the plan was changed.").arg(path));
    plan.runbook = *rb;
    for (const QJsonValue &v : o.value(QStringLiteral("targets")).toArray()) {
        const QJsonObject t = v.toObject();
        auto profile = ConnectionProfile::fromConnectionString(t.value(QStringLiteral("uri")).toString());
        if (!profile)
            return profile.error();
        Target target;
        target.name = t.value(QStringLiteral("name")).toString();
        target.profile = *profile;
        target.schema = t.value(QStringLiteral("schema")).toString();
        plan.targets.append(target);
    }
    plan.options = optionsFromJson(o.value(QStringLiteral("options")).toObject());
    return plan;
}

Result<RolloutResult> Rollout::start(const Runbook &rb, const QList<Target> &targets, const QString &dir,
                                     const RolloutOptions &options, Sink sink, Rollout *handle)
{
    if (targets.isEmpty())
        return Error(Error::Kind::Usage, tr("The fleet has no targets."));
    if (QFileInfo::exists(QDir(dir).filePath(kPlanFile)))
        return Error(Error::Kind::Usage, tr("%1 already holds a fleet rollout.").arg(dir), {},
                     tr("Continue it with “strata-cli fleet resume --journal-dir %1”, or choose another folder.").arg(dir));
    // The journals and backups of every target live here: only the owner may enter.
    if (Error e = makePrivateFolder(dir))
        return e;
    if (Error e = makePrivateFolder(QDir(dir).filePath(QStringLiteral("targets"))))
        return e;
    QJsonArray list;
    for (const Target &t : targets)
        list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("uri"), t.profile.displayString()},
                                {QStringLiteral("schema"), t.schema}});
    const QJsonObject plan{{QStringLiteral("format"), QStringLiteral("strata-fleet-rollout")},
                           {QStringLiteral("format_version"), 1},
                           {QStringLiteral("runbook"), rb.toJson()},
                           {QStringLiteral("runbook_sha256"), rb.sha256()},
                           {QStringLiteral("targets"), list},
                           {QStringLiteral("options"), optionsJson(options)}};
    WriteOptions wo;
    wo.privateFile = true;
    wo.durable = true; // resume after a crash reads it
    if (Error e = writeFile(QDir(dir).filePath(kPlanFile), QJsonDocument(plan).toJson(), wo))
        return e;
    // Read back what resume will read: the same plan either way.
    auto p = readPlan(dir);
    if (!p)
        return p.error();
    p->targets = targets; // keep in-memory passwords for this run
    return execute(dir, *p, std::move(sink), handle);
}

Result<RolloutResult> Rollout::resume(const QString &dir, const QStringList &moreConfirmTables, Sink sink, Rollout *handle,
                                      const TargetGroup::PasswordLookup &lookup)
{
    auto p = readPlan(dir);
    if (!p)
        return p.error();
    TargetGroup::applyPasswords(p->targets, lookup);
    for (const QString &t : moreConfirmTables)
        if (!p->options.confirmTables.contains(t))
            p->options.confirmTables.append(t);
    return execute(dir, *p, std::move(sink), handle);
}

class RolloutWorker
{
public:
    RolloutWorker(Rollout &h, const Rollout::Plan &plan, const Rollout::Sink &sink) : m_h(h), m_plan(plan), m_sink(sink) {}

    void emitEvent(int target, TargetRunState state, int step, int steps, const QString &text)
    {
        if (!m_sink)
            return;
        std::lock_guard lock(m_sinkMutex);
        m_sink(RolloutEvent{target, state, step, steps, text});
    }

    // The statements of a runbook without its backup steps: what a journal must share
    // with the plan to belong to it (each target's backup steps come from its own catalog).
    static QList<QStringList> migrationStatements(const Runbook &r)
    {
        QList<QStringList> out;
        for (const RunbookStep &s : r.steps)
            if (s.mode != StepMode::Backup)
                out.append(s.statements);
        return out;
    }

    TargetOutcome run(int idx, const QString &journal)
    {
        const Target &t = m_plan.targets[idx];
        const RolloutOptions &o = m_plan.options;
        TargetOutcome out;
        out.name = t.name;
        out.journal = journal;
        out.steps = int(m_plan.runbook.steps.size());
        auto finish = [&](TargetRunState s, const QString &message) {
            out.state = s;
            out.message = message;
            emitEvent(idx, s, out.stepsDone, out.steps, message.isEmpty() ? targetRunStateLabel(s) : message);
            return out;
        };
        const ConnectionProfile profile = t.sessionProfile();
        auto monitor = Connection::open(profile, SessionOptions::review(QStringLiteral("strata fleet run (monitor)"), 30000));
        if (!monitor)
            return finish(TargetRunState::Failed, monitor.error().message);
        ExecutorOptions eo;
        eo.exec.lockTimeoutMs = o.lockTimeoutMs;
        eo.exec.lockRetries = o.lockRetries;
        eo.backup.allowPgDump = o.allowPgDump;
        eo.staleWaitMs = o.staleWaitMs;
        // A tenant's before/after snapshots would read every tenant of the database.
        eo.snapshots = !t.isSchema();
        Executor ex(eo);
        {
            std::lock_guard lock(m_h.m_mutex);
            m_h.m_executors.insert(&ex);
        }
        struct Unregister
        {
            Rollout &h;
            Executor *ex;
            ~Unregister()
            {
                std::lock_guard lock(h.m_mutex);
                h.m_executors.remove(ex);
            }
        } unregister{m_h, &ex};
        if (m_h.isStopped())
            return finish(TargetRunState::Stopped, Rollout::tr("stopped before it started"));

        const bool resuming = QFileInfo(journal).size() > 0;
        if (resuming) {
            if (Error e = ex.resume(journal, profile))
                return finish(TargetRunState::Failed, e.message);
            if (migrationStatements(ex.runbook()) != migrationStatements(m_plan.runbook))
                return finish(TargetRunState::Failed, Rollout::tr("this target's journal belongs to a different migration than the rollout's plan"));
        } else {
            Runbook rb = m_plan.runbook;
            if (Error e = RunbookBuilder::refineWithCatalog(rb, **monitor))
                return finish(TargetRunState::Failed, e.message);
            // Before the first step that writes each of this target's tables: a backup
            // step, run, journaled and reported like any other step.
            if (Error e = BackupSteps::add(rb, **monitor, eo.backup))
                return finish(TargetRunState::Failed, e.message);
            out.steps = int(rb.steps.size());
            emitEvent(idx, TargetRunState::Running, 0, out.steps, Rollout::tr("started"));
            if (Error e = ex.start(rb, profile, journal))
                return finish(TargetRunState::Failed, e.message);
        }
        out.steps = int(ex.runbook().steps.size());
        if (const QString env = qEnvironmentVariable("STRATA_TEST_FLEET_KILL_AT"); !env.isEmpty()) {
            // Test hook: "name:stepN:point" SIGKILLs the process at that checkpoint of that target.
            const QStringList parts = env.split(u':');
            if (parts.size() == 3 && parts[0] == t.name)
                ex.setCheckpoint([step = parts[1].mid(4).toInt(), point = parts[2]](const QString &p, int n) {
                    if (n == step && p == point)
                        ::raise(SIGKILL);
                });
        }
        std::optional<ReplicaLagMonitor> lag;
        if (o.maxReplicaLagMs >= 0)
            lag.emplace(**monitor);
        for (;;) {
            const RunState st = ex.state();
            out.stepsDone = 0;
            for (int n = 1; n <= st.stepCount(); ++n)
                out.stepsDone += st.step(n).state == StepState::Done || st.step(n).state == StepState::Skipped ? 1 : 0;
            const int n = st.current();
            if (n == 0)
                return finish(TargetRunState::Done, resuming && out.stepsDone == out.steps ? Rollout::tr("done") : QString());
            while (m_h.isPaused() && !m_h.isStopped())
                QThread::msleep(100);
            if (m_h.isStopped()) {
                ex.stop();
                return finish(TargetRunState::Stopped, Rollout::tr("stopped before step %1").arg(n));
            }
            if (st.step(n).invalidIndex)
                return finish(TargetRunState::Failed, Rollout::tr("step %1 left an INVALID index; drop it and resume").arg(n));
            const RunbookStep &step = ex.runbook().steps[n - 1];
            QString typed;
            if (step.destructive) {
                // schema.table, or the bare name when no other step of the run names a table of that name elsewhere.
                auto confirmed = ConfirmTables::resolve(o.confirmTables, ex.runbook().steps);
                if (!confirmed)
                    return finish(TargetRunState::Failed, confirmed.error().message);
                if (!confirmed->confirms(step))
                    return finish(TargetRunState::Failed, Rollout::tr("step %1 can lose data (%2); confirm it with %3")
                                                              .arg(n).arg(step.destructiveReason,
                                                                          QStringLiteral("--confirm-table ") + shellQuote(ConfirmTables::argumentFor(step, ex.runbook().steps))));
                typed = step.confirmName;
            }
            if (lag) {
                Error e = lag->waitBelow(o.maxReplicaLagMs, o.lagPollMs, [this] { return m_h.isStopped(); },
                                                [&](const QString &replica, qint64 lagMs) {
                                                    emitEvent(idx, TargetRunState::Throttled, n, out.steps,
                                                              Rollout::tr("throttled: replica %1 lags %2 ms").arg(replica).arg(lagMs));
                                                });
                if (e)
                    return finish(TargetRunState::Failed, e.message);
                if (m_h.isStopped())
                    continue;
            }
            emitEvent(idx, TargetRunState::Running, n, out.steps, Rollout::tr("step %1 of %2: %3").arg(n).arg(out.steps).arg(step.title()));
            auto r = ex.runCurrent(typed);
            if (lag)
                lag->sample(); // the WAL this step wrote, for the next step's lag check
            if (!r)
                return finish(TargetRunState::Failed, r.error().message);
            if (r->status != StepResult::Status::Done) {
                if (m_h.isStopped())
                    return finish(TargetRunState::Stopped, Rollout::tr("stopped during step %1 (rolled back)").arg(n));
                return finish(TargetRunState::Failed, Rollout::tr("step %1 failed: %2").arg(n).arg(r->error.message));
            }
        }
    }

private:
    Rollout &m_h;
    const Rollout::Plan &m_plan;
    const Rollout::Sink &m_sink;
    std::mutex m_sinkMutex;
};

Result<RolloutResult> Rollout::execute(const QString &dir, const Plan &plan, Sink sink, Rollout *handle)
{
    Rollout local;
    Rollout &h = handle ? *handle : local;
    const int count = int(plan.targets.size());
    RolloutResult result;
    result.targets.resize(count);
    for (int i = 0; i < count; ++i) {
        result.targets[i].name = plan.targets[i].name;
        result.targets[i].steps = int(plan.runbook.steps.size());
        result.targets[i].journal = journalPath(dir, i, plan.targets[i]);
    }
    RolloutWorker worker(h, plan, sink);
    std::atomic_int failures{0};
    const QList<QList<int>> ws = waves(count, plan.options);
    const int jobs = plan.options.jobs > 0 ? plan.options.jobs : defaultJobs(count);
    const int limit = std::max(1, plan.options.maxFailures);
    bool stop = false;
    for (qsizetype w = 0; w < ws.size() && !stop; ++w) {
        const QList<int> &wave = ws[w];
        const bool canaryWave = plan.options.canary > 0 && w == 0;
        worker.emitEvent(-1, TargetRunState::Running, 0, 0,
                         canaryWave ? tr("canary: %n target(s)", nullptr, int(wave.size()))
                                    : tr("wave %1: %n target(s)", nullptr, int(wave.size())).arg(plan.options.canary > 0 ? w : w + 1));
        runBounded(int(wave.size()), jobs, nullptr, [&](int k) {
            const int idx = wave[k];
            if (failures.load() >= limit || h.isStopped()) {
                result.targets[idx].state = TargetRunState::Skipped;
                result.targets[idx].message = h.isStopped() ? tr("the rollout was stopped") : tr("the rollout stopped after %n failure(s)", nullptr, failures.load());
                return;
            }
            result.targets[idx] = worker.run(idx, journalPath(dir, idx, plan.targets[idx]));
            if (result.targets[idx].state == TargetRunState::Failed)
                ++failures;
        });
        if (failures.load() >= limit) {
            result.stoppedByFailures = true;
            stop = true;
        } else if (canaryWave && failures.load() > 0) {
            result.stoppedByFailures = true;
            stop = true;
        }
        if (h.isStopped()) {
            result.stoppedByOperator = true;
            stop = true;
        }
    }
    for (TargetOutcome &t : result.targets) {
        if (t.state == TargetRunState::NotStarted && stop)
            t.message = result.stoppedByOperator ? tr("the rollout was stopped") : tr("the rollout stopped after %n failure(s)", nullptr, failures.load());
        switch (t.state) {
        case TargetRunState::Done: ++result.done; break;
        case TargetRunState::Failed: ++result.failed; break;
        default: ++result.notStarted; break;
        }
    }
    return result;
}

} // namespace strata::fleet
