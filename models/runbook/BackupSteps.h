#pragma once
// Backups as steps: before the first step that writes to an existing table (or can lose
// data in it), the runbook gets a visible step that backs the table up, with the method
// it will use (pg_dump -Fc or binary COPY) and an estimate of its size and time from the
// live statistics (pg_class.reltuples, pg_total_relation_size; one query for all tables).
// The operator runs it like any other step; skipping it takes the table's name typed.
//
// Applied to every runbook before it runs, including one loaded from a file: a file that
// leaves out (or moves after its table's first writer) a backup step its SQL needs gets
// the step again. The executor still backs up, invisibly, any table a step writes that no
// backup step of the run covered (a table the run itself created, for example).

#include "BackupWriter.h"
#include "Runbook.h"

namespace strata {
class Connection;
}

namespace strata::runbook {

class BackupSteps
{
    Q_DECLARE_TR_FUNCTIONS(BackupSteps)
public:
    // Adds the missing backup steps; tables that do not exist now (created by the
    // runbook) get none. Steps are numbered again. c may be read-only.
    static Error add(Runbook &r, Connection &c, const BackupOptions &options = {});
    // "about 12.0 MB on disk, about 240,000 rows, about 0.3 s" for a planned backup step.
    static QString estimateText(const RunbookStep &s);
    // "pg_dump -Fc" / "COPY (binary)".
    static QString methodText(const QString &method);
    static void renumber(Runbook &r);
};

} // namespace strata::runbook
