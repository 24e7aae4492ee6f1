#include "Preflight.h"

#include "pg/Connection.h"
#include "pg/Session.h"
#include "sql/CodeLine.h"
#include "sql/ParseTree.h"

#include <QElapsedTimer>
#include <QRegularExpression>
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

namespace {

QStringList plainColumns(const DataCheck &c)
{
    QStringList cols;
    for (const KeyPart &p : c.key)
        cols.append(p.column.isEmpty() ? QString() : p.column);
    return cols;
}

// The down section's unique keys as rollback checks: each one is checked against today's
// data. The wider key of the up section on the same table (if any) names the columns the
// rows may differ in, and its tenant column gives the breakdown.
QList<DataCheck> rollbackChecksFromDown(const QString &downSql, const QList<ParsedStatement> &down, const CatalogFacts &facts,
                                        const Analysis &up, const AnalyzerOptions &o)
{
    const Analysis a = StatementAnalyzer::analyze(downSql, down, &facts, o);
    QList<DataCheck> out;
    for (DataCheck c : a.checks) {
        if (c.kind != DataCheck::Kind::DuplicateKey)
            continue;
        const QStringList oldCols = plainColumns(c);
        bool covered = false;
        const DataCheck *wider = nullptr;
        for (const DataCheck &u : up.checks) {
            if (u.schema != c.schema || u.table != c.table)
                continue;
            const QStringList cols = plainColumns(u);
            if (u.kind == DataCheck::Kind::RollbackKey && cols == oldCols && u.predicate == c.predicate)
                covered = true; // the up section's own rollback check already asks this
            bool superset = u.kind == DataCheck::Kind::DuplicateKey && cols.size() > oldCols.size() && !oldCols.contains(QString());
            for (const QString &col : oldCols)
                superset = superset && cols.contains(col);
            if (superset && !wider)
                wider = &u;
        }
        if (covered)
            continue;
        const int downLine = c.line;
        c.kind = DataCheck::Kind::RollbackKey;
        c.label = Preflight::tr("%1 (down section, line %2)").arg(c.label).arg(downLine);
        c.statement = wider ? wider->statement : -1;
        c.line = wider ? wider->line : 0;
        c.tenantColumn.clear();
        if (wider) {
            const QStringList newCols = plainColumns(*wider);
            c.widerKey = catalog::quotedList(newCols);
            for (const QString &col : newCols)
                if (!oldCols.contains(col) && o.tenantColumns.contains(col) && c.tenantColumn.isEmpty())
                    c.tenantColumn = col;
        }
        out.append(c);
    }
    return out;
}

} // namespace

Preflight::Sections Preflight::splitSections(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("^[ \\t]*--[ \\t]*migrate:down\\b[^\\n]*$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = marker.match(text);
    if (!m.hasMatch())
        return {text, QString()};
    Sections s;
    s.up = text.left(m.capturedStart());
    const qsizetype lines = text.left(m.capturedEnd()).count(u'\n');
    s.down = QString(lines, u'\n') + text.mid(m.capturedEnd());
    return s;
}

namespace {

// Statements of `sql` with file lines: leading newlines put the text on its file lines
// (parse errors included; their position stays one in `sql`), and each statement's line
// is that of its first token, not of the comments above it.
Result<QList<ParsedStatement>> parseOnFileLines(const QString &sql, int firstLine, QString &padded)
{
    const int pad = qMax(0, firstLine - 1);
    padded = pad > 0 ? QString(pad, u'\n') + sql : sql;
    auto parsed = ParseTree::parse(padded);
    if (!parsed) {
        Error e = parsed.error();
        if (e.position > pad)
            e.position -= pad;
        return e;
    }
    for (ParsedStatement &ps : *parsed)
        ps.statement.line = codeLine(ps.statement);
    return parsed;
}

} // namespace

Result<PreflightReport> Preflight::run(const QString &text, Connection *c, const PreflightOptions &o, JobControl *control)
{
    // File lines as in parseOnFileLines; the script's parse trees a batch at a time: a
    // large script costs its size, not the size of every statement's tree at once.
    const int pad = qMax(0, o.firstLine - 1);
    const QString sql = pad > 0 ? QString(pad, u'\n') + text : text;
    auto onFileLines = [pad](Error e) {
        if (e.position > pad)
            e.position -= pad;
        return e;
    };
    ParseStream parsed(sql);
    if (Error e = parsed.split())
        return onFileLines(e);
    constexpr qsizetype kBatch = 2048;
    auto batchAt = [&](qsizetype from) -> Result<QList<ParsedStatement>> {
        auto batch = parsed.parse(from, kBatch);
        if (!batch)
            return onFileLines(batch.error());
        for (ParsedStatement &ps : *batch)
            ps.statement.line = codeLine(ps.statement);
        return batch;
    };
    PreflightReport rep;
    rep.source = o.source;
    rep.generatedAt = QDateTime::currentDateTimeUtc();

    QList<ParsedStatement> down;
    QString rollbackSql;
    if (!o.rollbackSql.trimmed().isEmpty()) {
        auto d = parseOnFileLines(o.rollbackSql, o.rollbackFirstLine, rollbackSql);
        if (!d) {
            Error e = d.error();
            e.message = tr("The down section cannot be parsed: %1").arg(e.message);
            e.position = 0; // the position is in the down section, not in the SQL shown
            return e;
        }
        down = *d;
    }
    CatalogFacts facts;
    if (c) {
        rep.connected = true;
        rep.database = QStringLiteral("%1 @ %2:%3").arg(c->info().dbname, c->info().host, c->info().port);
        rep.serverVersion = c->info().serverVersion;
        QList<QualifiedName> relations;
        QStringList enums;
        QStringList functions;
        for (qsizetype from = 0; from < parsed.size(); from += kBatch) {
            auto batch = batchAt(from);
            if (!batch)
                return batch.error();
            relations += StatementAnalyzer::relationNames(*batch);
            enums += StatementAnalyzer::enumTypes(*batch);
            functions += StatementAnalyzer::functionNames(*batch);
        }
        if (!down.isEmpty()) {
            relations += StatementAnalyzer::relationNames(down);
            enums += StatementAnalyzer::enumTypes(down);
            functions += StatementAnalyzer::functionNames(down);
        }
        auto f = CatalogFacts::load(*c, relations, enums, functions);
        if (!f)
            return f.error();
        facts = *f;
    }
    if (control && control->isCanceled())
        return JobControl::canceledError();
    AnalysisStream stream(sql, c ? &facts : nullptr, o.analyzer);
    for (qsizetype from = 0; from < parsed.size(); from += kBatch) {
        if (control && control->isCanceled())
            return JobControl::canceledError();
        auto batch = batchAt(from);
        if (!batch)
            return batch.error();
        stream.add(*batch);
    }
    Analysis a = stream.finish();
    if (c && !down.isEmpty())
        a.checks += rollbackChecksFromDown(rollbackSql, down, facts, a, o.analyzer);
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
    if (parsed.size() == 0) {
        // An empty file (or only comments) must not pass as "nothing to worry about".
        Finding f;
        f.severity = Severity::Blocking;
        f.rule = QStringLiteral("empty-script");
        f.category = QStringLiteral("error");
        f.line = 1;
        f.message = tr("The script has no statements (it is empty or holds only comments): there is nothing to check, and running it would change nothing.");
        f.advice = tr("Check that this is the file you meant; an empty migration is usually a mistake.");
        rep.findings.append(f);
    }
    // Blocking first, then by statement.
    std::stable_sort(rep.findings.begin(), rep.findings.end(), [](const Finding &x, const Finding &y) {
        if (x.severity != y.severity)
            return int(x.severity) > int(y.severity);
        return x.statement < y.statement;
    });
    return rep;
}

} // namespace strata::preflight
