#pragma once
// Object-level comparison of two snapshots. Objects are matched by their identity
// key (Snapshot.h); each gets a state (Added = only in B, Removed = only in A,
// Changed, Same) and, when changed, the names of the fields that differ. Tables
// also get column-level details. Lookups go through hash maps by key, so the cost
// is linear in the number of objects.

#include "catalog/Snapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace strata::diff {

enum class ObjectKind {
    Schema,
    Extension,
    Type,
    Sequence,
    Table,
    Constraint,
    Index,
    View,
    MaterializedView,
    Function,
    Procedure,
    Trigger,
    Policy,
};
constexpr int kObjectKindCount = 13;

enum class ChangeState { Same, Added, Removed, Changed };

QString kindId(ObjectKind kind);          // "table", "materialized_view", ...
QString kindDisplayName(ObjectKind kind); // translated plural: "Tables"
QString stateId(ChangeState state);       // "added", "removed", "changed", "same"

struct ColumnChange
{
    enum class Kind { Added, Dropped, Changed };
    Kind kind = Kind::Changed;
    QString name;
    QStringList fields;       // changed: type, default, not_null, identity, identity_options, generated, collation, comment, inherited
    catalog::Column before;   // empty for Added
    catalog::Column after;    // empty for Dropped
};

struct ObjectDiff
{
    QString key;
    ObjectKind kind = ObjectKind::Table;
    ChangeState state = ChangeState::Same;
    QString schema;
    QString name;
    QString table;            // constraints, indexes, triggers, policies: the table's name (same schema)
    QStringList fields;       // changed fields ("definition", "owner", "columns", ...)
    QList<ColumnChange> columns; // tables: column-level changes (in B's column order, then dropped ones)
    qsizetype indexA = -1;    // position in the snapshot's list of that kind; -1 when absent
    qsizetype indexB = -1;
};

struct DiffOptions
{
    bool ignoreOwners = false;
    bool ignoreGrants = false;
    bool ignoreComments = false;
    bool ignoreColumnOrder = false; // same columns in another order count as the same table
    bool includeSame = false; // also list objects that are the same
};

struct DiffResult
{
    QList<ObjectDiff> objects; // ordered by kind, then key
    int added = 0;
    int removed = 0;
    int changed = 0;
    int same = 0;

    bool hasDifferences() const { return added + removed + changed > 0; }
    // Counts of non-Same objects per kind and state, indexed [kind][state].
    std::array<std::array<int, 4>, kObjectKindCount> counts() const;
    const ObjectDiff *find(const QString &key) const;
};

class SchemaDiff
{
    Q_DECLARE_TR_FUNCTIONS(SchemaDiff)
public:
    static DiffResult compare(const catalog::Snapshot &a, const catalog::Snapshot &b, const DiffOptions &options = {});

    // Field-level comparison of two columns (names of the fields that differ).
    static QStringList columnFields(const catalog::Column &a, const catalog::Column &b, const DiffOptions &options);
    // Column-level changes between two tables.
    static QList<ColumnChange> columnChanges(const catalog::TableDef &a, const catalog::TableDef &b, const DiffOptions &options);
};

} // namespace strata::diff
