#pragma once
// A migration folder turned into a schema: its files are run in the tool's order on
// a fresh database of a private scratch server and the result is snapshotted.
// Formats: dbmate (honouring "transaction:false"), golang-migrate (*.up.sql), Flyway
// (V__ then R__), Prisma, sqlx (honouring "-- no-transaction") and plain numbered
// .sql files, read by models/history's folder parsers.
//
// A transactional file runs inside one BEGIN ... COMMIT, statement by statement
// (SqlSplitter), so an error names the file and the line of the failing statement;
// a file the parser cannot split runs as one script and the server's error position
// gives the line. Non-transactional files run statement by statement in autocommit.
// A folder with malformed file names, duplicate versions or unreadable files is an
// error that names the files. Cancel (JobControl) interrupts the running statement.

#include "catalog/Introspector.h"
#include "catalog/Snapshot.h"
#include "common/Error.h"
#include "history/MigrationFile.h"

#include <QCoreApplication>

namespace strata {
class JobControl;
class ScratchServer;
}

namespace strata::diff {

struct ReplayOptions
{
    QString format;                         // folder format id; empty: detected
    catalog::IntrospectOptions introspect;  // how the result is snapshotted
};

struct ReplayFolder
{
    QString format;              // the detected (or given) format id
    QString formatName;          // "dbmate"
    QList<MigrationFile> files;  // forward migrations in the order the tool runs them
};

class FolderReplay
{
    Q_DECLARE_TR_FUNCTIONS(FolderReplay)
public:
    // Formats that can be replayed (plain SQL files).
    static QStringList replayableFormats();
    // The folder's forward migrations, in order; an Error for anything that would make
    // a replay lie (malformed names, duplicates, unreadable files, non-SQL formats).
    static Result<ReplayFolder> readFolder(const QString &dir, const QString &format = {});
    // Replays on a fresh database of `server` (running), snapshots it and drops it.
    static Result<catalog::Snapshot> replayOn(ScratchServer &server, const QString &dir, const ReplayOptions &options = {},
                                              JobControl *control = nullptr);
    // Starts a private scratch server for the replay and removes it afterwards.
    static Result<catalog::Snapshot> replay(const QString &dir, const ReplayOptions &options = {}, JobControl *control = nullptr);
};

} // namespace strata::diff
