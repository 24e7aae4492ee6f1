#include "SqlSplitter.h"
#include "SqlScanner.h"

#include <pg_query.h>

namespace strata {

namespace {

// libpg_query speaks UTF-8 byte offsets; Strata speaks QString character offsets.
// Converts increasing byte offsets in one pass over the text.
class Utf8Offsets
{
public:
    explicit Utf8Offsets(const QByteArray &utf8) : m_utf8(utf8) {}
    int charOffset(int byteOffset)
    {
        byteOffset = qBound(0, byteOffset, int(m_utf8.size()));
        if (byteOffset < m_byte) { // rare: restart
            m_byte = 0;
            m_char = 0;
        }
        while (m_byte < byteOffset) {
            const uchar lead = uchar(m_utf8[m_byte]);
            const int len = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
            m_byte += len;
            m_char += len == 4 ? 2 : 1;
        }
        return m_char;
    }

private:
    const QByteArray &m_utf8;
    int m_byte = 0;
    int m_char = 0;
};

// 1-based line of increasing character offsets, in one pass over the text.
class LineCounter
{
public:
    explicit LineCounter(const QString &text) : m_text(text) {}
    int lineAt(int offset)
    {
        offset = qBound(0, offset, int(m_text.size()));
        if (offset < m_pos) {
            m_pos = 0;
            m_line = 1;
        }
        for (; m_pos < offset; ++m_pos)
            if (m_text[m_pos] == u'\n')
                ++m_line;
        return m_line;
    }

private:
    const QString &m_text;
    int m_pos = 0;
    int m_line = 1;
};

// The PostgreSQL 15 lexer's whitespace ([ \t\n\r\f]); anything else, even \v or a
// Unicode space, is part of a token to PostgreSQL.
bool isSqlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// The parser's split of `text`, which starts at character charBase of `whole` (the
// offsets, lines and error positions it returns are those of `whole`).
Result<QList<SqlStatement>> parserSplit(const QString &text, const QString &whole, int charBase, LineCounter &lines)
{
    const QByteArray utf8 = text.toUtf8();
    PgQuerySplitResult r = pg_query_split_with_parser(utf8.constData());
    if (r.error) {
        const int pos = charBase + SqlSplitter::offsetForCursor(text, r.error->cursorpos);
        const auto lc = SqlSplitter::lineColumn(whole, pos);
        Error e(Error::Kind::Parse,
                SqlSplitter::tr("Syntax error at line %1, column %2: %3")
                    .arg(lc.first).arg(lc.second).arg(QString::fromUtf8(r.error->message)));
        e.position = pos + 1;
        pg_query_free_split_result(r);
        return e;
    }
    QList<SqlStatement> out;
    out.reserve(r.n_stmts);
    Utf8Offsets offsets(utf8);
    const int inputEnd = int(qstrlen(utf8.constData())); // the parser stops at a NUL
    for (int i = 0; i < r.n_stmts; ++i) {
        const PgQuerySplitStmt *s = r.stmts[i];
        // stmt_len 0 means "to the end of the input" (the last statement).
        const int from = qBound(0, s->stmt_location, inputEnd);
        const int to = s->stmt_len > 0 ? qMin(from + s->stmt_len, inputEnd) : inputEnd;
        int start = qMin(offsets.charOffset(from), int(text.size()));
        int end = qMin(offsets.charOffset(to), int(text.size()));
        // Trim SQL whitespace only, so offset/line point at the first real character.
        while (start < end && isSqlSpace(text[start]))
            ++start;
        while (end > start && isSqlSpace(text[end - 1]))
            --end;
        if (start == end)
            continue;
        SqlStatement st;
        st.text = text.mid(start, end - start);
        st.offset = charBase + start;
        st.line = lines.lineAt(st.offset);
        out.append(st);
    }
    pg_query_free_split_result(r);
    return out;
}

Result<QList<SqlStatement>> parserSplit(const QString &sql)
{
    LineCounter lines(sql);
    return parserSplit(sql, sql, 0, lines);
}

// A large script is split by the parser in pieces of about kChunkBytes, cut where the
// scanner sees a statement end: the parser's memory grows with the piece, not the
// script. A cut inside a BEGIN ATOMIC body leaves a piece that does not parse; that piece
// is then joined with the next and split again (doubling), so the result is the parser's
// split of the whole text, and a real syntax error is reported where it is.
constexpr int kChunkBytes = 1 << 20;

Result<QList<SqlStatement>> chunkedParserSplit(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const int inputEnd = int(qstrlen(utf8.constData()));
    QList<int> cuts; // byte offsets just after a statement's end, increasing
    {
        PgQuerySplitResult sc = pg_query_split_with_scanner(utf8.constData());
        if (sc.error) {
            pg_query_free_split_result(sc);
            return parserSplit(sql); // reports the error as the parser sees it
        }
        for (int i = 0; i < sc.n_stmts; ++i) {
            const PgQuerySplitStmt *s = sc.stmts[i];
            if (s->stmt_len > 0)
                cuts.append(qMin(s->stmt_location + s->stmt_len, inputEnd));
        }
        pg_query_free_split_result(sc);
    }
    cuts.append(inputEnd);
    QList<SqlStatement> out;
    LineCounter lines(sql);
    Utf8Offsets offsets(utf8);
    int startByte = 0;
    qsizetype cut = 0;
    int want = kChunkBytes;
    while (startByte < inputEnd) {
        while (cut < cuts.size() - 1 && cuts[cut] < startByte + want)
            ++cut;
        const int endByte = cuts[cut];
        const int charBase = offsets.charOffset(startByte);
        const QString piece = QString::fromUtf8(utf8.constData() + startByte, endByte - startByte);
        auto part = parserSplit(piece, sql, charBase, lines);
        if (!part) {
            if (endByte >= inputEnd)
                return part.error();
            want *= 2; // a cut inside a BEGIN ATOMIC body: take more
            continue;
        }
        out += *part;
        startByte = endByte;
        want = kChunkBytes;
    }
    return out;
}

} // namespace

Result<QList<SqlStatement>> SqlSplitter::split(const QString &sql)
{
    if (sql.size() > 2 * kChunkBytes)
        return chunkedParserSplit(sql);
    return parserSplit(sql);
}

Result<QList<SqlStatement>> SqlSplitter::splitLenient(const QString &sql)
{
    using Cat = SqlToken::Category;
    const QList<SqlToken> tokens = SqlScanner::scan(sql);
    QList<SqlStatement> out;
    auto word = [&](const SqlToken &t, QLatin1StringView w) {
        return t.category == Cat::Keyword && QStringView(sql).mid(t.start, t.length()).compare(w, Qt::CaseInsensitive) == 0;
    };
    LineCounter lines(sql);
    int segmentStart = 0;   // character offset after the previous ';'
    int firstToken = -1;    // first non-comment token of the current statement
    int lastEnd = 0;        // end of its last token
    int parens = 0;
    int atomicEnds = 0;     // ENDs still expected inside BEGIN ATOMIC bodies
    auto flush = [&]() {
        if (firstToken >= 0) {
            // Like the parser split, the statement starts after the previous ';'
            // (leading comments included) without leading whitespace.
            int start = segmentStart;
            while (start < lastEnd && isSqlSpace(sql[start]))
                ++start;
            if (start < lastEnd) {
                SqlStatement st;
                st.text = sql.mid(start, lastEnd - start);
                st.offset = start;
                st.line = lines.lineAt(start);
                out.append(st);
            }
        }
        firstToken = -1;
        parens = 0;
        atomicEnds = 0;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const SqlToken &t = tokens[i];
        if (t.category == Cat::Punctuation && t.length() == 1 && sql[t.start] == u';' && parens == 0 && atomicEnds == 0) {
            flush();
            segmentStart = t.end;
            continue;
        }
        if (t.category == Cat::Comment) {
            if (firstToken >= 0)
                lastEnd = t.end; // comments inside or after the statement, before its ';'
            continue;            // a comment alone is no statement
        }
        if (firstToken < 0)
            firstToken = int(i);
        lastEnd = t.end;
        if (t.category == Cat::Punctuation && t.length() == 1) {
            if (sql[t.start] == u'(')
                ++parens;
            else if (sql[t.start] == u')' && parens > 0)
                --parens;
        } else if (word(t, QLatin1StringView("ATOMIC")) && i > 0 && word(tokens[i - 1], QLatin1StringView("BEGIN"))) {
            ++atomicEnds;
        } else if (atomicEnds > 0 && word(t, QLatin1StringView("CASE"))) {
            ++atomicEnds; // CASE ... END inside the body
        } else if (atomicEnds > 0 && word(t, QLatin1StringView("END"))) {
            --atomicEnds;
        }
    }
    flush();
    return out;
}

int SqlSplitter::offsetForCursor(const QString &text, int cursorpos)
{
    int offset = 0;
    for (int cp = 1; cp < cursorpos && offset < text.size(); ++cp) {
        if (text[offset].isHighSurrogate() && offset + 1 < text.size() && text[offset + 1].isLowSurrogate())
            offset += 2;
        else
            offset += 1;
    }
    return offset;
}

QPair<int, int> SqlSplitter::lineColumn(const QString &text, int offset)
{
    int line = 1, col = 1;
    const int end = qMin(offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text[i] == u'\n') {
            ++line;
            col = 1;
        } else if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate())) {
            ++col; // a surrogate pair is one character
        }
    }
    return {line, col};
}


int SqlSplitter::codeStart(const QString &text)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
        } else if (text[i] == u'-' && i + 1 < n && text[i + 1] == u'-') {
            while (i < n && text[i] != u'\n')
                ++i;
        } else if (text[i] == u'/' && i + 1 < n && text[i + 1] == u'*') {
            int depth = 0; // PostgreSQL block comments nest
            do {
                if (text[i] == u'/' && i + 1 < n && text[i + 1] == u'*') {
                    ++depth;
                    i += 2;
                } else if (text[i] == u'*' && i + 1 < n && text[i + 1] == u'/') {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            } while (i < n && depth > 0);
        } else {
            break;
        }
    }
    return qMin(i, n);
}

} // namespace strata
