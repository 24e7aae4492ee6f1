#pragma once
// Plain values the pre-flight produces: per-statement analysis, findings, table sizes,
// lock holders, and the whole report. Copyable, thread-agnostic.

#include "LockTable.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace strata::preflight {

enum class Severity { Info, Warning, Blocking };
QString severityName(Severity s);   // "info", "warning", "blocking" (stable, for JSON)

struct TableLock
{
    QString schema;
    QString table;
    LockLevel level = LockLevel::None;
};

struct TableStats
{
    QString schema;
    QString table;
    quint32 oid = 0;
    double reltuples = -1;     // -1: never analyzed
    qint64 relpages = 0;
    qint64 heapBytes = 0;      // pg_relation_size
    qint64 totalBytes = 0;     // pg_total_relation_size (with indexes and TOAST)
    qint64 indexBytes = 0;
};

struct StatementReport
{
    int index = 0;             // 0-based in the script
    int line = 1;
    QString text;
    QString nodeType;
    QString form;              // strongest form ("ALTER TABLE ... SET NOT NULL")
    QList<TableLock> locks;    // strongest lock per table
    bool rewrite = false;
    bool scan = false;
    bool indexBuild = false;
    bool inTransactionBlock = false;
    qint64 bytesTouched = 0;   // size of the tables it rewrites/scans/indexes
    double estimatedSeconds = 0; // rough
    QStringList notes;         // "varchar(20) -> varchar(40) is binary-coercible: no rewrite"
};

struct Finding
{
    Severity severity = Severity::Info;
    QString rule;              // stable id: "require-concurrent-index-creation", "duplicate-key", ...
    QString category;          // "error", "lint", "data", "locks", "rollback"
    int statement = -1;        // index into statements, -1 = whole script
    int line = 0;
    QString schema;
    QString table;
    QString check;             // what was checked, human ("UNIQUE (workspace_id, handle)")
    qint64 count = -1;         // offending rows/groups, -1 = not a count
    QString message;           // what is wrong (translated)
    QString advice;            // the safe alternative (translated)
    QString sql;               // the query that produced a data finding, for the audit
    QStringList groupColumns;      // duplicate groups: key values, row count (, tenants)
    QList<QStringList> groupRows;
    QStringList sampleColumns;     // sample rows from the table
    QList<QStringList> sampleRows;
    QString breakdownLabel;    // "workspace_id"
    QList<QPair<QString, qint64>> breakdown;
};

struct LockHolder
{
    int pid = 0;
    QString user;
    QString application;
    QString state;
    QString schema;
    QString table;
    QString mode;              // pg_locks.mode
    bool granted = true;
    double transactionSeconds = 0;
    QString query;
};

struct PreflightReport
{
    QString source;            // file name or "typed SQL"
    QString database;          // display URI (no password)
    QString serverVersion;
    bool connected = false;
    QDateTime generatedAt;
    QList<StatementReport> statements;
    QList<Finding> findings;
    QList<TableStats> tables;
    QList<LockHolder> lockHolders;
    int dataChecksRun = 0;
    qint64 dataCheckMs = 0;

    bool hasBlocking() const;
    int count(Severity s) const;
};

} // namespace strata::preflight
