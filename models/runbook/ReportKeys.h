#pragma once
// The "Keys before and after" section of the audit report: for each table the run
// touched, its primary key, unique constraints and unique indexes in the schema
// snapshot taken before the first step and in the one taken after the run
// (RunSnapshots), side by side, changed keys marked.

#include "Runbook.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace strata::runbook {

class ReportKeys
{
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
public:
    // Markdown, starting with its "## " heading.
    static QString markdown(const QJsonObject &header, const QList<QJsonObject> &events, const QList<TableRef> &tables);
};

} // namespace strata::runbook
