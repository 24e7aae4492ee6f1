#pragma once
// The migration-safety rule book: each rule's id, severity, explanation and safe
// alternative. The set covers Squawk's rules (require-concurrent-index-creation,
// constraint-missing-not-valid, adding-field-with-default, changing-column-type, ...)
// plus Strata's sure-error checks. The StatementAnalyzer decides where a rule applies;
// this class only words the finding.

#include "Findings.h"

#include <QCoreApplication>

namespace strata::preflight {

class LintRules
{
    Q_DECLARE_TR_FUNCTIONS(LintRules)
public:
    // A finding for rule id with its message arguments (%1, %2, ...). Unknown ids give an
    // Info finding that names the id.
    static Finding make(const QString &rule, const QStringList &args = {});
    static QStringList allRules();
};

} // namespace strata::preflight
