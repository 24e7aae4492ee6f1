#include "ReportExport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace strata::preflight {

namespace {

QString md(QString s)
{
    // Table cells: no newlines, escaped pipes.
    s.replace(u'\n', u' ');
    s.replace(u'|', QStringLiteral("\\|"));
    return s;
}

QString mdTable(const QStringList &cols, const QList<QStringList> &rows)
{
    if (cols.isEmpty())
        return {};
    QString out = QStringLiteral("| ") ;
    QStringList h;
    for (const QString &c : cols)
        h.append(md(c));
    out += h.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < cols.size(); ++i)
        out += QStringLiteral("---|");
    out += u'\n';
    for (const QStringList &r : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < cols.size(); ++i)
            cells.append(md(r.value(i)));
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return out;
}

QString locksText(const StatementReport &s)
{
    QStringList l;
    for (const TableLock &t : s.locks)
        l.append(QStringLiteral("%1 on %2").arg(lockName(t.level), t.table));
    return l.join(QStringLiteral(", "));
}

QString workText(const StatementReport &s)
{
    QStringList w;
    if (s.rewrite)
        w.append(ReportExport::tr("rewrite"));
    if (s.scan)
        w.append(ReportExport::tr("scan"));
    if (s.indexBuild)
        w.append(ReportExport::tr("index build"));
    return w.join(QStringLiteral(", "));
}

QString verdict(const PreflightReport &r)
{
    const int b = r.count(Severity::Blocking), w = r.count(Severity::Warning);
    if (b > 0)
        return ReportExport::tr("BLOCKED: %n blocking finding(s)", nullptr, b) + ReportExport::tr(", %n warning(s)", nullptr, w);
    if (w > 0)
        return ReportExport::tr("PROCEED WITH CARE: %n warning(s), nothing blocking", nullptr, w);
    return ReportExport::tr("OK: nothing blocking, no warnings");
}

QString h(const QString &s) { return s.toHtmlEscaped(); }

QString htmlTable(const QStringList &cols, const QList<QStringList> &rows)
{
    QString out = QStringLiteral("<table><tr>");
    for (const QString &c : cols)
        out += QStringLiteral("<th>") + h(c) + QStringLiteral("</th>");
    out += QStringLiteral("</tr>");
    for (const QStringList &r : rows) {
        out += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < cols.size(); ++i)
            out += QStringLiteral("<td>") + h(r.value(i)) + QStringLiteral("</td>");
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>\n");
}

QJsonArray rowsJson(const QList<QStringList> &rows)
{
    QJsonArray a;
    for (const QStringList &r : rows)
        a.append(QJsonArray::fromStringList(r));
    return a;
}

} // namespace

QString ReportExport::formatBytes(qint64 b)
{
    if (b >= 1024LL * 1024 * 1024)
        return QStringLiteral("%1 GB").arg(double(b) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (b >= 1024LL * 1024)
        return QStringLiteral("%1 MB").arg(double(b) / (1024.0 * 1024), 0, 'f', 1);
    if (b >= 1024)
        return QStringLiteral("%1 kB").arg(double(b) / 1024.0, 0, 'f', 0);
    return QStringLiteral("%1 B").arg(b);
}

QString ReportExport::formatSeconds(double s)
{
    if (s < 1)
        return tr("< 1 s");
    if (s < 120)
        return tr("~%1 s").arg(qRound(s));
    if (s < 7200)
        return tr("~%1 min").arg(qRound(s / 60));
    return tr("~%1 h").arg(s / 3600, 0, 'f', 1);
}

QString ReportExport::toMarkdown(const PreflightReport &r)
{
    QString o;
    o += tr("# Migration pre-flight audit: %1").arg(r.source) + QStringLiteral("\n\n");
    o += QStringLiteral("- ") + tr("**Verdict:** %1").arg(verdict(r)) + u'\n';
    o += QStringLiteral("- ") + tr("**Database:** %1").arg(r.connected ? r.database + QStringLiteral(" (PostgreSQL ") + r.serverVersion + u')' : tr("none (offline analysis: locks and lints only)")) + u'\n';
    o += QStringLiteral("- ") + tr("**Generated:** %1 UTC by Strata").arg(r.generatedAt.toString(Qt::ISODate)) + u'\n';
    o += QStringLiteral("- ") + tr("**Statements:** %1; **data checks:** %2 (%3 ms, read-only transaction, ACCESS SHARE locks only)")
                                    .arg(r.statements.size()).arg(r.dataChecksRun).arg(r.dataCheckMs) + QStringLiteral("\n\n");

    o += tr("## Findings") + QStringLiteral("\n\n");
    QList<QStringList> rows;
    int n = 0;
    for (const Finding &f : r.findings) {
        if (f.severity == Severity::Info && f.category == u"lint")
            continue;
        rows.append({QString::number(++n), severityName(f.severity).toUpper(), f.line > 0 ? tr("line %1").arg(f.line) : QString(),
                     f.table, f.rule, f.count >= 0 ? QString::number(f.count) : QString(), f.message});
    }
    if (rows.isEmpty())
        o += tr("No findings.") + QStringLiteral("\n\n");
    else
        o += mdTable({tr("#"), tr("Severity"), tr("Statement"), tr("Table"), tr("Check"), tr("Count"), tr("Finding")}, rows) + u'\n';

    o += tr("## Statements") + QStringLiteral("\n\n");
    QList<QStringList> srows;
    for (const StatementReport &s : r.statements) {
        srows.append({QString::number(s.index + 1), QString::number(s.line), s.form.isEmpty() ? s.nodeType : s.form, locksText(s), workText(s),
                      s.bytesTouched > 0 ? formatBytes(s.bytesTouched) : QString(), s.estimatedSeconds > 0 ? formatSeconds(s.estimatedSeconds) : QString()});
    }
    o += mdTable({tr("#"), tr("Line"), tr("Form"), tr("Locks"), tr("Work"), tr("Size"), tr("Time (rough)")}, srows) + u'\n';

    if (!r.tables.isEmpty()) {
        o += tr("## Tables touched (live statistics)") + QStringLiteral("\n\n");
        QList<QStringList> trows;
        for (const TableStats &t : r.tables)
            trows.append({t.schema + u'.' + t.table, t.reltuples < 0 ? tr("never analyzed") : QString::number(qint64(t.reltuples)),
                          QString::number(t.relpages), formatBytes(t.heapBytes), formatBytes(t.totalBytes)});
        o += mdTable({tr("Table"), tr("Rows (est.)"), tr("Pages"), tr("Heap"), tr("Total with indexes")}, trows) + u'\n';
    }

    o += tr("## Details") + QStringLiteral("\n\n");
    n = 0;
    for (const Finding &f : r.findings) {
        if (f.severity == Severity::Info && f.category == u"lint")
            continue;
        ++n;
        o += QStringLiteral("### %1. [%2] %3%4\n\n").arg(n).arg(severityName(f.severity).toUpper(), f.rule,
                                                          f.table.isEmpty() ? QString() : QStringLiteral(" — ") + f.table);
        if (f.statement >= 0 && f.statement < r.statements.size()) {
            o += tr("Statement %1 (line %2):").arg(f.statement + 1).arg(f.line) + QStringLiteral("\n\n```sql\n")
                 + r.statements[f.statement].text.left(600) + QStringLiteral(";\n```\n\n");
        }
        if (!f.check.isEmpty())
            o += tr("**Check:** %1").arg(f.check) + QStringLiteral("  \n");
        o += f.message + QStringLiteral("\n\n");
        if (!f.advice.isEmpty())
            o += tr("**Safe alternative:** %1").arg(f.advice) + QStringLiteral("\n\n");
        if (!f.groupRows.isEmpty())
            o += tr("Colliding groups:") + QStringLiteral("\n\n") + mdTable(f.groupColumns, f.groupRows) + u'\n';
        if (!f.breakdown.isEmpty()) {
            QList<QStringList> b;
            for (const auto &p : f.breakdown)
                b.append({p.first, QString::number(p.second)});
            o += tr("Breakdown by %1:").arg(f.breakdownLabel) + QStringLiteral("\n\n") + mdTable({f.breakdownLabel, tr("count")}, b) + u'\n';
        }
        if (!f.sampleRows.isEmpty())
            o += tr("Sample rows:") + QStringLiteral("\n\n") + mdTable(f.sampleColumns, f.sampleRows) + u'\n';
        if (!f.sql.isEmpty())
            o += QStringLiteral("<details><summary>") + tr("Query used") + QStringLiteral("</summary>\n\n```sql\n") + f.sql
                 + QStringLiteral("\n```\n</details>\n\n");
    }

    QList<Finding> infos;
    for (const Finding &f : r.findings)
        if (f.severity == Severity::Info && f.category == u"lint")
            infos.append(f);
    if (!infos.isEmpty()) {
        o += tr("## Style notes") + QStringLiteral("\n\n");
        for (const Finding &f : infos)
            o += QStringLiteral("- line %1, `%2`: %3 %4\n").arg(f.line).arg(f.rule, f.message, f.advice);
        o += u'\n';
    }
    if (!r.lockHolders.isEmpty()) {
        o += tr("## Locks held on these tables right now") + QStringLiteral("\n\n");
        QList<QStringList> l;
        for (const LockHolder &x : r.lockHolders)
            l.append({QString::number(x.pid), x.user, x.state, x.table, x.mode, x.granted ? tr("yes") : tr("waiting"),
                      QString::number(x.transactionSeconds, 'f', 0), x.query.simplified().left(120)});
        o += mdTable({tr("PID"), tr("User"), tr("State"), tr("Table"), tr("Mode"), tr("Granted"), tr("Xact s"), tr("Query")}, l) + u'\n';
    }
    o += QStringLiteral("---\n") + tr("Lock levels per the PostgreSQL documentation for each statement form; times are rough estimates from reltuples/relpages/pg_relation_size.") + u'\n';
    return o;
}

QString ReportExport::toHtml(const PreflightReport &r)
{
    QString o = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + h(tr("Migration pre-flight audit: %1").arg(r.source))
                + QStringLiteral("</title><style>body{font-family:sans-serif;max-width:1100px;margin:auto}table{border-collapse:collapse;margin:8px 0}"
                                 "td,th{border:1px solid #bbb;padding:3px 6px;font-size:13px;text-align:left}"
                                 ".blocking{color:#b00020;font-weight:bold}.warning{color:#a15c00}.info{color:#555}pre{background:#f4f4f4;padding:6px}</style></head><body>\n");
    o += QStringLiteral("<h1>") + h(tr("Migration pre-flight audit: %1").arg(r.source)) + QStringLiteral("</h1>\n");
    o += QStringLiteral("<p><b>") + h(verdict(r)) + QStringLiteral("</b><br>") + h(r.connected ? r.database + QStringLiteral(" (PostgreSQL ") + r.serverVersion + u')' : tr("offline analysis"))
         + QStringLiteral("<br>") + h(r.generatedAt.toString(Qt::ISODate)) + QStringLiteral("</p>\n");
    o += QStringLiteral("<h2>") + h(tr("Findings")) + QStringLiteral("</h2>\n");
    for (const Finding &f : r.findings) {
        o += QStringLiteral("<div><h3 class=\"%1\">[%2] %3 %4</h3>").arg(severityName(f.severity), h(severityName(f.severity).toUpper()), h(f.rule), h(f.table));
        if (f.line > 0)
            o += QStringLiteral("<p>") + h(tr("line %1").arg(f.line)) + (f.check.isEmpty() ? QString() : QStringLiteral(" — ") + h(f.check)) + QStringLiteral("</p>");
        o += QStringLiteral("<p>") + h(f.message) + QStringLiteral("</p>");
        if (!f.advice.isEmpty())
            o += QStringLiteral("<p><i>") + h(tr("Safe alternative:")) + QStringLiteral("</i> ") + h(f.advice) + QStringLiteral("</p>");
        if (!f.groupRows.isEmpty())
            o += htmlTable(f.groupColumns, f.groupRows);
        if (!f.breakdown.isEmpty()) {
            QList<QStringList> b;
            for (const auto &p : f.breakdown)
                b.append({p.first, QString::number(p.second)});
            o += htmlTable({f.breakdownLabel, tr("count")}, b);
        }
        if (!f.sampleRows.isEmpty())
            o += htmlTable(f.sampleColumns, f.sampleRows);
        o += QStringLiteral("</div>\n");
    }
    o += QStringLiteral("<h2>") + h(tr("Statements")) + QStringLiteral("</h2>\n");
    QList<QStringList> srows;
    for (const StatementReport &s : r.statements)
        srows.append({QString::number(s.line), s.form, locksText(s), workText(s), s.bytesTouched ? formatBytes(s.bytesTouched) : QString(),
                      s.estimatedSeconds > 0 ? formatSeconds(s.estimatedSeconds) : QString(), s.text.left(300)});
    o += htmlTable({tr("Line"), tr("Form"), tr("Locks"), tr("Work"), tr("Size"), tr("Time (rough)"), tr("SQL")}, srows);
    o += QStringLiteral("</body></html>\n");
    return o;
}

QJsonObject ReportExport::toJsonObject(const PreflightReport &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("format_version"), 1);
    o.insert(QStringLiteral("source"), r.source);
    o.insert(QStringLiteral("database"), r.database);
    o.insert(QStringLiteral("server_version"), r.serverVersion);
    o.insert(QStringLiteral("connected"), r.connected);
    o.insert(QStringLiteral("generated_at"), r.generatedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("blocking"), r.hasBlocking());
    o.insert(QStringLiteral("data_checks_run"), r.dataChecksRun);
    o.insert(QStringLiteral("data_check_ms"), r.dataCheckMs);
    QJsonArray stmts;
    for (const StatementReport &s : r.statements) {
        QJsonObject j;
        j.insert(QStringLiteral("index"), s.index);
        j.insert(QStringLiteral("line"), s.line);
        j.insert(QStringLiteral("sql"), s.text);
        j.insert(QStringLiteral("node"), s.nodeType);
        j.insert(QStringLiteral("form"), s.form);
        QJsonArray locks;
        for (const TableLock &l : s.locks)
            locks.append(QJsonObject{{QStringLiteral("schema"), l.schema}, {QStringLiteral("table"), l.table},
                                     {QStringLiteral("lock"), lockName(l.level)}, {QStringLiteral("mode"), pgLockMode(l.level)}});
        j.insert(QStringLiteral("locks"), locks);
        j.insert(QStringLiteral("rewrite"), s.rewrite);
        j.insert(QStringLiteral("scan"), s.scan);
        j.insert(QStringLiteral("index_build"), s.indexBuild);
        j.insert(QStringLiteral("in_transaction_block"), s.inTransactionBlock);
        j.insert(QStringLiteral("bytes"), double(s.bytesTouched));
        j.insert(QStringLiteral("estimated_seconds"), s.estimatedSeconds);
        j.insert(QStringLiteral("notes"), QJsonArray::fromStringList(s.notes));
        stmts.append(j);
    }
    o.insert(QStringLiteral("statements"), stmts);
    QJsonArray fs;
    for (const Finding &f : r.findings) {
        QJsonObject j;
        j.insert(QStringLiteral("severity"), severityName(f.severity));
        j.insert(QStringLiteral("rule"), f.rule);
        j.insert(QStringLiteral("category"), f.category);
        j.insert(QStringLiteral("statement"), f.statement);
        j.insert(QStringLiteral("line"), f.line);
        j.insert(QStringLiteral("schema"), f.schema);
        j.insert(QStringLiteral("table"), f.table);
        j.insert(QStringLiteral("check"), f.check);
        j.insert(QStringLiteral("count"), f.count < 0 ? QJsonValue() : QJsonValue(double(f.count)));
        j.insert(QStringLiteral("message"), f.message);
        j.insert(QStringLiteral("advice"), f.advice);
        if (!f.sql.isEmpty())
            j.insert(QStringLiteral("sql"), f.sql);
        if (!f.groupRows.isEmpty())
            j.insert(QStringLiteral("groups"), QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(f.groupColumns)},
                                                           {QStringLiteral("rows"), rowsJson(f.groupRows)}});
        if (!f.sampleRows.isEmpty())
            j.insert(QStringLiteral("samples"), QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(f.sampleColumns)},
                                                            {QStringLiteral("rows"), rowsJson(f.sampleRows)}});
        if (!f.breakdown.isEmpty()) {
            QJsonArray b;
            for (const auto &p : f.breakdown)
                b.append(QJsonObject{{QStringLiteral("value"), p.first}, {QStringLiteral("count"), double(p.second)}});
            j.insert(QStringLiteral("breakdown"), QJsonObject{{QStringLiteral("by"), f.breakdownLabel}, {QStringLiteral("rows"), b}});
        }
        fs.append(j);
    }
    o.insert(QStringLiteral("findings"), fs);
    QJsonArray ts;
    for (const TableStats &t : r.tables)
        ts.append(QJsonObject{{QStringLiteral("schema"), t.schema}, {QStringLiteral("table"), t.table}, {QStringLiteral("reltuples"), t.reltuples},
                              {QStringLiteral("relpages"), double(t.relpages)}, {QStringLiteral("heap_bytes"), double(t.heapBytes)},
                              {QStringLiteral("total_bytes"), double(t.totalBytes)}});
    o.insert(QStringLiteral("tables"), ts);
    QJsonArray hs;
    for (const LockHolder &x : r.lockHolders)
        hs.append(QJsonObject{{QStringLiteral("pid"), x.pid}, {QStringLiteral("user"), x.user}, {QStringLiteral("state"), x.state},
                              {QStringLiteral("schema"), x.schema}, {QStringLiteral("table"), x.table}, {QStringLiteral("mode"), x.mode},
                              {QStringLiteral("granted"), x.granted}, {QStringLiteral("transaction_seconds"), x.transactionSeconds},
                              {QStringLiteral("query"), x.query}});
    o.insert(QStringLiteral("lock_holders"), hs);
    return o;
}

QByteArray ReportExport::toJson(const PreflightReport &r)
{
    return QJsonDocument(toJsonObject(r)).toJson(QJsonDocument::Indented);
}

} // namespace strata::preflight
