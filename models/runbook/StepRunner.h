#pragma once
// Runs one runbook step on the executor's write connection and journals it: the
// step's transaction, lock_timeout with bounded retries and backoff, statement_timeout,
// cancel, notices and timings. Before COMMIT is sent, txid_current() is in the journal
// (fsync'd); COMMIT's answer is journaled after. An autocommit step (CONCURRENTLY, ...)
// is journaled as started before it runs, so that a crash leaves it in doubt.

#include "Journal.h"
#include "Runbook.h"
#include "pg/ResultSet.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>

namespace strata {
class Connection;
}

namespace strata::runbook {

struct ExecOptions
{
    int lockTimeoutMs = 5000;     // per attempt
    int lockRetries = 2;          // further attempts after a lock timeout
    int retryBackoffMs = 1000;    // doubles each retry
    int statementTimeoutMs = 0;   // 0 = none
};

struct StatementTiming
{
    int statement = 0;            // index within the step
    qint64 elapsedMs = 0;
    QString commandTag;
    qint64 rows = -1;
};

struct StepResult
{
    enum class Status { Done, Failed, InDoubt };
    Status status = Status::Failed;
    Error error;                  // Failed / InDoubt: what happened (server message, position)
    int failedStatement = -1;     // index within the step
    QList<Notice> notices;
    QList<StatementTiming> timings;
    qint64 elapsedMs = 0;
    qint64 txid = -1;
    int attempts = 0;
    bool invalidIndex = false;    // a CONCURRENTLY build failed and left an INVALID index
};

// Test hook: called at "mid-step" (the step's first statement ran, no COMMIT yet),
// "before-commit" (txid journaled, COMMIT not sent) and "after-commit" (COMMIT
// returned, "done" not journaled). The CLI uses it for STRATA_TEST_CRASH_AT.
using Checkpoint = std::function<void(const QString &point, int step)>;

class StepRunner
{
    Q_DECLARE_TR_FUNCTIONS(StepRunner)
public:
    // fence: a second connection of the same run (may be null). Before the txid is
    // journaled, a tiny committed transaction on it flushes the WAL past the step's
    // transaction id, so that after a server crash the id cannot be handed out again
    // (and txid_status can never report someone else's commit as ours).
    StepRunner(Connection &c, Journal &journal, ExecOptions options, Checkpoint checkpoint,
               const std::atomic_bool *canceled, Connection *fence = nullptr);

    StepResult run(const RunbookStep &step);
    // How long the run's earlier steps took: a ledger write records the run's time the way
    // the tool does (LedgerStep).
    void setRunElapsedMs(qint64 ms) { m_runElapsedMs = ms; }

private:
    enum class Attempt { Ok, LockTimeout, Error };
    Attempt runTransactional(const RunbookStep &step, StepResult &res);
    StepResult runOutside(const RunbookStep &step);
    bool exec(const QString &sql, int statementIndex, StepResult &res, const QVariantList &params = {});
    Error applyTimeouts(bool local);
    void rollbackQuietly();
    Error describeLockFailure(const RunbookStep &step, const Error &last, int attempts);
    void checkpoint(const char *point, int step);
    bool fence();
    bool writeLedger(const RunbookStep &step, StepResult &res);

    Connection &m_c;
    Journal &m_journal;
    ExecOptions m_opt;
    Checkpoint m_checkpoint;
    const std::atomic_bool *m_canceled;
    Connection *m_fence = nullptr;
    qint64 m_runElapsedMs = 0;
    QElapsedTimer m_stepTimer;
};

} // namespace strata::runbook
