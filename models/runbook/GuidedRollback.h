#pragma once
// The guided rollback of a run, built from its journal: a runbook with
//   1. the inverse DDL: the diff engine's plan from the live schema to the schema
//      snapshot taken before the run's first step (RunSnapshots), then
//   2. a restore step per backup folder for the tables whose rows the run changed
//      (a done step wrote them, or could lose data on them), from the verified backups,
//      each in one transaction and checked against the manifest; tables whose rows and
//      columns are still those of the backup are left alone.
// and its own pre-flight, run read-only against the live database: the data checks of
// the inverse DDL (an old, narrower key that today's rows collide with), the backups
// (present and matching their manifest), and the schema having moved on since the run.
// The result runs through the same Executor as any runbook (journal, confirmation of
// the restore steps, backups of what the rollback touches).

#include "Runbook.h"

#include <QCoreApplication>

namespace strata {
class Connection;
}

namespace strata::runbook {

struct RollbackFinding
{
    enum class Level { Info, Warning, Blocking };
    Level level = Level::Info;
    QString table;   // display name, may be empty
    QString message; // translated sentence
    QString text() const; // "blocking: message" (translated level)
};

struct RollbackPlan
{
    Runbook runbook;                 // the inverse DDL steps, then the restore steps
    QString forwardJournal;          // the journal it rolls back
    QString inverseSql;              // empty: the schema already is as before the run
    QList<TableRef> restoredTables;
    QList<RollbackFinding> findings;
    bool blocked() const;            // a blocking finding: a step would fail as things are
    QStringList findingTexts() const;
};

class GuidedRollback
{
    Q_DECLARE_TR_FUNCTIONS(GuidedRollback)
public:
    // c: a session on the run's database; read-only is enough (nothing is changed).
    static Result<RollbackPlan> build(const QString &journalPath, Connection &c);
};

} // namespace strata::runbook
