#pragma once
// Internal to models/diff: the state one Planner::plan() call works on. The parts
// live in Planner.cpp (order, types, sequences, functions, meta), TablePlanner.cpp
// (tables, columns, constraints, indexes) and ObjectPlanner.cpp (views, triggers,
// policies); ObjectOrder.cpp has the view dependency graph.

#include "Planner.h"
#include "SqlForms.h"

#include <QHash>
#include <QSet>
#include <array>

namespace strata::diff {

enum Phase {
    PreSettings,
    DropPolicies,
    DropTriggers,
    DropViews,
    DropForeignKeys,
    DropConstraints,
    DropIndexes,
    CreateSchemas,
    CreateExtensions,
    Types,
    Sequences,
    Functions,
    DropTables,
    Tables,
    SequenceOwnership,
    Constraints,
    Indexes,
    ForeignKeys,
    Validate,
    Views,
    ViewIndexes,
    Triggers,
    Policies,
    DropFunctions,
    DropSequences,
    DropTypes,
    DropExtensions,
    DropSchemas,
    Meta,
    PhaseCount
};

// Qualified names of the relations (tables, views) a view's SELECT reads, from its parse tree.
QStringList viewRelations(const QString &selectSql);
// Keys in dependency order (a key after every key it depends on). deps: key -> keys it
// depends on (keys outside `keys` are ignored). Cycles are broken in key order.
QStringList dependencyOrder(const QStringList &keys, const QHash<QString, QStringList> &deps);

class PlanBuilder
{
public:
    PlanBuilder(const catalog::Snapshot &a, const catalog::Snapshot &b, const DiffResult &d, const PlanOptions &o);
    Plan build();

    const catalog::Snapshot &A;
    const catalog::Snapshot &B;
    const DiffResult &D;
    const PlanOptions &O;

    std::array<QList<PlanStep>, PhaseCount> phases;
    QStringList notes;

    // Lookups by key.
    QHash<QString, const ObjectDiff *> diffs;
    QHash<QString, qsizetype> tablesA, tablesB, viewsA, viewsB;
    QHash<QString, const catalog::TableDef *> tablesByNameA, tablesByNameB; // qualified name
    QHash<QString, const catalog::ViewDef *> viewsByNameA, viewsByNameB;

    // Decisions made before any step is written.
    QSet<QString> droppedRelations;  // qualified names of A tables/views that are dropped (or recreated)
    QSet<QString> createdRelations;  // qualified names of B tables/views created by this plan
    QSet<QString> recreated;         // keys dropped from A and created again from B
    QHash<QString, QSet<QString>> affectedColumns; // table qualified name -> columns retyped or dropped
    QSet<QString> recreatedColumns;  // "table\ncolumn": dropped and added again
    QSet<QString> droppedColumns;    // "table\ncolumn" of A
    QSet<QString> recreatedFunctions;// qualified names of functions dropped and created again
    QSet<QString> recreatedTypes;    // qualified names of types recreated
    QString defaultOwner;            // the most common owner in A (new objects get it implicitly)

    // Step helpers.
    PlanStep &add(Phase phase, const QString &sql, const QString &key, ObjectKind kind, const QString &action,
                  const QString &explanation);
    Hazards tableHazards(const QString &tableQualifiedName) const;
    const ObjectDiff *diffOf(const QString &key) const { return diffs.value(key, nullptr); }
    bool isStructurallyChanged(const ObjectDiff *d) const;
    bool tableIsNew(const QString &qualified) const { return createdRelations.contains(qualified); }
    bool tableIsDropped(const QString &qualified) const { return droppedRelations.contains(qualified); }
    const catalog::TableDef *tableA(const QString &qualified) const { return tablesByNameA.value(qualified, nullptr); }
    const catalog::TableDef *tableB(const QString &qualified) const { return tablesByNameB.value(qualified, nullptr); }

    // Parts.
    void decide();          // fills the decision sets (Planner.cpp)
    void decideViews();     // ObjectPlanner.cpp
    void planSchemasAndExtensions();
    void planTypes();
    void planSequences();
    void planFunctions();
    void planTables();      // TablePlanner.cpp
    void planTableChange(const catalog::TableDef &a, const catalog::TableDef &b, const ObjectDiff &d);
    void planConstraints();
    void planIndexes();
    void planViews();       // ObjectPlanner.cpp
    void planTriggers();
    void planPolicies();
    void planMeta();        // MetaPlanner.cpp

private:
    void decideTables();
};

} // namespace strata::diff
