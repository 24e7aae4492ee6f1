#pragma once
// The audit report's HTML form: a self-contained page (inline style, no scripts, no
// external resources) rendered from the report's own Markdown, so both forms say the
// same thing. Only the subset AuditReport writes is understood: headings, pipe tables,
// bullet and numbered items, fenced code (SQL and shell, in <pre>), `code` and **bold**.
// Every piece of text is HTML-escaped before any markup is added.

#include <QString>

namespace strata::runbook {

class ReportHtml
{
public:
    static QString fromMarkdown(const QString &markdown, const QString &title, const QString &language = QStringLiteral("en"));
};

} // namespace strata::runbook
