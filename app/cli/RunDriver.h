#pragma once
// The step loop of `strata-cli run` (cmd_run.cpp), shared with `resume` and
// `rollback`: the operator's y/n/q per step (or --yes with --confirm-table), Ctrl+C
// stops before the next step, the audit report at the end.

#include "common/Error.h"
#include "runbook/ConfirmTables.h"
#include "runbook/Executor.h"

#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace strata::cli {

struct RunOptions
{
    bool yes = false;
    QStringList confirmTables;
    runbook::ConfirmTables confirmed; // confirmTables resolved by checkConfirmations()
    QStringList skipBackups;          // --skip-backup: backup steps skipped (journaled, in the report)
    runbook::ConfirmTables skipped;   // skipBackups resolved by checkConfirmations()
    QString reportPath;  // .html/.htm: HTML, else Markdown
    QString databaseUri;
    std::optional<ConnectionProfile> profile; // for the guided rollback in the report
};

// Resolves ro.confirmTables against the steps still to run into ro.confirmed. Error: a
// value could mean two tables, or (with --yes) a step that can lose data is not confirmed
// (the error lists each with the --confirm-table to add, shell-quoted).
Error checkConfirmations(RunOptions &ro, const QList<runbook::RunbookStep> &pending);
// Exit: 0 every step done or skipped, 1 a step failed or the operator stopped, 2 error.
int driveSteps(runbook::Executor &ex, const RunOptions &ro);
void printStep(const runbook::RunbookStep &s, runbook::StepState state);
void installTestHook(runbook::Executor &ex);
// --db, --yes, --confirm-table, --skip-backup, --journal, --report, lock and timeout options, --no-pg-dump.
void addRunOptions(QCommandLineParser &p);
Error readExecOptions(const QCommandLineParser &p, runbook::ExecutorOptions &o);
// For commands that work on an existing journal (resume, rollback): parses the command
// line (no positional arguments), requires --journal and --db and reads the executor
// options. Returns the exit code when the command must end here (help, usage error).
std::optional<int> parseJournalCommand(QCommandLineParser &p, const QStringList &args, runbook::ExecutorOptions &eo);

} // namespace strata::cli
