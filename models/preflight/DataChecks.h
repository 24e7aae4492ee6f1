#pragma once
// Data checks: what the migration will find in the data, measured before it runs.
// Every check runs in one READ ONLY, REPEATABLE READ transaction with statement_timeout
// and lock_timeout, takes ACCESS SHARE locks only (plain SELECTs), and each check runs
// under its own SAVEPOINT so that one failing check does not end the others.
// Identifiers are quoted with Connection::quoteIdentifier; values go as parameters.
// Expression text (CHECK bodies, index expressions, partial predicates, USING) comes
// from the migration itself and is validated to be a single expression first.

#include "Findings.h"
#include "catalog/QuoteIdent.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <functional>

namespace strata {
class Connection;
class JobControl;
}

namespace strata::preflight {

// One part of a key: a column (quoted when used) or an expression (used as written).
struct KeyPart
{
    QString column;
    QString expression;
    QString display() const { return column.isEmpty() ? expression : column; }
    // As SQL, for labels: the column quoted where PostgreSQL would quote it.
    QString sql() const { return column.isEmpty() ? expression : catalog::quoteIdent(column); }
};

struct DataCheck
{
    enum class Kind { DuplicateKey, RollbackKey, NullValues, ForeignKeyOrphans, CheckViolation, CastFailure, TableNotEmpty };
    Kind kind = Kind::DuplicateKey;
    int statement = -1;
    int line = 0;
    QString schema;
    QString table;
    QString label;                 // "UNIQUE (workspace_id, handle)", "NOT NULL workspace_id", ...
    QList<KeyPart> key;            // DuplicateKey, RollbackKey
    QString predicate;             // partial index predicate (SQL), empty = all rows
    bool nullsNotDistinct = false;
    QString tenantColumn;          // breakdown column when the key (or the new key) has one
    QStringList columns;           // NullValues, ForeignKeyOrphans (local), CastFailure (the column), TableNotEmpty (new column)
    QString refSchema, refTable;   // ForeignKeyOrphans
    QStringList refColumns;
    QString expression;            // CheckViolation: CHECK body; CastFailure: USING expression (empty = plain cast)
    QString sourceTypname;         // CastFailure: current type name (text, varchar, numeric, int8, ...)
    QString targetTypname;         // CastFailure: target base name (int4, numeric, uuid, ...)
    QString targetType;            // CastFailure: SQL spelling of the target type
    QString provenBy;              // an existing unique index that already proves the answer (no scan)
    QString widerKey;              // RollbackKey: the new key, for the message
    QString keyName;               // RollbackKey: the constraint whose key a rollback restores (quoted)
    // NullValues after a backfill UPDATE earlier in the script: per column (parallel to
    // columns, empty = not backfilled) a predicate over `alias` that is true when the UPDATE
    // fills the row with a non-NULL value; only rows it does not fill count.
    QStringList filledWhen;
    QString alias;
    int backfillLine = 0;
};

struct DataCheckOptions
{
    int statementTimeoutMs = 300000;
    int lockTimeoutMs = 5000;
    int sampleRows = 5;            // sample rows per finding
    int sampleGroups = 10;         // duplicate groups listed
    int breakdownRows = 20;
    QString workMem = QStringLiteral("256MB"); // for the aggregate pass (local to the transaction)
    QString jit = QStringLiteral("off");       // JIT compiling costs more than it saves on these scans
    // Duplicate/rollback keys: first one sort-based aggregate pass over a 64-bit fingerprint
    // of the key (each part hashed with its type's own hash function). No fingerprint seen
    // twice: no duplicates, done. Otherwise one more scan collects the ctids of the rows with
    // those fingerprints, and the exact GROUP BY and the sample rows read just those rows
    // (TID scans). Exact either way: equal keys have equal fingerprints. false = the exact
    // GROUP BY over the whole table.
    bool fingerprintPass = true;
    qint64 fingerprintCandidateLimit = 1000000; // more candidates: the exact pass over all rows
    // The fingerprints are sorted in Strata (FingerprintCopy: the server streams them with
    // COPY, no server-side sort) for tables of up to this many rows by the planner's
    // estimate (8 bytes a row, twice, in this process); bigger tables, or 0 here, use the
    // server-side passes.
    qint64 clientFingerprintRowLimit = 25000000;
    // Test hook: called on the checking connection's thread before COMMIT, while the
    // transaction (and every lock it took) is still open.
    std::function<void()> beforeCommit;
};

class DataChecks
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)
public:
    // Runs the checks; findings for everything that would fail (or blocks a rollback).
    // Also reports checks that passed as Info findings ("0 duplicates") so the audit shows
    // what was verified. control may be null.
    static Result<QList<Finding>> run(Connection &c, const QList<DataCheck> &checks, const DataCheckOptions &options,
                                      JobControl *control = nullptr);

    // SQL for one check (exposed for tests and the audit); params filled in order.
    // extraCondition (key checks): an additional row filter, e.g. the fingerprint restriction.
    static QString sqlFor(const Connection &c, const DataCheck &check, const DataCheckOptions &options, QVariantList *params,
                          const QString &extraCondition = {});
    // Key checks: the key parts' types (SELECT parts ... LIMIT 0), the fingerprint expression
    // for those types, the pass that returns (count, int8[]) of the fingerprints seen twice,
    // and the pass that returns (count, tid[]) of the rows with those fingerprints ($1).
    static QString keyTypesSqlFor(const Connection &c, const DataCheck &check);
    static QString fingerprintExpr(const Connection &c, const DataCheck &check, const QList<unsigned int> &partTypes);
    static QString fingerprintSqlFor(const Connection &c, const DataCheck &check, const QList<unsigned int> &partTypes);
    // The fast path before it: (fingerprints, distinct fingerprints); equal = no key repeats.
    // samplePercent > 0: the same over a block sample (TABLESAMPLE SYSTEM, repeatable), the
    // probe that tells whether repeats are likely (then the fast path is skipped).
    static QString fingerprintDistinctSqlFor(const Connection &c, const DataCheck &check, const QList<unsigned int> &partTypes,
                                             int samplePercent = 0);
    // The checked table, quoted and schema-qualified.
    static QString tableSqlFor(const Connection &c, const DataCheck &check);
    // The same fingerprints streamed to Strata: COPY (SELECT fingerprint ...) TO STDOUT (FORMAT binary).
    static QString fingerprintCopySqlFor(const Connection &c, const DataCheck &check, const QList<unsigned int> &partTypes);
    static QString candidateRowsSqlFor(const Connection &c, const DataCheck &check, const QList<unsigned int> &partTypes);
    static QString sampleSqlFor(const Connection &c, const DataCheck &check, const DataCheckOptions &options,
                                QVariantList *params, const QString &extraCondition = {});
    static QString kindName(DataCheck::Kind k);
};

} // namespace strata::preflight
