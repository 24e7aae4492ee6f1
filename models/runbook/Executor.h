#pragma once
// Runs a runbook one confirmed step at a time on a dedicated write connection (review
// sessions stay read-only), journaling every event (Journal) and backing up each table
// before the first step that touches it (BackupWriter). The step logic is StepRunner,
// the state machine RunState; this class owns the connection, the journal and the
// order of things: resolve in-doubt steps, back up, confirm, run, reconnect.
//
// Blocking calls: use it from a worker thread, the CLI or a test. cancel() may be
// called from any thread.

#include "BackupWriter.h"
#include "Journal.h"
#include "RunState.h"
#include "Runbook.h"
#include "StepRunner.h"
#include "pg/ConnectionProfile.h"

#include <QMap>

#include <atomic>
#include <mutex>
#include <memory>

namespace strata {
class Connection;
}

namespace strata::runbook {

struct ExecutorOptions
{
    ExecOptions exec;
    QString backupFolder;          // empty: <journal>.backups
    BackupOptions backup;
    bool backups = true;           // false only for runbooks that touch no existing table (tests of other parts)
    bool snapshots = true;         // schema snapshots before the first and after the last step (RunSnapshots)
    int reconnectAttempts = 3;     // after a lost connection, with 1 s, 2 s, 4 s pauses
    int staleWaitMs = 30000;       // how long to wait for a killed run's backend to go away
    bool terminateStale = false;   // end a killed run's backend instead of waiting for it
    // The operator's word for in-doubt steps the server cannot decide (txid too old, an
    // autocommit statement without a catalog check): step -> true done, false run again.
    QMap<int, bool> decisions;
    // Start a runbook that has blocking findings (Runbook::blockers: "already applied per
    // its ledger"); the journal records that the operator overrode them.
    bool overrideBlockers = false;
};

class Executor
{
    Q_DECLARE_TR_FUNCTIONS(Executor)
public:
    Executor(ExecutorOptions options = {});
    ~Executor();
    Executor(const Executor &) = delete;
    Executor &operator=(const Executor &) = delete;

    // A new run: creates the journal (must not exist), connects, prepares the backup folder.
    Error start(const Runbook &runbook, const ConnectionProfile &profile, const QString &journalPath);
    // Reopens a journal: the runbook comes from its header (and must match expected when
    // given); connects to the same database; resolves in-doubt steps.
    Error resume(const QString &journalPath, const ConnectionProfile &profile, const Runbook *expected = nullptr);

    const Runbook &runbook() const { return m_runbook; }
    RunState state() const;
    const Journal &journal() const { return m_journal; }
    QString backupFolder() const;
    // The schema snapshots of this run (RunSnapshots): before the first step (named in the
    // header), after the last one (named by the latest note; empty until the run ended).
    QString snapshotBefore() const;
    QString snapshotAfter() const;
    // Sentences about what resume() decided for in-doubt steps.
    const QStringList &resolutions() const { return m_resolutions; }

    // Runs the current step (state().current()). A destructive step needs its table's
    // name in typedName. Backs up the tables it touches first; a backup that cannot be
    // written or verified stops the step before anything runs.
    // A backup step (StepMode::Backup) backs its table up, verifies it and journals file,
    // rows, bytes and sha256; a crash before the record is journaled makes it run again,
    // after it never.
    Result<StepResult> runCurrent(const QString &typedName = {});
    // Skipping a backup step takes its table's name typed (typedName: the bare name or
    // schema.table); it is journaled ("backup_skipped") and the audit report says so.
    Error skipCurrent(const QString &why = {}, const QString &typedName = {});
    static bool backupSkipConfirmed(const RunbookStep &step, const QString &typedName);
    Error stop();
    // A CONCURRENTLY step that failed and left an INVALID index: drop it so the step can run again.
    Error dropInvalidIndex();
    // In-doubt steps the catalog cannot decide (txid too old, unknown autocommit statement).
    Error markInDoubt(int step, bool done);

    void cancel();
    void setOverrideBlockers(bool on) { m_opt.overrideBlockers = on; }
    void setCheckpoint(Checkpoint c) { m_checkpoint = std::move(c); }
    void setNoticeSink(std::function<void(int step, const Notice &)> sink) { m_noticeSink = std::move(sink); }

private:
    Error connect();
    void connectFence();
    Error ensureConnected();
    Error checkServerIdentity();
    Error resolveInDoubt();
    Error waitForStaleBackends();
    Error checkJournaledBackups() const;
    Error backupTablesOf(const RunbookStep &step);
    // false: no such table. otherNames: the same table's other names (journaled with it).
    Result<bool> backupOne(BackupWriter &w, const TableRef &t, int stepNumber, const QList<TableRef> &otherNames = {});
    Result<StepResult> runBackupStep(const RunbookStep &step);
    void snapshotAfterRun(); // writes <journal>.after.json and notes it (a failure becomes a note too)
    QJsonObject serverIdentity();

    ExecutorOptions m_opt;
    Runbook m_runbook;
    ConnectionProfile m_profile;
    Journal m_journal;
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<Connection> m_fence; // see StepRunner: keeps a crashed step's txid from being reused
    std::atomic_bool m_canceled{false};
    std::mutex m_cancelMutex;            // guards m_cancelTarget against a reconnect freeing it
    Connection *m_cancelTarget = nullptr; // the connection cancel() interrupts
    Checkpoint m_checkpoint;
    std::function<void(int, const Notice &)> m_noticeSink;
    QStringList m_resolutions;
};

} // namespace strata::runbook
