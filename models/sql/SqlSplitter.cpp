#include "SqlSplitter.h"

#include <pg_query.h>

namespace strata {

namespace {

// libpg_query speaks UTF-8 byte offsets; Strata speaks QString character offsets.
int charOffset(const QByteArray &utf8, int byteOffset)
{
    return int(QString::fromUtf8(utf8.constData(), qMin(byteOffset, int(utf8.size()))).size());
}

Result<QList<SqlStatement>> doSplit(const QString &sql, bool lenient)
{
    const QByteArray utf8 = sql.toUtf8();
    PgQuerySplitResult r = lenient ? pg_query_split_with_scanner(utf8.constData())
                                   : pg_query_split_with_parser(utf8.constData());
    if (r.error) {
        const int pos = r.error->cursorpos > 0 ? charOffset(utf8, r.error->cursorpos - 1) : 0;
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
    return doSplit(sql, false);
}

Result<QList<SqlStatement>> SqlSplitter::splitLenient(const QString &sql)
{
    return doSplit(sql, true);
}

QPair<int, int> SqlSplitter::lineColumn(const QString &text, int offset)
{
    int line = 1, col = 1;
    const int end = qMin(offset, int(text.size()));
    for (int i = 0; i < end; ++i) {
        if (text[i] == u'\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return {line, col};
}

} // namespace strata
