#pragma once
// Per statement: the objects it touches, the lock it takes on each table, whether it
// rewrites, scans or builds an index, a rough size/time estimate, the errors it will hit
// for sure (checked against the live catalog and against what earlier statements of the
// same script create or drop), lint findings, and the data checks it needs.

#include "CatalogFacts.h"
#include "DataChecks.h"
#include "Findings.h"
#include "sql/ParseTree.h"

#include <QCoreApplication>

#include <memory>

namespace strata::preflight {

struct AnalyzerOptions
{
    // A key column with one of these names gets a per-tenant breakdown.
    QStringList tenantColumns = {QStringLiteral("workspace_id"), QStringLiteral("tenant_id"), QStringLiteral("org_id"),
                                 QStringLiteral("organization_id"), QStringLiteral("account_id")};
    bool scriptInTransaction = false;  // the migration tool wraps the whole file in BEGIN/COMMIT
    double scanBytesPerSecond = 200e6; // rough throughput for the time estimate
    double rewriteBytesPerSecond = 50e6;
    double indexRowsPerSecond = 1.5e6;
};

struct Analysis
{
    QList<StatementReport> statements;
    QList<Finding> findings;
    QList<DataCheck> checks;
    QList<TableStats> tables;          // touched existing tables
};

class StatementAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(StatementAnalyzer)
public:
    // What the catalog load needs: relation names, enum type names, functions in defaults.
    static QList<QualifiedName> relationNames(const QList<ParsedStatement> &stmts);
    static QStringList enumTypes(const QList<ParsedStatement> &stmts);
    static QStringList functionNames(const QList<ParsedStatement> &stmts);

    // facts may be null (offline: lock levels and lints only).
    static Analysis analyze(const QString &sql, const QList<ParsedStatement> &stmts, const CatalogFacts *facts,
                            const AnalyzerOptions &options = {});
    // Adds conflicting-lock findings for the holders seen right now.
    static void addLockHolderFindings(Analysis &a, const QList<LockHolder> &holders);
};

namespace walker {
class Walker;
}

// analyze() for a script given a batch of statements at a time (ParseStream): the same
// analysis, without every statement's parse tree in memory at once.
class AnalysisStream
{
public:
    AnalysisStream(const QString &sql, const CatalogFacts *facts, const AnalyzerOptions &options = {});
    ~AnalysisStream();
    AnalysisStream(const AnalysisStream &) = delete;
    AnalysisStream &operator=(const AnalysisStream &) = delete;
    void add(const QList<ParsedStatement> &stmts);
    Analysis finish();

private:
    std::unique_ptr<walker::Walker> m_walker;
};

} // namespace strata::preflight
