#include "StepRunner.h"

#include "CatalogProbe.h"
#include "LedgerStep.h"
#include "RunState.h"
#include "TableRestore.h"
#include "pg/Connection.h"
#include "sql/SqlSplitter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

namespace strata::runbook {

namespace {

bool isLockTimeout(const Error &e) { return e.sqlState == u"55P03"; }

QJsonArray noticesJson(const QList<Notice> &notices)
{
    QJsonArray a;
    for (const Notice &n : notices)
        a.append(QJsonObject{{QStringLiteral("severity"), n.severity}, {QStringLiteral("message"), n.message}});
    return a;
}

QJsonArray timingsJson(const QList<StatementTiming> &t)
{
    QJsonArray a;
    for (const StatementTiming &s : t)
        a.append(QJsonObject{{QStringLiteral("statement"), s.statement},
                             {QStringLiteral("elapsed_ms"), double(s.elapsedMs)},
                             {QStringLiteral("tag"), s.commandTag},
                             {QStringLiteral("rows"), double(s.rows)}});
    return a;
}

// "Step 3 (line 12, at line 2 column 5 of the statement): <server message>"
QString locate(const RunbookStep &step, int statement, const Error &e)
{
    QString where = StepRunner::tr("line %1").arg(step.line);
    if (step.statements.size() > 1)
        where = StepRunner::tr("statement %1 of the block at line %2").arg(statement + 1).arg(step.line);
    if (e.position > 0) {
        const QString &text = step.statements[statement];
        const auto lc = SqlSplitter::lineColumn(text, SqlSplitter::offsetForCursor(text, e.position));
        where += StepRunner::tr(", at line %1 column %2 of the statement").arg(lc.first).arg(lc.second);
    }
    return StepRunner::tr("Step %1 (%2): %3").arg(step.number).arg(where, e.message);
}

} // namespace

StepRunner::StepRunner(Connection &c, Journal &journal, ExecOptions options, Checkpoint checkpoint,
                       const std::atomic_bool *canceled, Connection *fence)
    : m_c(c), m_journal(journal), m_opt(options), m_checkpoint(std::move(checkpoint)), m_canceled(canceled), m_fence(fence)
{
}

bool StepRunner::fence()
{
    // A transaction that writes WAL (catalog rows of a temp table created and dropped
    // at once) and commits with synchronous_commit = on: its commit flushes the WAL up
    // to a record of a transaction id newer than the step's, so crash recovery sets
    // nextXid past the step's id. Without the fence an unflushed step could leave its
    // id unused after a crash, a later transaction could get it and commit, and
    // txid_status would report that commit as the step's.
    if (!m_fence || !m_fence->isAlive())
        return false;
    const ResultSet r = m_fence->exec(QStringLiteral("CREATE TEMP TABLE strata_xid_fence () ON COMMIT DROP"));
    return r.ok();
}

void StepRunner::checkpoint(const char *point, int step)
{
    if (m_checkpoint)
        m_checkpoint(QLatin1StringView(point), step);
}

bool StepRunner::exec(const QString &sql, int statementIndex, StepResult &res, const QVariantList &params)
{
    const ResultSet r = m_c.exec(sql, params);
    res.notices += r.notices;
    if (statementIndex >= 0)
        res.timings.append(StatementTiming{statementIndex, r.elapsedMs, r.commandTag, r.affectedRows});
    if (r.ok())
        return true;
    res.error = r.error;
    res.failedStatement = statementIndex;
    return false;
}

Error StepRunner::applyTimeouts(bool local)
{
    const ResultSet r = m_c.exec(QStringLiteral("SELECT set_config('lock_timeout', $1, $3), set_config('statement_timeout', $2, $3)"),
                                 {QString::number(m_opt.lockTimeoutMs), QString::number(m_opt.statementTimeoutMs), local});
    return r.error;
}

void StepRunner::rollbackQuietly()
{
    if (m_c.isAlive())
        m_c.exec(QStringLiteral("ROLLBACK"));
}

bool StepRunner::writeLedger(const RunbookStep &step, StepResult &res)
{
    if (step.ledger.isEmpty())
        return true;
    auto st = LedgerStep::statements(step.ledger, m_runElapsedMs + m_stepTimer.elapsed());
    if (!st) {
        res.error = st.error();
        return false;
    }
    for (const LedgerStatement &l : std::as_const(*st)) {
        if (!exec(l.sql, -1, res, l.params)) {
            res.error.message = tr("Step %1 (%2) failed: %3").arg(step.number).arg(LedgerStep::describe(step.ledger), res.error.message);
            return false;
        }
    }
    return true;
}

StepResult StepRunner::run(const RunbookStep &step)
{
    StepResult res;
    QElapsedTimer timer;
    timer.start();
    m_stepTimer.start();
    if (m_canceled && m_canceled->load()) {
        res.error = Error(Error::Kind::Canceled, tr("Step %1 was not started: the run was canceled.").arg(step.number));
        return res;
    }
    if (Error e = m_journal.append({{QStringLiteral("event"), event::Started},
                                    {QStringLiteral("step"), step.number},
                                    {QStringLiteral("mode"), stepModeName(step.mode)}})) {
        res.error = e;
        return res;
    }
    if (step.mode == StepMode::OutsideTransaction) {
        res = runOutside(step);
    } else {
        for (int attempt = 0;; ++attempt) {
            res.attempts = attempt + 1;
            const Attempt a = runTransactional(step, res);
            if (a == Attempt::Ok || res.status == StepResult::Status::InDoubt)
                break;
            const bool canceled = m_canceled && m_canceled->load();
            if (a == Attempt::LockTimeout && attempt < m_opt.lockRetries && !canceled) {
                if (Error e = m_journal.append({{QStringLiteral("event"), event::Retry},
                                                {QStringLiteral("step"), step.number},
                                                {QStringLiteral("attempt"), attempt + 1},
                                                {QStringLiteral("message"), res.error.message}})) {
                    res.error = e;
                    break;
                }
                // Back off (doubling), waking up for a cancel.
                const int wait = m_opt.retryBackoffMs << std::min(attempt, 10);
                for (int slept = 0; slept < wait && !(m_canceled && m_canceled->load()); slept += 50)
                    QThread::msleep(50);
                res.notices.clear();
                res.timings.clear();
                continue;
            }
            if (a == Attempt::LockTimeout)
                res.error = describeLockFailure(step, res.error, res.attempts);
            break;
        }
    }
    res.elapsedMs = timer.elapsed();
    if (res.status == StepResult::Status::Failed) {
        if (res.error.kind == Error::Kind::None)
            res.error = Error(Error::Kind::Internal, tr("Step %1 failed.").arg(step.number));
        else if (res.failedStatement >= 0 && res.failedStatement < step.statements.size())
            res.error.message = locate(step, res.failedStatement, res.error);
        // The error is journaled; if even that fails the step stays "started", which
        // resume resolves the same way.
        m_journal.append({{QStringLiteral("event"), event::Failed},
                          {QStringLiteral("step"), step.number},
                          {QStringLiteral("message"), res.error.message},
                          {QStringLiteral("detail"), res.error.detail},
                          {QStringLiteral("sqlstate"), res.error.sqlState},
                          {QStringLiteral("position"), res.error.position},
                          {QStringLiteral("statement"), res.failedStatement},
                          {QStringLiteral("invalid_index"), res.invalidIndex},
                          {QStringLiteral("elapsed_ms"), double(res.elapsedMs)},
                          {QStringLiteral("notices"), noticesJson(res.notices)}});
    } else if (res.status == StepResult::Status::Done) {
        if (Error e = m_journal.append({{QStringLiteral("event"), event::Done},
                                        {QStringLiteral("step"), step.number},
                                        {QStringLiteral("txid"), double(res.txid)},
                                        {QStringLiteral("attempts"), res.attempts},
                                        {QStringLiteral("elapsed_ms"), double(res.elapsedMs)},
                                        {QStringLiteral("timings"), timingsJson(res.timings)},
                                        {QStringLiteral("notices"), noticesJson(res.notices)}})) {
            // Committed but not journaled: resume will find it committed through its txid.
            res.status = StepResult::Status::InDoubt;
            res.error = e;
        }
    }
    return res;
}

StepRunner::Attempt StepRunner::runTransactional(const RunbookStep &step, StepResult &res)
{
    res.status = StepResult::Status::Failed;
    const bool block = step.mode == StepMode::ExplicitBlock;
    auto fail = [&](bool mayRetry) {
        const bool lock = isLockTimeout(res.error);
        rollbackQuietly();
        return lock && mayRetry ? Attempt::LockTimeout : Attempt::Error;
    };
    if (!(block ? exec(step.statements.first(), 0, res) : exec(QStringLiteral("BEGIN"), -1, res)))
        return fail(false);
    if (Error e = applyTimeouts(true)) {
        res.error = e;
        return fail(false);
    }
    for (const QString &s : step.settings)
        if (!exec(s, -1, res))
            return fail(false);

    if (step.mode == StepMode::Restore) {
        if (Error e = TableRestore::restoreInTransaction(m_c, step.restoreManifest, step.restoreTables)) {
            res.error = e;
            return fail(true);
        }
        checkpoint("mid-step", step.number);
    } else {
        const int first = block ? 1 : 0;
        const int last = int(step.statements.size()) - (block ? 2 : 1);
        for (int i = first; i <= last; ++i) {
            if (m_canceled && m_canceled->load()) {
                res.error = Error(Error::Kind::Canceled, tr("The statement was canceled."));
                return fail(false);
            }
            if (!exec(step.statements[i], i, res))
                return fail(true);
            if (i == first)
                checkpoint("mid-step", step.number);
        }
        // The tool's ledger row, in the same transaction as the step's statements.
        if (!writeLedger(step, res))
            return fail(true);
        if (block && step.endsWithRollback) {
            if (!exec(step.statements.last(), int(step.statements.size()) - 1, res))
                return fail(false);
            res.status = StepResult::Status::Done;
            return Attempt::Ok;
        }
    }

    const ResultSet tx = m_c.exec(QStringLiteral("SELECT txid_current()"));
    if (!tx.ok()) {
        res.error = tx.error;
        return fail(false);
    }
    res.txid = tx.toInt64(0, 0);
    const bool fenced = fence();
    if (Error e = m_journal.append({{QStringLiteral("event"), event::Txid},
                                    {QStringLiteral("step"), step.number},
                                    {QStringLiteral("txid"), double(res.txid)},
                                    {QStringLiteral("fenced"), fenced}})) {
        res.error = e;
        return fail(false);
    }
    checkpoint("before-commit", step.number);
    const int commitIndex = block ? int(step.statements.size()) - 1 : -1;
    const ResultSet commit = m_c.exec(block ? step.statements.last() : QStringLiteral("COMMIT"));
    res.notices += commit.notices;
    if (!commit.ok()) {
        // Whether a failed COMMIT took effect is the server's to say (txid_status after a
        // reconnect), never a guess from the error: a lost connection, a crash, a
        // deferred constraint all look alike from here.
        res.error = commit.error;
        res.failedStatement = commitIndex;
        res.status = StepResult::Status::InDoubt;
        return Attempt::Error;
    }
    if (commit.commandTag != u"COMMIT") {
        res.error = Error(Error::Kind::Query, tr("The server rolled the transaction back at COMMIT."), commit.commandTag);
        res.failedStatement = commitIndex;
        return Attempt::Error;
    }
    if (commitIndex >= 0)
        res.timings.append(StatementTiming{commitIndex, commit.elapsedMs, commit.commandTag, -1});
    checkpoint("after-commit", step.number);
    res.status = StepResult::Status::Done;
    return Attempt::Ok;
}

StepResult StepRunner::runOutside(const RunbookStep &step)
{
    StepResult res;
    if (Error e = applyTimeouts(false)) {
        res.error = e;
        return res;
    }
    for (const QString &s : step.settings)
        if (!exec(s, -1, res))
            return res;
    for (int attempt = 0;; ++attempt) {
        res.attempts = attempt + 1;
        checkpoint("mid-step", step.number);
        if (exec(step.statements.first(), 0, res)) {
            checkpoint("after-commit", step.number);
            res.status = StepResult::Status::Done;
            return res;
        }
        if (!m_c.isAlive() || res.error.kind == Error::Kind::ServerGone) {
            res.status = StepResult::Status::InDoubt; // the catalog decides on resume
            return res;
        }
        if (step.effect == EffectCheck::IndexExists) {
            auto st = CatalogProbe::indexState(m_c, step.effectObject);
            if (st && *st == IndexState::Invalid) {
                res.invalidIndex = true;
                res.error.hint = tr("The failed build left the INVALID index %1. It takes space and slows writes; "
                                    "drop it (DROP INDEX CONCURRENTLY) before running the step again.")
                                     .arg(step.effectObject.display());
                return res;
            }
        }
        if (isLockTimeout(res.error) && attempt < m_opt.lockRetries && !(m_canceled && m_canceled->load())) {
            m_journal.append({{QStringLiteral("event"), event::Retry},
                              {QStringLiteral("step"), step.number},
                              {QStringLiteral("attempt"), attempt + 1},
                              {QStringLiteral("message"), res.error.message}});
            const int wait = m_opt.retryBackoffMs << std::min(attempt, 10);
            for (int slept = 0; slept < wait && !(m_canceled && m_canceled->load()); slept += 50)
                QThread::msleep(50);
            continue;
        }
        if (isLockTimeout(res.error))
            res.error = describeLockFailure(step, res.error, res.attempts);
        return res;
    }
}

Error StepRunner::describeLockFailure(const RunbookStep &step, const Error &last, int attempts)
{
    Error e(Error::Kind::Timeout,
            tr("Step %1 could not get its lock within %2 ms (%3 attempts): another session holds a conflicting lock. "
               "Nothing of this step was applied.")
                .arg(step.number)
                .arg(m_opt.lockTimeoutMs)
                .arg(attempts));
    e.sqlState = last.sqlState;
    QStringList who;
    if (auto b = CatalogProbe::blockers(m_c, step.tables)) {
        for (const LockBlocker &x : *b)
            who.append(CatalogProbe::describe(x));
    }
    e.detail = who.isEmpty() ? last.message : who.join(u'\n');
    e.hint = tr("Wait for that session to finish (or end it), then run the step again. The step gave up instead of "
                "queueing, so it did not block other sessions.");
    return e;
}

} // namespace strata::runbook
