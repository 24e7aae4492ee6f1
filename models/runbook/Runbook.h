#pragma once
// A runbook: the steps of one script (a migration section, a generated diff script, a
// rollback script, ledger surgery, or a table restore), each run and confirmed on its
// own. Plain, copyable values; JSON form for the journal header and the audit report.

#include "common/Error.h"
#include "sql/StatementClassifier.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace strata::runbook {

enum class SourceKind { SqlScript, MigrationUp, MigrationDown, DiffScript, RollbackScript, LedgerSurgery, TableRestore };
QString sourceKindName(SourceKind k);             // "sql_script", "migration_up", ... (stable)
SourceKind sourceKindFromName(const QString &name);

enum class StepMode {
    Transaction,        // one statement; the executor wraps it in BEGIN ... COMMIT
    ExplicitBlock,      // the script's own BEGIN ... COMMIT (or ROLLBACK), kept together
    OutsideTransaction, // CREATE INDEX CONCURRENTLY, VACUUM, ...: autocommit, no txid
    Restore,            // restore tables from a verified backup, in one transaction
    Backup,             // back up one table (pg_dump -Fc or binary COPY) and verify it; no SQL of the script
};
QString stepModeName(StepMode m);
StepMode stepModeFromName(const QString &name);

// How an in-doubt non-transactional step is resolved from the catalog.
enum class EffectCheck {
    None,        // transactional: txid_status decides
    IndexExists, // CREATE INDEX CONCURRENTLY: valid index = done, invalid = failed, absent = not run
    IndexGone,   // DROP INDEX CONCURRENTLY: absent = done
    Repeatable,  // VACUUM, ANALYZE, REINDEX CONCURRENTLY, ...: running it again is harmless
    Unknown,     // the operator decides
};
QString effectCheckName(EffectCheck e);
EffectCheck effectCheckFromName(const QString &name);

struct TableRef
{
    QString schema; // empty: resolved through search_path at run time
    QString name;
    QString display() const; // quoted where needed: public."Odd Name"
    bool operator==(const TableRef &) const = default;
};

// A write to a migration tool's ledger, made the way the tool makes it (LedgerStep turns
// it into SQL with the values as parameters and the ledger's name quoted). Only these
// fields are saved: the SQL is derived from them again whenever the step runs.
struct LedgerWrite
{
    QString tool;            // ledger reader id: "dbmate", "golang-migrate", "flyway", "sqlx", "prisma"
    QString schema;          // the ledger table
    QString table;
    QString version;         // as the tool records it
    bool remove = false;     // the way back: the row goes as the tool removes it
    QString name;            // Flyway / sqlx description, Prisma migration_name
    QString script;          // Flyway script
    QString checksum;        // Flyway signed int, sqlx / Prisma lower-case hex
    QString id;              // Prisma row id (uuid)
    QString previousVersion; // golang-migrate removal: the version the ledger goes back to ("" = none)
    bool isEmpty() const { return tool.isEmpty(); }
    bool operator==(const LedgerWrite &) const = default;
};

struct RunbookStep
{
    int number = 0;                // 1-based
    StepMode mode = StepMode::Transaction;
    QStringList statements;        // each without its trailing semicolon; blocks include BEGIN/COMMIT
    QStringList settings;          // SET statements of the script that precede the step
    int line = 1;                  // first line in the source
    bool endsWithRollback = false; // an explicit block that ends in ROLLBACK
    QList<TableRef> tables;        // existing tables the step writes or alters: backed up first
    QList<TableRef> dataTables;    // tables whose rows it changes (INSERT/UPDATE/DELETE/TRUNCATE/COPY)
    bool destructive = false;      // can lose data: the operator types confirmName
    QString destructiveReason;     // translated sentence
    QString confirmName;           // the table name to type
    EffectCheck effect = EffectCheck::None;
    TableRef effectObject;         // the index for IndexExists / IndexGone
    // Restore steps: the backup manifest and the tables to restore from it.
    QString restoreManifest;
    QList<TableRef> restoreTables;
    // The migration tool's ledger row this step writes after its statements, in the same
    // transaction (a step may hold only this write).
    LedgerWrite ledger;
    // Backup steps (BackupSteps): the table as the steps after it name it, the table that
    // name resolved to when the runbook was planned, the planned method ("pg_dump" or
    // "copy_binary") and the estimate from live statistics (-1 = unknown).
    TableRef backupTable;
    TableRef backupResolved;
    QList<TableRef> backupNames;   // other names of the same table in later steps ("acct" and "public.acct")
    QString backupMethod;
    qint64 estimatedBytes = -1;
    qint64 estimatedRows = -1;

    // Pre-flight facts for display (not part of the runbook's identity).
    QString lockLevel;             // strongest lock, "ACCESS EXCLUSIVE"
    bool rewrite = false;
    bool scan = false;
    double estimatedSeconds = 0;
    QStringList findings;          // "warning: ..." sentences
    QList<int> sourceStatements;   // indexes of its statements in the source SQL (not saved)

    QString sql() const;           // statements joined with ";\n", ending in ";"
    QString title() const;         // first line of the first non-transaction-control statement
    QString kindName() const;      // "sql", "backup", "restore" (stable, for JSON)
};

struct Runbook
{
    QString title;
    SourceKind source = SourceKind::SqlScript;
    QString sourcePath;
    QList<RunbookStep> steps;
    QString sourceSql;             // the SQL the steps were built from (for the pre-flight; not saved)
    // Blocking findings about the whole runbook ("already applied per public.schema_migrations"):
    // it does not start unless the operator overrides them (ExecutorOptions::overrideBlockers).
    QStringList blockers;
    // What the operator must do where Strata cannot write the tool's ledger.
    QStringList ledgerNotes;

    // sha256 (hex) over everything the runbook's JSON says (every field of every step).
    // A journal records it so it cannot be applied to another runbook; a file whose
    // checksum does not match is refused.
    QString sha256() const;
    QJsonObject toJson() const;
    // Checks the checksum, then derives every safety field of every step from its SQL
    // again (StepSafetyCheck): a file that claims less than its SQL does is refused.
    static Result<Runbook> fromJson(const QJsonObject &o);
    QJsonObject bodyJson() const;  // toJson() without the checksum
};

} // namespace strata::runbook
