#include "SqlText.h"

#include "sql/ParseTree.h"

#include <QJsonArray>

namespace strata::preflight {

namespace {
constexpr int kMarkBytes = 4096;
int utf8Length(uchar lead) { return lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1; }
}

SourceText::SourceText(const QString &sql)
    : m_text(sql), m_utf8(sql.toUtf8())
{
    // Byte to character offsets in constant time per call: the same number for pure
    // ASCII, else from the nearest of the marks every 4 KB (a large script asks often).
    m_ascii = m_utf8.size() == m_text.size();
    if (m_ascii)
        return;
    int byte = 0, chars = 0;
    const int n = int(m_utf8.size());
    for (int mark = 0; mark <= n / kMarkBytes; ++mark) {
        while (byte < mark * kMarkBytes && byte < n) {
            const int len = utf8Length(uchar(m_utf8[byte]));
            byte += len;
            chars += len == 4 ? 2 : 1;
        }
        m_marks.append({byte, chars});
    }
}

int SourceText::charPos(int byteLocation) const
{
    if (byteLocation <= 0)
        return 0;
    const int target = qMin(byteLocation, int(m_utf8.size()));
    if (m_ascii)
        return target;
    int k = target / kMarkBytes;
    while (k > 0 && m_marks[k].first > target)
        --k;
    int byte = m_marks[k].first, chars = m_marks[k].second;
    while (byte < target) {
        const int len = utf8Length(uchar(m_utf8[byte]));
        byte += len;
        chars += len == 4 ? 2 : 1;
    }
    return chars;
}

int SourceText::skipToken(int pos) const
{
    const QString &s = m_text;
    const int n = int(s.size());
    const QChar c = s[pos];
    if (c == u'-' && pos + 1 < n && s[pos + 1] == u'-') {
        const int e = int(s.indexOf(u'\n', pos));
        return e < 0 ? n : e + 1;
    }
    if (c == u'/' && pos + 1 < n && s[pos + 1] == u'*') {
        int depth = 1, i = pos + 2;
        while (i < n && depth > 0) {
            if (s[i] == u'/' && i + 1 < n && s[i + 1] == u'*') { ++depth; i += 2; }
            else if (s[i] == u'*' && i + 1 < n && s[i + 1] == u'/') { --depth; i += 2; }
            else ++i;
        }
        return i;
    }
    if (c == u'\'' || c == u'"') {
        int i = pos + 1;
        while (i < n) {
            if (s[i] == c) {
                if (i + 1 < n && s[i + 1] == c) { i += 2; continue; }
                return i + 1;
            }
            // E'..' strings may escape quotes with a backslash.
            if (c == u'\'' && s[i] == u'\\' && pos > 0 && (s[pos - 1] == u'E' || s[pos - 1] == u'e')) { i += 2; continue; }
            ++i;
        }
        return n;
    }
    if (c == u'$') {
        // $tag$ ... $tag$ (tag may be empty); $1 parameters are not quotes.
        int i = pos + 1;
        while (i < n && (s[i].isLetterOrNumber() || s[i] == u'_'))
            ++i;
        if (i < n && s[i] == u'$' && !(i > pos + 1 && s[pos + 1].isDigit())) {
            const QString tag = s.mid(pos, i - pos + 1);
            const int e = int(s.indexOf(tag, i + 1));
            return e < 0 ? n : e + int(tag.size());
        }
        return pos + 1;
    }
    return pos + 1;
}

int SourceText::skipSpace(int pos) const
{
    const int n = int(m_text.size());
    while (pos < n) {
        if (m_text[pos].isSpace()) { ++pos; continue; }
        if ((m_text[pos] == u'-' && pos + 1 < n && m_text[pos + 1] == u'-')
            || (m_text[pos] == u'/' && pos + 1 < n && m_text[pos + 1] == u'*')) {
            pos = skipToken(pos);
            continue;
        }
        break;
    }
    return pos;
}

int SourceText::matchParen(int pos) const
{
    const int n = int(m_text.size());
    if (pos < 0 || pos >= n || m_text[pos] != u'(')
        return -1;
    int depth = 0, i = pos;
    while (i < n) {
        const QChar c = m_text[i];
        if (c == u'(') { ++depth; ++i; continue; }
        if (c == u')') { --depth; ++i; if (depth == 0) return i; continue; }
        i = skipToken(i);
    }
    return -1;
}

int SourceText::findOpenParen(int from, int to) const
{
    int i = from;
    while (i < to) {
        if (m_text[i] == u'(')
            return i;
        i = skipToken(i);
    }
    return -1;
}

int SourceText::findKeyword(const QString &keyword, int from, int to) const
{
    int i = from, depth = 0;
    const int k = int(keyword.size());
    while (i < to) {
        const QChar c = m_text[i];
        if (c == u'(') { ++depth; ++i; continue; }
        if (c == u')') { --depth; ++i; continue; }
        if (depth == 0 && c.isLetter() && (i == 0 || !(m_text[i - 1].isLetterOrNumber() || m_text[i - 1] == u'_'))
            && m_text.mid(i, k).compare(keyword, Qt::CaseInsensitive) == 0
            && (i + k >= int(m_text.size()) || !(m_text[i + k].isLetterOrNumber() || m_text[i + k] == u'_')))
            return i;
        i = skipToken(i);
    }
    return -1;
}

QList<QPair<int, int>> SourceText::splitTopLevel(int from, int to) const
{
    QList<QPair<int, int>> parts;
    int i = from, depth = 0, start = from;
    while (i < to) {
        const QChar c = m_text[i];
        if (c == u'(') { ++depth; ++i; continue; }
        if (c == u')') { --depth; ++i; continue; }
        if (c == u',' && depth == 0) {
            parts.append({start, i});
            start = ++i;
            continue;
        }
        i = skipToken(i);
    }
    parts.append({start, to});
    return parts;
}

bool isSingleExpression(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    auto parsed = ParseTree::parse(QStringLiteral("SELECT (") + text + QStringLiteral(")"));
    if (!parsed || parsed->size() != 1 || parsed->first().nodeType != u"SelectStmt")
        return false;
    const QJsonObject sel = parsed->first().node;
    return sel.value(QStringLiteral("targetList")).toArray().size() == 1 && !sel.contains(QStringLiteral("fromClause"));
}

QString jsonString(const QJsonValue &v)
{
    return v.toObject().value(QStringLiteral("String")).toObject().value(QStringLiteral("sval")).toString();
}

QStringList jsonStrings(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out.append(jsonString(v));
    return out;
}

QString typeNameBase(const QJsonObject &typeName)
{
    const QStringList names = jsonStrings(typeName.value(QStringLiteral("names")).toArray());
    return names.isEmpty() ? QString() : names.last();
}

QList<int> typeNameMods(const QJsonObject &typeName)
{
    QList<int> mods;
    for (const QJsonValue &m : typeName.value(QStringLiteral("typmods")).toArray()) {
        const QJsonObject c = m.toObject().value(QStringLiteral("A_Const")).toObject();
        mods.append(c.value(QStringLiteral("ival")).toObject().value(QStringLiteral("ival")).toInt());
    }
    return mods;
}

static QString quotedName(const QString &n)
{
    bool plain = !n.isEmpty() && (n[0].isLower() || n[0] == u'_');
    for (const QChar c : n)
        if (!(c.isLower() || c.isDigit() || c == u'_'))
            plain = false;
    if (plain)
        return n;
    QString q = n;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString typeNameSql(const QJsonObject &typeName)
{
    static const QHash<QString, QString> builtin = {
        {QStringLiteral("int2"), QStringLiteral("smallint")}, {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")}, {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")}, {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("varchar"), QStringLiteral("character varying")}, {QStringLiteral("bpchar"), QStringLiteral("character")},
        {QStringLiteral("numeric"), QStringLiteral("numeric")}, {QStringLiteral("timestamptz"), QStringLiteral("timestamp with time zone")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp without time zone")}, {QStringLiteral("timetz"), QStringLiteral("time with time zone")},
        {QStringLiteral("time"), QStringLiteral("time without time zone")}, {QStringLiteral("interval"), QStringLiteral("interval")},
        {QStringLiteral("bit"), QStringLiteral("bit")}, {QStringLiteral("varbit"), QStringLiteral("bit varying")},
    };
    const QStringList names = jsonStrings(typeName.value(QStringLiteral("names")).toArray());
    QString sql;
    if (names.size() == 2 && names.first() == u"pg_catalog" && builtin.contains(names.last())) {
        sql = builtin.value(names.last());
    } else {
        QStringList parts;
        for (const QString &n : names)
            parts.append(quotedName(n));
        sql = parts.join(u'.');
    }
    const QList<int> mods = typeNameMods(typeName);
    if (!mods.isEmpty()) {
        QStringList m;
        for (int v : mods)
            m.append(QString::number(v));
        sql += u'(' + m.join(QStringLiteral(", ")) + u')';
    }
    if (!typeName.value(QStringLiteral("arrayBounds")).toArray().isEmpty())
        sql += QStringLiteral("[]");
    return sql;
}

QStringList calledFunctions(const QJsonValue &node)
{
    QStringList out;
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == u"FuncCall") {
                const QStringList n = jsonStrings(it.value().toObject().value(QStringLiteral("funcname")).toArray());
                if (!n.isEmpty())
                    out.append(n.last());
            }
            out += calledFunctions(it.value());
        }
    } else if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            out += calledFunctions(v);
    }
    return out;
}

} // namespace strata::preflight
