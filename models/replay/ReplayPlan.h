#pragma once
// A migration folder as its tool would run it on an empty database: the units (files) in
// the tool's order, each in or out of a transaction by the tool's own rules, the ledger
// table the tool creates before its first migration, the roles the files GRANT to or make
// OWNER, and findings (info: what the tool skips; warning: what it would refuse).
//
// Rules per tool:
//   Flyway   V in version order, then R by description; on an empty database the newest
//            B<version>__ baseline and only the V versions above it; U never. A script
//            runs outside a transaction when a statement of it cannot run in one
//            (CONCURRENTLY, ...) or its <script>.conf says executeInTransaction=false.
//   Prisma   folders in name order (the whole folder name is the migration); a migration
//            that is one statement which cannot run in a transaction runs without one.
//   golang-migrate, maragudk/migrate, plain: each file in one transaction (the same
//            exception for a file of one such statement, as the tools send it as one
//            query); dbmate honours "transaction:false", sqlx "-- no-transaction".
// A duplicate version is a warning that names both files and what the tool would do;
// the replay runs them in file-name order. Names the tool ignores are info findings.
//
// Several folders (locations) of one project: Flyway (`locations`) and dbmate (repeated
// `--migrations-dir`) merge them and run the migrations of all of them in version order,
// as one history; the other tools read one folder, so further folders run before the
// main one, in the order given (init scripts, a base schema). Their files are named
// "<folder>/<file>" in findings and errors.

#include "history/Finding.h"
#include "history/MigrationFile.h"

#include <QCoreApplication>
#include <QStringList>

namespace strata::replay {

struct ReplayUnit
{
    MigrationFile file;        // upSql, upLine, fileName
    bool transactional = true; // false: each statement in autocommit
    QString outsideReason;     // why it runs outside a transaction (translated)
};

struct ReplayPlan
{
    QString dir;
    QString format;            // format id ("flyway")
    QString formatName;        // "Flyway"
    QList<ReplayUnit> units;   // in the tool's order
    Findings findings;         // info and warnings about the folder (never refusals)
    QString ledgerSql;         // creates the tool's ledger as the tool does; "" = none
    QString ledgerTable;       // the ledger's table name ("schema_migrations"), left out of snapshots
    QStringList roles;         // roles the files grant to or make owner, not created by them

    int statementCount() const;
};

class ReplayPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ReplayPlanner)
public:
    // Formats that can be replayed (their migrations are SQL files).
    static QStringList replayableFormats();
    // The plan; an Error only when the folder cannot be replayed at all (missing, not SQL,
    // no migrations, a file that cannot be read or decoded).
    static Result<ReplayPlan> plan(const QString &dir, const QString &format = {}, const QStringList &moreDirs = {});
    // True when the tool merges several locations by version (Flyway, dbmate).
    static bool mergesLocations(const QString &format);
    // What the tool itself does with two files of one version (a sentence).
    static QString duplicateBehaviour(const QString &format);
};

} // namespace strata::replay
