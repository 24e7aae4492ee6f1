// Views, triggers and policies: the objects that sit on top of tables.

#include "PlanBuilder.h"
#include "sql/SqlScanner.h"

namespace strata::diff {

using namespace catalog;

namespace {

bool replaceable(const ViewDef &a, const ViewDef &b)
{
    if (a.materialized || b.materialized || a.options != b.options || b.columns.size() < a.columns.size())
        return false;
    for (qsizetype i = 0; i < a.columns.size(); ++i) {
        const Column &x = a.columns[i], &y = b.columns[i];
        if (x.name != y.name || x.type != y.type || x.collation != y.collation)
            return false;
    }
    return true;
}

QString viewKeyword(const ViewDef &v)
{
    return v.materialized ? QStringLiteral("MATERIALIZED VIEW") : QStringLiteral("VIEW");
}

} // namespace

bool mentionsFunction(const QString &text, const QSet<QString> &functions)
{
    for (const QString &f : functions)
        if (text.contains(f + u'('))
            return true;
    return false;
}

bool mentionsColumn(const QString &text, const QSet<QString> &columns)
{
    if (columns.isEmpty())
        return false;
    // By token (PostgreSQL's own lexer), so that "id" is not found in "paid" or in a string.
    for (const SqlToken &t : SqlScanner::scan(text)) {
        QString name;
        if (t.category == SqlToken::Category::Identifier || t.category == SqlToken::Category::Keyword)
            name = text.mid(t.start, t.length()).toLower();
        else if (t.category == SqlToken::Category::QuotedIdentifier && t.length() >= 2 && text.at(t.start) == u'"')
            name = text.mid(t.start + 1, t.length() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        if (!name.isEmpty() && columns.contains(name))
            return true;
    }
    return false;
}

void PlanBuilder::decideViews()
{
    // The relations each view of A reads, from A's dependency graph (pg_rewrite's edges).
    // What else a view depends on (functions, types, other views made again) is found by
    // decideDependents in the same graph; here only what the graph cannot say: a column
    // the view reads changes type or goes (the graph names tables, not columns), or the
    // view's own change is more than CREATE OR REPLACE can do.
    QHash<QString, QStringList> readsA; // view key -> qualified names of tables and views
    for (const Dependency &dep : A.dependencies) {
        if (!(dep.from.startsWith(u"view:") || dep.from.startsWith(u"materialized_view:")))
            continue;
        if (dep.to.startsWith(u"table:") || dep.to.startsWith(u"view:") || dep.to.startsWith(u"materialized_view:"))
            readsA[dep.from].append(dep.to.section(u':', 1));
    }
    // Fixpoint: a view goes when anything it reads goes or changes shape.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const ViewDef &v : A.views) {
            const QString q = v.qualifiedName();
            if (droppedRelations.contains(q))
                continue;
            const ObjectDiff *d = diffOf(v);
            bool drop = d && d->state == ChangeState::Removed;
            if (!drop && isStructurallyChanged(d))
                drop = !replaceable(v, B.views[d->indexB]);
            for (const QString &r : readsA.value(v.key()))
                drop = drop || droppedRelations.contains(r) || affectedColumns.contains(r);
            for (const Column &c : v.columns)
                drop = drop || recreatedTypes.contains(c.type);
            if (!drop)
                continue;
            droppedRelations.insert(q);
            if (viewsB.contains(v.key())) {
                createdRelations.insert(q);
                recreated.insert(v.key());
            }
            grew = true;
        }
    }
}

void PlanBuilder::planViews()
{
    // Drops and creates in the snapshots' order: PlanOrder.cpp puts a view's drop after
    // the drops of the views that read it, and its create after what it reads.
    for (const ViewDef &v : A.views) {
        if (!droppedRelations.contains(v.qualifiedName()))
            continue;
        const QString k = v.key();
        const bool again = recreated.contains(k);
        PlanStep &s = add(DropViews, QStringLiteral("DROP %1 %2").arg(viewKeyword(v), v.qualifiedName()), k,
                          v.materialized ? ObjectKind::MaterializedView : ObjectKind::View, QStringLiteral("drop"),
                          again ? Planner::tr("Dropped to be created again after the objects it reads have changed.")
                                : Planner::tr("%1 does not exist in the target.").arg(v.qualifiedName()));
        s.hazards.accessExclusive = true;
        s.hazards.dataLoss = v.materialized && !again;
    }
    for (const ViewDef &v : B.views) {
        const ObjectDiff *d = diffOf(v);
        const bool create = (d && d->state == ChangeState::Added) || recreated.contains(v.key());
        const bool orReplace = !create && isStructurallyChanged(d);
        if (!create && !orReplace)
            continue;
        PlanStep &s = add(Views, sql::createView(v, orReplace), v.key(), v.materialized ? ObjectKind::MaterializedView : ObjectKind::View,
                          orReplace ? QStringLiteral("replace") : QStringLiteral("create"),
                          orReplace ? Planner::tr("CREATE OR REPLACE keeps the view's dependants: its columns only grow at the end.")
                                    : Planner::tr("%1 as in the target.").arg(v.qualifiedName()));
        if (v.materialized && v.populated) {
            s.hazards.fullScan = true;
            s.explanation += Planner::tr(" Populating it runs the query.");
        }
    }
}

void PlanBuilder::planTriggers()
{
    auto relationDropped = [this](const QString &q) { return droppedRelations.contains(q); };
    auto relationCreated = [this](const QString &q) { return createdRelations.contains(q); };
    QSet<QString> again;
    for (const TriggerDef &t : A.triggers) {
        if (t.inherited || relationDropped(t.tableQualifiedName()))
            continue;
        const ObjectDiff *d = diffOf(t);
        const bool changed = d && d->state == ChangeState::Changed && d->fields.contains(u"definition");
        // Made again when something it depends on is (recreated, from the graph), or when a
        // column it names changes type or goes (columns are not in the graph).
        const bool dependsOnChange = recreated.contains(t.key())
            || mentionsColumn(t.definition.section(QStringLiteral(" ON "), 0, 0) + t.definition.section(QStringLiteral(" WHEN "), 1),
                              affectedColumns.value(t.tableQualifiedName()));
        if (!((d && d->state == ChangeState::Removed) || changed || dependsOnChange))
            continue;
        if (changed || dependsOnChange)
            again.insert(t.key());
        add(DropTriggers, QStringLiteral("DROP TRIGGER %1 ON %2").arg(sql::ident(t.name), t.tableQualifiedName()), t.key(),
            ObjectKind::Trigger, QStringLiteral("drop"),
            changed || dependsOnChange ? Planner::tr("Dropped to be created again.") : Planner::tr("Trigger %1 does not exist in the target.").arg(t.name))
            .hazards.accessExclusive = true;
    }
    for (const TriggerDef &t : B.triggers) {
        if (t.inherited)
            continue;
        const ObjectDiff *d = diffOf(t);
        const bool create = (d && d->state == ChangeState::Added) || again.contains(t.key()) || relationCreated(t.tableQualifiedName())
            || (d && d->state == ChangeState::Changed && d->fields.contains(u"definition"));
        const bool onTable = tablesByNameB.contains(t.tableQualifiedName());
        if (create) {
            PlanStep &s = add(Triggers, t.definition, t.key(), ObjectKind::Trigger, QStringLiteral("create"),
                              Planner::tr("Trigger %1 as in the target; creating it takes a SHARE ROW EXCLUSIVE lock.").arg(t.name));
            Q_UNUSED(s)
        }
        const bool enabledChanged = d && d->state == ChangeState::Changed && d->fields.contains(u"enabled");
        if (onTable && ((create && t.enabled != u"ORIGIN") || (!create && enabledChanged))) {
            QString clause;
            if (t.enabled == u"DISABLED")
                clause = QStringLiteral("DISABLE TRIGGER");
            else if (t.enabled == u"REPLICA")
                clause = QStringLiteral("ENABLE REPLICA TRIGGER");
            else if (t.enabled == u"ALWAYS")
                clause = QStringLiteral("ENABLE ALWAYS TRIGGER");
            else
                clause = QStringLiteral("ENABLE TRIGGER");
            add(Triggers, QStringLiteral("ALTER TABLE %1 %2 %3").arg(t.tableQualifiedName(), clause, sql::ident(t.name)), t.key(),
                ObjectKind::Trigger, QStringLiteral("alter"), Planner::tr("The trigger fires as in the target (%1).").arg(t.enabled))
                .hazards.accessExclusive = true;
        }
    }
}

void PlanBuilder::planPolicies()
{
    // Row level security switched off before policies go.
    for (const ObjectDiff &d : D.objects) {
        if (d.kind != ObjectKind::Table || d.state != ChangeState::Changed || recreated.contains(d.key))
            continue;
        const TableDef &a = A.tables[d.indexA];
        const TableDef &b = B.tables[d.indexB];
        if (a.rlsForced && !b.rlsForced)
            add(DropPolicies, QStringLiteral("ALTER TABLE %1 NO FORCE ROW LEVEL SECURITY").arg(b.qualifiedName()), d.key, ObjectKind::Table,
                QStringLiteral("alter"), Planner::tr("The owner is no longer subject to the policies.")).hazards.accessExclusive = true;
        if (a.rlsEnabled && !b.rlsEnabled)
            add(DropPolicies, QStringLiteral("ALTER TABLE %1 DISABLE ROW LEVEL SECURITY").arg(b.qualifiedName()), d.key, ObjectKind::Table,
                QStringLiteral("alter"), Planner::tr("Row level security is off in the target.")).hazards.accessExclusive = true;
    }
    QSet<QString> again;
    for (const PolicyDef &p : A.policies) {
        if (droppedRelations.contains(p.tableQualifiedName()))
            continue;
        const ObjectDiff *d = diffOf(p);
        const bool changed = isStructurallyChanged(d);
        // As for triggers: the graph for functions and types, the expression for columns.
        const bool dependsOnChange = mentionsColumn(p.usingExpr + u' ' + p.withCheckExpr, affectedColumns.value(p.tableQualifiedName()))
            || recreated.contains(p.key());
        if (!((d && d->state == ChangeState::Removed) || changed || dependsOnChange))
            continue;
        if (changed || dependsOnChange)
            again.insert(p.key());
        add(DropPolicies, QStringLiteral("DROP POLICY %1 ON %2").arg(sql::ident(p.name), p.tableQualifiedName()), p.key(), ObjectKind::Policy,
            QStringLiteral("drop"), changed || dependsOnChange ? Planner::tr("Dropped to be created again.")
                                                              : Planner::tr("Policy %1 does not exist in the target.").arg(p.name))
            .hazards.accessExclusive = true;
    }
    for (const PolicyDef &p : B.policies) {
        const ObjectDiff *d = diffOf(p);
        if (!((d && d->state == ChangeState::Added) || again.contains(p.key()) || createdRelations.contains(p.tableQualifiedName())))
            continue;
        add(Policies, sql::createPolicy(p), p.key(), ObjectKind::Policy, QStringLiteral("create"),
            Planner::tr("Policy %1 as in the target.").arg(p.name))
            .hazards.accessExclusive = true;
    }
    for (const TableDef &b : B.tables) {
        const QString q = b.qualifiedName();
        const TableDef *a = createdRelations.contains(q) ? nullptr : tableA(q);
        const bool enabledBefore = a && a->rlsEnabled;
        const bool forcedBefore = a && a->rlsForced;
        if (b.rlsEnabled && !enabledBefore)
            add(Policies, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(q), b.key(), ObjectKind::Table, QStringLiteral("alter"),
                Planner::tr("Row level security is on in the target; turned on after its policies exist.")).hazards.accessExclusive = true;
        if (b.rlsForced && !forcedBefore)
            add(Policies, QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(q), b.key(), ObjectKind::Table, QStringLiteral("alter"),
                Planner::tr("The table owner is subject to the policies too.")).hazards.accessExclusive = true;
    }
}

} // namespace strata::diff
