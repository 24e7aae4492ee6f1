#include "AuditReport.h"

#include "GuidedRollback.h"
#include "Journal.h"
#include "LedgerStep.h"
#include "ReportHtml.h"
#include "ReportKeys.h"
#include "RunSnapshots.h"
#include "RunState.h"
#include "common/SafeText.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QTextStream>

namespace strata::runbook {

namespace {

QString S(const QJsonObject &o, const char *k) { return o.value(QLatin1StringView(k)).toString(); }
qint64 N(const QJsonObject &o, const char *k) { return qint64(o.value(QLatin1StringView(k)).toDouble()); }

// Names, paths and messages stay on their line (markdownCell, markdownInline); code
// goes in fences its content cannot close.
QString cell(const QString &s) { return markdownCell(s); }
QString line(const QString &s) { return markdownInline(s); }
QString fence(const QString &code, const QString &lang = QStringLiteral("sql")) { return markdownFence(code, lang); }

QString ms(qint64 v)
{
    return v < 1000 ? AuditReport::tr("%1 ms").arg(v) : AuditReport::tr("%1 s").arg(double(v) / 1000.0, 0, 'f', 2);
}

} // namespace

QString AuditReport::markdown(const Runbook &rb, const QJsonObject &header, const QList<QJsonObject> &events,
                              const QString &journalPath, const QString &databaseUri, const RollbackPlan *rollback)
{
    const RunState st = RunState::replay(int(rb.steps.size()), events);
    const QJsonObject server = header.value(QLatin1StringView("server")).toObject();
    QString md;
    QTextStream o(&md);

    o << "# " << line(tr("Runbook audit: %1").arg(rb.title.isEmpty() ? sourceKindName(rb.source) : rb.title)) << "\n\n";
    o << "| | |\n|---|---|\n";
    o << "| " << tr("Source") << " | " << cell(rb.sourcePath.isEmpty() ? sourceKindName(rb.source)
                                                                        : rb.sourcePath + QStringLiteral(" (") + sourceKindName(rb.source) + u')')
      << " |\n";
    o << "| " << tr("Runbook sha256") << " | `" << rb.sha256() << "` |\n";
    o << "| " << tr("Database") << " | " << cell(S(server, "database")) << " on " << cell(S(server, "server")) << " |\n";
    o << "| " << tr("Server version") << " | " << cell(S(server, "server_version")) << " |\n";
    if (!S(server, "system_identifier").isEmpty())
        o << "| " << tr("System identifier") << " | " << S(server, "system_identifier") << " |\n";
    o << "| " << tr("Journal") << " | " << cell(journalPath) << " |\n";
    o << "| " << tr("Backup folder") << " | " << cell(S(header, "backup_folder").isEmpty() ? tr("(no backups)") : S(header, "backup_folder")) << " |\n";
    o << "| " << tr("Started") << " | " << S(header, "at") << " |\n";
    o << "| " << tr("Report written") << " | " << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << " |\n";
    int done = 0, failed = 0, skipped = 0, pending = 0, doubt = 0;
    for (int i = 1; i <= st.stepCount(); ++i) {
        switch (st.step(i).state) {
        case StepState::Done: ++done; break;
        case StepState::Failed: ++failed; break;
        case StepState::Skipped: ++skipped; break;
        case StepState::InDoubt: ++doubt; break;
        case StepState::Pending: ++pending; break;
        }
    }
    o << "| " << tr("Outcome") << " | "
      << tr("%1 steps: %2 done, %3 failed, %4 skipped, %5 pending, %6 in doubt%7")
             .arg(st.stepCount()).arg(done).arg(failed).arg(skipped).arg(pending).arg(doubt)
             .arg(st.stopped() ? tr(" (stopped by the operator)") : QString())
      << " |\n\n";

    // The migration tool's ledger: what the run records, what blocked it, what to run instead.
    {
        QStringList lines;
        for (const RunbookStep &s : rb.steps)
            if (!s.ledger.isEmpty())
                lines.append(tr("Step %1: %2 (%3).").arg(s.number).arg(LedgerStep::describe(s.ledger), stepStateName(st.step(s.number).state)));
        const QJsonArray overridden = header.value(QLatin1StringView("blockers_overridden")).toArray();
        for (const QJsonValue &b : overridden)
            lines.append(tr("Blocking finding overridden by the operator: %1").arg(b.toString()));
        for (const QString &b : rb.blockers)
            if (!overridden.contains(b))
                lines.append(tr("Blocking: %1").arg(b));
        for (const QString &n : rb.ledgerNotes)
            lines.append(n);
        if (!lines.isEmpty()) {
            o << "## " << tr("Migration ledger") << "\n\n";
            for (const QString &l : lines)
                o << "- " << line(l) << '\n';
            o << '\n';
        }
    }

    // Tables touched.
    QMap<QString, QList<int>> touched;
    for (const RunbookStep &s : rb.steps)
        for (const TableRef &t : s.tables)
            touched[t.display()].append(s.number);
    o << "## " << tr("Tables touched") << "\n\n";
    if (touched.isEmpty()) {
        o << tr("None of the steps writes to an existing table.") << "\n\n";
    } else {
        o << "| " << tr("Table") << " | " << tr("Steps") << " | " << tr("Rows before (backup)") << " |\n|---|---|---|\n";
        for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
            QStringList nums;
            for (int n : it.value())
                nums.append(QString::number(n));
            const auto b = st.backups().constFind(it.key());
            o << "| " << cell(it.key()) << " | " << nums.join(QStringLiteral(", ")) << " | "
              << (b != st.backups().cend()                   ? QString::number(b->rows)
                  : st.skippedBackups().contains(it.key()) ? tr("backup skipped by the operator")
                                                           : tr("not backed up"))
              << " |\n";
        }
        o << '\n';
    }

    {
        QList<TableRef> refs;
        for (const RunbookStep &s : rb.steps)
            for (const TableRef &t : s.tables)
                if (!refs.contains(t))
                    refs.append(t);
        o << ReportKeys::markdown(header, events, refs);
    }

    // Steps.
    o << "## " << tr("Steps") << "\n\n";
    o << "| # | " << tr("Line") << " | " << tr("Mode") << " | " << tr("Lock") << " | " << tr("State") << " | "
      << tr("Attempts") << " | " << tr("Transaction") << " | " << tr("Took") << " | " << tr("Step") << " |\n";
    o << "|---|---|---|---|---|---|---|---|---|\n";
    for (const RunbookStep &s : rb.steps) {
        const StepStatus &ss = st.step(s.number);
        o << "| " << s.number << " | " << s.line << " | " << stepModeName(s.mode) << " | " << cell(s.lockLevel) << " | "
          << stepStateName(ss.state) << (ss.resolution.isEmpty() ? QString() : QStringLiteral(" (") + ss.resolution + u')')
          << " | " << ss.attempts << " | " << (ss.txid >= 0 ? QString::number(ss.txid) : QString()) << " | "
          << (ss.state == StepState::Done ? ms(ss.elapsedMs) : QString()) << " | " << cell(s.title()) << " |\n";
    }
    o << '\n';
    for (const RunbookStep &s : rb.steps) {
        o << "### " << tr("Step %1 (line %2)").arg(s.number).arg(s.line) << "\n\n";
        if (s.destructive)
            o << "**" << tr("Can lose data:") << "** " << line(s.destructiveReason) << ' '
              << line(tr("Confirmed by typing “%1”.").arg(s.confirmName)) << "\n\n";
        for (const QString &f : s.findings)
            o << "- " << line(f) << '\n';
        if (!s.findings.isEmpty())
            o << '\n';
        o << fence(s.sql());
        o << '\n';
        for (const QJsonObject &e : events) {
            if (e.value(QLatin1StringView("step")).toInt() != s.number)
                continue;
            const QString ev = S(e, "event");
            const QString at = S(e, "at");
            if (ev == event::Done) {
                QStringList parts;
                for (const QJsonValue &t : e.value(QLatin1StringView("timings")).toArray()) {
                    const QJsonObject tt = t.toObject();
                    parts.append(tr("statement %1: %2 (%3)").arg(tt.value(QLatin1StringView("statement")).toInt() + 1)
                                     .arg(ms(N(tt, "elapsed_ms")), S(tt, "tag")));
                }
                o << "- " << at << ' ' << tr("done in %1 after %2 attempt(s); transaction %3.")
                                          .arg(ms(N(e, "elapsed_ms"))).arg(e.value(QLatin1StringView("attempts")).toInt())
                                          .arg(N(e, "txid") >= 0 ? QString::number(N(e, "txid")) : tr("none (autocommit)"));
                if (!parts.isEmpty())
                    o << ' ' << parts.join(QStringLiteral("; ")) << '.';
                o << '\n';
            } else if (ev == event::Failed) {
                o << "- " << at << ' ' << line(tr("failed: %1").arg(S(e, "message")));
                if (!S(e, "detail").isEmpty())
                    o << " — " << line(S(e, "detail"));
                if (!S(e, "sqlstate").isEmpty())
                    o << " (SQLSTATE " << S(e, "sqlstate") << ')';
                o << '\n';
            } else if (ev == event::Retry) {
                o << "- " << at << ' ' << line(tr("lock not granted in time, rolled back, tried again: %1").arg(S(e, "message"))) << '\n';
            } else if (ev == event::Resolved || ev == event::Note || ev == event::Skipped) {
                o << "- " << at << ' ' << line(ev == event::Skipped ? tr("skipped by the operator. %1").arg(S(e, "message")) : S(e, "message")) << '\n';
            } else if (ev == event::Backup) {
                o << "- " << at << ' '
                  << line(tr("backed up %1 (%2): %3, %4 rows, %5 bytes, sha256 %6, verified.")
                              .arg(TableRef{S(e, "schema"), S(e, "table")}.display(), S(e, "method"), S(e, "file"))
                              .arg(N(e, "rows")).arg(N(e, "bytes")).arg(S(e, "sha256")))
                  << '\n';
            }
            for (const QJsonValue &n : e.value(QLatin1StringView("notices")).toArray())
                o << "  - " << line(S(n.toObject(), "severity") + QStringLiteral(": ") + S(n.toObject(), "message")) << '\n';
        }
        o << '\n';
    }

    // Backups and verification.
    o << "## " << tr("Backups") << "\n\n";
    QList<QJsonObject> backups;
    for (const QJsonObject &e : events)
        if (S(e, "event") == event::Backup)
            backups.append(e);
    if (backups.isEmpty()) {
        o << tr("No table was backed up.") << "\n\n";
    } else {
        o << "| " << tr("Table") << " | " << tr("Method") << " | " << tr("Rows") << " | sha256 | " << tr("File") << " | "
          << tr("Verified") << " |\n|---|---|---|---|---|---|\n";
        for (const QJsonObject &e : backups)
            o << "| " << cell(TableRef{S(e, "schema"), S(e, "table")}.display()) << " | " << S(e, "method") << " | " << N(e, "rows")
              << " | `" << S(e, "sha256") << "` | " << cell(S(e, "file")) << " | "
              << (e.value(QLatin1StringView("verified")).toBool() ? tr("yes") : tr("no")) << " |\n";
        o << '\n';
    }
    for (const QJsonObject &e : events)
        if (S(e, "event") == event::Skipped && e.value(QLatin1StringView("backup_skipped")).toBool())
            o << "- **" << tr("Backup skipped by the operator:") << "** "
              << line(tr("%1 (step %2, confirmed by typing its name): it was NOT backed up and cannot be restored from this run.")
                          .arg(TableRef{S(e, "schema"), S(e, "table")}.display()).arg(e.value(QLatin1StringView("step")).toInt()))
              << "\n\n";
    o << "## " << tr("Verification") << "\n\n";
    o << "- " << tr("Every backup was read back before the step that needed it ran: the file's sha256 matched the manifest, "
                    "and the rows in the file matched the rows counted in the same snapshot.") << '\n';
    o << "- " << tr("Before each COMMIT the transaction id was written to the journal and flushed to disk; "
                    "after an interruption txid_status decided whether the step had committed.") << '\n';
    for (const QJsonObject &e : events)
        if (S(e, "event") == event::Resolved)
            o << "- " << line(S(e, "message")) << '\n';
    o << '\n';

    // The way back.
    o << "## " << tr("Rollback path") << "\n\n";
    const QString db = shellQuote(databaseUri.isEmpty() ? QStringLiteral("URI") : databaseUri);
    int item = 0;
    if (!RunSnapshots::beforePath(header).isEmpty()) {
        o << ++item << ". " << tr("The guided rollback: the inverse script from the diff engine (the schema now → the snapshot before the run), "
                                  "then the rows of the tables the run changed from their verified backups; with its own pre-flight, "
                                  "backups and journal:") << "\n\n";
        o << fence(QStringLiteral("strata-cli rollback --journal %1 --db %2").arg(shellQuote(journalPath), db), QStringLiteral("sh"));
        o << '\n';
        if (rollback) {
            if (rollback->findings.isEmpty())
                o << tr("Its pre-flight found nothing to report.") << "\n\n";
            else {
                o << tr("Its pre-flight:") << "\n\n";
                for (const RollbackFinding &f : rollback->findings)
                    o << "- " << line(f.text()) << '\n';
                o << '\n';
            }
            if (rollback->runbook.steps.isEmpty())
                o << tr("It has no steps: the database is as before the run.") << "\n\n";
            for (const RunbookStep &s : rollback->runbook.steps) {
                o << "- " << tr("Rollback step %1 (%2, lock: %3)").arg(s.number).arg(stepModeName(s.mode), s.lockLevel.isEmpty() ? tr("unknown") : s.lockLevel);
                if (s.mode == StepMode::Restore) {
                    QStringList names;
                    for (const TableRef &t : s.restoreTables)
                        names.append(t.display());
                    o << ": " << line(tr("restore %1 from %2").arg(names.join(QStringLiteral(", ")), s.restoreManifest)) << "\n";
                } else {
                    o << "\n\n" << fence(s.sql()) << '\n';
                }
            }
            o << '\n';
        }
    }
    if (rb.source == SourceKind::MigrationUp && !rb.sourcePath.isEmpty()) {
        o << ++item << ". " << tr("Run the migration's down section as its own runbook (with its own pre-flight, backups and journal):") << "\n\n";
        o << fence(QStringLiteral("strata-cli run %1 --down --db %2 --journal %3")
                       .arg(shellQuote(rb.sourcePath), db, shellQuote(journalPath + QStringLiteral(".down"))),
                   QStringLiteral("sh"));
        o << '\n';
    }
    for (const QJsonObject &e : backups) {
        const QString table = S(e, "table");
        o << ++item << ". " << line(tr("Put the rows of %1 back from its verified backup (one transaction, checked against the manifest; "
                                       "the table must have the backed-up columns again, so undo column changes first):")
                                        .arg(TableRef{S(e, "schema"), table}.display()))
          << "\n\n";
        o << fence(QStringLiteral("strata-cli run %1 --table %2 --confirm-table %2 --db %3 --journal %4")
                       .arg(shellQuote(S(e, "manifest")), shellQuote(table), db,
                            shellQuote(journalPath + QStringLiteral(".restore-") + table)),
                   QStringLiteral("sh"));
        o << '\n';
    }
    if (item == 0)
        o << tr("No automatic way back: nothing was backed up and the source has no down section.") << "\n";
    o.flush();
    return md;
}

QString AuditReport::html(const Runbook &rb, const QJsonObject &header, const QList<QJsonObject> &events,
                          const QString &journalPath, const QString &databaseUri, const RollbackPlan *rollback)
{
    return ReportHtml::fromMarkdown(markdown(rb, header, events, journalPath, databaseUri, rollback),
                                    tr("Runbook audit: %1").arg(rb.title.isEmpty() ? sourceKindName(rb.source) : rb.title));
}

bool AuditReport::isHtmlPath(const QString &reportPath)
{
    return reportPath.endsWith(QLatin1StringView(".html"), Qt::CaseInsensitive)
           || reportPath.endsWith(QLatin1StringView(".htm"), Qt::CaseInsensitive);
}

QString AuditReport::forPath(const QString &reportPath, const Runbook &rb, const QJsonObject &header, const QList<QJsonObject> &events,
                             const QString &journalPath, const QString &databaseUri, const RollbackPlan *rollback)
{
    return isHtmlPath(reportPath) ? html(rb, header, events, journalPath, databaseUri, rollback)
                                  : markdown(rb, header, events, journalPath, databaseUri, rollback);
}

} // namespace strata::runbook
