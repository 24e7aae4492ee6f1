#pragma once
// Turns snapshot A into snapshot B: a dependency-ordered list of single-statement
// steps, using the safe forms where PostgreSQL has them (CREATE INDEX CONCURRENTLY,
// constraints added NOT VALID and validated separately, ALTER TYPE ... ADD VALUE),
// each with its hazards (data loss, ACCESS EXCLUSIVE lock, rewrite, full scan, index
// build) and the table's size from A's live statistics.
//
// Order: dependants are dropped before what they depend on (policies, triggers,
// views, foreign keys, constraints and indexes, then columns and tables, then
// functions, sequences, types and schemas); things are created the other way round.
// plan(A, B) and plan(B, A) give both directions.

#include "PlanStep.h"
#include "SchemaDiff.h"

#include <QCoreApplication>

namespace strata::diff {

struct PlanOptions
{
    DiffOptions diff;
    bool safeForms = true; // CONCURRENTLY / NOT VALID + VALIDATE on tables that already exist
};

class Planner
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
public:
    static Plan plan(const catalog::Snapshot &a, const catalog::Snapshot &b, const PlanOptions &options = {});
    // The same with a comparison already made (it must include the Same objects:
    // DiffOptions::includeSame), so callers that show the diff compare only once.
    static Plan plan(const catalog::Snapshot &a, const catalog::Snapshot &b, const DiffResult &diffWithSame,
                     const PlanOptions &options = {});
};

} // namespace strata::diff
