#pragma once
// Audit of a migration chain without a baseline, shaped like a migration validation
// report: every file in the tool's order with what it does and its status, plus
// findings:
//   - the consolidation report (created then dropped, added then dropped, rewritten,
//     inserted then deleted; history/Consolidation),
//   - sequence checks: the same table, column, index or constraint created in two files;
//     IF NOT EXISTS hiding such a duplicate; a primary or unique key changed in several
//     files; an object dropped that nothing created; duplicate versions,
//   - where a replay stops, with file and line.
// The static part (everything but the replay) is reported even when the replay fails.
// Blocking: run it on a worker thread, the CLI or a test.

#include "history/Consolidation.h"
#include "pg/ConnectionProfile.h"
#include "replay/FolderReplay.h"

#include <QCoreApplication>
#include <optional>

namespace strata {
class JobControl;
}

namespace strata::squash {

struct AuditFinding
{
    enum class Severity { Info, Warning, Blocking };
    Severity severity = Severity::Warning;
    QString code;                   // "duplicate-create", "hidden-duplicate", "key-changed", "drop-unknown",
                                    // "duplicate-version", "replay-stopped", consolidation kinds, folder codes
    QString object;                 // "public.users", "public.users.email", "" for the folder
    QList<ChainLocation> locations; // files and lines, in chain order
    QString message;                // translated sentence

    static QString severityId(Severity s); // "info", "warning", "blocking"
};

struct AuditStep
{
    enum class Status { Replayed, Failed, NotRun, NotReplayed };
    int order = 0;            // 1-based position in the tool's order
    QString file;             // relative to the folder
    QString version;
    QString summary;          // what it does ("creates table public.users; adds column …")
    bool transactional = true;
    QString outsideReason;    // why it runs outside a transaction
    Status status = Status::NotReplayed;
    int findings = 0;         // findings that name this file

    static QString statusId(Status s);    // "replayed", "failed", "not-run", "not-replayed"
    static QString statusLabel(Status s); // translated
};

struct AuditReport
{
    QString dir;
    QString format;
    QString formatName;
    QList<AuditStep> steps;
    QList<AuditFinding> findings;   // blocking first, then warnings, then infos
    bool replayAttempted = false;
    bool replayed = false;          // the whole chain ran
    replay::ReplayStop stop;        // where it stopped (file empty: it did not)
    QString replayError;            // the sentence when the replay did not run or stopped
    QString replayServer;           // where it ran ("the private PostgreSQL 15 server", a URI)

    bool hasBlocking() const;
    int count(AuditFinding::Severity s) const;
};

struct AuditOptions
{
    QString format;                           // empty: detected
    QStringList moreDirs;                     // further locations (ReplayPlanner::plan)
    bool replay = true;                       // false: the static part only
    std::optional<ConnectionProfile> replayServer;
};

class ChainAudit
{
    Q_DECLARE_TR_FUNCTIONS(ChainAudit)
public:
    // An Error only when the folder cannot be read at all.
    static Result<AuditReport> run(const QString &dir, const AuditOptions &options = {}, JobControl *control = nullptr);
    // The static part of a plan: steps, sequence checks, consolidation, folder findings.
    static AuditReport analyse(const replay::ReplayPlan &plan);
    // Adds the sequence-check findings of the plan's files (AuditChecks.cpp).
    static void sequenceChecks(const replay::ReplayPlan &plan, QList<AuditFinding> &out);
};

} // namespace strata::squash
