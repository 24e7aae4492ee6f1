#pragma once
// What each statement of a script does, from its libpg_query parse tree: its kind,
// the relations it touches and how, and the facts the pre-flight and runbook work
// need (CONCURRENTLY, must run outside a transaction, transaction control,
// destructive, ALTER TABLE subcommands).

#include "ParseTree.h"

#include <QStringList>

namespace strata {

enum class StatementKind {
    CreateTable, CreateTableAs, AlterTable, Rename,
    CreateIndex, DropIndex, Reindex,
    Drop, // DROP of anything but an index (table, view, type, function, schema, ...)
    CreateView, CreateMaterializedView, RefreshMaterializedView,
    CreateFunction, CreateTrigger, CreateSequence, AlterSequence, CreateSchema, CreateExtension,
    CreateType, CreateEnum, CreateDomain, AlterType, // AlterType: ALTER TYPE ... ADD/RENAME VALUE
    CreatePolicy, AlterPolicy, Grant, Revoke,
    Insert, Update, Delete, Merge, Truncate, Copy, Select,
    TransactionControl,
    Set, Show, Vacuum, Analyze, Cluster, Lock,
    CreateDatabase, DropDatabase, AlterDatabase, AlterSystem,
    Comment, Do, Other,
};

enum class RelationAccess { Read, Write, Ddl };

struct RelationRef
{
    QString schema;  // empty when not qualified
    QString name;    // as PostgreSQL sees it (quotes removed, unquoted names folded)
    RelationAccess access = RelationAccess::Read;
    bool operator==(const RelationRef &) const = default;
};

enum class TransactionAction {
    None, Begin, Commit, Rollback, Savepoint, ReleaseSavepoint, RollbackToSavepoint,
    PrepareTransaction, CommitPrepared, RollbackPrepared,
};

// One ALTER TABLE subcommand, e.g. ADD COLUMN or ADD CONSTRAINT.
struct AlterTableCommand
{
    QString subtype;          // PostgreSQL's AlterTableType name: "AT_AddColumn", "AT_SetNotNull", ...
    QString name;             // column or constraint name the command names, if any
    QString constraintType;   // AT_AddConstraint: "CONSTR_CHECK", "CONSTR_FOREIGN", "CONSTR_PRIMARY", ...
    QStringList columnConstraints; // AT_AddColumn: contypes of the column's constraints
    QString typeName;         // AT_AddColumn / AT_AlterColumnType: "int8", "varchar(20)", "public.mood"
    bool notValid = false;    // ADD CONSTRAINT ... NOT VALID
    bool hasDefault = false;  // AT_AddColumn with DEFAULT, AT_ColumnDefault setting one
    bool notNull = false;     // AT_AddColumn with NOT NULL
    bool hasUsing = false;    // AT_AlterColumnType with USING
    bool missingOk = false;   // IF EXISTS
    bool cascade = false;     // ... CASCADE
    bool concurrent = false;  // DETACH PARTITION ... CONCURRENTLY
    QString usingIndex;       // ADD CONSTRAINT ... USING INDEX idx
    RelationRef referencedTable; // FOREIGN KEY ... REFERENCES (name empty otherwise)
    QJsonObject node;         // the AlterTableCmd fields, for anything else
};

struct ClassifiedStatement
{
    SqlStatement statement;
    QString nodeType;                   // "AlterTableStmt", ...
    StatementKind kind = StatementKind::Other;
    QString objectType;                 // DROP/COMMENT/GRANT/RENAME target: "OBJECT_TABLE", ...
    RelationRef target;                 // the object created/altered/dropped when it is one name
    QList<RelationRef> relations;       // every relation touched, strongest access per name
    bool concurrently = false;
    bool mustRunOutsideTransaction = false;
    bool isTransactionControl = false;
    TransactionAction transaction = TransactionAction::None;
    bool isDestructive = false;
    QString destructiveReason;          // translated sentence when isDestructive
    QList<AlterTableCommand> alterCommands;
    QJsonObject node;

    bool opensTransaction() const { return transaction == TransactionAction::Begin; }
    bool closesTransaction() const
    {
        return transaction == TransactionAction::Commit || transaction == TransactionAction::Rollback
            || transaction == TransactionAction::PrepareTransaction;
    }
};

// Consecutive statements the runbook runs as one step: an explicit BEGIN ... COMMIT
// block, or a single statement.
struct StatementStep
{
    int first = 0;                // index of the first statement
    int last = 0;                 // index of the last statement (inclusive)
    bool explicitTransaction = false; // BEGIN ... COMMIT/ROLLBACK block
    bool endsWithRollback = false;
    bool unterminated = false;    // BEGIN without COMMIT/ROLLBACK before the end
    bool mustRunOutsideTransaction = false; // single statement that cannot run in a transaction
    int count() const { return last - first + 1; }
};

struct StepProblem
{
    enum class Kind { UnterminatedBlock, UnmatchedEnd, NestedBegin, NotAllowedInBlock };
    Kind kind;
    int statement = 0;  // index of the offending statement
    QString message;    // translated sentence with the line number
};

struct StepPlan
{
    QList<StatementStep> steps;
    QList<StepProblem> problems;
};

class StatementClassifier
{
    Q_DECLARE_TR_FUNCTIONS(StatementClassifier)
public:
    static ClassifiedStatement classify(const ParsedStatement &parsed);
    // Parses and classifies a whole script; a syntax error comes back with line and column.
    static Result<QList<ClassifiedStatement>> classify(const QString &sql);

    // Groups statements into runbook steps and reports block problems.
    static StepPlan groupSteps(const QList<ClassifiedStatement> &statements);

    // Stable lower-case names for JSON and logs: "create_index", "ddl", ...
    static QString kindName(StatementKind kind);
    static QString accessName(RelationAccess access);
    static QString transactionName(TransactionAction action);
};

} // namespace strata
