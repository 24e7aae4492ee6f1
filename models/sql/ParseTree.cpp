#include "ParseTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <pg_query.h>

namespace strata {

namespace {

// Byte offsets (UTF-8) of increasing character offsets (UTF-16) of one text.
class ByteOffsets
{
public:
    explicit ByteOffsets(const QString &text) : m_text(text) {}
    qsizetype at(qsizetype charOffset)
    {
        if (charOffset < m_char) {
            m_char = 0;
            m_byte = 0;
        }
        for (; m_char < charOffset && m_char < m_text.size(); ++m_char) {
            const char16_t c = m_text[m_char].unicode();
            if (c < 0x80)
                m_byte += 1;
            else if (c < 0x800)
                m_byte += 2;
            else if (QChar::isHighSurrogate(c) && m_char + 1 < m_text.size() && QChar::isLowSurrogate(m_text[m_char + 1].unicode())) {
                m_byte += 4;
                ++m_char;
            } else {
                m_byte += 3;
            }
        }
        return m_byte;
    }

private:
    const QString &m_text;
    qsizetype m_char = 0;
    qsizetype m_byte = 0;
};

// Adds base to every non-negative "location" in a libpg_query JSON tree, so that the
// locations of a statement parsed alone are byte offsets into the whole script. Inside a
// JSON string a quote is always escaped, so an unescaped "location": is always a key.
QByteArray rebaseLocations(const QByteArray &json, qsizetype base)
{
    if (base == 0)
        return json;
    static const QByteArray key = QByteArrayLiteral("\"location\":");
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = json.indexOf(key, from);
        if (at < 0)
            break;
        qsizetype p = at + key.size();
        out.append(json.constData() + from, p - from);
        qsizetype end = p;
        while (end < json.size() && json[end] >= '0' && json[end] <= '9')
            ++end;
        if (end > p) // -1 (unknown) and anything not a plain number stay as they are
            out.append(QByteArray::number(json.mid(p, end - p).toLongLong() + base));
        from = end;
    }
    out.append(json.constData() + from, json.size() - from);
    return out;
}

} // namespace

Result<QList<ParsedStatement>> ParseTree::parse(const QString &sql)
{
    ParseStream stream(sql);
    if (Error e = stream.split())
        return e;
    return stream.parse(0, stream.size());
}

Error ParseStream::split()
{
    auto split = SqlSplitter::split(m_sql);
    if (!split)
        return split.error();
    m_statements = std::move(*split);
    m_byteOffsets.clear();
    m_byteOffsets.reserve(m_statements.size());
    ByteOffsets bytes(m_sql);
    for (const SqlStatement &st : std::as_const(m_statements))
        m_byteOffsets.append(bytes.at(st.offset));
    return {};
}

Result<QList<ParsedStatement>> ParseStream::parse(qsizetype from, qsizetype count) const
{
    // Each statement is parsed on its own: a large script never becomes one JSON text and
    // one document at once, and the cost grows with the script, statement by statement.
    const qsizetype to = qMin(m_statements.size(), from + qMax<qsizetype>(0, count));
    QList<ParsedStatement> out;
    out.reserve(qMax<qsizetype>(0, to - from));
    for (qsizetype i = from; i < to; ++i) {
        const SqlStatement &st = m_statements[i];
        const QByteArray utf8 = st.text.toUtf8();
        PgQueryParseResult r = pg_query_parse(utf8.constData());
        if (r.error) {
            // split() succeeded, so this is rare (e.g. parser limits); report it the same way.
            const int pos = st.offset + SqlSplitter::offsetForCursor(st.text, r.error->cursorpos);
            const auto lc = SqlSplitter::lineColumn(m_sql, pos);
            Error e(Error::Kind::Parse, ParseTree::tr("Syntax error at line %1, column %2: %3")
                                            .arg(lc.first).arg(lc.second).arg(QString::fromUtf8(r.error->message)));
            e.position = pos + 1;
            pg_query_free_parse_result(r);
            return e;
        }
        const QByteArray json = rebaseLocations(QByteArray(r.parse_tree), m_byteOffsets[i]);
        pg_query_free_parse_result(r);
        const QJsonArray stmts = QJsonDocument::fromJson(json).object().value(QLatin1StringView("stmts")).toArray();
        ParsedStatement p;
        p.statement = st;
        const QJsonObject stmt = stmts.isEmpty() ? QJsonObject() : stmts.first().toObject().value(QLatin1StringView("stmt")).toObject();
        if (!stmt.isEmpty()) {
            p.nodeType = stmt.constBegin().key();
            p.node = stmt.constBegin().value().toObject();
        }
        out.append(p);
    }
    return out;
}

} // namespace strata
