#include "Executor.h"

#include "CatalogProbe.h"
#include "RunSnapshots.h"
#include "pg/Connection.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QDir>
#include <QJsonArray>
#include <QFileInfo>
#include <QThread>

namespace strata::runbook {

namespace {
QString S(const QJsonObject &o, const char *k) { return o.value(QLatin1StringView(k)).toString(); }
}

Executor::Executor(ExecutorOptions options)
    : m_opt(std::move(options))
{
}

Executor::~Executor()
{
    std::lock_guard lock(m_cancelMutex);
    m_cancelTarget = nullptr;
}

RunState Executor::state() const
{
    return RunState::replay(int(m_runbook.steps.size()), m_journal.events());
}

QString Executor::backupFolder() const
{
    const QString fromHeader = S(m_journal.header(), "backup_folder");
    if (!fromHeader.isEmpty())
        return fromHeader;
    if (!m_opt.backupFolder.isEmpty() || m_journal.path().isEmpty())
        return m_opt.backupFolder;
    return m_journal.path() + QStringLiteral(".backups");
}

Error Executor::connect()
{
    {
        std::lock_guard lock(m_cancelMutex);
        m_cancelTarget = nullptr;
        m_conn.reset();
    }
    SessionOptions o;
    o.readOnly = false;              // the only write session Strata opens
    o.statementTimeoutMs = m_opt.exec.statementTimeoutMs;
    o.lockTimeoutMs = m_opt.exec.lockTimeoutMs;
    // Names the run, so that a resumed run can find the backend of a killed one.
    o.applicationName = QStringLiteral("strata-runbook ") + m_runbook.sha256().left(12);
    auto c = Connection::open(m_profile, o);
    if (!c)
        return c.error();
    m_conn = std::move(*c);
    m_conn->setNoticeHandler([this](const Notice &n) {
        if (m_noticeSink)
            m_noticeSink(state().current(), n);
    });
    if (m_conn->info().serverVersionNum < 100000)
        return Error(Error::Kind::Environment, tr("The runbook needs PostgreSQL 10 or newer (txid_status); the server runs %1.")
                                                   .arg(m_conn->info().serverVersion));
    {
        std::lock_guard lock(m_cancelMutex);
        m_cancelTarget = m_conn.get();
    }
    connectFence();
    return {};
}

void Executor::connectFence()
{
    m_fence.reset();
    SessionOptions o;
    o.readOnly = false;
    o.statementTimeoutMs = 10000;
    o.lockTimeoutMs = 1000;
    o.applicationName = QStringLiteral("strata-runbook-fence");
    auto c = Connection::open(m_profile, o);
    if (!c)
        return; // the steps still run; the journal records "fenced": false
    if (!(*c)->exec(QStringLiteral("SELECT set_config('synchronous_commit', 'on', false)")).ok())
        return;
    m_fence = std::move(*c);
}

Error Executor::ensureConnected()
{
    if (m_conn && m_conn->isAlive()) {
        if (!m_fence || !m_fence->isAlive())
            connectFence();
        return {};
    }
    const bool reconnect = m_conn != nullptr;
    Error last;
    for (int attempt = 0; attempt <= m_opt.reconnectAttempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(1000u << std::min(attempt - 1, 5));
        last = connect();
        if (!last)
            break;
    }
    if (last)
        return last;
    // After a lost connection our old backend may still hold the step's locks until
    // the server notices; wait for it rather than queue behind ourselves.
    if (reconnect)
        return waitForStaleBackends();
    return {};
}

QJsonObject Executor::serverIdentity()
{
    QJsonObject o{{QStringLiteral("database"), m_conn->info().dbname},
                  {QStringLiteral("server_version"), m_conn->info().serverVersion},
                  {QStringLiteral("server"), m_profile.displayString()}};
    // Not every role may read pg_control_system(); without it the database name is the check.
    const ResultSet r = m_conn->exec(QStringLiteral("SELECT system_identifier::text FROM pg_control_system()"));
    if (r.ok() && r.rowCount() == 1)
        o.insert(QStringLiteral("system_identifier"), r.text(0, 0));
    return o;
}

Error Executor::checkServerIdentity()
{
    const QJsonObject now = serverIdentity();
    const QJsonObject was = m_journal.header().value(QLatin1StringView("server")).toObject();
    const QString a = S(was, "system_identifier"), b = S(now, "system_identifier");
    if (S(was, "database") != S(now, "database") || (!a.isEmpty() && !b.isEmpty() && a != b))
        return Error(Error::Kind::Usage, tr("This journal belongs to the database “%1” on another server; it cannot be resumed here.")
                                             .arg(S(was, "database")),
                     tr("journal: %1 (system %2); connected: %3 (system %4)").arg(S(was, "database"), a, S(now, "database"), b));
    return {};
}

Error Executor::start(const Runbook &runbook, const ConnectionProfile &profile, const QString &journalPath)
{
    m_runbook = runbook;
    m_profile = profile;
    if (!runbook.blockers.isEmpty() && !m_opt.overrideBlockers)
        return Error(Error::Kind::Usage, tr("Nothing ran: %1").arg(runbook.blockers.join(u' ')), {},
                     tr("Run it anyway only if you know the ledger is wrong (strata-cli run --override-applied; in the Runbook tab, type the confirmation)."));
    // Before anything is backed up or written: a journal never replaces an existing file.
    if (Error e = Journal::checkNewPath(journalPath))
        return e;
    if (Error e = connect())
        return e;
    QString folder = m_opt.backupFolder;
    if (folder.isEmpty())
        folder = QFileInfo(journalPath).absoluteFilePath() + QStringLiteral(".backups");
    if (m_opt.backups) {
        BackupWriter w(*m_conn, m_profile, folder, m_opt.backup);
        if (Error e = w.prepare())
            return e; // before the journal exists: nothing ran, nothing to resume
    }
    // The schema before anything runs, for the guided rollback and the audit report.
    QString before;
    if (m_opt.snapshots) {
        before = RunSnapshots::beforePathFor(QFileInfo(journalPath).absoluteFilePath());
        if (Error e = RunSnapshots::capture(m_profile, before))
            return Error(e.kind, tr("Nothing ran: the schema snapshot before the run could not be written. %1").arg(e.message), e.detail, e.hint);
    }
    QJsonObject header{{QStringLiteral("runbook_sha256"), m_runbook.sha256()},
                       {QStringLiteral("snapshot_before"), before},
                       {QStringLiteral("runbook"), m_runbook.toJson()},
                       {QStringLiteral("server"), serverIdentity()},
                       {QStringLiteral("backup_folder"), m_opt.backups ? folder : QString()},
                       {QStringLiteral("backups"), m_opt.backups}};
    if (!runbook.blockers.isEmpty())
        header.insert(QStringLiteral("blockers_overridden"), QJsonArray::fromStringList(runbook.blockers));
    auto j = Journal::create(journalPath, header);
    if (!j)
        return j.error();
    m_journal = std::move(*j);
    return {};
}

Error Executor::resume(const QString &journalPath, const ConnectionProfile &profile, const Runbook *expected)
{
    auto j = Journal::open(journalPath);
    if (!j)
        return j.error();
    m_journal = std::move(*j);
    auto rb = Runbook::fromJson(m_journal.header().value(QLatin1StringView("runbook")).toObject());
    if (!rb)
        return rb.error();
    if (rb->sha256() != m_journal.runbookSha())
        return Error(Error::Kind::Parse, tr("The journal's runbook does not match its checksum."));
    if (expected && expected->sha256() != rb->sha256())
        return Error(Error::Kind::Usage, tr("This journal belongs to a different runbook (sha256 %1, the given one is %2).")
                                             .arg(rb->sha256().left(12), expected->sha256().left(12)));
    m_runbook = *rb;
    m_profile = profile;
    // Whether tables are backed up is not the journal's to say (only the caller's options
    // switch backups off); a backup the journal names must be the one its manifest holds.
    if (Error e = checkJournaledBackups())
        return e;
    if (Error e = ensureConnected())
        return e;
    if (Error e = checkServerIdentity())
        return e;
    return resolveInDoubt();
}

Error Executor::waitForStaleBackends()
{
    // A killed run's backend may still be working (or idle in its transaction) until the
    // server notices the client is gone. Its transaction cannot commit without us, but
    // its locks and a running CONCURRENTLY build must be over before we decide.
    QElapsedTimer t;
    t.start();
    for (;;) {
        const ResultSet r = m_conn->exec(QStringLiteral(
            "SELECT pid, state, left(query, 200) FROM pg_catalog.pg_stat_activity "
            "WHERE application_name = $1 AND pid <> pg_backend_pid() AND datname = current_database()"),
            {m_conn->options().applicationName});
        if (!r.ok())
            return r.error;
        if (r.rowCount() == 0)
            return {};
        if (m_opt.terminateStale) {
            for (int i = 0; i < r.rowCount(); ++i)
                m_conn->exec(QStringLiteral("SELECT pg_terminate_backend($1::int)"), {r.text(i, 0)});
        } else if (t.elapsed() > m_opt.staleWaitMs) {
            QStringList who;
            for (int i = 0; i < r.rowCount(); ++i)
                who.append(tr("pid %1 (%2): %3").arg(r.text(i, 0), r.text(i, 1), r.text(i, 2).simplified()));
            return Error(Error::Kind::Timeout, tr("A session of the earlier run is still working on this database."),
                         who.join(u'\n'),
                         tr("Wait for it to finish and resume again, or resume with --terminate-stale to end it."));
        }
        QThread::msleep(200);
    }
}

Error Executor::resolveInDoubt()
{
    m_resolutions.clear();
    const RunState st = state();
    const QList<int> doubt = st.inDoubt();
    if (doubt.isEmpty())
        return {};
    if (Error e = waitForStaleBackends())
        return e;
    for (int n : doubt) {
        const RunbookStep &step = m_runbook.steps[n - 1];
        const StepStatus &s = st.step(n);
        QString out;
        QString why;
        // Only where the server cannot tell does the operator's word count.
        const auto decided = m_opt.decisions.constFind(n);
        const bool hasDecision = decided != m_opt.decisions.cend();
        auto operatorSays = [&] {
            out = *decided ? outcome::OperatorDone : outcome::OperatorRerun;
            why = *decided ? tr("The operator marked step %1 as done.").arg(n) : tr("The operator chose to run step %1 again.").arg(n);
        };
        if (step.mode == StepMode::Backup) {
            // The backup is journaled before its step is done: with the record there the
            // backup was made and verified; without it, making it again is harmless.
            bool made = false;
            for (const BackupRecord &b : st.backups())
                made = made || b.step == n;
            out = made ? outcome::EffectPresent : outcome::Repeat;
            why = made ? tr("Step %1 had backed up %2 before the interruption: it is done and will not run again.").arg(n).arg(step.backupTable.display())
                       : tr("Step %1 (backup of %2) was interrupted before the backup was recorded: it will run again.").arg(n).arg(step.backupTable.display());
        } else if (step.mode != StepMode::OutsideTransaction) {
            if (s.txid < 0) {
                out = outcome::NotCommitted;
                why = tr("Step %1 was interrupted before COMMIT was sent: it did not commit and will run again.").arg(n);
            } else {
                auto status = CatalogProbe::txidStatus(*m_conn, s.txid);
                if (!status)
                    return status.error();
                if (!status->has_value() && hasDecision)
                    operatorSays();
                else if (!status->has_value())
                    return Error(Error::Kind::Usage, tr("The server no longer knows whether step %1 (transaction %2) committed.").arg(n).arg(s.txid),
                                 {}, tr("Check the step's effect by hand, then resume with --mark-done %1 or --rerun %1.").arg(n));
                const QString v = status->value_or(QString());
                if (v.isEmpty()) {
                } else if (v == u"committed") {
                    out = outcome::Committed;
                    why = tr("Step %1 committed (transaction %2) before the interruption: it is done and will not run again.").arg(n).arg(s.txid);
                } else if (v == u"aborted") {
                    out = outcome::NotCommitted;
                    why = tr("Step %1 did not commit (transaction %2 aborted): it will run again.").arg(n).arg(s.txid);
                } else {
                    return Error(Error::Kind::Timeout, tr("Step %1's transaction %2 is still in progress on the server.").arg(n).arg(s.txid),
                                 {}, tr("Resume again once it has ended."));
                }
            }
        } else {
            switch (step.effect) {
            case EffectCheck::IndexExists:
            case EffectCheck::IndexGone: {
                auto is = CatalogProbe::indexState(*m_conn, step.effectObject);
                if (!is)
                    return is.error();
                if (step.effect == EffectCheck::IndexGone) {
                    out = *is == IndexState::Absent ? outcome::EffectPresent : outcome::EffectAbsent;
                } else if (*is == IndexState::Valid) {
                    out = outcome::EffectPresent;
                } else if (*is == IndexState::Invalid) {
                    out = outcome::InvalidIndex;
                } else {
                    out = outcome::EffectAbsent;
                }
                why = out == outcome::EffectPresent ? tr("Step %1 had finished: %2 is in place.").arg(n).arg(step.effectObject.display())
                      : out == outcome::InvalidIndex
                          ? tr("Step %1 was interrupted and left the INVALID index %2; drop it before running the step again.")
                                .arg(n).arg(step.effectObject.display())
                          : tr("Step %1 had not taken effect: it will run again.").arg(n);
                break;
            }
            case EffectCheck::Repeatable:
                out = outcome::Repeat;
                why = tr("Step %1 may have run; running it again is harmless.").arg(n);
                break;
            default:
                if (hasDecision) {
                    operatorSays();
                    break;
                }
                return Error(Error::Kind::Usage, tr("Step %1 ran outside a transaction and was interrupted; Strata cannot tell whether it took effect.").arg(n),
                             step.sql(), tr("Check its effect by hand, then resume with --mark-done %1 or --rerun %1.").arg(n));
            }
        }
        QJsonObject ev{{QStringLiteral("event"), event::Resolved}, {QStringLiteral("step"), n},
                       {QStringLiteral("outcome"), out}, {QStringLiteral("txid"), double(s.txid)},
                       {QStringLiteral("message"), why}};
        if (Error e = m_journal.append(ev))
            return e;
        m_resolutions.append(why);
    }
    return {};
}

Error Executor::markInDoubt(int n, bool done)
{
    if (n < 1 || n > m_runbook.steps.size() || state().step(n).state != StepState::InDoubt)
        return Error(Error::Kind::Usage, tr("Step %1 is not in doubt.").arg(n));
    return m_journal.append({{QStringLiteral("event"), event::Resolved}, {QStringLiteral("step"), n},
                             {QStringLiteral("outcome"), done ? outcome::OperatorDone : outcome::OperatorRerun},
                             {QStringLiteral("message"), done ? tr("The operator marked step %1 as done.").arg(n)
                                                              : tr("The operator chose to run step %1 again.").arg(n)}});
}

QString Executor::snapshotBefore() const
{
    return RunSnapshots::beforePath(m_journal.header());
}

QString Executor::snapshotAfter() const
{
    return RunSnapshots::afterPath(m_journal.events());
}

void Executor::snapshotAfterRun()
{
    if (!m_opt.snapshots || m_journal.path().isEmpty())
        return;
    const QString path = RunSnapshots::afterPathFor(QFileInfo(m_journal.path()).absoluteFilePath());
    const Error e = RunSnapshots::capture(m_profile, path);
    QJsonObject note{{QStringLiteral("event"), event::Note}, {QStringLiteral("step"), state().current()}};
    if (e) {
        note.insert(QStringLiteral("message"), tr("The schema snapshot after the run could not be written: %1").arg(e.message));
    } else {
        note.insert(QStringLiteral("snapshot_after"), path);
        note.insert(QStringLiteral("message"), tr("Schema snapshot after the run: %1").arg(path));
    }
    m_journal.append(note);
}

Result<StepResult> Executor::runCurrent(const QString &typedName)
{
    m_canceled = false;
    RunState st = state();
    const int n = st.current();
    if (n == 0)
        return Error(Error::Kind::Usage, tr("Every step of the runbook is done."));
    const RunbookStep &step = m_runbook.steps[n - 1];
    const StepStatus &s = st.step(n);
    if (s.state == StepState::InDoubt)
        return Error(Error::Kind::Usage, tr("Step %1 is in doubt; resume the runbook to resolve it first.").arg(n));
    if (s.invalidIndex)
        return Error(Error::Kind::Usage, tr("Step %1 left the INVALID index %2; drop it before running the step again.")
                                             .arg(n).arg(step.effectObject.display()));
    if (step.destructive && typedName != step.confirmName)
        return Error(Error::Kind::Usage, tr("Step %1 can lose data (%2) and needs the table name “%3” typed to confirm.")
                                             .arg(n).arg(step.destructiveReason, step.confirmName));
    if (Error e = ensureConnected())
        return e;
    if (step.mode == StepMode::Backup) {
        auto r = runBackupStep(step);
        if (r && (r->status == StepResult::Status::Failed || state().finished()))
            snapshotAfterRun();
        return r;
    }
    if (Error e = backupTablesOf(step))
        return e;
    StepRunner runner(*m_conn, m_journal, m_opt.exec, m_checkpoint, &m_canceled, m_fence.get());
    qint64 elapsed = 0; // the run's steps so far (a ledger write records the run's time)
    for (const QJsonObject &ev : m_journal.events())
        if (S(ev, "event") == event::Done)
            elapsed += qint64(ev.value(QLatin1StringView("elapsed_ms")).toDouble());
    runner.setRunElapsedMs(elapsed);
    StepResult r = runner.run(step);
    if (r.status == StepResult::Status::InDoubt) {
        // Lost the connection around COMMIT (or mid-way through an autocommit step):
        // reconnect and let the server say what happened.
        if (Error e = ensureConnected())
            return Error(r.error.kind, r.error.message + u' ' + tr("Reconnecting failed: %1 Resume the runbook once the server is back.").arg(e.message),
                         r.error.detail, r.error.hint);
        if (Error e = resolveInDoubt())
            return e;
        const StepStatus now = state().step(n);
        if (now.state == StepState::Done) {
            r.status = StepResult::Status::Done;
            r.error = Error();
        } else {
            r.status = StepResult::Status::Failed;
            if (Error e = m_journal.append({{QStringLiteral("event"), event::Failed}, {QStringLiteral("step"), n},
                                            {QStringLiteral("message"), r.error.message}, {QStringLiteral("detail"), r.error.detail},
                                            {QStringLiteral("sqlstate"), r.error.sqlState},
                                            {QStringLiteral("invalid_index"), now.invalidIndex}}))
                return e;
        }
    }
    if (r.status == StepResult::Status::Failed || state().finished())
        snapshotAfterRun();
    return r;
}

Error Executor::skipCurrent(const QString &why, const QString &typedName)
{
    const RunState st = state();
    const int n = st.current();
    if (n == 0)
        return Error(Error::Kind::Usage, tr("Every step of the runbook is done."));
    if (st.step(n).state == StepState::InDoubt)
        return Error(Error::Kind::Usage, tr("Step %1 is in doubt and cannot be skipped before it is resolved.").arg(n));
    const RunbookStep &step = m_runbook.steps[n - 1];
    QJsonObject ev{{QStringLiteral("event"), event::Skipped}, {QStringLiteral("step"), n}, {QStringLiteral("message"), why}};
    if (step.mode == StepMode::Backup) {
        if (!backupSkipConfirmed(step, typedName))
            return Error(Error::Kind::Usage, tr("Skipping step %1 leaves %2 without a backup; type the table name “%3” to confirm.")
                                                 .arg(n).arg(step.backupTable.display(), step.backupTable.name));
        ev.insert(QStringLiteral("backup_skipped"), true);
        ev.insert(QStringLiteral("schema"), step.backupTable.schema);
        ev.insert(QStringLiteral("table"), step.backupTable.name);
        QJsonArray also;
        for (const TableRef &o : step.backupNames)
            also.append(QJsonObject{{QStringLiteral("schema"), o.schema}, {QStringLiteral("name"), o.name}});
        if (!also.isEmpty())
            ev.insert(QStringLiteral("also"), also);
    }
    if (Error e = m_journal.append(ev))
        return e;
    if (state().finished())
        snapshotAfterRun();
    return {};
}

Error Executor::stop()
{
    if (Error e = m_journal.append({{QStringLiteral("event"), event::Stopped}, {QStringLiteral("step"), state().current()}}))
        return e;
    snapshotAfterRun();
    return {};
}

Error Executor::dropInvalidIndex()
{
    const RunState st = state();
    const int n = st.current();
    if (n == 0 || !st.step(n).invalidIndex)
        return Error(Error::Kind::Usage, tr("There is no INVALID index to drop."));
    const RunbookStep &step = m_runbook.steps[n - 1];
    if (Error e = ensureConnected())
        return e;
    auto is = CatalogProbe::indexState(*m_conn, step.effectObject);
    if (!is)
        return is.error();
    if (*is == IndexState::Valid)
        return Error(Error::Kind::Usage, tr("The index %1 is valid; Strata drops only INVALID indexes.").arg(step.effectObject.display()));
    if (*is == IndexState::Invalid) {
        const TableRef &ix = step.effectObject;
        const QString name = (ix.schema.isEmpty() ? QString() : m_conn->quoteIdentifier(ix.schema) + u'.') + m_conn->quoteIdentifier(ix.name);
        const ResultSet r = m_conn->exec(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1").arg(name));
        if (!r.ok())
            return r.error;
    }
    return m_journal.append({{QStringLiteral("event"), event::Note}, {QStringLiteral("step"), n},
                             {QStringLiteral("invalid_index_dropped"), true},
                             {QStringLiteral("message"), tr("Dropped the INVALID index %1.").arg(step.effectObject.display())}});
}

void Executor::cancel()
{
    m_canceled = true;
    std::lock_guard lock(m_cancelMutex);
    if (m_cancelTarget)
        m_cancelTarget->cancel();
}

} // namespace strata::runbook
