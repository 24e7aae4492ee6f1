#pragma once
// A database schema as plain values: what the Introspector reads from pg_catalog,
// what DdlWriter prints, what SnapshotJson saves, and what a diff compares.
//
// Every object has a stable identity key ("table:public.users",
// "function:public.f(integer, text)"): names inside keys are quoted the way
// quote_ident does, so keys are unambiguous for any name. Lists in a Snapshot are
// sorted by key. Names are kept exactly as the server has them.
//
// Text that the server can print canonically is stored as the server prints it
// (pg_get_indexdef, pg_get_constraintdef, pg_get_viewdef, pg_get_functiondef,
// pg_get_triggerdef, pg_get_expr, format_type), read with an empty search_path so
// that every reference outside pg_catalog is schema-qualified.

#include "QuoteIdent.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace strata::catalog {

// One privilege on an object, relative to the object's default privileges
// (acldefault): granted beyond the defaults, or a default one taken away.
struct Grant
{
    QString grantee;        // role name; empty = PUBLIC
    QString privilege;      // SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, EXECUTE, USAGE, CREATE
    bool grantable = false; // WITH GRANT OPTION
    bool revoked = false;   // a default privilege that was revoked
    bool operator==(const Grant &) const = default;
};

struct SchemaDef
{
    QString name;
    QString owner;          // empty when owners are ignored
    QString comment;
    QList<Grant> grants;
    QString key() const { return QStringLiteral("schema:") + quoteIdent(name); }
    bool operator==(const SchemaDef &) const = default;
};

struct ExtensionDef
{
    QString name;
    QString schema;
    QString version;
    QString comment;
    QString key() const { return QStringLiteral("extension:") + quoteIdent(name); }
    bool operator==(const ExtensionDef &) const = default;
};

struct SequenceOptions
{
    QString dataType = QStringLiteral("bigint"); // smallint, integer, bigint
    qint64 start = 1;
    qint64 increment = 1;
    qint64 minValue = 1;
    qint64 maxValue = 9223372036854775807LL;
    qint64 cache = 1;
    bool cycle = false;
    bool operator==(const SequenceOptions &) const = default;
};

struct DomainConstraint
{
    QString name;
    QString definition;     // pg_get_constraintdef: CHECK (...) [NOT VALID]
    bool validated = true;
    QString comment;
    bool operator==(const DomainConstraint &) const = default;
};

// A column of a table, view or composite type (attnum order; dropped columns left out).
struct Column
{
    QString name;
    QString type;           // format_type(atttypid, atttypmod)
    QString collation;      // qualified, only when it differs from the type's default
    QString defaultExpr;    // pg_get_expr(adbin); empty for none and for generated columns
    QString generatedExpr;  // GENERATED ALWAYS AS (expr) STORED
    QString identity;       // "", "ALWAYS" or "BY DEFAULT"
    QString identitySequence; // qualified name of the identity sequence
    SequenceOptions identityOptions;
    bool notNull = false;
    bool inherited = false; // comes from a parent (partition or inheritance), not declared locally
    QString comment;
    bool operator==(const Column &) const = default;
};

struct TypeDef
{
    enum class Kind { Enum, Domain, Composite, Range };
    Kind kind = Kind::Enum;
    QString schema;
    QString name;
    QString owner;
    QString comment;
    QList<Grant> grants;
    // Enum: labels in sort order.
    QStringList labels;
    // Domain.
    QString baseType;        // format_type
    QString collation;       // domain or range collation (qualified), when not the default
    QString defaultExpr;
    bool notNull = false;
    QList<DomainConstraint> constraints; // by name
    // Composite.
    QList<Column> attributes;
    // Range.
    QString subtype;
    QString subtypeOpclass;  // qualified, only when not the subtype's default
    QString canonicalFunction;
    QString subtypeDiffFunction;
    QString multirangeName;  // qualified

    static QString kindName(Kind k);
    QString qualifiedName() const { return catalog::qualifiedName(schema, name); }
    QString key() const { return QStringLiteral("type:") + qualifiedName(); }
    bool operator==(const TypeDef &) const = default;
};

struct SequenceDef
{
    QString schema;
    QString name;
    QString owner;
    QString comment;
    QList<Grant> grants;
    SequenceOptions options;
    // OWNED BY (serial columns and the like); empty when none.
    QString ownedBySchema;
    QString ownedByTable;
    QString ownedByColumn;
    QString qualifiedName() const { return catalog::qualifiedName(schema, name); }
    QString key() const { return QStringLiteral("sequence:") + qualifiedName(); }
    bool operator==(const SequenceDef &) const = default;
};

struct TableDef
{
    QString schema;
    QString name;
    QString owner;
    QString comment;
    QList<Grant> grants;
    QList<Column> columns;
    bool unlogged = false;
    QStringList options;      // reloptions, e.g. fillfactor=70 (sorted)
    QString partitionKey;     // pg_get_partkeydef: "RANGE (created_at)"; empty when not partitioned
    QString parentSchema;     // the partitioned table this is a partition of
    QString parentName;
    QString partitionBound;   // "FOR VALUES FROM (...) TO (...)" or "DEFAULT"
    bool rlsEnabled = false;
    bool rlsForced = false;

    bool isPartitioned() const { return !partitionKey.isEmpty(); }
    bool isPartition() const { return !parentName.isEmpty(); }
    QString qualifiedName() const { return catalog::qualifiedName(schema, name); }
    QString parentQualifiedName() const { return catalog::qualifiedName(parentSchema, parentName); }
    QString key() const { return QStringLiteral("table:") + qualifiedName(); }
    const Column *column(const QString &columnName) const;
    bool operator==(const TableDef &) const = default;
};

// Live figures for hazard estimates. Not part of the schema: never compared.
struct TableStats
{
    double rowEstimate = -1;  // reltuples (-1: never analyzed)
    qint64 pages = 0;         // relpages
    qint64 tableBytes = 0;    // pg_relation_size (estimated: relpages x block size)
    qint64 totalBytes = 0;    // pg_total_relation_size, with indexes and TOAST (estimated from their relpages)
    bool exactSizes = false;  // true: measured with pg_relation_size; false: estimates from pg_class
    bool operator==(const TableStats &) const = default;
};

struct ConstraintDef
{
    enum class Type { PrimaryKey, Unique, ForeignKey, Check, Exclude };
    QString schema;
    QString table;
    QString name;
    Type type = Type::Check;
    QString definition;       // pg_get_constraintdef, e.g. "FOREIGN KEY (a) REFERENCES public.t(id) ON DELETE CASCADE DEFERRABLE"
    QStringList columns;      // constrained columns (conkey order)
    QString refSchema;        // foreign keys: the referenced table
    QString refTable;
    QStringList refColumns;
    QString onUpdate;         // NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT
    QString onDelete;
    QString matchType;        // SIMPLE, FULL, PARTIAL
    bool deferrable = false;
    bool initiallyDeferred = false;
    bool validated = true;    // false: NOT VALID
    bool nullsNotDistinct = false;
    bool inherited = false;   // created by a parent (partition clone or inherited CHECK): no DDL of its own
    QString comment;

    static QString typeName(Type t);
    QString tableQualifiedName() const { return catalog::qualifiedName(schema, table); }
    QString key() const { return QStringLiteral("constraint:") + tableQualifiedName() + u'.' + quoteIdent(name); }
    bool operator==(const ConstraintDef &) const = default;
};

struct IndexDef
{
    QString schema;
    QString table;
    QString name;
    QString definition;       // pg_get_indexdef
    QString method;           // btree, gist, gin, ...
    bool unique = false;
    bool valid = true;        // false: a failed CREATE INDEX CONCURRENTLY left it INVALID
    QStringList columns;      // key columns; expressions as "" (see expressions)
    QString expressions;      // pg_get_expr(indexprs): the key expressions, comma-separated
    QStringList includeColumns;
    QString predicate;        // partial index WHERE
    QString constraintName;   // backs this constraint (PK, UNIQUE, EXCLUDE): made by the constraint
    QString parentIndex;      // qualified: attached to this partitioned index
    QString comment;

    QString qualifiedName() const { return catalog::qualifiedName(schema, name); }
    QString tableQualifiedName() const { return catalog::qualifiedName(schema, table); }
    QString key() const { return QStringLiteral("index:") + qualifiedName(); }
    bool operator==(const IndexDef &) const = default;
};

struct ViewDef
{
    QString schema;
    QString name;
    bool materialized = false;
    QString owner;
    QString comment;
    QList<Grant> grants;
    QString definition;       // pg_get_viewdef: the SELECT
    QStringList options;      // reloptions (check_option=..., security_barrier=...)
    bool populated = true;    // materialized views: false = WITH NO DATA
    QList<Column> columns;    // name, type, comment
    QStringList dependsOn;    // keys of the views and materialized views it reads

    QString qualifiedName() const { return catalog::qualifiedName(schema, name); }
    QString key() const { return (materialized ? QStringLiteral("materialized_view:") : QStringLiteral("view:")) + qualifiedName(); }
    bool operator==(const ViewDef &) const = default;
};

struct FunctionDef
{
    QString schema;
    QString name;
    bool procedure = false;
    QString argumentTypes;    // input argument types: "integer, text" (the identity)
    QString arguments;        // pg_get_function_arguments: with names, modes and defaults
    QString identityArguments;// pg_get_function_identity_arguments (for ALTER/DROP)
    QString result;           // pg_get_function_result; empty for procedures
    QString language;
    QString volatility;       // IMMUTABLE, STABLE, VOLATILE
    bool strict = false;
    bool securityDefiner = false;
    QString definition;       // pg_get_functiondef: CREATE OR REPLACE FUNCTION ...
    QString owner;
    QString comment;
    QList<Grant> grants;

    QString signature() const { return catalog::qualifiedName(schema, name) + u'(' + identityArguments + u')'; }
    QString key() const
    {
        return (procedure ? QStringLiteral("procedure:") : QStringLiteral("function:"))
            + catalog::qualifiedName(schema, name) + u'(' + argumentTypes + u')';
    }
    bool operator==(const FunctionDef &) const = default;
};

struct TriggerDef
{
    QString schema;
    QString table;
    QString name;
    QString definition;       // pg_get_triggerdef
    QString enabled;          // ORIGIN (default), DISABLED, REPLICA, ALWAYS
    bool inherited = false;   // cloned from a partitioned table's trigger
    QString comment;

    QString tableQualifiedName() const { return catalog::qualifiedName(schema, table); }
    QString key() const { return QStringLiteral("trigger:") + tableQualifiedName() + u'.' + quoteIdent(name); }
    bool operator==(const TriggerDef &) const = default;
};

struct PolicyDef
{
    QString schema;
    QString table;
    QString name;
    bool permissive = true;
    QString command;          // ALL, SELECT, INSERT, UPDATE, DELETE
    QStringList roles;        // sorted; "" = PUBLIC
    QString usingExpr;
    QString withCheckExpr;
    QString comment;

    QString tableQualifiedName() const { return catalog::qualifiedName(schema, table); }
    QString key() const { return QStringLiteral("policy:") + tableQualifiedName() + u'.' + quoteIdent(name); }
    bool operator==(const PolicyDef &) const = default;
};

// One edge of the catalog's dependency graph (pg_depend): the object `from` depends on
// the object `to`, both as object keys. Parts are folded into the object they belong to:
// a column or a column default into its table, a view's rewrite rule into the view, the
// index of a primary key, unique or exclusion constraint into the constraint, a domain's
// constraint into the domain, an array type into its element type, a table's row type
// into the table. Only edges between objects of the snapshot are kept.
struct Dependency
{
    QString from;
    QString to;
    bool operator==(const Dependency &) const = default;
    bool operator<(const Dependency &o) const { return from < o.from || (from == o.from && to < o.to); }
};

// How a snapshot was taken; saved with it so a later comparison knows what it holds.
struct SnapshotScope
{
    QStringList includeSchemas; // empty: all
    QStringList excludeSchemas;
    bool owners = true;         // false: owners were ignored (left empty)
    bool grants = true;         // false: grants were ignored (left empty)
    bool operator==(const SnapshotScope &) const = default;
};

struct Snapshot
{
    // About the snapshot (not compared).
    QString serverVersion;      // "15.4"
    int serverVersionNum = 0;
    QString database;
    QDateTime takenAt;          // UTC
    SnapshotScope scope;

    // The schema (compared), each list sorted by key.
    QList<SchemaDef> schemas;
    QList<ExtensionDef> extensions;
    QList<TypeDef> types;
    QList<SequenceDef> sequences;
    QList<TableDef> tables;
    QList<ConstraintDef> constraints;
    QList<IndexDef> indexes;
    QList<ViewDef> views;
    QList<FunctionDef> functions;
    QList<TriggerDef> triggers;
    QList<PolicyDef> policies;

    // The dependency graph (not compared: it follows from the objects), sorted.
    QList<Dependency> dependencies;
    // false: read from a snapshot file of format 1, which had no dependency graph (a plan
    // from it can only order its steps by object kinds).
    bool dependenciesKnown = true;

    // Live statistics by table key (not compared).
    QMap<QString, TableStats> tableStats;

    // Equal schemas: the object lists only, never the metadata or statistics.
    bool operator==(const Snapshot &other) const;
    bool operator!=(const Snapshot &other) const { return !(*this == other); }

    int objectCount() const;
    // Sorts every list by key (the canonical order).
    void sort();
    // After sort(): the key of the first object (or table column) listed twice, or "".
    QString firstDuplicate() const;
    const TableDef *table(const QString &schema, const QString &name) const;
    const TableDef *findTable(const QString &key) const;
};

} // namespace strata::catalog
