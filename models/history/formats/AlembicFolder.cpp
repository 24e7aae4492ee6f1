#include "AlembicFolder.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace strata {

namespace {

// A Python literal of the kinds Alembic revision files use: None, a string, or a
// tuple/list/set of strings (possibly over several lines, with comments).
struct Literal
{
    bool ok = false;
    bool isNone = false;
    QStringList values;
};

class LiteralParser
{
public:
    LiteralParser(const QString &text, qsizetype pos) : m_text(text), m_pos(pos) {}

    Literal parse()
    {
        Literal lit;
        skipSpace(false);
        if (m_text.mid(m_pos, 4) == u"None" && !isIdent(at(m_pos + 4))) {
            lit.ok = true;
            lit.isNone = true;
            return lit;
        }
        const QChar c = at(m_pos);
        if (c == u'(' || c == u'[' || c == u'{') {
            const QChar close = c == u'(' ? u')' : c == u'[' ? u']' : u'}';
            ++m_pos;
            while (true) {
                skipSpace(true);
                if (at(m_pos) == close) {
                    ++m_pos;
                    lit.ok = true;
                    return lit;
                }
                QString s;
                if (!parseString(&s))
                    return lit;
                lit.values.append(s);
                skipSpace(true);
                if (at(m_pos) == u',')
                    ++m_pos;
                else if (at(m_pos) != close)
                    return lit;
            }
        }
        QString s;
        if (parseString(&s)) {
            lit.ok = true;
            lit.values.append(s);
        }
        return lit;
    }
    qsizetype pos() const { return m_pos; }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }
    static bool isIdent(QChar c) { return c.isLetterOrNumber() || c == u'_'; }
    void skipSpace(bool newlines)
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u' ' || c == u'\t' || (newlines && (c == u'\n' || c == u'\r'))) {
                ++m_pos;
            } else if (newlines && c == u'#') {
                while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
                    ++m_pos;
            } else {
                break;
            }
        }
    }
    bool parseString(QString *out)
    {
        // Optional prefix r/u (not b/f: Alembic ids are plain strings).
        if ((at(m_pos) == u'r' || at(m_pos) == u'u' || at(m_pos) == u'R' || at(m_pos) == u'U')
            && (at(m_pos + 1) == u'\'' || at(m_pos + 1) == u'"'))
            ++m_pos;
        const QChar q = at(m_pos);
        if (q != u'\'' && q != u'"')
            return false;
        ++m_pos;
        QString s;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == q) {
                *out = s;
                return true;
            }
            if (c == u'\n')
                return false;
            if (c == u'\\' && m_pos < m_text.size())
                s += m_text[m_pos++];
            else
                s += c;
        }
        return false;
    }

    const QString &m_text;
    qsizetype m_pos;
};

} // namespace

std::optional<MigrationFile> AlembicFolder::parseRevision(const QString &relPath, const QString &text, Findings &findings)
{
    static const QRegularExpression assignRe(
        QStringLiteral("^(revision|down_revision|branch_labels|depends_on)[ \\t]*(?::[^=\\n]*)?=[ \\t]*"),
        QRegularExpression::MultilineOption);
    MigrationFile f;
    f.fileName = relPath;
    bool haveRevision = false, haveDown = false;
    auto it = assignRe.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString key = m.captured(1);
        LiteralParser p(text, m.capturedEnd(0));
        const Literal lit = p.parse();
        const int line = lineOf(text, m.capturedStart(0));
        if (!lit.ok && (key == u"branch_labels" || key == u"depends_on")) {
            // Computed in Python (neutron: branch_labels = (cli.EXPAND_BRANCH,)). Alembic
            // accepts it; Strata keeps the expression as written and says so.
            const qsizetype end = text.indexOf(u'\n', m.capturedEnd(0));
            QString expr = text.mid(m.capturedEnd(0), end < 0 ? -1 : end - m.capturedEnd(0)).trimmed();
            if (const qsizetype hash = expr.indexOf(u'#'); hash >= 0)
                expr = expr.left(hash).trimmed();
            QString inner = expr;
            if (inner.size() >= 2 && QStringLiteral("([{").contains(inner.front()) && QStringLiteral(")]}").contains(inner.back()))
                inner = inner.mid(1, inner.size() - 2);
            QStringList values;
            for (const QString &v : inner.split(u',', Qt::SkipEmptyParts))
                if (!v.trimmed().isEmpty())
                    values.append(v.trimmed());
            if (key == u"branch_labels")
                f.labels = values;
            else
                f.dependsOn = values;
            findings.append(finding(Finding::Severity::Info, QStringLiteral("alembic-computed"), relPath, line,
                                    tr("“%1”, line %2: %3 is computed in Python (%4); Strata shows the expression as written.")
                                        .arg(relPath).arg(line).arg(key, expr)));
            continue;
        }
        if (!lit.ok) {
            findings.append(finding(Finding::Severity::Error, QStringLiteral("alembic-parse"), relPath, line,
                                    tr("“%1”, line %2: the value of %3 is not a string, a tuple of strings or None.")
                                        .arg(relPath).arg(line).arg(key)));
            if (key == u"revision" || key == u"down_revision")
                return std::nullopt;
            continue;
        }
        if (key == u"revision") {
            if (lit.isNone || lit.values.size() != 1 || lit.values.first().isEmpty()) {
                findings.append(finding(Finding::Severity::Error, QStringLiteral("alembic-parse"), relPath, line,
                                        tr("“%1”, line %2: revision must be one non-empty string.").arg(relPath).arg(line)));
                return std::nullopt;
            }
            f.version = lit.values.first();
            haveRevision = true;
        } else if (key == u"down_revision") {
            f.parents = lit.values;
            haveDown = true;
        } else if (key == u"branch_labels") {
            f.labels = lit.values;
        } else {
            f.dependsOn = lit.values;
        }
    }
    if (!haveRevision) {
        findings.append(finding(Finding::Severity::Error, QStringLiteral("alembic-parse"), relPath, 0,
                                tr("“%1” assigns no revision identifier; it is not an Alembic revision.").arg(relPath)));
        return std::nullopt;
    }
    if (!haveDown)
        findings.append(finding(Finding::Severity::Warning, QStringLiteral("alembic-parse"), relPath, 0,
                                tr("“%1” assigns no down_revision; it is read as a base revision.").arg(relPath)));
    // The message: the docstring's first line, else the file name after the revision id.
    static const QRegularExpression docRe(QStringLiteral("^\\s*(?:\"\"\"|''')\\s*(.*?)\\s*$"), QRegularExpression::MultilineOption);
    const auto dm = docRe.match(text);
    if (dm.hasMatch() && dm.capturedStart(0) < 200 && !dm.captured(1).isEmpty()) {
        f.name = dm.captured(1);
    } else {
        QString stem = relPath.section(u'/', -1);
        stem.chop(3);
        if (stem.startsWith(f.version))
            stem = stem.mid(f.version.size());
        while (stem.startsWith(u'_'))
            stem.remove(0, 1);
        f.name = stem;
    }
    return f;
}

int AlembicFolder::detect(const QDir &dir) const
{
    if (dir.exists(QStringLiteral("env.py")) && dir.exists(QStringLiteral("versions")))
        return 95;
    const QStringList names = listFiles(dir, {QStringLiteral("*.py")});
    int checked = 0;
    for (const QString &n : names) {
        if (++checked > 20)
            break;
        QFile f(dir.filePath(n));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray head = f.read(64 * 1024);
            if (head.contains("down_revision") && head.contains("revision"))
                return 90;
        }
    }
    return 0;
}

Result<FolderReadResult> AlembicFolder::readFiles(const QString &dirPath) const
{
    auto opened = openDir(dirPath);
    if (!opened)
        return opened.error();
    QDir dir = *opened;
    // Given the script folder (env.py + versions/), read versions/.
    if (dir.exists(QStringLiteral("env.py")) && dir.exists(QStringLiteral("versions")))
        dir.cd(QStringLiteral("versions"));
    FolderReadResult r;
    r.format = id();
    r.dir = dir.absolutePath();
    QList<MigrationFile> files;
    for (const QString &n : listFiles(dir, {QStringLiteral("*.py")}, true)) {
        if (n.section(u'/', -1).startsWith(u'_') || n.contains(QStringLiteral("__pycache__")))
            continue;
        const TextFile t = readText(dir.absoluteFilePath(n), n, r.findings);
        if (!t.ok)
            continue;
        auto f = parseRevision(n, t.text, r.findings);
        if (!f)
            continue;
        f->path = dir.absoluteFilePath(n);
        files.append(*f);
    }
    // Duplicate revision ids.
    QHash<QString, qsizetype> byRev;
    QList<MigrationFile> unique;
    for (const MigrationFile &f : std::as_const(files)) {
        if (byRev.contains(f.version)) {
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("duplicate-version"), f.fileName, 0,
                                      tr("Revision %1 of “%2” is also defined by “%3”.")
                                          .arg(f.version, f.fileName, unique[byRev.value(f.version)].fileName)));
            continue;
        }
        byRev.insert(f.version, unique.size());
        unique.append(f);
    }
    for (const MigrationFile &f : std::as_const(unique))
        for (const QString &p : f.parents + f.dependsOn)
            if (!byRev.contains(p))
                r.findings.append(finding(Finding::Severity::Error, QStringLiteral("unknown-parent"), f.fileName, 0,
                                          tr("“%1” refers to revision %2, which no file defines.").arg(f.fileName, p)));
    // Topological order (parents first); ties by file name; cycles reported.
    QSet<QString> done;
    QSet<QString> visiting;
    std::function<void(qsizetype)> visit = [&](qsizetype i) {
        const MigrationFile &f = unique[i];
        if (done.contains(f.version))
            return;
        if (visiting.contains(f.version)) {
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("cycle"), f.fileName, 0,
                                      tr("Revision %1 (“%2”) is its own ancestor.").arg(f.version, f.fileName)));
            return;
        }
        visiting.insert(f.version);
        for (const QString &p : f.parents + f.dependsOn)
            if (byRev.contains(p))
                visit(byRev.value(p));
        visiting.remove(f.version);
        done.insert(f.version);
        r.files.append(f);
    };
    for (qsizetype i = 0; i < unique.size(); ++i)
        visit(i);
    return r;
}

} // namespace strata
