#pragma once
// A chain audit as text (a table for terminals), JSON (format_version 1) and Markdown,
// each shaped like a migration validation report: order, file, what it does, status,
// then the findings with their files and lines.

#include "ChainAudit.h"

#include <QJsonObject>

namespace strata::squash {

class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)
public:
    static QJsonObject toJson(const AuditReport &r);
    static QString toMarkdown(const AuditReport &r);
    static QString toText(const AuditReport &r);
};

} // namespace strata::squash
