#pragma once
// What the live catalog says about the relations a script touches, loaded with one
// bulk query per object kind (relations, columns, indexes, constraints, enum labels,
// function volatility, lock holders). Plain values.

#include "Findings.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace strata {
class Connection;
}

namespace strata::preflight {

struct ColumnFact
{
    QString name;
    QString type;     // format_type(): "character varying(20)"
    QString typname;  // "varchar"
    int typmod = -1;
    bool notNull = false;
};

struct IndexFact
{
    QString name;
    bool unique = false;
    bool primary = false;
    bool valid = true;
    bool nullsNotDistinct = false;
    QString predicate;     // pg_get_expr(indpred), empty = not partial
    QStringList columns;   // key columns; empty string for an expression
    QString definition;    // pg_get_indexdef
    QString constraint;    // name of the constraint it backs, if any
};

struct ConstraintFact
{
    QString name;
    QChar type;            // p u f c x
    bool validated = true;
    QString definition;    // pg_get_constraintdef
    QStringList columns;
    QString index;         // backing index name (p, u, x)
};

struct RelationFact
{
    quint32 oid = 0;
    QString schema;
    QString name;
    QChar kind;            // r p i v m S f
    TableStats stats;
    QList<ColumnFact> columns;
    QList<IndexFact> indexes;
    QList<ConstraintFact> constraints;

    const ColumnFact *column(const QString &name) const;
    const IndexFact *index(const QString &name) const;
    const ConstraintFact *constraint(const QString &name) const;
};

struct QualifiedName
{
    QString schema;        // empty = resolve through search_path
    QString name;
};

class CatalogFacts
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFacts)
public:
    bool loaded = false;
    QStringList searchPath;                         // current_schemas(false)
    QList<RelationFact> relations;
    QHash<QString, QStringList> enumLabels;         // "schema.type" and "type" -> labels in sort order
    QSet<QString> volatileFunctions;
    QSet<QString> knownFunctions;

    // names: every relation name the script mentions (tables, indexes to create or drop).
    // The table of an existing index named there is loaded as well (with its columns,
    // indexes and constraints), so DROP INDEX alone still knows its table.
    static Result<CatalogFacts> load(Connection &c, const QList<QualifiedName> &names, const QStringList &enumTypes,
                                     const QStringList &functions);
    static Result<QList<LockHolder>> lockHolders(Connection &c, const QList<quint32> &relationOids);

    // Resolution like the server: a schema-qualified name, or the first search_path hit.
    const RelationFact *find(const QString &schema, const QString &name) const;
    QString defaultSchema() const { return searchPath.isEmpty() ? QStringLiteral("public") : searchPath.first(); }

private:
    // "schema\x1fname" -> index in relations, built on the first find() after relations changed
    // (a large script asks for thousands of names: a scan each would be quadratic).
    mutable QHash<QString, qsizetype> m_index;
    mutable qsizetype m_indexed = -1;
};

} // namespace strata::preflight
