#pragma once
// A cache of freshly made clusters for the scratch servers.
//
// A scratch server needs an empty cluster, and initdb makes one in 1-2 s of CPU (a
// bootstrap and several single-user runs of postgres); under load it is the slowest part
// of a replay's start (8.8 s of wall time while `fleet status` read 200 databases on
// 2 vCPUs). The first initdb of a given set of server binaries and options is kept, as
// made, in the user's cache folder; later starts copy it (about 40 MB, 1,000 files: a
// tenth of a second). The key is the binaries' folder, the size and time of `initdb` and
// `postgres` (a package upgrade makes a new key) and initdb's arguments. An entry is
// written under a temporary name and renamed when complete, so a half-written one is
// never used; two processes making the same entry at once both succeed (one rename wins).
// Anything that fails here (no cache folder, a full disk) only means initdb runs.

#include <QString>
#include <QStringList>

namespace strata::cluster_template {

// ~/.cache/strata/scratch-clusters ($XDG_CACHE_HOME honoured).
QString defaultCacheDir();

// The entry name for these binaries and initdb arguments (the data folder left out).
QString keyFor(const QString &binDir, const QStringList &initdbArgs);

// The cached cluster of `key` under `cacheDir`, or empty when there is none (yet).
QString cachedDataDir(const QString &cacheDir, const QString &key);

// Copies a folder tree, keeping each file's and folder's permission bits.
// Returns an empty string, or what failed.
QString copyTree(const QString &from, const QString &to);

// Keeps a copy of `dataDir` (a cluster just made by initdb, not yet started) as `key`,
// and removes the entries of the same binaries' folder under other keys (an upgrade).
void store(const QString &cacheDir, const QString &key, const QString &binDir, const QString &dataDir);

} // namespace strata::cluster_template
