// Removed functions whose name a new overload takes, and what the graph cannot say about
// functions. A removed function whose name B gives to another overload is dropped before
// the new one is created (earlyDroppedFunctions), so that what is made again after it binds
// to the new one; what depends on it (indexes, constraints, views, triggers, policies,
// other functions) is found in A's dependency graph by decideDependents. Two parts stay
// here because the graph names tables, not columns (pg_attrdef's edges are folded into the
// table): a column default that calls a function dropped and made again is dropped first
// and set again after (planFunctionDefaults), and a generated column that calls it keeps
// the function until the table phase (GeneratedColumns.cpp).
//
// dropFunctionOfA: a function whose signature names a type made anew is dropped by the
// old type's new name (the plan renames the old type before the functions).

#include "PlanBuilder.h"

namespace strata::diff {

using namespace catalog;

namespace {

bool identChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'"';
}

// Positions where the qualified type name stands as a whole name in a signature or type list.
QList<qsizetype> typeMentions(const QString &text, const QString &type)
{
    QList<qsizetype> out;
    for (qsizetype at = text.indexOf(type); at >= 0; at = text.indexOf(type, at + 1)) {
        const qsizetype end = at + type.size();
        if ((at > 0 && (identChar(text.at(at - 1)) || text.at(at - 1) == u'.')) || (end < text.size() && identChar(text.at(end))))
            continue;
        out.append(at);
    }
    return out;
}

} // namespace

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
}

QString PlanBuilder::dropFunctionOfA(const FunctionDef &f) const
{
    FunctionDef renamed = f;
    for (const QString &t : std::as_const(recreatedTypes)) {
        const QList<qsizetype> at = typeMentions(renamed.identityArguments, t);
        if (at.isEmpty())
            continue;
        const TypeDef *b = nullptr;
        for (const TypeDef &x : B.types)
            if (x.qualifiedName() == t)
                b = &x;
        if (!b)
            continue;
        const QString oldQ = sql::qname(b->schema, truncatedName(b->name, QStringLiteral("_old")));
        for (qsizetype i = at.size() - 1; i >= 0; --i)
            renamed.identityArguments.replace(at[i], t.size(), oldQ);
    }
    return sql::dropFunction(renamed);
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
