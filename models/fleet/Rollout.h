#pragma once
// A staged rollout of one runbook over a fleet. Every target runs the runbook executor
// (models/runbook) with its own journal and backups under the rollout's journal folder;
// canary targets go first, then waves of targets; the rollout stops starting targets
// once failures reach the limit. The plan (runbook, targets, options) is written to
// <dir>/fleet.json before anything runs, so resume() after a crash continues every
// target from its journal (the executor never runs a step twice). With a replica lag
// limit, before each step the target's pg_stat_replication is read and the step waits
// while any replica's replay lag is above it. Blocking: run it on a worker thread.

#include "FleetControl.h"
#include "Target.h"
#include "TargetGroup.h"
#include "runbook/Runbook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <atomic>
#include <mutex>
#include <functional>

namespace strata::runbook {
class Executor;
}

namespace strata::fleet {

struct RolloutOptions
{
    int jobs = 0;                 // targets at once within a wave; 0: min(8, targets)
    int canary = 0;               // the first N targets run alone, before any wave
    int wave = 0;                 // targets per wave after the canaries; 0: all the rest
    int maxFailures = 1;          // stop starting targets once this many failed
    int maxReplicaLagMs = -1;     // -1: no throttling
    QStringList confirmTables;    // steps that can lose data on these tables may run
    int lockTimeoutMs = 2000;
    int lockRetries = 2;
    int staleWaitMs = 30000;      // resume: how long to wait for a killed run's sessions
    bool allowPgDump = true;
    int lagPollMs = 500;
};

enum class TargetRunState { NotStarted, Running, Throttled, Done, Failed, Skipped, Stopped };
QString targetRunStateId(TargetRunState s); // "not_started", "running", "throttled", "done", "failed", "skipped", "stopped"
QString targetRunStateLabel(TargetRunState s); // translated

struct RolloutEvent
{
    int target = -1;              // index into the plan's targets; -1 for the rollout itself
    TargetRunState state = TargetRunState::NotStarted;
    int step = 0;                 // the step just done or about to run
    int steps = 0;
    QString text;                 // translated sentence for logs and the GUI
};

struct TargetOutcome
{
    QString name;
    TargetRunState state = TargetRunState::NotStarted;
    int stepsDone = 0;
    int steps = 0;
    QString journal;
    QString message;              // failure or skip reason
};

struct RolloutResult
{
    QList<TargetOutcome> targets;
    int done = 0, failed = 0, notStarted = 0;
    bool stoppedByFailures = false;
    bool stoppedByOperator = false;
    // 0 every target done, 1 a failure or a stop, 2 an error before anything ran.
    int exitCode() const { return failed > 0 || notStarted > 0 || stoppedByOperator || stoppedByFailures ? 1 : 0; }
    QJsonObject toJson() const;
};

class Rollout
{
    Q_DECLARE_TR_FUNCTIONS(Rollout)
public:
    using Sink = std::function<void(const RolloutEvent &)>;

    // Writes the plan into `dir` (which must not hold one yet) and runs it.
    static Result<RolloutResult> start(const runbook::Runbook &runbook, const QList<Target> &targets, const QString &dir,
                                       const RolloutOptions &options, Sink sink = {}, Rollout *handle = nullptr);
    // Continues the rollout planned in `dir`: every target from its own journal.
    // `moreConfirmTables` add to the plan's. The plan keeps no passwords: targets without
    // one get what `lookup` finds (the keychain in the GUI), else ~/.pgpass as always.
    static Result<RolloutResult> resume(const QString &dir, const QStringList &moreConfirmTables = {}, Sink sink = {},
                                        Rollout *handle = nullptr, const TargetGroup::PasswordLookup &lookup = {});
    // The plan of `dir` (runbook, targets, options), for the GUI and tests.
    struct Plan
    {
        runbook::Runbook runbook;
        QList<Target> targets;
        RolloutOptions options;
    };
    static Result<Plan> readPlan(const QString &dir);
    static QString journalPath(const QString &dir, int index, const Target &t);
    // The order targets run in: wave 0 = canaries, then waves (indexes into targets).
    static QList<QList<int>> waves(int targets, const RolloutOptions &options);

    // Controls for a running rollout (any thread).
    void pause() { m_paused = true; }
    void unpause() { m_paused = false; }
    bool isPaused() const { return m_paused; }
    bool isStopped() const { return m_stopped; }
    void stop(); // no new step starts; a running statement is canceled
    FleetControl &control() { return m_control; }

private:
    static Result<RolloutResult> execute(const QString &dir, const Plan &plan, Sink sink, Rollout *handle);
    std::atomic_bool m_paused{false};
    std::atomic_bool m_stopped{false};
    FleetControl m_control;
    std::mutex m_mutex;
    QSet<runbook::Executor *> m_executors; // running ones, for stop()
    friend class RolloutWorker;
};

} // namespace strata::fleet
