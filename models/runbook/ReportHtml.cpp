#include "ReportHtml.h"

#include <QRegularExpression>
#include <QStringList>

namespace strata::runbook {

namespace {

QString inlineHtml(const QString &text)
{
    QString s = text.toHtmlEscaped();
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
    s.replace(code, QStringLiteral("<code>\\1</code>"));
    s.replace(bold, QStringLiteral("<strong>\\1</strong>"));
    return s;
}

// A pipe-table row's cells ("\|" is a literal pipe).
QStringList cells(const QString &line)
{
    QStringList out;
    QString cur;
    const QString l = line.trimmed();
    for (qsizetype i = 1; i < l.size(); ++i) { // skip the leading pipe
        const QChar c = l[i];
        if (c == u'\\' && i + 1 < l.size() && l[i + 1] == u'|') {
            cur += u'|';
            ++i;
        } else if (c == u'|') {
            out.append(cur.trimmed());
            cur.clear();
        } else {
            cur += c;
        }
    }
    return out;
}

bool isSeparator(const QString &line)
{
    static const QRegularExpression sep(QStringLiteral("^\\|(\\s*:?-+:?\\s*\\|)+\\s*$"));
    return sep.match(line).hasMatch();
}

} // namespace

QString ReportHtml::fromMarkdown(const QString &markdown, const QString &title, const QString &language)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + language.toHtmlEscaped() + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
         + title.toHtmlEscaped() + QStringLiteral("</title>\n<style>\n"
         "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222;line-height:1.4}\n"
         "table{border-collapse:collapse;margin:.5em 0 1em}th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}\n"
         "th{background:#eee}pre{background:#f6f6f6;border:1px solid #ddd;padding:.6em;overflow-x:auto}\n"
         "code{font-family:ui-monospace,monospace}h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:1.6em}\n"
         "</style>\n</head>\n<body>\n");
    const QStringList lines = markdown.split(u'\n');
    QStringList para;
    int listDepth = 0; // open <ul> levels
    auto flushPara = [&] {
        if (!para.isEmpty())
            h += QStringLiteral("<p>") + inlineHtml(para.join(u' ')) + QStringLiteral("</p>\n");
        para.clear();
    };
    auto closeLists = [&](int to) {
        while (listDepth > to) {
            h += QStringLiteral("</ul>\n");
            --listDepth;
        }
    };
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)\\. (.*)$"));
    static const QRegularExpression bullet(QStringLiteral("^( *)- (.*)$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.startsWith(QLatin1StringView("```"))) {
            flushPara();
            closeLists(0);
            qsizetype ticks = 0;
            while (ticks < line.size() && line[ticks] == u'`')
                ++ticks;
            const QString fenceEnd = line.left(ticks);
            const QString lang = line.mid(ticks).trimmed();
            QStringList code;
            for (++i; i < lines.size() && lines[i] != fenceEnd; ++i)
                code.append(lines[i]);
            h += QStringLiteral("<pre><code") + (lang.isEmpty() ? QString() : QStringLiteral(" class=\"language-") + lang.toHtmlEscaped() + u'"')
                 + u'>' + code.join(u'\n').toHtmlEscaped() + QStringLiteral("</code></pre>\n");
            continue;
        }
        if (line.trimmed().isEmpty()) {
            flushPara();
            closeLists(0);
            continue;
        }
        int level = 0;
        while (level < line.size() && line[level] == u'#')
            ++level;
        if (level > 0 && level <= 6 && line.size() > level && line[level] == u' ') {
            flushPara();
            closeLists(0);
            h += QStringLiteral("<h%1>").arg(level) + inlineHtml(line.mid(level + 1)) + QStringLiteral("</h%1>\n").arg(level);
            continue;
        }
        if (line.startsWith(u'|')) {
            flushPara();
            closeLists(0);
            QList<QStringList> rows;
            for (; i < lines.size() && lines[i].startsWith(u'|'); ++i)
                if (!isSeparator(lines[i]))
                    rows.append(cells(lines[i]));
            --i;
            h += QStringLiteral("<table>\n");
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const QString tag = r == 0 ? QStringLiteral("th") : QStringLiteral("td");
                h += QStringLiteral("<tr>");
                for (const QString &c : rows[r])
                    h += u'<' + tag + u'>' + inlineHtml(c) + QStringLiteral("</") + tag + u'>';
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
            continue;
        }
        if (const auto m = bullet.match(line); m.hasMatch()) {
            flushPara();
            const int depth = int(m.captured(1).size() / 2) + 1;
            while (listDepth < depth) {
                h += QStringLiteral("<ul>\n");
                ++listDepth;
            }
            closeLists(depth);
            h += QStringLiteral("<li>") + inlineHtml(m.captured(2)) + QStringLiteral("</li>\n");
            continue;
        }
        if (const auto m = numbered.match(line); m.hasMatch()) {
            flushPara();
            closeLists(0);
            h += QStringLiteral("<ol start=\"%1\"><li>").arg(m.captured(1).toInt()) + inlineHtml(m.captured(2)) + QStringLiteral("</li></ol>\n");
            continue;
        }
        closeLists(0);
        para.append(line);
    }
    flushPara();
    closeLists(0);
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace strata::runbook
