// Generated columns that read a column the plan retypes or drops, or call a function it
// drops and creates again. PostgreSQL refuses "ALTER COLUMN ... TYPE" and "DROP COLUMN" on
// a column a generated column uses, and DROP FUNCTION on a function it calls, so such a
// generated column goes first: DROP EXPRESSION when the target keeps it as a plain column
// (its values stay), else DROP COLUMN, and ADD COLUMN with the target's definition after
// the other column changes. Its indexes and constraints are made again with it.
//
// Why this is not the dependency graph: the graph names objects, and pg_attrdef's edges
// (a generated column on the columns it reads and the functions it calls) are folded into
// the table, so "which column reads which" comes from the expression here.

#include "PlanBuilder.h"

namespace strata::diff {

using namespace catalog;

void PlanBuilder::decideGeneratedColumns()
{
    for (const ObjectDiff &d : D.objects) {
        if (d.kind != ObjectKind::Table || d.state != ChangeState::Changed || recreated.contains(d.key))
            continue;
        const TableDef &a = A.tables[d.indexA];
        const TableDef &b = B.tables[d.indexB];
        QSet<QString> touched; // dropped or retyped
        for (const ColumnChange &c : d.columns)
            if (c.kind == ColumnChange::Kind::Dropped || retypes(c))
                touched.insert(c.name);
        if (touched.isEmpty())
            continue;
        const QString q = a.qualifiedName();
        for (const Column &g : a.columns) {
            if (g.generatedExpr.isEmpty() || !mentionsColumn(g.generatedExpr, touched - QSet<QString>{g.name}))
                continue;
            blockingGenerated.insert(q + u'\n' + g.name);
            affectedColumns[q].insert(g.name); // views and policies that read it are made again
            const Column *y = b.column(g.name);
            if (y && !y->generatedExpr.isEmpty())
                recreatedColumns.insert(q + u'\n' + g.name);
        }
    }
    // Generated columns calling a function that is dropped and created again, in any table
    // that stays (changed in this plan or not).
    if (!recreatedFunctions.isEmpty()) {
        for (const TableDef &a : A.tables) {
            const QString q = a.qualifiedName();
            if (tableIsDropped(q) || recreated.contains(a.key()))
                continue;
            const TableDef *b = tableB(q);
            for (const Column &g : a.columns) {
                if (g.generatedExpr.isEmpty() || !mentionsFunction(g.generatedExpr, recreatedFunctions))
                    continue;
                const QString key = q + u'\n' + g.name;
                blockingGenerated.remove(key);
                functionGenerated.insert(key);
                affectedColumns[q].insert(g.name);
                const Column *y = b ? b->column(g.name) : nullptr;
                if (y && !y->generatedExpr.isEmpty())
                    recreatedColumns.insert(key);
            }
        }
    }
    // Indexes and constraints on a column that is dropped and added again go with it: made again.
    if (recreatedColumns.isEmpty())
        return;
    QHash<QString, QSet<QString>> recreatedByTable;
    for (const QString &key : recreatedColumns)
        recreatedByTable[key.section(u'\n', 0, 0)].insert(key.section(u'\n', 1));
    auto onRecreated = [&recreatedByTable](const QString &table, const QStringList &columns, const QString &expressions) {
        const auto it = recreatedByTable.constFind(table);
        if (it == recreatedByTable.cend())
            return false;
        for (const QString &c : columns)
            if (it->contains(c))
                return true;
        return mentionsColumn(expressions, *it);
    };
    for (const IndexDef &i : A.indexes)
        if (i.constraintName.isEmpty() && i.parentIndex.isEmpty()
            && onRecreated(i.tableQualifiedName(), i.columns + i.includeColumns, i.expressions + u' ' + i.predicate))
            recreated.insert(i.key());
    for (const ConstraintDef &c : A.constraints)
        if (!c.inherited && onRecreated(c.tableQualifiedName(), c.columns, c.definition))
            recreated.insert(c.key());
}

PlanBuilder::GeneratedSteps PlanBuilder::planBlockingGenerated(const TableDef &a, const TableDef &b, const QString &key)
{
    GeneratedSteps out;
    const QString q = b.qualifiedName();
    generatedPlanned.insert(a.qualifiedName());
    for (const Column &g : a.columns) {
        const QString gk = a.qualifiedName() + u'\n' + g.name;
        const bool callsFunction = functionGenerated.contains(gk);
        if (!callsFunction && !blockingGenerated.contains(gk))
            continue;
        // Before the functions when it calls one that is dropped, else before the column changes.
        const Phase phase = callsFunction ? Types : Tables;
        const Column *y = b.column(g.name);
        const QString col = sql::ident(g.name);
        const QString alter = QStringLiteral("ALTER TABLE %1 ").arg(q);
        PlanStep *s = nullptr;
        if (y && y->generatedExpr.isEmpty()) {
            s = &add(phase, alter + QStringLiteral("ALTER COLUMN %1 DROP EXPRESSION").arg(col), key, ObjectKind::Table, QStringLiteral("alter"),
                     callsFunction ? Planner::tr("Column %1 keeps its values but is no longer generated. First, because it calls a function that is dropped and made again.")
                                         .arg(g.name)
                                   : Planner::tr("Column %1 keeps its values but is no longer generated. First, because it reads a column that changes type or is dropped.")
                                         .arg(g.name));
            out.expressionDropped.insert(g.name);
        } else {
            s = &add(phase, alter + QStringLiteral("DROP COLUMN ") + col, key, ObjectKind::Table, QStringLiteral("alter"),
                     callsFunction ? (y ? Planner::tr("Generated column %1 calls a function that is dropped and made again, which PostgreSQL refuses while %1 exists: it is dropped first and added again afterwards.")
                                              .arg(g.name)
                                        : Planner::tr("Generated column %1 does not exist in the target; it goes first because it calls a function that is dropped and made again.")
                                              .arg(g.name)) :
                     y ? Planner::tr("Generated column %1 reads a column that changes type or is dropped, which PostgreSQL refuses while %1 exists: it is dropped first and added again afterwards.")
                             .arg(g.name)
                       : Planner::tr("Generated column %1 does not exist in the target; it goes first because it reads a column that changes type or is dropped.")
                             .arg(g.name));
            out.skip.insert(g.name);
            if (y)
                out.addAgain.append(y);
        }
        s->hazards = tableHazards(q);
        s->hazards.accessExclusive = true;
        s->hazards.dataLoss = !y;
    }
    return out;
}

void PlanBuilder::addGeneratedAgain(const TableDef &b, const QString &key, const GeneratedSteps &g)
{
    const QString q = b.qualifiedName();
    for (const Column *y : g.addAgain) {
        PlanStep &s = add(Tables, QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(q, sql::columnDefinition(*y)), key, ObjectKind::Table,
                          QStringLiteral("alter"), Planner::tr("Adds %1 again with the target's generation expression; every row is computed.").arg(y->name));
        s.hazards = tableHazards(q);
        s.hazards.accessExclusive = true;
        s.hazards.rewrite = true;
        notes.append(Planner::tr("Column %1.%2 was recreated; its position in the table changes.").arg(q, y->name));
    }
}

} // namespace strata::diff
