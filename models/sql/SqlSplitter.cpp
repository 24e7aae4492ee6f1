#include "SqlSplitter.h"
#include "SqlScanner.h"

#include <pg_query.h>

namespace strata {

namespace {

// libpg_query speaks UTF-8 byte offsets; Strata speaks QString character offsets.
int charOffset(const QByteArray &utf8, int byteOffset)
{
    return int(QString::fromUtf8(utf8.constData(), qMin(byteOffset, int(utf8.size()))).size());
}

Result<QList<SqlStatement>> parserSplit(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    PgQuerySplitResult r = pg_query_split_with_parser(utf8.constData());
    if (r.error) {
        const int pos = SqlSplitter::offsetForCursor(sql, r.error->cursorpos);
        const auto lc = SqlSplitter::lineColumn(sql, pos);
        Error e(Error::Kind::Parse,
                SqlSplitter::tr("Syntax error at line %1, column %2: %3")
                    .arg(lc.first).arg(lc.second).arg(QString::fromUtf8(r.error->message)));
        e.position = pos + 1;
        pg_query_free_split_result(r);
        return e;
    }
    QList<SqlStatement> out;
    out.reserve(r.n_stmts);
    for (int i = 0; i < r.n_stmts; ++i) {
        const PgQuerySplitStmt *s = r.stmts[i];
        SqlStatement st;
        const QByteArray bytes = utf8.mid(s->stmt_location, s->stmt_len);
        st.text = QString::fromUtf8(bytes).trimmed();
        if (st.text.isEmpty())
            continue;
        // Skip leading whitespace so offset/line point at the first real character.
        int start = s->stmt_location;
        while (start < utf8.size() && (utf8[start] == ' ' || utf8[start] == '\n' || utf8[start] == '\t' || utf8[start] == '\r'))
            ++start;
        st.offset = charOffset(utf8, start);
        st.line = SqlSplitter::lineColumn(sql, st.offset).first;
        out.append(st);
    }
    pg_query_free_split_result(r);
    return out;
}

} // namespace

Result<QList<SqlStatement>> SqlSplitter::split(const QString &sql)
{
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
            while (start < lastEnd && sql[start].isSpace())
                ++start;
            SqlStatement st;
            st.text = sql.mid(start, lastEnd - start);
            st.offset = start;
            st.line = lineColumn(sql, start).first;
            out.append(st);
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

} // namespace strata
