#pragma once
// The migration tool's ledger in a runbook built from a migration file. The runbook ends
// by recording the version the way the tool records it (its exact row: checksum, timing
// columns, applied_by where it has them), in the same transaction as the migration's last
// statement where the tool writes it there (dbmate, Flyway, sqlx), as a step of its own
// where the tool writes it separately (golang-migrate, Prisma, dbmate transaction:false,
// sqlx -- no-transaction). A migration its ledger already lists gets a blocking finding
// (the runbook does not start without an explicit override); where Strata cannot write
// the ledger (no ledger table yet, a tool whose rows it does not write) the runbook says
// what to run instead. Values go to the server as parameters, the ledger's name quoted.

#include "Runbook.h"
#include "history/FolderFormat.h"

#include <QVariantList>

#include <optional>

namespace strata {
class Connection;
}

namespace strata::runbook {

struct LedgerStatement
{
    QString sql;         // $1, $2, ... placeholders; the ledger's name quoted
    QVariantList params;
};

// A migration file found in the folder of a tool Strata knows.
struct ToolMigration
{
    QString tool;           // the folder format's ledger tool ("dbmate", "flyway", ...)
    FolderReadResult folder;
    MigrationFile file;
};

class LedgerStep
{
    Q_DECLARE_TR_FUNCTIONS(LedgerStep)
public:
    // The folder (the file's, or for Prisma its parent) whose format lists path as a
    // versioned migration; nullopt for a file of no known tool's folder.
    static std::optional<ToolMigration> locate(const QString &path);
    // Tools whose ledger rows Strata writes: dbmate, golang-migrate, flyway, sqlx, prisma.
    static QStringList tools();
    static QString toolName(const QString &tool); // "Flyway"
    // "Record 20240701090000 in public.schema_migrations as dbmate does"
    static QString describe(const LedgerWrite &w);
    // The statements of the write. runElapsedMs: how long the run's steps took so far (the
    // tool's timing column: Flyway execution_time, sqlx execution_time, Prisma started_at).
    // An Error for a write no tool makes (unknown tool, no version, a non-numeric version
    // where the tool's column is a number).
    static Result<QList<LedgerStatement>> statements(const LedgerWrite &w, qint64 runElapsedMs = 0);
    // The statements for display: each with its values in a comment below it.
    static QString displaySql(const LedgerWrite &w);
    // The write that undoes w (a record's removal, a removal's record).
    static LedgerWrite inverse(const LedgerWrite &w);

    // For a runbook whose sourcePath is a migration file of a folder whose tool Strata
    // knows: reads the tool's ledger (one catalog query, one ledger query), adds the
    // blocking "already applied" finding and the ledger write (or a note on what to run
    // instead). A runbook built before is stripped of both first, so calling it again
    // (another connection) gives the same result for that database.
    static Error add(Runbook &r, Connection &c);
    // Appends w: into the last step when sameTransaction and that step runs in one
    // transaction, else as a step of its own.
    static void attach(Runbook &r, const LedgerWrite &w, bool sameTransaction);
    // Removes what add() put in.
    static void strip(Runbook &r);
};

} // namespace strata::runbook
