#pragma once
// A migration folder turned into a schema: its ReplayPlan (the tool's order and
// transaction rules) runs on a throwaway database of a ReplayTarget (a private scratch
// server or a server the user named) and the result is snapshotted; the database is
// dropped on every way out.
//
// Before the first migration the tool's ledger table is created as the tool creates it,
// and the roles the files grant to or make owner are created NOLOGIN (an info finding
// lists them). A transactional unit runs inside one BEGIN ... COMMIT, statement by
// statement (SqlSplitter), so an error names the file and the line of the failing
// statement; a file the parser cannot split runs as one script and the server's error
// position gives the line. A unit outside a transaction runs statement by statement in
// autocommit. A missing extension is one sentence naming it, the Debian package and
// --replay-on. Cancel (JobControl) interrupts the running statement.

#include "ReplayPlan.h"
#include "catalog/Introspector.h"
#include "catalog/Snapshot.h"
#include "common/Error.h"
#include "pg/ConnectionProfile.h"

#include <QCoreApplication>
#include <optional>

namespace strata {
class Connection;
class JobControl;
class ScratchServer;
}

namespace strata::replay {

class ReplayTarget;
class ThrowawayDatabase;

struct ReplayOptions
{
    QString format;                          // folder format id; empty: detected
    catalog::IntrospectOptions introspect;   // how the result is snapshotted
    std::optional<ConnectionProfile> server; // replay() on this server instead of a private one
    Findings *findings = nullptr;            // receives the plan's findings and the created roles
    bool createLedger = true;                // false: a baseline folder that makes its own ledger table
    QStringList moreDirs;                    // further locations of the project (ReplayPlanner::plan)
};

// Where a replay stopped.
struct ReplayStop
{
    QString file;    // relative to the folder
    int line = 0;    // 1-based
    QString message; // the sentence of the error
};

class FolderReplay
{
    Q_DECLARE_TR_FUNCTIONS(FolderReplay)
public:
    static QStringList replayableFormats() { return ReplayPlanner::replayableFormats(); }
    // The plan (ReplayPlanner::plan).
    static Result<ReplayPlan> readFolder(const QString &dir, const QString &format = {}, const QStringList &moreDirs = {});
    // Runs the plan on `c`, an empty database of `target` (ledger, roles, units). On an
    // error `stop` says where.
    static Error execute(Connection &c, ThrowawayDatabase &db, const ReplayTarget &target, const ReplayPlan &plan,
                         JobControl *control = nullptr, Findings *findings = nullptr, ReplayStop *stop = nullptr);
    // Replays on a fresh database of `target`, snapshots it (without the ledger) and drops it.
    static Result<catalog::Snapshot> replayOn(ReplayTarget &target, const QString &dir, const ReplayOptions &options = {},
                                              JobControl *control = nullptr, ReplayStop *stop = nullptr);
    static Result<catalog::Snapshot> replayOn(ScratchServer &server, const QString &dir, const ReplayOptions &options = {},
                                              JobControl *control = nullptr);
    // On options.server when given, else on a private scratch server started for it.
    static Result<catalog::Snapshot> replay(const QString &dir, const ReplayOptions &options = {}, JobControl *control = nullptr);
};

} // namespace strata::replay
