#pragma once
// The audit report of a run, as Markdown: what ran against which database, the tables
// touched, each step's SQL with its state, timings, attempts, notices and errors, the
// backups (method, rows, sha256, verified), how in-doubt steps were resolved, and the
// way back (the migration's down section, restoring rows from the backups).
// Built from the journal alone, so a report can be written for a killed run too.

#include "Runbook.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace strata::runbook {

class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
public:
    // header/events: Journal::header() / Journal::events(); journalPath for the
    // rollback commands; databaseUri: how the operator reaches the database (no password).
    static QString markdown(const Runbook &runbook, const QJsonObject &header, const QList<QJsonObject> &events,
                            const QString &journalPath, const QString &databaseUri);
};

} // namespace strata::runbook
