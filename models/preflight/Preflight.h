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
    // The migration's down section, when it has one. The unique keys it would (re)create
    // are checked against today's data as rollback checks: "could we still go back?"
    // before the up section runs. Its other statements are not analyzed.
    QString rollbackSql;
    // The file lines where the SQL and the down section start (a migration's up section
    // given alone starts below its marker): every line the report names is a file line.
    int firstLine = 1;
    int rollbackFirstLine = 1;
};

class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
public:
    // connection may be null: then only the offline analysis (locks, flags, lints).
    // A syntax error comes back as an Error with line and column.
    static Result<PreflightReport> run(const QString &sql, Connection *connection, const PreflightOptions &options = {},
                                       JobControl *control = nullptr);

    // A dbmate-style file ("-- migrate:up" ... "-- migrate:down" ...) split into its up part
    // and its down part. Both keep the file's line numbers (the up part is the text before
    // the down marker; the down part is padded with empty lines), so findings point at the
    // file's lines. No down marker: {text, ""}.
    struct Sections
    {
        QString up;
        QString down;
    };
    static Sections splitSections(const QString &text);
};

} // namespace strata::preflight
