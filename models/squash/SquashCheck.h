#pragma once
// Squash check: is a candidate baseline equivalent to the migration chain it replaces?
// The chain (a folder) is replayed on one fresh database of a scratch server, the
// baseline (a .sql file or a folder) on another; both are snapshotted and compared
// with diff::SchemaDiff. The ledger tables of migration tools (schema_migrations,
// flyway_schema_history, ... and the sqitch schema) are left out: a baseline dumped
// from a database carries them, a replay does not.
//
// Blocking: run it on a worker thread, the CLI or a test.

#include "catalog/Introspector.h"
#include "catalog/Snapshot.h"
#include "common/Error.h"
#include "diff/SchemaDiff.h"
#include "history/Finding.h"
#include "pg/ConnectionProfile.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace strata {

class JobControl;
class ScratchServer;
namespace replay {
class ReplayTarget;
}

struct SquashOptions
{
    QString format;            // the chain folder's format id; empty: detected
    QStringList moreDirs;      // further locations of the chain (ReplayPlanner::plan)
    QString baselineFormat;    // when the baseline is a folder; empty: detected
    bool ignoreLedgers = true; // leave the migration tools' ledger tables out
    QStringList ignoreTables;  // more tables to leave out: "name" (any schema) or "schema.name"
    diff::DiffOptions diff;    // owners, grants, comments
    std::optional<ConnectionProfile> replayServer; // replay there (throwaway databases) instead of a private server
    Findings *findings = nullptr; // receives what the chain's replay found (skipped files, duplicates, roles)
};

struct SquashDifference
{
    enum class State { Missing, Extra, Changed }; // Missing: only in the chain; Extra: only in the baseline
    State state = State::Changed;
    diff::ObjectKind kind = diff::ObjectKind::Table;
    QString key;        // the snapshot identity key ("index:public.tickets_user_idx")
    QString object;     // display name ("public.tickets_user_idx", "public.users.users_pkey")
    QStringList fields; // changed fields ("default", "labels", "definition", ...)
    QString detail;     // translated sentence: what differs, with both values where short

    static QString stateId(State s); // "missing", "extra", "changed"
    static QString stateLabel(State s);
};

struct SquashResult
{
    bool identical = false;
    QList<SquashDifference> differences; // in diff order (kind, then key)
    int chainObjects = 0;                // objects compared on each side
    int baselineObjects = 0;
    QStringList ignoredTables;           // ledger tables found and left out ("public.schema_migrations")
    qint64 chainMs = 0;                  // replay + snapshot times
    qint64 baselineMs = 0;
};

class SquashCheck
{
    Q_DECLARE_TR_FUNCTIONS(SquashCheck)
public:
    // Replays both on `target`, one throwaway database each, and compares them.
    static Result<SquashResult> run(replay::ReplayTarget &target, const QString &chainDir, const QString &baseline,
                                    const SquashOptions &options = {}, JobControl *control = nullptr);
    // The same on `server` (running).
    static Result<SquashResult> run(ScratchServer &server, const QString &chainDir, const QString &baseline,
                                    const SquashOptions &options = {}, JobControl *control = nullptr);
    // The same on options.replayServer, or on a private scratch server started for the
    // check and removed afterwards.
    static Result<SquashResult> run(const QString &chainDir, const QString &baseline, const SquashOptions &options = {},
                                    JobControl *control = nullptr);

    // Runs one SQL file on a fresh database of `server` and snapshots it. A dbmate file
    // ("-- migrate:up") runs its up section; a golang-migrate *.down.sql is refused.
    static Result<catalog::Snapshot> replayFile(replay::ReplayTarget &target, const QString &file,
                                                const catalog::IntrospectOptions &introspect = {}, JobControl *control = nullptr);

    // Compares two snapshots the way run() does (ledger tables left out).
    static SquashResult compare(catalog::Snapshot chain, catalog::Snapshot baseline, const SquashOptions &options = {});

    // True for a migration tool's ledger table (by name; the sqitch schema as a whole).
    static bool isLedgerTable(const QString &schema, const QString &table);
};

} // namespace strata
