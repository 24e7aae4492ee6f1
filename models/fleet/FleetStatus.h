#pragma once
// Status of a fleet: for every target, the ledger against the migration folder
// (applied version, pending, ghosts, dirty) and the drift, i.e. the differences between
// the target's schema and the schema it should have: the folder replayed up to the
// target's own applied migrations (one replay per distinct applied set, on one private
// server) or a reference (snapshot file, folder or database).
//
// Databases are read over a bounded pool (one connection per target at most, never more
// than `jobs` at once). The tenant schemas of one database are read together over ONE
// connection in ONE bulk catalog capture, split per schema and compared under a common
// schema name. Blocking: run it from a worker thread or the CLI.

#include "FleetControl.h"
#include "Target.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace strata::fleet {

struct StatusOptions
{
    QString dir;                 // migration folder; empty: ledger only
    QString format;              // folder format id; empty: detected
    QString reference;           // snapshot file, folder or connection string; empty: each target's own version
    int jobs = 0;                // 0: min(8, targets)
    QString commonSchema = QStringLiteral("public"); // tenant schemas are compared under this name
    bool ignoreGrants = false;
    bool drift = true;           // false: ledger state only
};

struct TargetDifference
{
    QString state;  // "added" (only in the expected schema), "removed" (only on the target), "changed"
    QString kind;   // "table", "index", ...
    QString key;    // "table:public.users"
    QStringList fields;
};

struct TargetStatus
{
    QString name;
    QString database;            // display URI (no password)
    QString schema;              // tenant schema, empty for a database
    Error error;                 // the target could not be read (or compared)
    QString ledger;              // "schema.table (tool)", empty when none
    QString applied;             // the last applied version, empty when none
    int appliedCount = 0;
    int pending = 0;
    int ghosts = 0;
    int changed = 0;             // applied files changed since
    bool dirty = false;          // failed or dirty run recorded
    QStringList pendingVersions;
    bool driftChecked = false;
    QString driftAgainst;        // translated: what the schema was compared with
    QList<TargetDifference> differences;

    bool hasDrift() const { return !differences.isEmpty(); }
    bool clean() const { return !error && pending == 0 && ghosts == 0 && changed == 0 && !dirty && differences.isEmpty(); }
    QString stateId() const;     // "error", "drift", "pending", "dirty", "clean"
};

struct FleetStatusResult
{
    QList<TargetStatus> targets;
    QString folderFormat;
    int replays = 0;             // distinct applied sets replayed
    int catalogPasses = 0;       // catalog captures of targets (one per database, however many tenants)
    int peakConnections = 0;     // target connections open at once, at most
    qint64 elapsedMs = 0;
    int clean = 0, pending = 0, drifted = 0, errors = 0;

    // 0 all clean, 1 pending/drift/ghosts/dirty somewhere, 2 an error on some target.
    int exitCode() const;
    QJsonObject toJson() const;
};

class FleetStatus
{
    Q_DECLARE_TR_FUNCTIONS(FleetStatus)
public:
    static Result<FleetStatusResult> run(const QList<Target> &targets, const StatusOptions &options, FleetControl *control = nullptr);
};

} // namespace strata::fleet
