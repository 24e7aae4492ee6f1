#pragma once
// The pre-flight report as a migration audit: Markdown (to attach to a ticket), HTML
// (self-contained, escaped) and JSON ("format_version": 1).

#include "Findings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace strata::preflight {

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    static QString toMarkdown(const PreflightReport &r);
    static QString toHtml(const PreflightReport &r);
    static QJsonObject toJsonObject(const PreflightReport &r);
    static QByteArray toJson(const PreflightReport &r);
    static QString formatBytes(qint64 bytes);
    static QString formatSeconds(double s);
};

} // namespace strata::preflight
