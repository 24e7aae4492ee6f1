#pragma once
// The audit report of a run, as Markdown or as a self-contained HTML page (same
// content): what ran against which database, the tables touched with their keys before
// and after (schema snapshots of the run), each step's SQL with its state, pre-flight
// findings, timings, attempts, notices and errors, the backups (method, rows, sha256,
// verified), how in-doubt steps were resolved, and the way back (the guided rollback
// with its steps and pre-flight when given, the migration's down section, restoring
// rows from the backups). Built from the journal (and the snapshot files it names), so
// a report can be written for a killed run too.

#include "Runbook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace strata::runbook {

struct RollbackPlan;

class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
public:
    // header/events: Journal::header() / Journal::events(); journalPath for the
    // rollback commands; databaseUri: how the operator reaches the database (no password).
    // rollback: the guided rollback built for this run (GuidedRollback), listed with its
    // steps and pre-flight under "Rollback path"; null: only the command that builds it.
    static QString markdown(const Runbook &runbook, const QJsonObject &header, const QList<QJsonObject> &events,
                            const QString &journalPath, const QString &databaseUri, const RollbackPlan *rollback = nullptr);
    static QString html(const Runbook &runbook, const QJsonObject &header, const QList<QJsonObject> &events,
                        const QString &journalPath, const QString &databaseUri, const RollbackPlan *rollback = nullptr);
    // HTML when reportPath ends in .html or .htm, else Markdown.
    static bool isHtmlPath(const QString &reportPath);
    static QString forPath(const QString &reportPath, const Runbook &runbook, const QJsonObject &header,
                           const QList<QJsonObject> &events, const QString &journalPath, const QString &databaseUri,
                           const RollbackPlan *rollback = nullptr);
};

} // namespace strata::runbook
