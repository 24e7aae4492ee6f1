#include "StepSafety.h"

namespace strata::runbook {

namespace {

using K = StatementKind;

TableRef tableOf(const RelationRef &r) { return TableRef{r.schema, r.name}; }

void addUnique(QList<TableRef> &list, const TableRef &t)
{
    if (!t.name.isEmpty() && !list.contains(t))
        list.append(t);
}

bool changesRows(K k)
{
    return k == K::Insert || k == K::Update || k == K::Delete || k == K::Merge || k == K::Truncate || k == K::Copy;
}

EffectCheck effectFor(const ClassifiedStatement &c, TableRef *object)
{
    switch (c.kind) {
    case K::CreateIndex:
        if (c.target.name.isEmpty())
            return EffectCheck::Unknown; // CREATE INDEX CONCURRENTLY ON t (...) : name chosen by the server
        *object = tableOf(c.target);
        return EffectCheck::IndexExists;
    case K::DropIndex:
        *object = tableOf(c.target);
        return EffectCheck::IndexGone;
    case K::Vacuum:
    case K::Analyze:
    case K::Reindex:
    case K::Cluster:
    case K::AlterSystem:
        return EffectCheck::Repeatable;
    default:
        return EffectCheck::Unknown;
    }
}

// Facts of one statement that make a step destructive beyond the classifier's flags.
void markDestructive(StepSafety &s, const ClassifiedStatement &c)
{
    auto mark = [&](const QString &reason) {
        // A group (the migration tool's one transaction) names every way it can lose data;
        // the operator types the first table's name.
        if (s.destructive) {
            if (!s.destructiveReason.contains(reason))
                s.destructiveReason += u' ' + reason;
            return;
        }
        s.destructive = true;
        s.destructiveReason = reason;
        s.confirmName = c.target.name;
    };
    if (c.isDestructive)
        mark(c.destructiveReason);
    for (const AlterTableCommand &a : c.alterCommands) {
        if (a.subtype == u"AT_AlterColumnType")
            mark(StepSafetyCheck::tr("Changes the type of column %1 of %2: a narrower type can cut or round values.")
                     .arg(a.name, tableOf(c.target).display()));
        else if (a.subtype == u"AT_DropConstraint" && a.name.endsWith(QLatin1StringView("_pkey")))
            mark(StepSafetyCheck::tr("Drops the primary key %1 of %2.").arg(a.name, tableOf(c.target).display()));
    }
}

QString names(const QList<TableRef> &l)
{
    QStringList n;
    for (const TableRef &t : l)
        n.append(t.display());
    return n.join(QStringLiteral(", "));
}

} // namespace

bool StepSafetyCheck::isSessionSetting(const ClassifiedStatement &c)
{
    if (c.kind != K::Set || c.nodeType != u"VariableSetStmt")
        return false;
    const QString name = c.node.value(QLatin1StringView("name")).toString();
    return !name.startsWith(QLatin1StringView("TRANSACTION"), Qt::CaseInsensitive)
        && !name.startsWith(QLatin1StringView("SESSION CHARACTERISTICS"), Qt::CaseInsensitive);
}

StepSafety StepSafetyCheck::fromClassified(const QList<ClassifiedStatement> &stmts, StepMode mode)
{
    StepSafety s;
    for (const ClassifiedStatement &c : stmts) {
        if (c.kind != K::DropIndex && !c.isTransactionControl) {
            for (const RelationRef &rel : c.relations) {
                if (rel.access == RelationAccess::Read)
                    continue;
                addUnique(s.tables, tableOf(rel));
                if (changesRows(c.kind) && rel.access == RelationAccess::Write)
                    addUnique(s.dataTables, tableOf(rel));
            }
        }
        markDestructive(s, c);
    }
    if (mode == StepMode::OutsideTransaction && !stmts.isEmpty())
        s.effect = effectFor(stmts.first(), &s.effectObject);
    return s;
}

Result<StepSafety> StepSafetyCheck::derive(const RunbookStep &step)
{
    StepSafety s;
    if (step.mode == StepMode::Restore) {
        s.tables = step.restoreTables;
        s.dataTables = step.restoreTables;
        s.destructive = true;
        s.destructiveReason = tr("Replaces every row of %1 with the rows of the backup.").arg(names(step.restoreTables));
        s.confirmName = step.restoreTables.value(0).name;
        return s;
    }
    if (step.mode == StepMode::Backup) {
        // Runs no SQL of the file: a backup step that carries statements is not one.
        if (!step.statements.isEmpty() || !step.settings.isEmpty())
            return Error(Error::Kind::Parse, tr("step %1 is a backup step but carries SQL").arg(step.number));
        s.confirmName = step.backupTable.name; // typed to skip it
        // Its other names are the same table's: same name, no schema or the resolved one.
        for (const TableRef &t : step.backupNames)
            if (t.name != step.backupTable.name || !(t.schema.isEmpty() || t.schema == step.backupResolved.schema || t.schema == step.backupTable.schema))
                return Error(Error::Kind::Parse, tr("step %1 backs up %2 but claims to cover %3").arg(step.number).arg(step.backupTable.display(), t.display()));
        return s;
    }
    auto one = [&](const QString &sql) -> Result<ClassifiedStatement> {
        auto c = StatementClassifier::classify(sql);
        if (!c)
            return Error(c.error().kind, tr("step %1: %2").arg(step.number).arg(c.error().message));
        if (c->size() != 1)
            return Error(Error::Kind::Parse, tr("step %1 holds %2 statements where the file lists one").arg(step.number).arg(c->size()));
        return c->first();
    };
    for (const QString &set : step.settings) {
        auto c = one(set);
        if (!c)
            return c.error();
        if (!isSessionSetting(*c))
            return Error(Error::Kind::Parse, tr("a setting of step %1 is not a SET statement: %2").arg(step.number).arg(set.simplified().left(80)));
    }
    QList<ClassifiedStatement> stmts;
    for (const QString &sql : step.statements) {
        auto c = one(sql);
        if (!c)
            return c.error();
        stmts.append(*c);
    }
    const int n = int(stmts.size());
    auto misfit = [&](const QString &why) { return Error(Error::Kind::Parse, tr("step %1 %2").arg(step.number).arg(why)); };
    switch (step.mode) {
    case StepMode::Transaction:
        for (const ClassifiedStatement &c : stmts)
            if (c.isTransactionControl || c.mustRunOutsideTransaction)
                return misfit(tr("runs in a transaction but holds %1").arg(c.statement.text.simplified().left(80)));
        break;
    case StepMode::ExplicitBlock:
        if (n < 2 || !stmts.first().opensTransaction() || !stmts.last().closesTransaction())
            return misfit(tr("is not a BEGIN … COMMIT block"));
        for (int i = 1; i < n - 1; ++i)
            if (stmts[i].isTransactionControl || stmts[i].mustRunOutsideTransaction)
                return misfit(tr("holds %1 inside its block").arg(stmts[i].statement.text.simplified().left(80)));
        if (step.endsWithRollback != (stmts.last().transaction == TransactionAction::Rollback))
            return misfit(tr("says it ends with ROLLBACK where its SQL does not (or the other way round)"));
        break;
    case StepMode::OutsideTransaction:
        if (n != 1 || !stmts.first().mustRunOutsideTransaction)
            return misfit(tr("runs outside a transaction although its SQL can run in one"));
        break;
    case StepMode::Restore:
    case StepMode::Backup:
        break;
    }
    return fromClassified(stmts, step.mode);
}

Error StepSafetyCheck::apply(RunbookStep &step)
{
    auto d = derive(step);
    if (!d)
        return d.error();
    auto refuse = [&](const QString &why) { return Error(Error::Kind::Parse, why); };
    if (d->destructive && (!step.destructive || step.confirmName != d->confirmName))
        return refuse(tr("step %1 can lose data (%2), but the file does not ask to confirm it by typing “%3”")
                          .arg(step.number).arg(d->destructiveReason, d->confirmName));
    for (const TableRef &t : d->tables)
        if (!step.tables.contains(t))
            return refuse(tr("step %1 changes %2, but the file leaves it out of the tables backed up before it").arg(step.number).arg(t.display()));
    for (const TableRef &t : d->dataTables)
        if (!step.dataTables.contains(t))
            return refuse(tr("step %1 changes rows of %2, but the file does not say so").arg(step.number).arg(t.display()));
    if (step.effect != d->effect || !(step.effectObject == d->effectObject))
        return refuse(tr("step %1's check after an interruption is not the one its SQL needs").arg(step.number));
    if (step.mode == StepMode::Backup && step.confirmName != d->confirmName)
        return refuse(tr("step %1 backs up %2, but the file names another table to type when skipping it").arg(step.number).arg(step.backupTable.display()));
    // A file may ask for more care than the SQL alone shows (a primary key found in the
    // catalog), never for less.
    return {};
}

} // namespace strata::runbook
