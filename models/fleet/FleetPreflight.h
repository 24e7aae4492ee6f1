#pragma once
// Pre-flight of one migration on every target of a fleet. The statement analysis and
// lints run once, offline; the data checks (colliding keys, NULLs, orphans, casts, the
// down section's old keys) and catalog-dependent findings run on each target,
// read-only, over the bounded pool. The result says which targets would fail and why.

#include "FleetControl.h"
#include "Target.h"
#include "preflight/Findings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace strata::fleet {

struct PreflightRequest
{
    QString sql;          // the up section
    QString rollbackSql;  // the down section, when the file has one
    QString source;       // file name, for the report
    int jobs = 0;         // 0: min(8, targets)
    int statementTimeoutMs = 300000;
    QStringList tenantColumns;
};

struct TargetPreflight
{
    QString name;
    QString database;
    QString schema;
    Error error;                          // the target could not be checked
    QList<preflight::Finding> findings;   // the ones this target's data or catalog produced
    int blocking = 0;
    int warnings = 0;
    bool wouldFail() const { return blocking > 0; }
    // One line per blocking finding: "colliding keys UNIQUE (handle) on public.agents: 6 groups".
    QStringList reasons() const;
};

struct FleetPreflightResult
{
    preflight::PreflightReport analysis;  // the offline analysis and lints, once
    QList<TargetPreflight> targets;
    int failing = 0;
    int errors = 0;
    qint64 elapsedMs = 0;
    int exitCode() const { return errors > 0 ? 2 : (failing > 0 || analysis.hasBlocking() ? 1 : 0); }
    QJsonObject toJson() const;
};

class FleetPreflight
{
    Q_DECLARE_TR_FUNCTIONS(FleetPreflight)
public:
    static Result<FleetPreflightResult> run(const QList<Target> &targets, const PreflightRequest &request,
                                            FleetControl *control = nullptr);
};

} // namespace strata::fleet
