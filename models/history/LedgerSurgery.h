#pragma once
// Ledger surgery after a squash: the SQL script that makes a database's migration ledger
// agree with the squashed folder. It backs up the ledger table (CREATE TABLE ... AS
// SELECT, named with a timestamp), checks that the database really had the squashed
// migrations applied (else it stops with an exception), removes their rows and records
// the baseline as applied. Plain SQL text in one BEGIN ... COMMIT block, meant to run
// through the runbook (pre-flight and confirmation), never directly.
//
// Tools: dbmate (one row per version), golang-migrate (one current-version row, dirty
// flag) and Flyway (flyway_schema_history: rank, description, script, checksum).
// Identifiers are quoted with quote_ident's rules, values as literals with
// quote_literal's rules (LedgerSurgery::quoteLiteral).

#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace strata {

struct SurgeryPlan
{
    QString tool;                   // "dbmate", "golang-migrate", "flyway"
    QString schema = QStringLiteral("public");
    QString table;                  // empty: the tool's default ledger table
    QStringList squashed;           // versions the baseline replaces (their rows go)
    QString baselineVersion;        // the version recorded as applied instead
    // Flyway only.
    QString baselineDescription;    // "baseline"
    QString baselineScript;         // "V3__baseline.sql"
    QString baselineType = QStringLiteral("SQL"); // "SQL", or "SQL_BASELINE" for a B__ file
    std::optional<qint32> baselineChecksum;
    QDateTime at;                   // names the backup table; invalid: now (UTC)
};

class LedgerSurgery
{
    Q_DECLARE_TR_FUNCTIONS(LedgerSurgery)
public:
    static QStringList tools();
    static QString defaultTable(const QString &tool); // "schema_migrations", "flyway_schema_history"

    static Result<QString> script(const SurgeryPlan &plan);

    // A plan from the chain folder and the baseline (a file or a folder): the squashed
    // versions are the chain's versions the baseline does not have; the baseline version
    // is the one the baseline has and the chain does not (or `baselineVersion` when given).
    static Result<SurgeryPlan> planFor(const QString &tool, const QString &chainDir, const QString &baseline,
                                       const QString &baselineVersion = {});

    // PostgreSQL quote_literal: quotes doubled; with a backslash, E'...' with backslashes doubled.
    static QString quoteLiteral(const QString &value);
    // "<table>_before_squash_<yyyyMMdd_HHmmss>", shortened to PostgreSQL's 63-byte names.
    static QString backupTableName(const QString &table, const QDateTime &at);
};

} // namespace strata
