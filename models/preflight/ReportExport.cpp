#include "ReportExport.h"

#include "ReportDocument.h"
#include "common/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace strata::preflight {

namespace {

// Text written in pieces to a sink, a megabyte at a time: a report as large as its
// script never exists as one string (a 50 MB script makes a report of about 180 MB).
class Emitter
{
public:
    explicit Emitter(const ReportExport::Sink &sink) : m_sink(sink) { m_buf.reserve(kChunk + 4096); }
    Emitter &operator<<(QStringView s)
    {
        m_buf += s.toUtf8();
        return spill();
    }
    Emitter &operator<<(const QString &s) { return *this << QStringView(s); }
    Emitter &operator<<(QChar c) { return *this << QStringView(&c, 1); }
    Emitter &operator<<(QByteArrayView b)
    {
        m_buf.append(b);
        return spill();
    }
    bool finish()
    {
        if (m_ok && !m_buf.isEmpty())
            m_ok = m_sink(m_buf);
        m_buf.clear();
        return m_ok;
    }

private:
    static constexpr qsizetype kChunk = 1 << 20;
    Emitter &spill()
    {
        if (m_buf.size() >= kChunk) {
            if (m_ok)
                m_ok = m_sink(m_buf);
            m_buf.clear();
        }
        return *this;
    }
    const ReportExport::Sink &m_sink;
    QByteArray m_buf;
    bool m_ok = true;
};

QString mdRow(const QStringList &r, qsizetype columns)
{
    QStringList cells;
    for (qsizetype i = 0; i < columns; ++i)
        cells.append(markdownCell(r.value(i)));
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString mdHeader(const QStringList &columns)
{
    QStringList h;
    for (const QString &c : columns)
        h.append(markdownCell(c));
    QString out = QStringLiteral("| ") + h.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < columns.size(); ++i)
        out += QStringLiteral("---|");
    return out + u'\n';
}

QString mdTable(const ReportTable &t)
{
    if (t.columns.isEmpty())
        return {};
    QString out = mdHeader(t.columns);
    for (const QStringList &r : t.rows)
        out += mdRow(r, t.columns.size());
    return out;
}

QString h(const QString &s) { return s.toHtmlEscaped(); }

QString htmlHeader(const QStringList &columns)
{
    QString out = QStringLiteral("<table><tr>");
    for (const QString &c : columns)
        out += QStringLiteral("<th>") + h(c) + QStringLiteral("</th>");
    return out + QStringLiteral("</tr>");
}

QString htmlRow(const QStringList &r, qsizetype columns)
{
    QString out = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < columns; ++i)
        out += QStringLiteral("<td>") + h(r.value(i)) + QStringLiteral("</td>");
    return out + QStringLiteral("</tr>");
}

QString htmlTable(const ReportTable &t)
{
    QString out = htmlHeader(t.columns);
    for (const QStringList &r : t.rows)
        out += htmlRow(r, t.columns.size());
    return out + QStringLiteral("</table>\n");
}

QString pre(const QString &code, const QString &cls)
{
    return QStringLiteral("<pre class=\"%1\">").arg(cls) + h(code) + QStringLiteral("</pre>\n");
}

QJsonArray rowsJson(const QList<QStringList> &rows)
{
    QJsonArray a;
    for (const QStringList &r : rows)
        a.append(QJsonArray::fromStringList(r));
    return a;
}

// "Statement 3 (line 25), ALTER TABLE:" or "The whole script:".
QString statementHeading(const ReportDocument &d, const ReportFinding &f)
{
    if (f.statement <= 0)
        return ReportDocument::tr("The whole script");
    return ReportDocument::tr("Statement %1 (line %2), %3").arg(f.statement).arg(f.line).arg(d.statements.value(f.statement - 1).kind);
}

QString findingHeading(const ReportFinding &f)
{
    return QStringLiteral("%1. [%2] %3%4").arg(f.number).arg(f.severity, f.rule, f.table.isEmpty() ? QString() : QStringLiteral(" — ") + f.table);
}

QString styleNoteLine(const ReportFinding &f)
{
    const QString where = f.statement > 0 ? ReportDocument::tr("statement %1, line %2").arg(f.statement).arg(f.line)
                                          : ReportDocument::tr("whole script");
    return ReportDocument::tr("%1, %2: %3 %4").arg(where, f.rule, f.message, f.advice).trimmed();
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

bool ReportExport::writeMarkdown(const PreflightReport &r, const Sink &sink)
{
    const ReportDocument d = ReportDocument::from(r);
    Emitter o(sink);
    o << QStringLiteral("# ") + markdownInline(d.title) + QStringLiteral("\n\n");
    o << QStringLiteral("- **") + tr("Verdict:") + QStringLiteral("** ") + markdownInline(d.verdict) + u'\n';
    o << QStringLiteral("- **") + tr("Database:") + QStringLiteral("** ") + markdownInline(d.database) + u'\n';
    o << QStringLiteral("- **") + tr("Generated:") + QStringLiteral("** ") + markdownInline(d.generated) + u'\n';
    o << QStringLiteral("- **") + tr("Statements:") + QStringLiteral("** ") + markdownInline(d.summary) + QStringLiteral("\n\n");

    o << QStringLiteral("## ") + tr("Findings") + QStringLiteral("\n\n");
    if (d.findings.isEmpty()) {
        o << tr("No findings.") + QStringLiteral("\n\n");
    } else {
        ReportTable t{ReportDocument::findingColumns(), {}};
        for (const ReportFinding &f : d.findings)
            t.rows.append(d.findingRow(f));
        o << mdTable(t) + u'\n';
    }

    o << QStringLiteral("## ") + tr("Statements") + QStringLiteral("\n\n");
    const QStringList statementColumns = ReportDocument::statementColumns();
    o << mdHeader(statementColumns);
    for (const ReportStatement &s : d.statements)
        o << mdRow(d.statementRow(s), statementColumns.size());
    o << u'\n';

    if (!d.tables.isEmpty())
        o << QStringLiteral("## ") + tr("Tables touched (live statistics)") + QStringLiteral("\n\n") + mdTable(d.tables) + u'\n';

    if (!d.findings.isEmpty())
        o << QStringLiteral("## ") + tr("Details") + QStringLiteral("\n\n");
    for (const ReportFinding &f : d.findings) {
        o << QStringLiteral("### ") + markdownInline(findingHeading(f)) + QStringLiteral("\n\n");
        o << markdownInline(statementHeading(d, f)) + QStringLiteral(":\n\n");
        if (!f.statementSql.isEmpty())
            o << markdownFence(f.statementSql + u';', QStringLiteral("sql")) + u'\n';
        if (!f.check.isEmpty())
            o << QStringLiteral("**") + tr("Check:") + QStringLiteral("** ") + markdownInline(f.check) + QStringLiteral("  \n");
        o << markdownInline(f.message) + QStringLiteral("\n\n");
        if (!f.advice.isEmpty())
            o << QStringLiteral("**") + tr("Safe alternative:") + QStringLiteral("** ") + markdownInline(f.advice) + QStringLiteral("\n\n");
        if (!f.groups.isEmpty())
            o << tr("Colliding groups:") + QStringLiteral("\n\n") + mdTable(f.groups) + u'\n';
        if (!f.breakdown.isEmpty())
            o << markdownInline(tr("Breakdown by %1:").arg(f.breakdownLabel)) + QStringLiteral("\n\n") + mdTable(f.breakdown) + u'\n';
        if (!f.samples.isEmpty())
            o << tr("Sample rows:") + QStringLiteral("\n\n") + mdTable(f.samples) + u'\n';
        if (!f.query.isEmpty())
            o << QStringLiteral("<details><summary>") + tr("Query used") + QStringLiteral("</summary>\n\n")
                 + markdownFence(f.query, QStringLiteral("sql")) + QStringLiteral("</details>\n\n");
    }

    if (!d.styleNotes.isEmpty()) {
        o << QStringLiteral("## ") + tr("Style notes") + QStringLiteral("\n\n");
        for (const ReportFinding &f : d.styleNotes)
            o << QStringLiteral("- ") + markdownInline(styleNoteLine(f)) + u'\n';
        o << u'\n';
    }
    if (!d.lockHolders.isEmpty())
        o << QStringLiteral("## ") + tr("Locks held on these tables right now") + QStringLiteral("\n\n") + mdTable(d.lockHolders) + u'\n';

    o << QStringLiteral("## ") + tr("SQL") + QStringLiteral("\n\n");
    for (const ReportStatement &s : d.statements)
        o << QStringLiteral("### ") + markdownInline(tr("Statement %1 (line %2), %3").arg(s.number).arg(s.line).arg(s.kind)) + QStringLiteral("\n\n")
             + markdownFence(s.sql + u';', QStringLiteral("sql")) + u'\n';
    o << QStringLiteral("---\n") + markdownInline(d.footer) + u'\n';
    return o.finish();
}

bool ReportExport::writeHtml(const PreflightReport &r, const Sink &sink)
{
    const ReportDocument d = ReportDocument::from(r);
    Emitter o(sink);
    o << QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + h(d.title)
                + QStringLiteral("</title><style>body{font-family:sans-serif;max-width:1100px;margin:auto}table{border-collapse:collapse;margin:8px 0}"
                                 "td,th{border:1px solid #bbb;padding:3px 6px;font-size:13px;text-align:left;vertical-align:top}"
                                 ".blocking{color:#b00020;font-weight:bold}.warning{color:#a15c00}.info{color:#555}"
                                 "pre{background:#f4f4f4;padding:6px;white-space:pre-wrap}</style></head><body>\n");
    o << QStringLiteral("<h1>") + h(d.title) + QStringLiteral("</h1>\n<ul>");
    o << QStringLiteral("<li><b>") + h(tr("Verdict:")) + QStringLiteral("</b> ") + h(d.verdict) + QStringLiteral("</li>");
    o << QStringLiteral("<li><b>") + h(tr("Database:")) + QStringLiteral("</b> ") + h(d.database) + QStringLiteral("</li>");
    o << QStringLiteral("<li><b>") + h(tr("Generated:")) + QStringLiteral("</b> ") + h(d.generated) + QStringLiteral("</li>");
    o << QStringLiteral("<li><b>") + h(tr("Statements:")) + QStringLiteral("</b> ") + h(d.summary) + QStringLiteral("</li></ul>\n");

    o << QStringLiteral("<h2>") + h(tr("Findings")) + QStringLiteral("</h2>\n");
    if (d.findings.isEmpty()) {
        o << QStringLiteral("<p>") + h(tr("No findings.")) + QStringLiteral("</p>\n");
    } else {
        ReportTable t{ReportDocument::findingColumns(), {}};
        for (const ReportFinding &f : d.findings)
            t.rows.append(d.findingRow(f));
        o << htmlTable(t);
    }
    o << QStringLiteral("<h2>") + h(tr("Statements")) + QStringLiteral("</h2>\n");
    const QStringList statementColumns = ReportDocument::statementColumns();
    o << htmlHeader(statementColumns);
    for (const ReportStatement &s : d.statements)
        o << htmlRow(d.statementRow(s), statementColumns.size());
    o << QStringLiteral("</table>\n");
    if (!d.tables.isEmpty())
        o << QStringLiteral("<h2>") + h(tr("Tables touched (live statistics)")) + QStringLiteral("</h2>\n") + htmlTable(d.tables);

    if (!d.findings.isEmpty())
        o << QStringLiteral("<h2>") + h(tr("Details")) + QStringLiteral("</h2>\n");
    for (const ReportFinding &f : d.findings) {
        o << QStringLiteral("<div class=\"finding\"><h3 class=\"%1\">").arg(f.severityId) + h(findingHeading(f)) + QStringLiteral("</h3>\n");
        o << QStringLiteral("<p>") + h(statementHeading(d, f)) + QStringLiteral(":</p>\n");
        if (!f.statementSql.isEmpty())
            o << pre(f.statementSql + u';', QStringLiteral("statement"));
        if (!f.check.isEmpty())
            o << QStringLiteral("<p><b>") + h(tr("Check:")) + QStringLiteral("</b> ") + h(f.check) + QStringLiteral("</p>\n");
        o << QStringLiteral("<p>") + h(f.message) + QStringLiteral("</p>\n");
        if (!f.advice.isEmpty())
            o << QStringLiteral("<p><b>") + h(tr("Safe alternative:")) + QStringLiteral("</b> ") + h(f.advice) + QStringLiteral("</p>\n");
        if (!f.groups.isEmpty())
            o << QStringLiteral("<p>") + h(tr("Colliding groups:")) + QStringLiteral("</p>\n") + htmlTable(f.groups);
        if (!f.breakdown.isEmpty())
            o << QStringLiteral("<p>") + h(tr("Breakdown by %1:").arg(f.breakdownLabel)) + QStringLiteral("</p>\n") + htmlTable(f.breakdown);
        if (!f.samples.isEmpty())
            o << QStringLiteral("<p>") + h(tr("Sample rows:")) + QStringLiteral("</p>\n") + htmlTable(f.samples);
        if (!f.query.isEmpty())
            o << QStringLiteral("<details><summary>") + h(tr("Query used")) + QStringLiteral("</summary>\n") + pre(f.query, QStringLiteral("query"))
                 + QStringLiteral("</details>\n");
        o << QStringLiteral("</div>\n");
    }
    if (!d.styleNotes.isEmpty()) {
        o << QStringLiteral("<h2>") + h(tr("Style notes")) + QStringLiteral("</h2>\n<ul>");
        for (const ReportFinding &f : d.styleNotes)
            o << QStringLiteral("<li>") + h(styleNoteLine(f)) + QStringLiteral("</li>");
        o << QStringLiteral("</ul>\n");
    }
    if (!d.lockHolders.isEmpty())
        o << QStringLiteral("<h2>") + h(tr("Locks held on these tables right now")) + QStringLiteral("</h2>\n") + htmlTable(d.lockHolders);
    o << QStringLiteral("<h2>") + h(tr("SQL")) + QStringLiteral("</h2>\n");
    for (const ReportStatement &s : d.statements)
        o << QStringLiteral("<h3>") + h(tr("Statement %1 (line %2), %3").arg(s.number).arg(s.line).arg(s.kind)) + QStringLiteral("</h3>\n")
             + pre(s.sql + u';', QStringLiteral("statement"));
    o << QStringLiteral("<hr><p>") + h(d.footer) + QStringLiteral("</p>\n</body></html>\n");
    return o.finish();
}

namespace {

// Everything but the three lists that grow with the script (statements, findings, style notes).
QJsonObject jsonHead(const PreflightReport &r, const ReportDocument &d)
{
    QJsonObject o;
    o.insert(QStringLiteral("format_version"), ReportExport::kJsonFormatVersion);
    o.insert(QStringLiteral("title"), d.title);
    o.insert(QStringLiteral("source"), r.source);
    o.insert(QStringLiteral("verdict"), d.verdict);
    o.insert(QStringLiteral("database"), r.database);
    o.insert(QStringLiteral("server_version"), r.serverVersion);
    o.insert(QStringLiteral("connected"), r.connected);
    o.insert(QStringLiteral("generated_at"), r.generatedAt.toString(Qt::ISODate));
    o.insert(QStringLiteral("blocking"), r.hasBlocking());
    o.insert(QStringLiteral("data_checks_run"), r.dataChecksRun);
    o.insert(QStringLiteral("data_check_ms"), r.dataCheckMs);
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
    o.insert(QStringLiteral("footer"), d.footer);
    return o;
}

QJsonObject statementJson(const ReportStatement &x)
{
    const StatementReport &s = *x.source;
    QJsonObject j;
    j.insert(QStringLiteral("number"), x.number);
    j.insert(QStringLiteral("line"), x.line);
    j.insert(QStringLiteral("kind"), x.kind);
    j.insert(QStringLiteral("node"), s.nodeType);
    j.insert(QStringLiteral("form"), x.form);
    j.insert(QStringLiteral("sql"), x.sql);
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
    return j;
}

QJsonObject findingJson(const ReportFinding &x)
{
    const Finding &f = *x.source;
    QJsonObject j;
    j.insert(QStringLiteral("number"), x.number);
    j.insert(QStringLiteral("severity"), x.severityId);
    j.insert(QStringLiteral("rule"), f.rule);
    j.insert(QStringLiteral("category"), f.category);
    j.insert(QStringLiteral("statement"), x.statement > 0 ? QJsonValue(x.statement) : QJsonValue());
    j.insert(QStringLiteral("line"), x.line > 0 ? QJsonValue(x.line) : QJsonValue());
    j.insert(QStringLiteral("schema"), f.schema);
    j.insert(QStringLiteral("table"), f.table);
    j.insert(QStringLiteral("check"), f.check);
    j.insert(QStringLiteral("count"), f.count < 0 ? QJsonValue() : QJsonValue(double(f.count)));
    j.insert(QStringLiteral("message"), f.message);
    j.insert(QStringLiteral("advice"), f.advice);
    if (!x.query.isEmpty())
        j.insert(QStringLiteral("query"), x.query);
    if (!x.groups.isEmpty())
        j.insert(QStringLiteral("groups"), QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(x.groups.columns)},
                                                       {QStringLiteral("rows"), rowsJson(x.groups.rows)}});
    if (!x.samples.isEmpty())
        j.insert(QStringLiteral("samples"), QJsonObject{{QStringLiteral("columns"), QJsonArray::fromStringList(x.samples.columns)},
                                                        {QStringLiteral("rows"), rowsJson(x.samples.rows)}});
    if (!f.breakdown.isEmpty()) {
        QJsonArray b;
        for (const auto &p : f.breakdown)
            b.append(QJsonObject{{QStringLiteral("value"), p.first}, {QStringLiteral("count"), double(p.second)}});
        j.insert(QStringLiteral("breakdown"), QJsonObject{{QStringLiteral("by"), f.breakdownLabel}, {QStringLiteral("rows"), b}});
    }
    return j;
}

template<typename T, typename F>
QJsonArray jsonArray(const QList<T> &items, F toJson)
{
    QJsonArray a;
    for (const T &x : items)
        a.append(toJson(x));
    return a;
}

// One list as `"key": [ ... ]`, an element at a time (a line each).
template<typename T, typename F>
void emitJsonList(Emitter &o, const char *key, const QList<T> &items, F toJson)
{
    o << QByteArrayView(",\n    \"") << QByteArrayView(key) << QByteArrayView("\": [");
    for (qsizetype i = 0; i < items.size(); ++i) {
        o << QByteArrayView(i ? ",\n        " : "\n        ");
        o << QByteArrayView(QJsonDocument(toJson(items.at(i))).toJson(QJsonDocument::Compact));
    }
    o << QByteArrayView(items.isEmpty() ? "]" : "\n    ]");
}

} // namespace

QJsonObject ReportExport::toJsonObject(const PreflightReport &r)
{
    const ReportDocument d = ReportDocument::from(r);
    QJsonObject o = jsonHead(r, d);
    o.insert(QStringLiteral("statements"), jsonArray(d.statements, statementJson));
    o.insert(QStringLiteral("findings"), jsonArray(d.findings, findingJson));
    o.insert(QStringLiteral("style_notes"), jsonArray(d.styleNotes, findingJson));
    return o;
}

bool ReportExport::writeJson(const PreflightReport &r, const Sink &sink)
{
    const ReportDocument d = ReportDocument::from(r);
    // The head as one object without its closing brace, then the long lists after it.
    QByteArray head = QJsonDocument(jsonHead(r, d)).toJson(QJsonDocument::Indented);
    while (!head.isEmpty() && (head.back() == '\n' || head.back() == ' '))
        head.chop(1);
    head.chop(1); // the closing brace
    while (!head.isEmpty() && (head.back() == '\n' || head.back() == ' '))
        head.chop(1);
    Emitter o(sink);
    o << QByteArrayView(head);
    emitJsonList(o, "statements", d.statements, statementJson);
    emitJsonList(o, "findings", d.findings, findingJson);
    emitJsonList(o, "style_notes", d.styleNotes, findingJson);
    o << QByteArrayView("\n}\n");
    return o.finish();
}

namespace {
ReportExport::Sink appendTo(QByteArray &bytes)
{
    return [&bytes](QByteArrayView chunk) {
        bytes.append(chunk);
        return true;
    };
}
} // namespace

QByteArray ReportExport::toJson(const PreflightReport &r)
{
    QByteArray bytes;
    writeJson(r, appendTo(bytes));
    return bytes;
}

QString ReportExport::toMarkdown(const PreflightReport &r)
{
    QByteArray bytes;
    writeMarkdown(r, appendTo(bytes));
    return QString::fromUtf8(bytes);
}

QString ReportExport::toHtml(const PreflightReport &r)
{
    QByteArray bytes;
    writeHtml(r, appendTo(bytes));
    return QString::fromUtf8(bytes);
}

} // namespace strata::preflight
