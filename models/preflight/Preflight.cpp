#include "Preflight.h"

#include "pg/Connection.h"
#include "pg/Session.h"
#include "sql/ParseTree.h"

#include <QElapsedTimer>
#include <algorithm>

namespace strata::preflight {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Blocking: return QStringLiteral("blocking");
    }
    return {};
}

bool PreflightReport::hasBlocking() const
{
    return count(Severity::Blocking) > 0;
}

int PreflightReport::count(Severity s) const
{
    return int(std::count_if(findings.begin(), findings.end(), [s](const Finding &f) { return f.severity == s; }));
}

Result<PreflightReport> Preflight::run(const QString &sql, Connection *c, const PreflightOptions &o, JobControl *control)
{
    auto parsed = ParseTree::parse(sql);
    if (!parsed)
        return parsed.error();
    PreflightReport rep;
    rep.source = o.source;
    rep.generatedAt = QDateTime::currentDateTimeUtc();

    CatalogFacts facts;
    if (c) {
        rep.connected = true;
        rep.database = QStringLiteral("%1 @ %2:%3").arg(c->info().dbname, c->info().host, c->info().port);
        rep.serverVersion = c->info().serverVersion;
        auto f = CatalogFacts::load(*c, StatementAnalyzer::relationNames(*parsed), StatementAnalyzer::enumTypes(*parsed),
                                    StatementAnalyzer::functionNames(*parsed));
        if (!f)
            return f.error();
        facts = *f;
    }
    if (control && control->isCanceled())
        return JobControl::canceledError();
    Analysis a = StatementAnalyzer::analyze(sql, *parsed, c ? &facts : nullptr, o.analyzer);
    if (c) {
        QList<quint32> oids;
        for (const TableStats &t : a.tables)
            oids.append(t.oid);
        auto holders = CatalogFacts::lockHolders(*c, oids);
        if (!holders)
            return holders.error();
        rep.lockHolders = *holders;
        StatementAnalyzer::addLockHolderFindings(a, *holders);
        if (o.runDataChecks && !a.checks.isEmpty()) {
            QElapsedTimer t;
            t.start();
            auto data = DataChecks::run(*c, a.checks, o.dataChecks, control);
            if (!data)
                return data.error();
            a.findings += *data;
            rep.dataChecksRun = int(a.checks.size());
            rep.dataCheckMs = t.elapsed();
        }
    }
    rep.statements = a.statements;
    rep.tables = a.tables;
    rep.findings = a.findings;
    // Blocking first, then by statement.
    std::stable_sort(rep.findings.begin(), rep.findings.end(), [](const Finding &x, const Finding &y) {
        if (x.severity != y.severity)
            return int(x.severity) > int(y.severity);
        return x.statement < y.statement;
    });
    return rep;
}

} // namespace strata::preflight
