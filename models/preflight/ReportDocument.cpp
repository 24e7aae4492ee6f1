#include "ReportDocument.h"

#include "ReportExport.h"
#include "sql/CommandTag.h"
#include "sql/ParseTree.h"

namespace strata::preflight {

namespace {

QString locksText(const StatementReport &s)
{
    QStringList l;
    for (const TableLock &t : s.locks)
        l.append(ReportDocument::tr("%1 on %2").arg(lockName(t.level), t.table));
    return l.join(QStringLiteral(", "));
}

QString workText(const StatementReport &s)
{
    QStringList w;
    if (s.rewrite)
        w.append(ReportDocument::tr("rewrite"));
    if (s.scan)
        w.append(ReportDocument::tr("scan"));
    if (s.indexBuild)
        w.append(ReportDocument::tr("index build"));
    return w.join(QStringLiteral(", "));
}

QString verdictOf(const PreflightReport &r)
{
    const int b = r.count(Severity::Blocking), w = r.count(Severity::Warning);
    if (b > 0)
        return ReportDocument::tr("BLOCKED: %n blocking finding(s)", nullptr, b) + ReportDocument::tr(", %n warning(s)", nullptr, w);
    if (w > 0)
        return ReportDocument::tr("PROCEED WITH CARE: %n warning(s), nothing blocking", nullptr, w);
    return ReportDocument::tr("OK: nothing blocking, no warnings");
}

// The statement's kind in SQL words (its parse tree says which object a DROP or an
// ALTER names).
QString kindOf(const StatementReport &s)
{
    const auto parsed = ParseTree::parse(s.text);
    if (parsed && !parsed->isEmpty())
        return commandTag(parsed->first().nodeType, parsed->first().node);
    return commandTag(s.nodeType, {});
}

bool isStyleNote(const Finding &f)
{
    return f.severity == Severity::Info && f.category == u"lint";
}

ReportFinding findingOf(const PreflightReport &r, const Finding &f, int number)
{
    ReportFinding d;
    d.number = number;
    d.severityId = severityName(f.severity);
    d.severity = d.severityId.toUpper();
    d.rule = f.rule;
    d.table = f.table;
    d.statement = f.statement >= 0 && f.statement < r.statements.size() ? f.statement + 1 : 0;
    d.line = f.line > 0 ? f.line : 0;
    if (d.statement > 0) {
        d.statementSql = r.statements[f.statement].text;
        if (d.line == 0)
            d.line = r.statements[f.statement].line;
    }
    d.check = f.check;
    d.count = f.count >= 0 ? QString::number(f.count) : QString();
    d.message = f.message;
    d.advice = f.advice;
    d.groups = {f.groupColumns, f.groupRows};
    d.breakdownLabel = f.breakdownLabel;
    if (!f.breakdown.isEmpty()) {
        d.breakdown.columns = {f.breakdownLabel, ReportDocument::tr("count")};
        for (const auto &p : f.breakdown)
            d.breakdown.rows.append({p.first, QString::number(p.second)});
    }
    d.samples = {f.sampleColumns, f.sampleRows};
    d.query = f.sql;
    d.source = &f;
    return d;
}

} // namespace

QStringList ReportDocument::findingColumns()
{
    return {tr("#"), tr("Severity"), tr("Statement"), tr("Line"), tr("Table"), tr("Check"), tr("Count"), tr("Finding")};
}

QStringList ReportDocument::statementColumns()
{
    return {tr("#"), tr("Line"), tr("Kind"), tr("Form"), tr("Locks"), tr("Work"), tr("Size"), tr("Time (rough)")};
}

QStringList ReportDocument::findingRow(const ReportFinding &f) const
{
    return {QString::number(f.number), f.severity, f.statement > 0 ? QString::number(f.statement) : tr("script"),
            f.line > 0 ? QString::number(f.line) : QString(), f.table, f.check.isEmpty() ? f.rule : f.check, f.count, f.message};
}

QStringList ReportDocument::statementRow(const ReportStatement &s) const
{
    return {QString::number(s.number), QString::number(s.line), s.kind, s.form, s.locks, s.work, s.size, s.time};
}

ReportDocument ReportDocument::from(const PreflightReport &r)
{
    ReportDocument d;
    d.title = tr("Migration pre-flight audit: %1").arg(r.source);
    d.verdict = verdictOf(r);
    d.database = r.connected ? tr("%1 (PostgreSQL %2)").arg(r.database, r.serverVersion)
                             : tr("none (offline analysis: locks and lints only)");
    d.generated = tr("%1 UTC by Strata").arg(r.generatedAt.toString(Qt::ISODate));
    d.summary = tr("%1 statement(s); %2 data check(s) (%3 ms, read-only transaction, ACCESS SHARE locks only)")
                    .arg(r.statements.size()).arg(r.dataChecksRun).arg(r.dataCheckMs);

    for (const StatementReport &s : r.statements) {
        ReportStatement x;
        x.number = s.index + 1;
        x.line = s.line;
        x.kind = kindOf(s);
        x.form = s.form;
        x.locks = locksText(s);
        x.work = workText(s);
        x.size = s.bytesTouched > 0 ? ReportExport::formatBytes(s.bytesTouched) : QString();
        x.time = s.estimatedSeconds > 0 ? ReportExport::formatSeconds(s.estimatedSeconds) : QString();
        x.sql = s.text;
        x.source = &s;
        d.statements.append(x);
    }
    int n = 0, notes = 0;
    for (const Finding &f : r.findings) {
        if (isStyleNote(f))
            d.styleNotes.append(findingOf(r, f, ++notes));
        else
            d.findings.append(findingOf(r, f, ++n));
    }

    d.tables.columns = {tr("Table"), tr("Rows (est.)"), tr("Pages"), tr("Heap"), tr("Total with indexes")};
    for (const TableStats &t : r.tables)
        d.tables.rows.append({t.schema + u'.' + t.table, t.reltuples < 0 ? tr("never analyzed") : QString::number(qint64(t.reltuples)),
                              QString::number(t.relpages), ReportExport::formatBytes(t.heapBytes), ReportExport::formatBytes(t.totalBytes)});
    d.lockHolders.columns = {tr("PID"), tr("User"), tr("State"), tr("Table"), tr("Mode"), tr("Granted"), tr("Xact s"), tr("Query")};
    for (const LockHolder &x : r.lockHolders)
        d.lockHolders.rows.append({QString::number(x.pid), x.user, x.state, x.table, x.mode, x.granted ? tr("yes") : tr("waiting"),
                                   QString::number(x.transactionSeconds, 'f', 0), x.query.simplified().left(120)});
    d.footer = tr("Lock levels per the PostgreSQL documentation for each statement form; times are rough estimates from "
                  "reltuples/relpages/pg_relation_size. Lines are the file's lines.");
    return d;
}

} // namespace strata::preflight
