#pragma once
// Snapshots as versioned JSON files, so a snapshot taken today can be compared
// tomorrow or on another machine:
//   {"format": "strata-snapshot", "format_version": 2, "server_version": "15.4",
//    "server_version_num": 150004, "taken_at": "...Z", "database": "...",
//    "scope": {...}, "schemas": [...], ..., "policies": [...], "dependencies": [...],
//    "table_stats": {...}}
// Format 2 added "dependencies" (Snapshot::dependencies); format 1 files still load,
// with dependenciesKnown false.
// Writing then reading gives an equal snapshot (metadata and statistics included).
// Reading anything else (not JSON, another format, a newer version, a missing or
// mistyped field) gives a clear Error and never crashes.

#include "Snapshot.h"
#include "common/Error.h"
#include "common/FileIo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <functional>

namespace strata::catalog {

class SnapshotJson
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotJson)
public:
    static constexpr int kFormatVersion = 2;
    static constexpr const char *kFormatName = "strata-snapshot";

    // Receives the JSON in pieces; false: it failed (nothing more is sent to it).
    using Sink = std::function<bool(QByteArrayView)>;
    static QByteArray write(const Snapshot &snapshot);
    // Streams the JSON to `sink` in pieces of about 1 MB; false when the sink failed.
    static bool write(const Snapshot &snapshot, const Sink &sink);
    static Result<Snapshot> read(const QByteArray &json);

    static Error writeFile(const Snapshot &snapshot, const QString &path, const WriteOptions &options = {});
    static Result<Snapshot> readFile(const QString &path);
};

} // namespace strata::catalog
