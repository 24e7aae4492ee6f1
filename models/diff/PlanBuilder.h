#pragma once
// Internal to models/diff: the state one Planner::plan() call works on. The parts
// live in Planner.cpp (order, types, sequences, functions, meta), TablePlanner.cpp
// (tables, columns, constraints, indexes) and ObjectPlanner.cpp (views, triggers,
// policies); PlanOrder.cpp orders the steps and PlanDependents.cpp finds what is made
// again, both from the snapshots' dependency graphs.

#include "Planner.h"
#include "SqlForms.h"

#include <QHash>
#include <QSet>
#include <array>
#include <functional>
#include <vector>

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

// The steps in one order from the snapshots' dependency graphs (PlanOrder.cpp): drops
// after the drops of their dependants in A, makes after what they depend on in B,
// otherwise as given.
QList<PlanStep> orderByDependencies(const QList<PlanStep> &steps, const catalog::Snapshot &a, const catalog::Snapshot &b);
// The owner most of A's tables, functions and types have: what new objects get implicitly
// when the script runs as that role.
QString mostCommonOwner(const catalog::Snapshot &s);
// True when the SQL text names one of the columns (as PostgreSQL prints the name).
bool mentionsColumn(const QString &text, const QSet<QString> &columns);
// True when the SQL text calls one of the functions (qualified names, as printed with an
// empty search_path).
bool mentionsFunction(const QString &text, const QSet<QString> &functions);
// name + suffix, the name shortened so that the whole fits PostgreSQL's 63 bytes.
QString truncatedName(const QString &name, const QString &suffix);
// A changed column whose type or collation changes (ALTER COLUMN ... TYPE).
inline bool retypes(const ColumnChange &c)
{
    return c.kind == ColumnChange::Kind::Changed && (c.fields.contains(u"type") || c.fields.contains(u"collation"));
}

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

    // The diff entry of each object of A and of B, by the object's position in its
    // snapshot list (ObjectDiff::indexA/indexB): found without building its key.
    struct Entries
    {
        std::vector<const ObjectDiff *> a, b;
    };
    std::array<Entries, 11> entries; // per snapshot list, see listOf()
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
    // "table\ncolumn": generated columns of A that read a column the plan retypes or drops.
    // PostgreSQL refuses both while the generated column exists: it goes first and, when the
    // target still generates it, comes back after the other column changes.
    QSet<QString> blockingGenerated;
    // "table\ncolumn": generated columns of A that call a function the plan drops and
    // creates again (DROP FUNCTION refuses while they exist): they go in the Types phase,
    // before the functions, and come back after the table's other changes.
    QSet<QString> functionGenerated;
    QSet<QString> generatedPlanned; // tables whose planTableChange handled the two sets
    QSet<QString> recreatedFunctions;// qualified names of functions dropped before the new ones are created
    QSet<QString> earlyDroppedFunctions; // keys of removed functions dropped with them (a new overload takes the name)
    QSet<QString> recreatedTypes;    // qualified names of types recreated
    QString defaultOwner;            // the most common owner in A (new objects get it implicitly)
    // Keys made again only because something they depend on goes (decideDependents) ->
    // the key of that object.
    QHash<QString, QString> remadeFor;
    // Keys of A's foreign keys between dropped tables that refer to each other in a cycle:
    // dropped on their own before the tables.
    QSet<QString> cyclicForeignKeys;

    // Step helpers.
    PlanStep &add(Phase phase, const QString &sql, const QString &key, ObjectKind kind, const QString &action,
                  const QString &explanation);
    Hazards tableHazards(const QString &tableQualifiedName) const;
    // The diff entry of an object of A's or B's lists (nullptr for any other object).
    template<class T>
    const ObjectDiff *diffOf(const T &object) const
    {
        const Entries &e = entries[size_t(listOf(object))];
        if (const qsizetype i = positionIn(listOf(A, object), object); i >= 0)
            return e.a[size_t(i)];
        if (const qsizetype i = positionIn(listOf(B, object), object); i >= 0)
            return e.b[size_t(i)];
        return nullptr;
    }
    bool isStructurallyChanged(const ObjectDiff *d) const;
    bool tableIsNew(const QString &qualified) const { return createdRelations.contains(qualified); }
    bool tableIsDropped(const QString &qualified) const { return droppedRelations.contains(qualified); }
    // The SQL calls a function the plan drops before creating the new ones.
    bool callsDroppedFunction(const QString &sqlText) const { return mentionsFunction(sqlText, recreatedFunctions); }
    const catalog::TableDef *tableA(const QString &qualified) const { return tablesByNameA.value(qualified, nullptr); }
    const catalog::TableDef *tableB(const QString &qualified) const { return tablesByNameB.value(qualified, nullptr); }

    // DROP FUNCTION for a function of A, naming a recreated type by its old type's new name
    // (the plan renames it before the functions phase).
    QString dropFunctionOfA(const catalog::FunctionDef &f) const;

    // Parts.
    void decide();          // fills the decision sets (Planner.cpp)
    void decideViews();     // ObjectPlanner.cpp
    void planSchemasAndExtensions();
    void planTypes();
    void planSequences();
    void planFunctions();
    void planTables();      // TablePlanner.cpp
    void planTableChange(const catalog::TableDef &a, const catalog::TableDef &b, const ObjectDiff &d);
    void planConstraints();  // ConstraintPlanner.cpp
    // ADD CONSTRAINT of a CHECK or foreign key, NOT VALID and validated by a later step when asked.
    void addCheckOrForeignKey(const catalog::ConstraintDef &c, Phase phase, bool notValid, bool isNewTable);
    void planIndexes();
    void planViews();       // ObjectPlanner.cpp
    void planTriggers();
    void planPolicies();
    void planMeta();        // MetaPlanner.cpp
    void planFunctionDefaults(); // FunctionDependents.cpp
    // planTableChange's part for blockingGenerated (GeneratedColumns.cpp): steps before the
    // column changes; returns the columns the column loop must skip and those to add again.
    struct GeneratedSteps
    {
        QSet<QString> skip;             // handled here entirely
        QSet<QString> expressionDropped; // lost their expression here; the rest of their change follows
        QList<const catalog::Column *> addAgain;
    };
    GeneratedSteps planBlockingGenerated(const catalog::TableDef &a, const catalog::TableDef &b, const QString &key);
    void addGeneratedAgain(const catalog::TableDef &b, const QString &key, const GeneratedSteps &g);

private:
    void decideTables();
    void decideDependents();        // PlanDependents.cpp
    void decideForeignKeyCycles();  // PlanDependents.cpp
    void decideGeneratedColumns();  // GeneratedColumns.cpp
    void decideFunctionDependents(); // FunctionDependents.cpp

    static int listOf(ObjectKind kind);
    static int listOf(const catalog::SchemaDef &) { return 0; }
    static int listOf(const catalog::ExtensionDef &) { return 1; }
    static int listOf(const catalog::TypeDef &) { return 2; }
    static int listOf(const catalog::SequenceDef &) { return 3; }
    static int listOf(const catalog::TableDef &) { return 4; }
    static int listOf(const catalog::ConstraintDef &) { return 5; }
    static int listOf(const catalog::IndexDef &) { return 6; }
    static int listOf(const catalog::ViewDef &) { return 7; }
    static int listOf(const catalog::FunctionDef &) { return 8; }
    static int listOf(const catalog::TriggerDef &) { return 9; }
    static int listOf(const catalog::PolicyDef &) { return 10; }
    static const QList<catalog::SchemaDef> &listOf(const catalog::Snapshot &s, const catalog::SchemaDef &) { return s.schemas; }
    static const QList<catalog::ExtensionDef> &listOf(const catalog::Snapshot &s, const catalog::ExtensionDef &) { return s.extensions; }
    static const QList<catalog::TypeDef> &listOf(const catalog::Snapshot &s, const catalog::TypeDef &) { return s.types; }
    static const QList<catalog::SequenceDef> &listOf(const catalog::Snapshot &s, const catalog::SequenceDef &) { return s.sequences; }
    static const QList<catalog::TableDef> &listOf(const catalog::Snapshot &s, const catalog::TableDef &) { return s.tables; }
    static const QList<catalog::ConstraintDef> &listOf(const catalog::Snapshot &s, const catalog::ConstraintDef &) { return s.constraints; }
    static const QList<catalog::IndexDef> &listOf(const catalog::Snapshot &s, const catalog::IndexDef &) { return s.indexes; }
    static const QList<catalog::ViewDef> &listOf(const catalog::Snapshot &s, const catalog::ViewDef &) { return s.views; }
    static const QList<catalog::FunctionDef> &listOf(const catalog::Snapshot &s, const catalog::FunctionDef &) { return s.functions; }
    static const QList<catalog::TriggerDef> &listOf(const catalog::Snapshot &s, const catalog::TriggerDef &) { return s.triggers; }
    static const QList<catalog::PolicyDef> &listOf(const catalog::Snapshot &s, const catalog::PolicyDef &) { return s.policies; }
    // Position of `object` in `list` when it is one of its elements, else -1.
    template<class T>
    static qsizetype positionIn(const QList<T> &list, const T &object)
    {
        const auto at = reinterpret_cast<quintptr>(&object), begin = reinterpret_cast<quintptr>(list.constData());
        if (at < begin || at >= begin + quintptr(list.size()) * sizeof(T))
            return -1;
        return qsizetype((at - begin) / sizeof(T));
    }
};

} // namespace strata::diff
