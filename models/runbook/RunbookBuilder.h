#pragma once
// Builds runbooks: from SQL text (a generated diff script, a rollback script, ledger
// surgery), from a migration file's up or down section, and restore runbooks from a
// backup. Steps are single statements or explicit BEGIN ... COMMIT blocks; statements
// that cannot run in a transaction become autocommit steps; plain SET statements are
// carried into every later step (a resumed run starts on a new connection).

#include "Runbook.h"
#include "history/MigrationFile.h"

namespace strata {
class Connection;
}
namespace strata::preflight {
struct PreflightReport;
}

namespace strata::runbook {

class RunbookBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RunbookBuilder)
public:
    // A syntax error or a broken block (BEGIN without COMMIT, CONCURRENTLY inside a
    // block, ...) comes back as an Error naming the line.
    // firstLine: the file line the SQL starts at; steps name the line of their first token.
    // oneTransaction: the statements between explicit blocks and autocommit statements
    // (CONCURRENTLY, VACUUM, ...) form ONE transaction step, their SET / SET LOCAL lines
    // among its statements (the migration tool's grouping); else one step per statement.
    static Result<Runbook> fromSql(const QString &sql, SourceKind kind, const QString &sourcePath = {},
                                   const QString &title = {}, int firstLine = 1, bool oneTransaction = false);
    // A migration file: dbmate sections ("-- migrate:up" / "-- migrate:down") when it has
    // them, else the whole file as the up section.
    // Grouping::AsTheTool: grouped the way the file's tool runs it (toolRunsInOneTransaction);
    // Grouping::Split: one step per statement, with a finding on every step that leaves a
    // table without a constraint until a later step puts one back (splitFindings).
    enum class Grouping { Split, AsTheTool };
    static Result<Runbook> fromMigrationFile(const QString &path, bool down = false, Grouping grouping = Grouping::Split);
    // Whether the tool of the migration file's folder runs it in one transaction: dbmate and
    // Flyway unless the file (or its config) says otherwise (transaction:false), sqlx unless
    // "-- no-transaction", golang-migrate and Prisma (the file is one simple-query batch,
    // which PostgreSQL runs as one implicit transaction). False for files of no known tool.
    static bool toolRunsInOneTransaction(const QString &path);
    // The same for a migration already read (formatId: the folder format's id).
    static bool toolRunsInOneTransaction(const QString &formatId, const MigrationFile &file);
    // The intermediate states one step per statement creates: "Between step 3 and step 7,
    // messages has no foreign key messages_conversation_id_fkey", on the step that drops it.
    static void splitFindings(Runbook &r);
    // Restore runbook: one step that restores the tables from the backup manifest.
    static Runbook restoreRunbook(const QString &manifestPath, const QList<TableRef> &tables);

    // Appends a restore step (rollback: put back the rows the forward run changed).
    static void appendRestore(Runbook &r, const QString &manifestPath, const QList<TableRef> &tables);

    // Marks drops of primary keys as destructive using the live catalog (one query).
    static Error refineWithCatalog(Runbook &r, Connection &c);
    // Copies lock level, rewrite/scan, estimate and findings of a pre-flight report made
    // from the same SQL text onto the steps.
    static void attachPreflight(Runbook &r, const preflight::PreflightReport &report);
};

} // namespace strata::runbook
