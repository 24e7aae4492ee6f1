// The Executor's backups: backup steps (StepMode::Backup), the backups a step needs
// that no backup step made (the safety net under them), skipped backups, and the check
// on resume that what the journal says was backed up is what the backup folder holds.

#include "Executor.h"

#include "pg/Connection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

namespace strata::runbook {

namespace {
QString S(const QJsonObject &o, const char *k) { return o.value(QLatin1StringView(k)).toString(); }
}

Error Executor::checkJournaledBackups() const
{
    const RunState st = state();
    for (const BackupRecord &b : st.backups()) {
        auto m = BackupManifest::load(b.manifest);
        // By its file: a backup made again after a crash (before it was journaled) leaves
        // an earlier entry of the same table in the manifest.
        const BackupEntry *e = nullptr;
        if (m)
            for (const BackupEntry &x : m->entries)
                if (x.file == b.file && (x.table == b.table || e == nullptr))
                    e = &x;
        const bool fileThere = e && QFileInfo(QFileInfo(b.manifest).dir().filePath(e->file)).isFile();
        if (!e || !fileThere || e->sha256 != b.sha256 || e->file != b.file)
            return Error(Error::Kind::Parse,
                         tr("The journal %1 names a backup of %2 that its backup folder does not hold (edited by hand, or the backup was removed); "
                            "it is not resumed.").arg(m_journal.path(), b.table.display()),
                         m ? QString() : m.error().message);
    }
    // A skipped backup counts only as the skip of that table's own backup step.
    for (const QJsonObject &ev : m_journal.events()) {
        if (!ev.value(QLatin1StringView("backup_skipped")).toBool())
            continue;
        const int n = ev.value(QLatin1StringView("step")).toInt();
        const TableRef t{S(ev, "schema"), S(ev, "table")};
        bool alsoOk = true;
        for (const QJsonValue &v : ev.value(QLatin1StringView("also")).toArray())
            alsoOk = alsoOk && n >= 1 && n <= m_runbook.steps.size()
                     && m_runbook.steps[n - 1].backupNames.contains(TableRef{v[QLatin1StringView("schema")].toString(), v[QLatin1StringView("name")].toString()});
        if (!alsoOk || n < 1 || n > m_runbook.steps.size() || m_runbook.steps[n - 1].mode != StepMode::Backup || !(m_runbook.steps[n - 1].backupTable == t))
            return Error(Error::Kind::Parse, tr("The journal %1 says the backup of %2 was skipped at a step that does not back it up "
                                                "(edited by hand?); it is not resumed.").arg(m_journal.path(), t.display()));
    }
    return {};
}

Result<bool> Executor::backupOne(BackupWriter &w, const TableRef &t, int stepNumber, const QList<TableRef> &otherNames)
{
    auto b = w.backup(t);
    if (!b)
        return b.error();
    if (!b->has_value())
        return false; // does not exist (yet), or not a table
    const BackupEntry &e = **b;
    if (m_checkpoint)
        m_checkpoint(QStringLiteral("backup-written"), stepNumber);
    // One record for the table, and the same backup under its other names in the runbook,
    // so that no step backs it up again and the rollback finds it by the name its step used.
    auto record = [&](const TableRef &name) {
        return m_journal.append({{QStringLiteral("event"), event::Backup}, {QStringLiteral("step"), stepNumber},
                                 {QStringLiteral("schema"), name.schema}, {QStringLiteral("table"), name.name},
                                 {QStringLiteral("manifest"), w.manifestPath()}, {QStringLiteral("method"), e.method},
                                 {QStringLiteral("file"), e.file}, {QStringLiteral("rows"), double(e.rows)}, {QStringLiteral("bytes"), double(e.bytes)},
                                 {QStringLiteral("sha256"), e.sha256}, {QStringLiteral("verified"), true}});
    };
    if (Error err = record(t))
        return err;
    for (const TableRef &o : otherNames)
        if (Error err = record(o))
            return err;
    return true;
}

Error Executor::backupTablesOf(const RunbookStep &step)
{
    // The safety net under the backup steps: a table the step writes that no backup step
    // of this run backed up (a table the run created, a runbook planned without the
    // catalog), and whose backup the operator did not skip, is backed up now.
    if (!m_opt.backups)
        return {};
    const RunState st = state();
    BackupWriter w(*m_conn, m_profile, backupFolder(), m_opt.backup);
    bool prepared = false;
    for (const TableRef &t : step.tables) {
        if (st.backups().contains(t.display()) || st.skippedBackups().contains(t.display()))
            continue;
        if (!prepared) {
            if (Error e = w.prepare())
                return Error(e.kind, tr("Step %1 did not run: %2").arg(step.number).arg(e.message), e.detail, e.hint);
            prepared = true;
        }
        auto b = backupOne(w, t, step.number);
        if (!b)
            return Error(b.error().kind, tr("Step %1 did not run: the backup of %2 failed. %3").arg(step.number).arg(t.display(), b.error().message),
                         b.error().detail, b.error().hint);
    }
    return {};
}

Result<StepResult> Executor::runBackupStep(const RunbookStep &step)
{
    StepResult r;
    r.attempts = 1;
    QElapsedTimer timer;
    timer.start();
    const int n = step.number;
    const TableRef &t = step.backupTable;
    if (Error e = m_journal.append({{QStringLiteral("event"), event::Started}, {QStringLiteral("step"), n},
                                    {QStringLiteral("mode"), stepModeName(step.mode)}}))
        return e;
    QString note;
    Result<bool> made = false;
    const RunState st = state();
    const auto earlier = st.backups().constFind(t.display());
    if (earlier != st.backups().cend()) {
        made = false;
        note = tr("%1 was backed up at step %2 already.").arg(t.display()).arg(earlier->step);
    } else {
        BackupWriter w(*m_conn, m_profile, backupFolder(), m_opt.backup);
        if (Error e = w.prepare())
            made = e;
        else
            made = backupOne(w, t, n, step.backupNames);
        if (made && !*made)
            note = tr("%1 does not exist: nothing to back up.").arg(t.display());
    }
    r.elapsedMs = timer.elapsed();
    if (!made) {
        r.status = StepResult::Status::Failed;
        r.error = Error(made.error().kind, tr("Step %1: the backup of %2 failed. %3").arg(n).arg(t.display(), made.error().message),
                        made.error().detail, made.error().hint);
        if (Error e = m_journal.append({{QStringLiteral("event"), event::Failed}, {QStringLiteral("step"), n},
                                        {QStringLiteral("message"), r.error.message}, {QStringLiteral("detail"), r.error.detail},
                                        {QStringLiteral("elapsed_ms"), double(r.elapsedMs)}}))
            return e;
        return r;
    }
    if (m_checkpoint)
        m_checkpoint(QStringLiteral("after-backup"), n);
    if (!note.isEmpty())
        if (Error e = m_journal.append({{QStringLiteral("event"), event::Note}, {QStringLiteral("step"), n}, {QStringLiteral("message"), note}}))
            return e;
    if (Error e = m_journal.append({{QStringLiteral("event"), event::Done}, {QStringLiteral("step"), n}, {QStringLiteral("txid"), -1.0},
                                    {QStringLiteral("attempts"), 1}, {QStringLiteral("elapsed_ms"), double(r.elapsedMs)}}))
        return e;
    r.status = StepResult::Status::Done;
    return r;
}

bool Executor::backupSkipConfirmed(const RunbookStep &step, const QString &typedName)
{
    const QString t = typedName.trimmed();
    return step.mode == StepMode::Backup && !t.isEmpty()
        && (t == step.backupTable.name || t == step.backupTable.display()
            || (!step.backupResolved.name.isEmpty() && t == step.backupResolved.display()));
}

} // namespace strata::runbook
