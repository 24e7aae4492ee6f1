#pragma once
// The schema a target should have at its own applied version: the folder's applied
// migrations replayed on a private server (models/replay FolderReplay), once per
// distinct set of applied files however many targets share it.

#include "catalog/Snapshot.h"
#include "common/Error.h"
#include "history/MigrationFile.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace strata {
class JobControl;
class ScratchServer;
}

namespace strata::fleet {

class AppliedReplay
{
    Q_DECLARE_TR_FUNCTIONS(AppliedReplay)
public:
    // The key of an applied set (its files' names, in order).
    static QString setKey(const QList<MigrationFile> &files);
    // Replays exactly these files of `dir` (in this order) on a fresh database of `server`
    // and snapshots the result; no files: the snapshot of a fresh database.
    static Result<catalog::Snapshot> replay(ScratchServer &server, const QString &dir, const QString &format,
                                            const QList<MigrationFile> &files, JobControl *control = nullptr);
};

} // namespace strata::fleet
