#pragma once
// One side of a comparison: a live database (libpq URI or key=value string), a
// snapshot file (*.json, SnapshotJson) or a migration folder (replayed on a private
// scratch server). Used by `strata-cli diff` and the diff view.

#include "replay/FolderReplay.h"
#include "catalog/Snapshot.h"
#include "common/Error.h"
#include "pg/ConnectionProfile.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

namespace strata {
class JobControl;
}

namespace strata::diff {

struct DiffSource
{
    Q_DECLARE_TR_FUNCTIONS(DiffSource)
public:
    enum class Kind { Database, SnapshotFile, MigrationFolder };
    Kind kind = Kind::Database;
    QString spec;   // as given
    QString format; // migration folders: the format id; empty = detected
    QStringList moreDirs; // migration folders: further locations replayed with it
    // Databases: a ready profile (the GUI's current connection, with its password in
    // memory) instead of parsing spec.
    std::optional<ConnectionProfile> profile;
    // Databases: how many connections read the catalog, in one exported snapshot (like
    // pg_dump -j). Comparison::run reads two live databases with one each: the two
    // captures run at once and already keep two CPUs busy, and a second connection per
    // side only added backends and result buffers in flight (measured: less server CPU
    // and 20 MB less peak memory on the 10,000-table bench).
    int connections = 2;
    // Migration folders: replay on this server (a throwaway database) instead of a private one.
    std::optional<ConnectionProfile> replayServer;
    // Migration folders: receives what the replay found (skipped files, duplicates, roles).
    std::shared_ptr<Findings> replayFindings = std::make_shared<Findings>();

    // Decides what `spec` is: an existing folder, an existing file or *.json path, or a
    // connection string (postgres[ql]:// URI or key=value). Anything else is a usage
    // error with a sentence saying so.
    static Result<DiffSource> parse(const QString &spec);
    static DiffSource fromProfile(const ConnectionProfile &profile);
    // Loads the snapshot (blocking: call from a worker thread).
    Result<catalog::Snapshot> load(const catalog::IntrospectOptions &options = {}, JobControl *control = nullptr) const;
    QString kindName() const; // "database", "snapshot", "folder"
};

} // namespace strata::diff
