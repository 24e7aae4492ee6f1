#include "AuditExport.h"

#include <QJsonArray>

namespace strata::squash {

namespace {

QString where(const AuditFinding &f)
{
    QStringList w;
    for (const ChainLocation &l : f.locations)
        w.append(Consolidation::where(l));
    return w.join(QStringLiteral(", "));
}

QString transaction(const AuditStep &s)
{
    return s.transactional ? AuditExport::tr("in a transaction")
                           : AuditExport::tr("outside a transaction (%1)").arg(s.outsideReason);
}

QString severityLabel(AuditFinding::Severity s)
{
    switch (s) {
    case AuditFinding::Severity::Info: return AuditExport::tr("info");
    case AuditFinding::Severity::Warning: return AuditExport::tr("warning");
    case AuditFinding::Severity::Blocking: return AuditExport::tr("BLOCKING");
    }
    return {};
}

QString replayLine(const AuditReport &r)
{
    if (!r.replayAttempted)
        return AuditExport::tr("Replay: not attempted (static checks only).");
    if (r.replayed)
        return AuditExport::tr("Replay: all %n migration(s) ran on %1.", nullptr, int(r.steps.size())).arg(r.replayServer);
    return AuditExport::tr("Replay: stopped. %1").arg(r.replayError);
}

// Markdown table cells: no line breaks, | escaped.
QString cell(QString s)
{
    s.replace(u'\n', u' ').replace(u'\r', u' ');
    s.replace(u'|', QStringLiteral("\\|"));
    return s;
}

} // namespace

QJsonObject AuditExport::toJson(const AuditReport &r)
{
    QJsonArray steps;
    for (const AuditStep &s : r.steps)
        steps.append(QJsonObject{{QStringLiteral("order"), s.order},
                                 {QStringLiteral("file"), s.file},
                                 {QStringLiteral("version"), s.version},
                                 {QStringLiteral("does"), s.summary},
                                 {QStringLiteral("transactional"), s.transactional},
                                 {QStringLiteral("outside_transaction_reason"), s.outsideReason.isEmpty() ? QJsonValue() : QJsonValue(s.outsideReason)},
                                 {QStringLiteral("status"), AuditStep::statusId(s.status)},
                                 {QStringLiteral("findings"), s.findings}});
    QJsonArray findings;
    for (const AuditFinding &f : r.findings) {
        QJsonArray locs;
        for (const ChainLocation &l : f.locations)
            locs.append(QJsonObject{{QStringLiteral("file"), l.file}, {QStringLiteral("line"), l.line}});
        findings.append(QJsonObject{{QStringLiteral("severity"), AuditFinding::severityId(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("object"), f.object.isEmpty() ? QJsonValue() : QJsonValue(f.object)},
                                    {QStringLiteral("locations"), locs},
                                    {QStringLiteral("message"), f.message}});
    }
    QJsonObject replay{{QStringLiteral("attempted"), r.replayAttempted},
                       {QStringLiteral("complete"), r.replayed},
                       {QStringLiteral("server"), r.replayServer.isEmpty() ? QJsonValue() : QJsonValue(r.replayServer)},
                       {QStringLiteral("error"), r.replayError.isEmpty() ? QJsonValue() : QJsonValue(r.replayError)}};
    if (!r.stop.file.isEmpty())
        replay.insert(QStringLiteral("stopped_at"), QJsonObject{{QStringLiteral("file"), r.stop.file}, {QStringLiteral("line"), r.stop.line}});
    return {{QStringLiteral("format_version"), 1},
            {QStringLiteral("folder"), QJsonObject{{QStringLiteral("path"), r.dir}, {QStringLiteral("format"), r.format}}},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("migrations"), int(r.steps.size())},
                                                    {QStringLiteral("blocking"), r.count(AuditFinding::Severity::Blocking)},
                                                    {QStringLiteral("warnings"), r.count(AuditFinding::Severity::Warning)},
                                                    {QStringLiteral("infos"), r.count(AuditFinding::Severity::Info)}}},
            {QStringLiteral("replay"), replay},
            {QStringLiteral("migrations"), steps},
            {QStringLiteral("findings"), findings}};
}

QString AuditExport::toMarkdown(const AuditReport &r)
{
    QString md;
    md += tr("# Migration chain audit: %1").arg(cell(r.dir)) + QStringLiteral("\n\n");
    md += tr("%1 folder, %n migration(s). %2 blocking, %3 warning(s), %4 info.", nullptr, int(r.steps.size()))
              .arg(r.formatName)
              .arg(r.count(AuditFinding::Severity::Blocking))
              .arg(r.count(AuditFinding::Severity::Warning))
              .arg(r.count(AuditFinding::Severity::Info))
          + QStringLiteral("\n\n") + cell(replayLine(r)) + QStringLiteral("\n\n");
    md += tr("## Migrations") + QStringLiteral("\n\n| # | ") + tr("File") + QStringLiteral(" | ") + tr("What it does") + QStringLiteral(" | ")
          + tr("Transaction") + QStringLiteral(" | ") + tr("Status") + QStringLiteral(" | ") + tr("Findings") + QStringLiteral(" |\n|---|---|---|---|---|---|\n");
    for (const AuditStep &s : r.steps)
        md += QStringLiteral("| %1 | `%2` | %3 | %4 | %5 | %6 |\n")
                  .arg(s.order)
                  .arg(cell(s.file).replace(u'`', u'\''), cell(s.summary), cell(transaction(s)), AuditStep::statusLabel(s.status))
                  .arg(s.findings);
    md += QStringLiteral("\n") + tr("## Findings") + QStringLiteral("\n\n");
    if (r.findings.isEmpty())
        md += tr("None.") + u'\n';
    else {
        md += QStringLiteral("| ") + tr("Severity") + QStringLiteral(" | ") + tr("Check") + QStringLiteral(" | ") + tr("Where")
              + QStringLiteral(" | ") + tr("Finding") + QStringLiteral(" |\n|---|---|---|---|\n");
        for (const AuditFinding &f : r.findings)
            md += QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(severityLabel(f.severity), f.code, cell(where(f)), cell(f.message));
    }
    return md;
}

QString AuditExport::toText(const AuditReport &r)
{
    QString t;
    t += tr("Folder: %1 (%2, %n migration(s))", nullptr, int(r.steps.size())).arg(r.dir, r.formatName) + u'\n';
    t += replayLine(r) + QStringLiteral("\n\n");
    const QStringList headers{QStringLiteral("#"), tr("FILE"), tr("STATUS"), tr("TX"), tr("WHAT IT DOES")};
    QList<QStringList> rows;
    for (const AuditStep &s : r.steps)
        rows.append({QString::number(s.order), s.file, AuditStep::statusLabel(s.status),
                     s.transactional ? tr("yes") : tr("no"), s.summary});
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i + 1 < row.size(); ++i)
            widths[i] = std::min<qsizetype>(60, std::max(widths[i], row[i].size()));
    auto line = [&](const QStringList &cells) -> QString {
        QString l;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            QString c = cells[i];
            c.replace(u'\n', u' ');
            l += i + 1 < cells.size() ? c.leftJustified(widths[i]) + QStringLiteral("  ") : c;
        }
        return l.trimmed() + u'\n';
    };
    t += line(headers);
    for (const QStringList &row : std::as_const(rows))
        t += line(row);
    t += u'\n';
    t += tr("%1 blocking, %2 warning(s), %3 info")
             .arg(r.count(AuditFinding::Severity::Blocking))
             .arg(r.count(AuditFinding::Severity::Warning))
             .arg(r.count(AuditFinding::Severity::Info))
         + u'\n';
    for (const AuditFinding &f : r.findings) {
        QString msg = f.message;
        msg.replace(u'\n', u' ');
        t += QStringLiteral("  %1 [%2] %3%4\n").arg(severityLabel(f.severity), f.code, f.locations.isEmpty() ? QString() : where(f) + QStringLiteral(": "), msg);
    }
    return t;
}

} // namespace strata::squash
