#pragma once
// The whole pre-flight: parse, load catalog facts (bulk), analyze statements, look at
// current lock holders, run the data checks read-only, and return one report.

#include "DataChecks.h"
#include "Findings.h"
#include "StatementAnalyzer.h"

#include <QCoreApplication>

namespace strata {
class Connection;
class JobControl;
}

namespace strata::preflight {

struct PreflightOptions
{
    AnalyzerOptions analyzer;
    DataCheckOptions dataChecks;
    bool runDataChecks = true;
    QString source = QStringLiteral("typed SQL");
};

class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
public:
    // connection may be null: then only the offline analysis (locks, flags, lints).
    // A syntax error comes back as an Error with line and column.
    static Result<PreflightReport> run(const QString &sql, Connection *connection, const PreflightOptions &options = {},
                                       JobControl *control = nullptr);
};

} // namespace strata::preflight
