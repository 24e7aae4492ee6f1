#pragma once
// The pre-flight report as a migration audit: Markdown (to attach to a ticket), HTML
// (self-contained, escaped) and JSON ("format_version": 2). All three render one
// ReportDocument, so they carry the same statements, findings and queries: statements
// numbered from 1, file lines, statement kinds in SQL words, every statement whole.

#include "Findings.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace strata::preflight {

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    // 2: statements carry "number" (from 1) and "kind"; a finding's "statement" is that
    // number (null for the whole script), its data-check query is "query"; style notes
    // are listed apart ("style_notes").
    static constexpr int kJsonFormatVersion = 2;
    // Receives the report a piece (about a megabyte) at a time; false stops the writing.
    using Sink = std::function<bool(QByteArrayView)>;
    // Stream the report to sink, so a report as large as its script is never one string;
    // false when the sink refused a piece.
    static bool writeMarkdown(const PreflightReport &r, const Sink &sink);
    static bool writeHtml(const PreflightReport &r, const Sink &sink);
    static bool writeJson(const PreflightReport &r, const Sink &sink);
    static QString toMarkdown(const PreflightReport &r);
    static QString toHtml(const PreflightReport &r);
    static QJsonObject toJsonObject(const PreflightReport &r);
    static QByteArray toJson(const PreflightReport &r);
    static QString formatBytes(qint64 bytes);
    static QString formatSeconds(double s);
};

} // namespace strata::preflight
