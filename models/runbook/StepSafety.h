#pragma once
// The safety facts of a runbook step, derived from its SQL: the tables it writes
// (backed up before it runs), the tables whose rows it changes, whether it can lose
// data (the operator types a table name), how an interrupted autocommit step is checked,
// and whether its statements fit the way it runs (one transaction, the script's own
// block, autocommit). Derived whenever a runbook is built and whenever one is loaded
// from a file or a journal: what a file says is never trusted for these decisions.

#include "Runbook.h"

namespace strata::runbook {

struct StepSafety
{
    QList<TableRef> tables;
    QList<TableRef> dataTables;
    bool destructive = false;
    QString destructiveReason;
    QString confirmName;
    EffectCheck effect = EffectCheck::None;
    TableRef effectObject;
};

class StepSafetyCheck
{
    Q_DECLARE_TR_FUNCTIONS(StepSafetyCheck)
public:
    // From statements already classified (the builder).
    static StepSafety fromClassified(const QList<ClassifiedStatement> &stmts, StepMode mode);
    // From a step as a file describes it: its statements are parsed again, each must be
    // exactly one statement, and they must fit the step's mode; its settings must be
    // plain session SET statements.
    static Result<StepSafety> derive(const RunbookStep &step);
    // Refuses a loaded step whose file says less than its SQL does (no confirmation for
    // a statement that can lose data, a table missing from the backup list, another
    // in-doubt check); otherwise puts the derived facts into the step.
    static Error apply(RunbookStep &step);

    static bool isSessionSetting(const ClassifiedStatement &c);
};

} // namespace strata::runbook
