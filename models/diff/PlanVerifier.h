#pragma once
// Proves a plan on a scratch copy before anyone runs it: builds schema A (Strata's own
// DDL of snapshot A) in a throwaway database, applies the plan the way its script runs
// (Plan::transactions(): each transaction in BEGIN ... COMMIT, CONCURRENTLY and ADD
// VALUE outside), snapshots the result and compares it with B. Verified when every step
// ran and nothing differs.
//
// Where: a private scratch server (ScratchServer: initdb, removed afterwards), or a
// database with a fresh unique name on a server the caller names, dropped again on every
// way out. On the private server the roles A and B name are created first (superusers
// without login) and the plan runs as A's most common owner, as it would on A's server;
// on a named server missing roles make owners and grants left out of the comparison.
//
// Blocking: run it from a worker thread, the CLI or a test.

#include "Planner.h"

#include "common/Error.h"

#include <QCoreApplication>

namespace strata {
class JobControl;
}

namespace strata::diff {

struct VerifyOptions
{
    QString serverUri;  // empty: a private scratch server; else a throwaway database there
    DiffOptions diff;   // how the result is compared with B (as the plan was made)
};

struct VerifyResult
{
    Q_DECLARE_TR_FUNCTIONS(VerifyResult)
public:
    enum class Outcome { Verified, StepFailed, Residual };
    Outcome outcome = Outcome::Verified;
    int failedStep = -1;        // 1-based position in the plan's steps
    QString failedSql;
    QString serverError;        // the server's message for the failed step
    DiffResult residual;        // what still differs from B after the plan (Residual)
    QStringList notes;          // translated: what the verification left out
    qint64 buildMs = 0;         // scratch server start and A's DDL
    qint64 applyMs = 0;         // the plan
    qint64 compareMs = 0;       // snapshot of the result and the comparison
    bool verified() const { return outcome == Outcome::Verified; }
    // One translated sentence: "verified", "failed at step N: ...", "N differences remain".
    QString summary() const;
    // The residual differences, one line each ("changed constraint:public.t.c [definition]").
    QStringList residualLines() const;
};

class PlanVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PlanVerifier)
public:
    // An Error only when the verification itself could not run (no server binaries, no
    // connection, A's DDL refused); a failing plan is a VerifyResult.
    static Result<VerifyResult> verify(const catalog::Snapshot &a, const catalog::Snapshot &b, const Plan &plan,
                                       const VerifyOptions &options = {}, JobControl *control = nullptr);
};

} // namespace strata::diff
