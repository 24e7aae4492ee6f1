#include "RunbookBuilder.h"

#include "LedgerStep.h"
#include "StepSafety.h"
#include "common/FileIo.h"

#include "history/DbmateFormat.h"
#include "pg/Connection.h"
#include "preflight/Findings.h"
#include "sql/CodeLine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace strata::runbook {

namespace {

TableRef tableOf(const RelationRef &r) { return TableRef{r.schema, r.name}; }

} // namespace

Result<Runbook> RunbookBuilder::fromSql(const QString &sql, SourceKind kind, const QString &sourcePath,
                                        const QString &title, int firstLine, bool oneTransaction)
{
    auto classified = StatementClassifier::classify(sql);
    if (!classified)
        return classified.error();
    const QList<ClassifiedStatement> &stmts = *classified;
    const StepPlan plan = StatementClassifier::groupSteps(stmts);
    for (const StepProblem &p : plan.problems)
        if (p.kind != StepProblem::Kind::NestedBegin)
            return Error(Error::Kind::Parse, p.message);

    Runbook r;
    r.source = kind;
    r.sourcePath = sourcePath;
    r.sourceSql = sql;
    r.title = title.isEmpty() ? QFileInfo(sourcePath).fileName() : title;
    QStringList settings;
    // The migration tool's grouping: consecutive single statements that can run in a
    // transaction become one step.
    QList<StatementStep> steps;
    for (const StatementStep &ps : plan.steps) {
        const bool joinable = oneTransaction && !ps.explicitTransaction && !ps.mustRunOutsideTransaction;
        if (joinable && !steps.isEmpty() && steps.last().last == ps.first - 1 && !steps.last().explicitTransaction
            && !steps.last().mustRunOutsideTransaction) {
            steps.last().last = ps.last;
            continue;
        }
        steps.append(ps);
    }
    for (const StatementStep &ps : std::as_const(steps)) {
        const ClassifiedStatement &first = stmts[ps.first];
        if (!ps.explicitTransaction && ps.count() == 1 && StepSafetyCheck::isSessionSetting(first)) {
            settings.append(first.statement.text);
            continue;
        }
        RunbookStep step;
        step.number = int(r.steps.size()) + 1;
        // The file line of the step's first token (the comments above it left out).
        step.line = codeLine(first.statement) + firstLine - 1;
        step.settings = settings;
        step.endsWithRollback = ps.endsWithRollback;
        step.mode = ps.explicitTransaction         ? StepMode::ExplicitBlock
                    : ps.mustRunOutsideTransaction ? StepMode::OutsideTransaction
                                                   : StepMode::Transaction;
        QList<ClassifiedStatement> group;
        for (int i = ps.first; i <= ps.last; ++i) {
            step.statements.append(stmts[i].statement.text);
            step.sourceStatements.append(i);
            group.append(stmts[i]);
        }
        // A session SET of the group also holds for the steps after it (a resumed run starts
        // on a new connection); SET LOCAL ends with the group's transaction.
        for (const ClassifiedStatement &c : std::as_const(group))
            if (ps.count() > 1 && StepSafetyCheck::isSessionSetting(c) && !c.node.value(QLatin1StringView("is_local")).toBool())
                settings.append(c.statement.text);
        const StepSafety safety = StepSafetyCheck::fromClassified(group, step.mode);
        step.tables = safety.tables;
        step.dataTables = safety.dataTables;
        step.destructive = safety.destructive;
        step.destructiveReason = safety.destructiveReason;
        step.confirmName = safety.confirmName;
        step.effect = safety.effect;
        step.effectObject = safety.effectObject;
        r.steps.append(step);
    }
    if (r.steps.isEmpty())
        return Error(Error::Kind::Usage, tr("The script has no statements to run."));
    return r;
}

Result<Runbook> RunbookBuilder::fromMigrationFile(const QString &path, bool down, Grouping grouping)
{
    auto read = readFile(path, ReadLimit::SqlScript);
    if (!read)
        return read.error();
    const QByteArray &bytes = *read;
    const QString text = QString::fromUtf8(bytes);
    if (bytes.contains('\0') || text.contains(QChar::ReplacementCharacter))
        return Error(Error::Kind::Parse, tr("%1 is not a UTF-8 text file.").arg(path));
    const QString name = QFileInfo(path).fileName();
    if (!text.contains(QLatin1StringView("-- migrate:up"))) {
        if (down)
            return Error(Error::Kind::Usage, tr("%1 has no “-- migrate:down” section.").arg(name));
        auto r = fromSql(text, SourceKind::SqlScript, path, {}, 1, grouping == Grouping::AsTheTool && toolRunsInOneTransaction(path));
        if (r && grouping == Grouping::Split)
            splitFindings(*r);
        return r;
    }
    auto m = DbmateFormat::parse(name, text);
    if (!m)
        return m.error();
    const QString sql = down ? m->downSql : m->upSql;
    if (sql.trimmed().isEmpty())
        return Error(Error::Kind::Usage, tr("%1 has an empty %2 section.").arg(name, down ? QStringLiteral("down") : QStringLiteral("up")));
    int firstLine = m->upLine;
    if (down) {
        const int at = int(text.indexOf(QLatin1StringView("-- migrate:down")));
        firstLine = at < 0 ? 1 : int(text.left(at).count(u'\n')) + 2;
    }
    // dbmate runs each section in one transaction unless it says transaction:false.
    auto r = fromSql(sql, down ? SourceKind::MigrationDown : SourceKind::MigrationUp, path,
                     down ? tr("%1 (down)").arg(name) : name, firstLine, grouping == Grouping::AsTheTool && m->transactional);
    if (r && grouping == Grouping::Split)
        splitFindings(*r);
    if (!r)
        return Error(r.error().kind, tr("%1: %2").arg(name, r.error().message), r.error().detail, r.error().hint);
    return r;
}

bool RunbookBuilder::toolRunsInOneTransaction(const QString &path)
{
    const auto m = LedgerStep::locate(path);
    return m && toolRunsInOneTransaction(m->tool, m->file);
}

bool RunbookBuilder::toolRunsInOneTransaction(const QString &tool, const MigrationFile &file)
{
    if (tool == u"dbmate" || tool == u"flyway")
        return file.transactional;
    if (tool == u"sqlx")
        return !file.upSql.trimmed().startsWith(QLatin1StringView("-- no-transaction"));
    return tool == u"golang-migrate" || tool == u"prisma";
}

void RunbookBuilder::splitFindings(Runbook &r)
{
    // Constraints dropped by one step and added back (same name, or same table and kind)
    // by a later one: between the two the table goes without.
    auto kindOf = [](const QString &name, const QString &constraintType) {
        if (constraintType == u"CONSTR_PRIMARY" || (constraintType.isEmpty() && name.endsWith(QLatin1StringView("_pkey"))))
            return QStringLiteral("primary key");
        if (constraintType == u"CONSTR_FOREIGN" || (constraintType.isEmpty() && name.endsWith(QLatin1StringView("_fkey"))))
            return QStringLiteral("foreign key");
        if (constraintType == u"CONSTR_UNIQUE" || (constraintType.isEmpty() && name.endsWith(QLatin1StringView("_key"))))
            return QStringLiteral("unique");
        return QString();
    };
    struct Change { int step; TableRef table; QString name; QString kind; bool add; };
    QList<Change> changes;
    for (const RunbookStep &step : std::as_const(r.steps)) {
        for (const QString &sql : step.statements) {
            auto cs = StatementClassifier::classify(sql);
            if (!cs)
                continue;
            for (const ClassifiedStatement &s : *cs)
                for (const AlterTableCommand &a : s.alterCommands) {
                    if (a.subtype == u"AT_DropConstraint")
                        changes.append({step.number, tableOf(s.target), a.name, kindOf(a.name, {}), false});
                    else if (a.subtype == u"AT_AddConstraint")
                        changes.append({step.number, tableOf(s.target), a.name, kindOf(a.name, a.constraintType), true});
                }
        }
    }
    auto words = [](const QString &kind) {
        return kind == u"primary key" ? tr("primary key") : kind == u"foreign key" ? tr("foreign key") : kind == u"unique" ? tr("unique constraint")
                                                                                                                         : tr("constraint");
    };
    for (const Change &d : std::as_const(changes)) {
        if (d.add)
            continue;
        const Change *back = nullptr;
        for (const Change &a : std::as_const(changes))
            if (a.add && a.step > d.step && a.table.name == d.table.name
                && (a.name == d.name || (!d.kind.isEmpty() && a.kind == d.kind))
                && (!back || a.step < back->step))
                back = &a;
        if (back && back->step == d.step)
            continue;
        RunbookStep &step = r.steps[d.step - 1];
        const QString msg = back ? tr("warning: between step %1 and step %2, %3 has no %4 %5 (dropped at step %1, added again at step %2; "
                                      "the migration's tool runs both in one transaction).")
                                       .arg(d.step).arg(back->step).arg(d.table.display(), words(d.kind), d.name)
                                 : tr("warning: from step %1 on, %2 has no %3 %4.").arg(d.step).arg(d.table.display(), words(d.kind), d.name);
        if (!step.findings.contains(msg))
            step.findings.append(msg);
    }
}

Runbook RunbookBuilder::restoreRunbook(const QString &manifestPath, const QList<TableRef> &tables)
{
    Runbook r;
    r.source = SourceKind::TableRestore;
    r.sourcePath = manifestPath;
    r.title = tr("Restore from %1").arg(QFileInfo(manifestPath).dir().dirName());
    appendRestore(r, manifestPath, tables);
    return r;
}

void RunbookBuilder::appendRestore(Runbook &r, const QString &manifestPath, const QList<TableRef> &tables)
{
    RunbookStep s;
    s.number = int(r.steps.size()) + 1;
    s.mode = StepMode::Restore;
    s.restoreManifest = manifestPath;
    s.restoreTables = tables;
    const StepSafety safety = *StepSafetyCheck::derive(s);
    s.tables = safety.tables;
    s.dataTables = safety.dataTables;
    s.destructive = true;
    s.destructiveReason = safety.destructiveReason;
    s.confirmName = safety.confirmName;
    s.lockLevel = QStringLiteral("ACCESS EXCLUSIVE");
    r.steps.append(s);
}

Error RunbookBuilder::refineWithCatalog(Runbook &r, Connection &c)
{
    const ResultSet pk = c.exec(QStringLiteral(
        "SELECT n.nspname, t.relname, con.conname FROM pg_catalog.pg_constraint con "
        "JOIN pg_catalog.pg_class t ON t.oid = con.conrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
        "WHERE con.contype = 'p' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"));
    if (!pk.ok())
        return pk.error;
    QSet<QString> keys; // "table\x1fconstraint" and "schema\x1ftable\x1fconstraint"
    for (int i = 0; i < pk.rowCount(); ++i) {
        keys.insert(pk.text(i, 1) + u'\x1f' + pk.text(i, 2));
        keys.insert(pk.text(i, 0) + u'\x1f' + pk.text(i, 1) + u'\x1f' + pk.text(i, 2));
    }
    for (RunbookStep &step : r.steps) {
        if (step.mode == StepMode::Restore || step.mode == StepMode::Backup || step.destructive)
            continue;
        for (const QString &sql : step.statements) {
            auto cs = StatementClassifier::classify(sql);
            if (!cs)
                continue;
            for (const ClassifiedStatement &s : *cs) {
                for (const AlterTableCommand &a : s.alterCommands) {
                    if (a.subtype != u"AT_DropConstraint")
                        continue;
                    const QString key = s.target.schema.isEmpty()
                                            ? QString(s.target.name + u'\x1f' + a.name)
                                            : QString(s.target.schema + u'\x1f' + s.target.name + u'\x1f' + a.name);
                    if (keys.contains(key) && !step.destructive) {
                        step.destructive = true;
                        step.destructiveReason = tr("Drops the primary key %1 of %2.").arg(a.name, tableOf(s.target).display());
                        step.confirmName = s.target.name;
                    }
                }
            }
        }
    }
    return {};
}

void RunbookBuilder::attachPreflight(Runbook &r, const preflight::PreflightReport &report)
{
    using namespace preflight;
    auto text = [](const preflight::Finding &f) {
        QString t = severityName(f.severity) + QStringLiteral(": ") + f.message;
        if (!f.advice.isEmpty() && (f.category == u"data" || f.category == u"rollback" || f.rule == u"rollback-infeasible"))
            t += u' ' + f.advice;
        return t;
    };
    for (RunbookStep &step : r.steps) {
        if (step.sourceStatements.isEmpty())
            continue; // a backup or restore step: its facts are its own
        // A second report (the live catalog's, after the offline one) replaces the first's
        // facts; a finding both found is listed once.
        step.rewrite = false;
        step.scan = false;
        step.estimatedSeconds = 0;
        LockLevel strongest = LockLevel::None;
        for (int idx : step.sourceStatements) {
            for (const StatementReport &s : report.statements) {
                if (s.index != idx)
                    continue;
                for (const TableLock &l : s.locks)
                    strongest = std::max(strongest, l.level);
                step.rewrite = step.rewrite || s.rewrite;
                step.scan = step.scan || s.scan;
                step.estimatedSeconds += s.estimatedSeconds;
            }
            for (const preflight::Finding &f : report.findings)
                if (f.statement == idx && !step.findings.contains(text(f)))
                    step.findings.append(text(f));
        }
        if (strongest != LockLevel::None)
            step.lockLevel = lockName(strongest);
    }
    // Findings about the whole script (a rollback check of the down section that no
    // statement of the up section stands for, a data check without its statement) go to
    // the first step that writes their table, else to the first step: they travel with
    // the runbook into the step detail, the journal and the audit report.
    for (const preflight::Finding &f : report.findings) {
        if (f.statement >= 0 || f.severity == Severity::Info)
            continue;
        RunbookStep *target = nullptr;
        for (RunbookStep &step : r.steps) {
            if (f.table.isEmpty())
                break;
            for (const TableRef &t : step.tables)
                if (t.name == f.table && (t.schema.isEmpty() || f.schema.isEmpty() || t.schema == f.schema))
                    target = &step;
            if (target)
                break;
        }
        if (!target && !r.steps.isEmpty())
            target = &r.steps.first();
        if (target && !target->findings.contains(text(f)))
            target->findings.append(text(f));
    }
}

} // namespace strata::runbook
