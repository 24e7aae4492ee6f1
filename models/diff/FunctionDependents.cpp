// Objects that call a function the plan drops before it creates the new one: a function
// whose result type or arguments change (DROP + CREATE), and a removed function whose name
// a new overload takes. PostgreSQL refuses to drop a function that an index, a constraint,
// a column default, a view, a trigger or a policy uses; and an object that stays would
// keep calling the old one. So those objects go before the function and are made again
// after it (views, triggers and policies in decideViews and their planners, indexes and
// constraints through `recreated`, column defaults here, generated columns through
// functionGenerated in GeneratedColumns.cpp).

#include "PlanBuilder.h"

namespace strata::diff {

using namespace catalog;

void PlanBuilder::decideFunctionDependents()
{
    QSet<QString> namesInB;
    for (const FunctionDef &f : B.functions)
        namesInB.insert(qualifiedName(f.schema, f.name));
    for (const ObjectDiff &d : D.objects) {
        if ((d.kind != ObjectKind::Function && d.kind != ObjectKind::Procedure) || d.state != ChangeState::Removed)
            continue;
        const FunctionDef &f = A.functions[d.indexA];
        const QString q = qualifiedName(f.schema, f.name);
        if (!namesInB.contains(q))
            continue; // dropped at the end, after everything that used it
        // A generated column that calls it can only change in the table phase, after the
        // functions: then the old function stays until the end as before.
        bool blocked = false;
        for (const TableDef &t : A.tables)
            for (const Column &c : t.columns)
                blocked = blocked || (!c.generatedExpr.isEmpty() && mentionsFunction(c.generatedExpr, {q}));
        if (blocked)
            continue;
        earlyDroppedFunctions.insert(d.key);
        recreatedFunctions.insert(q);
    }
    if (recreatedFunctions.isEmpty())
        return;
    recreateWhereDefinition([this](const QString &definition) { return mentionsFunction(definition, recreatedFunctions); });
}

void PlanBuilder::recreateWhereDefinition(const std::function<bool(const QString &definition)> &picks)
{
    for (const IndexDef &i : A.indexes)
        if (i.constraintName.isEmpty() && i.parentIndex.isEmpty() && picks(i.definition))
            recreated.insert(i.key());
    for (const ConstraintDef &c : A.constraints)
        if (!c.inherited && picks(c.definition))
            recreated.insert(c.key());
}

void PlanBuilder::planFunctionDefaults()
{
    if (recreatedFunctions.isEmpty())
        return;
    // Generated columns calling such a function, in tables this plan does not otherwise
    // change (planTableChange handles the others).
    for (const TableDef &t : A.tables) {
        const QString tq = t.qualifiedName();
        const TableDef *tb = tableB(tq);
        if (generatedPlanned.contains(tq) || tableIsDropped(tq) || !tb)
            continue;
        bool calls = false;
        for (const Column &c : t.columns)
            calls = calls || functionGenerated.contains(tq + u'\n' + c.name);
        if (calls)
            addGeneratedAgain(*tb, t.key(), planBlockingGenerated(t, *tb, t.key()));
    }
    for (const TableDef &t : A.tables) {
        const QString tq = t.qualifiedName();
        for (const Column &c : t.columns) {
            if (c.defaultExpr.isEmpty() || !mentionsFunction(c.defaultExpr, recreatedFunctions))
                continue;
            const QString col = sql::ident(c.name);
            PlanStep &drop = add(Types, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT").arg(tq, col), t.key(), ObjectKind::Table,
                                 QStringLiteral("alter"), Planner::tr("The default of %1 calls a function that is dropped and made again; the default is set again afterwards.")
                                                              .arg(c.name));
            drop.hazards = tableHazards(tq);
            drop.hazards.accessExclusive = true;
            if (tableIsDropped(tq))
                continue;
            const TableDef *tb = tableB(tq);
            const Column *cb = tb ? tb->column(c.name) : nullptr;
            if (!cb || cb->defaultExpr.isEmpty() || cb->defaultExpr != c.defaultExpr)
                continue; // gone, or the table plan sets the target's default (after the functions)
            PlanStep &set = add(Tables, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3").arg(tq, col, cb->defaultExpr), t.key(),
                                ObjectKind::Table, QStringLiteral("alter"), Planner::tr("The default of %1 again, now calling the new function.").arg(c.name));
            set.hazards = tableHazards(tq);
            set.hazards.accessExclusive = true;
        }
    }
}

} // namespace strata::diff
