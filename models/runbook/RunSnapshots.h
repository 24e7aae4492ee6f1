#pragma once
// The schema before and after a run: catalog snapshots (SnapshotJson files) written
// next to the journal when a run starts (before its first step) and when it ends
// (last step done, a step failed, or the operator stopped). The journal's header
// names the "before" file and a note event names the "after" file, so both survive a
// crash and a resume. The guided rollback plans from them; the audit report shows the
// keys of the touched tables before and after.

#include "common/Error.h"
#include "pg/ConnectionProfile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace strata::catalog {
struct Snapshot;
}

namespace strata::runbook {

class RunSnapshots
{
    Q_DECLARE_TR_FUNCTIONS(RunSnapshots)
public:
    static QString beforePathFor(const QString &journalPath); // <journal>.before.json
    static QString afterPathFor(const QString &journalPath);  // <journal>.after.json

    // Captures the database's schema on a read-only session of its own (the run's
    // write session keeps its settings) and writes it to path.
    static Error capture(const ConnectionProfile &profile, const QString &path);

    // The files a journal names (empty when it names none).
    static QString beforePath(const QJsonObject &header);
    static QString afterPath(const QList<QJsonObject> &events); // the latest one

    // Reads a journal without taking its lock (a running Executor may hold it); a torn
    // last line is ignored. header: the first line; events: the others.
    static Error readJournal(const QString &path, QJsonObject &header, QList<QJsonObject> &events);
};

} // namespace strata::runbook
