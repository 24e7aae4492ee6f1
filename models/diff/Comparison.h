#pragma once
// A whole comparison of two sources: both snapshots loaded (in parallel), filtered
// to the same scope, compared and planned. Shared by `strata-cli diff` and the diff
// view; blocking, so the view runs it off the GUI thread.

#include "DiffSource.h"
#include "PlanStep.h"
#include "SchemaDiff.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace strata {
class JobControl;
}

namespace strata::diff {

struct CompareOptions
{
    QStringList includeSchemas; // empty: every non-system schema
    QStringList excludeSchemas;
    bool ignoreOwners = false;  // forced on when a side is a replayed folder (see Comparison::notes)
    bool ignoreGrants = false;
    bool ignoreColumnOrder = false;
    bool safeForms = true;
    // Against a replayed folder, the other side's migration ledger tables
    // (schema_migrations, flyway_schema_history, ...) are left out unless kept.
    bool keepLedgerTables = false;
};

struct Comparison
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
public:
    static constexpr int kFormatVersion = 1;

    DiffSource a, b;
    catalog::Snapshot snapshotA, snapshotB;
    DiffResult diff;
    Plan plan;
    bool ownersIgnored = false;
    bool grantsIgnored = false;
    QStringList notes;          // translated remarks about the comparison itself
    // Wall-clock milliseconds of the phases, for --timings and the benchmark.
    qint64 loadMs = 0;          // both sides, in parallel
    qint64 compareMs = 0;
    qint64 planMs = 0;

    // Canonical DDL of the object `key` on side A / B ("" when absent there).
    QString ddlA(const QString &key) const;
    QString ddlB(const QString &key) const;

    // "+ table public.users" lines with a header, for the CLI (as SQL comments when asked).
    QString summaryText(bool asSqlComments) const;
    // {"format": "strata-diff", "format_version": 1, "same", "a", "b", "summary", "objects", "plan", "script", "notes"}
    QJsonObject toJson() const;

    // Loads both sides (in parallel), compares and plans. Progress and cancel via control.
    static Result<Comparison> run(const DiffSource &a, const DiffSource &b, const CompareOptions &options = {},
                                  JobControl *control = nullptr);
    // Keeps only the objects of the schemas in scope (for snapshot files taken wider).
    static void filterSchemas(catalog::Snapshot &s, const QStringList &include, const QStringList &exclude);
    // Removes migration-tool ledger tables of `s` that `other` lacks (with their
    // constraints, indexes, triggers, policies and owned sequences); returns their names.
    static QStringList removeLedgerTables(catalog::Snapshot &s, const catalog::Snapshot &other);
};

} // namespace strata::diff
