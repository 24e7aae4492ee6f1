#include "GuidedRollback.h"

#include "BackupSteps.h"
#include "LedgerStep.h"

#include "Backup.h"
#include "BackupWriter.h"
#include "RunSnapshots.h"
#include "RunState.h"
#include "RunbookBuilder.h"
#include "TableRestore.h"
#include "catalog/Introspector.h"
#include "catalog/SnapshotJson.h"
#include "diff/Planner.h"
#include "diff/PlanVerifier.h"
#include "pg/Connection.h"
#include "preflight/Preflight.h"

#include <QFileInfo>
#include <QMap>

namespace strata::runbook {

QString RollbackFinding::text() const
{
    const QString lvl = level == Level::Blocking ? GuidedRollback::tr("blocking")
                        : level == Level::Warning ? GuidedRollback::tr("warning")
                                                  : GuidedRollback::tr("info");
    return lvl + QStringLiteral(": ") + message;
}

bool RollbackPlan::blocked() const
{
    for (const RollbackFinding &f : findings)
        if (f.level == RollbackFinding::Level::Blocking)
            return true;
    return false;
}

QStringList RollbackPlan::findingTexts() const
{
    QStringList l;
    for (const RollbackFinding &f : findings)
        l.append(f.text());
    return l;
}

namespace {

using Level = RollbackFinding::Level;

// Tables whose rows a done step of the forward run changed or could have lost.
QList<TableRef> changedTables(const Runbook &fwd, const RunState &st)
{
    QList<TableRef> out;
    auto add = [&out](const TableRef &t) {
        if (!out.contains(t))
            out.append(t);
    };
    for (const RunbookStep &s : fwd.steps) {
        if (st.step(s.number).state != StepState::Done)
            continue;
        for (const TableRef &t : s.dataTables)
            add(t);
        if (s.destructive)
            for (const TableRef &t : s.tables)
                add(t);
    }
    return out;
}

Result<QList<BackupColumn>> columnsNow(Connection &c, const QString &qualified)
{
    const ResultSet cols = c.exec(QStringLiteral(
        "SELECT attname, format_type(atttypid, atttypmod) FROM pg_catalog.pg_attribute "
        "WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum"), {qualified});
    if (!cols.ok())
        return cols.error;
    QList<BackupColumn> now;
    for (int i = 0; i < cols.rowCount(); ++i)
        now.append(BackupColumn{cols.text(i, 0), cols.text(i, 1)});
    return now;
}

const catalog::TableDef *tableIn(const catalog::Snapshot &s, const QString &schema, const QString &name)
{
    for (const catalog::TableDef &t : s.tables)
        if (t.schema == schema && t.name == name)
            return &t;
    return nullptr;
}

} // namespace

Result<RollbackPlan> GuidedRollback::build(const QString &journalPath, Connection &c)
{
    QJsonObject header;
    QList<QJsonObject> events;
    if (Error e = RunSnapshots::readJournal(journalPath, header, events))
        return e;
    auto fwd = Runbook::fromJson(header.value(QLatin1StringView("runbook")).toObject());
    if (!fwd)
        return fwd.error();
    const RunState st = RunState::replay(int(fwd->steps.size()), events);
    if (!st.inDoubt().isEmpty())
        return Error(Error::Kind::Usage, tr("Step %1 of the run is in doubt; resume the run to resolve it before rolling back.").arg(st.inDoubt().first()));

    const QString beforePath = RunSnapshots::beforePath(header);
    if (beforePath.isEmpty())
        return Error(Error::Kind::Usage, tr("The journal %1 has no schema snapshot from before the run, so the way back cannot be planned.").arg(journalPath),
                     {}, tr("Runs started by this version of Strata record one; roll this run back with its down section or a diff script."));
    auto before = catalog::SnapshotJson::readFile(beforePath);
    if (!before)
        return Error(before.error().kind, tr("The schema snapshot from before the run cannot be read: %1").arg(before.error().message),
                     before.error().detail, before.error().hint);
    auto live = catalog::Introspector::capture(c);
    if (!live)
        return live.error();

    RollbackPlan plan;
    plan.forwardJournal = QFileInfo(journalPath).absoluteFilePath();

    // Has the schema moved on since the run ended?
    const QString afterPath = RunSnapshots::afterPath(events);
    if (!afterPath.isEmpty()) {
        if (auto after = catalog::SnapshotJson::readFile(afterPath)) {
            const diff::DiffResult moved = diff::SchemaDiff::compare(*after, *live);
            if (moved.hasDifferences()) {
                QStringList keys;
                for (const diff::ObjectDiff &o : moved.objects)
                    if (o.state != diff::ChangeState::Same)
                        keys.append(o.key);
                plan.findings.append({Level::Warning, {}, tr("The schema changed after the run ended (%1); the way back is planned from the schema as it is now.")
                                                              .arg(keys.mid(0, 5).join(QStringLiteral(", ")))});
            }
        }
    }

    // 1. The inverse DDL.
    diff::PlanOptions po;
    po.safeForms = false; // a rollback takes its locks anyway; one transaction per step
    const diff::Plan inverse = diff::Planner::plan(*live, *before, po);
    const QString title = tr("Guided rollback of %1").arg(fwd->title);
    if (inverse.isEmpty()) {
        plan.runbook.title = title;
        plan.runbook.source = SourceKind::RollbackScript;
        plan.runbook.sourcePath = plan.forwardJournal;
    } else {
        // Proven on a scratch copy of the live schema before it is offered.
        diff::VerifyOptions vo;
        vo.diff.ignoreOwners = !live->scope.owners || !before->scope.owners;
        vo.diff.ignoreGrants = !live->scope.grants || !before->scope.grants;
        if (auto v = diff::PlanVerifier::verify(*live, *before, inverse, vo); !v) {
            plan.findings.append({Level::Warning, {}, tr("The inverse script could not be verified on a scratch copy: %1").arg(v.error().message)});
        } else if (v->outcome == diff::VerifyResult::Outcome::StepFailed) {
            plan.findings.append({Level::Blocking, {}, tr("The inverse script fails on a scratch copy of the schema at step %1 (%2): %3")
                                                           .arg(v->failedStep).arg(v->failedSql.simplified().left(200), v->serverError)});
        } else if (v->outcome == diff::VerifyResult::Outcome::Residual) {
            plan.findings.append({Level::Warning, {}, tr("On a scratch copy the inverse script leaves differences from the schema before the run: %1")
                                                          .arg(v->residualLines().mid(0, 5).join(QStringLiteral("; ")))});
        } else {
            plan.findings.append({Level::Info, {}, tr("The inverse script was verified on a scratch copy of the schema: it runs and reaches the schema before the run.")});
        }
        plan.inverseSql = inverse.toSql(false);
        auto rb = RunbookBuilder::fromSql(plan.inverseSql, SourceKind::RollbackScript, plan.forwardJournal, title);
        if (!rb)
            return Error(rb.error().kind, tr("The inverse script cannot be split into steps: %1").arg(rb.error().message),
                         rb.error().detail + u'\n' + plan.inverseSql);
        plan.runbook = *rb;
        preflight::PreflightOptions pfo;
        pfo.source = tr("rollback of %1").arg(QFileInfo(journalPath).fileName());
        auto report = preflight::Preflight::run(plan.inverseSql, &c, pfo);
        if (!report) {
            plan.findings.append({Level::Warning, {}, tr("The pre-flight of the inverse script failed: %1").arg(report.error().message)});
        } else {
            RunbookBuilder::attachPreflight(plan.runbook, *report);
            for (const preflight::Finding &f : report->findings) {
                if (f.severity == preflight::Severity::Info)
                    continue;
                const QString table = f.table.isEmpty() ? QString() : TableRef{f.schema, f.table}.display();
                QString msg = f.message;
                if (!f.check.isEmpty())
                    msg += QStringLiteral(" [") + f.check + u']';
                if (f.line > 0)
                    msg = tr("line %1: %2").arg(f.line).arg(msg);
                plan.findings.append({f.severity == preflight::Severity::Blocking ? Level::Blocking : Level::Warning, table, msg});
            }
        }
    }

    // 2. Rows back from the forward run's backups.
    QMap<QString, QList<TableRef>> byManifest;
    QStringList manifestOrder;
    for (const TableRef &t : changedTables(*fwd, st)) {
        const auto b = st.backups().constFind(t.display());
        if (b == st.backups().cend()) {
            plan.findings.append({Level::Warning, t.display(), tr("The run changed rows of %1 but has no backup of it; those rows cannot be put back.").arg(t.display())});
            continue;
        }
        auto manifest = BackupManifest::load(b->manifest);
        const BackupEntry *entry = manifest ? manifest->find(t) : nullptr;
        if (!entry) {
            plan.findings.append({Level::Blocking, t.display(), tr("The backup of %1 is missing from %2.").arg(t.display(), b->manifest)});
            continue;
        }
        if (Error e = BackupVerifier::verify(QFileInfo(b->manifest).absolutePath(), *entry)) {
            plan.findings.append({Level::Blocking, t.display(), tr("The backup of %1 does not match its manifest: %2").arg(t.display(), e.message)});
            continue;
        }
        // After the inverse script the table has the columns of the snapshot before the
        // run; the restore needs exactly the backup's columns.
        if (const catalog::TableDef *td = tableIn(*before, entry->schema, entry->name)) {
            // By name: the snapshot's own type spelling and column order are its business.
            QStringList shape, backed;
            for (const catalog::Column &col : td->columns)
                if (col.generatedExpr.isEmpty())
                    shape.append(col.name);
            for (const BackupColumn &col : entry->columns)
                backed.append(col.name);
            shape.sort();
            backed.sort();
            if (shape != backed) {
                plan.findings.append({Level::Blocking, t.display(),
                                      tr("The backup of %1 has other columns (%2) than the table had before the run (%3); its rows cannot be put back.")
                                          .arg(t.display(), backed.join(QStringLiteral(", ")), shape.join(QStringLiteral(", ")))});
                continue;
            }
        } else {
            plan.findings.append({Level::Blocking, t.display(), tr("%1 is not in the schema snapshot from before the run; its rows cannot be put back.").arg(t.display())});
            continue;
        }
        const QString qualified = c.quoteIdentifier(entry->schema) + u'.' + c.quoteIdentifier(entry->name);
        auto cols = columnsNow(c, qualified);
        if (!cols)
            return cols.error();
        if (*cols == entry->columns) {
            auto sum = TableRestore::rowsChecksum(c, qualified);
            if (!sum)
                return sum.error();
            if (*sum == entry->rowsChecksum) {
                plan.findings.append({Level::Info, t.display(), tr("%1 has the same rows as its backup; it is not restored.").arg(t.display())});
                continue;
            }
        }
        plan.findings.append({Level::Warning, t.display(),
                              tr("%1 gets the rows of its backup (%2 rows, %3): rows written to it since then are lost.")
                                  .arg(t.display()).arg(entry->rows).arg(entry->createdAt)});
        if (!byManifest.contains(b->manifest))
            manifestOrder.append(b->manifest);
        byManifest[b->manifest].append(t);
        plan.restoredTables.append(t);
    }
    for (const QString &m : manifestOrder)
        RunbookBuilder::appendRestore(plan.runbook, m, byManifest.value(m));

    // 3. The migration tool's ledger: a row the run wrote goes the way the tool removes it
    // (dbmate: DELETE in the rollback's last transaction), latest first.
    for (qsizetype i = fwd->steps.size() - 1; i >= 0; --i) {
        const RunbookStep &s = fwd->steps[i];
        if (s.ledger.isEmpty() || st.step(s.number).state != StepState::Done)
            continue;
        const LedgerWrite back = LedgerStep::inverse(s.ledger);
        if (plan.runbook.steps.isEmpty()) {
            plan.runbook.title = title;
            plan.runbook.source = SourceKind::RollbackScript;
            plan.runbook.sourcePath = plan.forwardJournal;
        }
        LedgerStep::attach(plan.runbook, back, true);
        plan.findings.append({Level::Info, {}, LedgerStep::describe(back) + u'.'});
    }

    if (plan.runbook.steps.isEmpty())
        plan.findings.append({Level::Info, {}, tr("Nothing to roll back: the schema is as before the run and no table needs its rows back.")});
    if (Error e = RunbookBuilder::refineWithCatalog(plan.runbook, c))
        return e;
    // The tables the rollback writes are backed up first, as steps of their own.
    if (Error e = BackupSteps::add(plan.runbook, c))
        return e;
    return plan;
}

} // namespace strata::runbook
