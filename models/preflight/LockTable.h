#pragma once
// Table-level lock modes and what each DDL form does to a table, from the PostgreSQL 15
// documentation (ALTER TABLE "Description" per subcommand, CREATE INDEX, "Explicit Locking").
// Pure data: no catalog access. Catalog-dependent refinements (binary-coercible type
// changes, SET NOT NULL proven by a CHECK) happen in the StatementAnalyzer.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace strata::preflight {

enum class LockLevel {
    None = 0,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
};

// "ACCESS EXCLUSIVE" (documentation spelling) and "AccessExclusiveLock" (pg_locks.mode).
QString lockName(LockLevel level);
QString pgLockMode(LockLevel level);
LockLevel lockFromPgMode(const QString &mode);
// The conflict matrix of "Table-Level Lock Modes".
bool locksConflict(LockLevel a, LockLevel b);
// What a lock blocks, in one sentence ("blocks reads and writes").
QString lockImpact(LockLevel level);

struct LockEffect
{
    LockLevel level = LockLevel::None;
    bool rewrite = false;      // the table (and its indexes) is rewritten
    bool scan = false;         // the table is read in full (validation)
    bool indexBuild = false;   // an index is built
    QString form;              // "ALTER TABLE ... SET NOT NULL"
    // A second table locked by the same command (FOREIGN KEY: the referenced table).
    QString otherSchema, otherTable;
    LockLevel otherLevel = LockLevel::None;
};

class LockTable
{
    Q_DECLARE_TR_FUNCTIONS(LockTable)
public:
    // One AlterTableCmd node (the fields of "AlterTableCmd"). objtype is the statement's
    // object type (OBJECT_TABLE, OBJECT_INDEX, ...).
    static LockEffect alterTableCmd(const QJsonObject &cmd, const QString &objtype = QStringLiteral("OBJECT_TABLE"));
    // Any other statement node (IndexStmt, DropStmt, RenameStmt, ...): the lock on its
    // main table. None for statements that lock no existing table.
    static LockEffect statement(const QString &nodeType, const QJsonObject &node);
    // Names of the ALTER TABLE subtype for display ("SET NOT NULL").
    static QString subtypeForm(const QString &subtype);
};

} // namespace strata::preflight
