#include "ParseTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <pg_query.h>

namespace strata {

Result<QList<ParsedStatement>> ParseTree::parse(const QString &sql)
{
    auto split = SqlSplitter::split(sql);
    if (!split)
        return split.error();
    const QByteArray utf8 = sql.toUtf8();
    PgQueryParseResult r = pg_query_parse(utf8.constData());
    if (r.error) {
        // split() succeeded, so this is rare (e.g. parser limits); report it the same way.
        const int pos = SqlSplitter::offsetForCursor(sql, r.error->cursorpos);
        const auto lc = SqlSplitter::lineColumn(sql, pos);
        Error e(Error::Kind::Parse, tr("Syntax error at line %1, column %2: %3")
                                        .arg(lc.first).arg(lc.second).arg(QString::fromUtf8(r.error->message)));
        e.position = pos + 1;
        pg_query_free_parse_result(r);
        return e;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(r.parse_tree));
    pg_query_free_parse_result(r);
    const QJsonArray stmts = doc.object().value(QStringLiteral("stmts")).toArray();
    QList<ParsedStatement> out;
    const QList<SqlStatement> &texts = *split;
    for (qsizetype i = 0; i < stmts.size(); ++i) {
        const QJsonObject raw = stmts[i].toObject();
        const QJsonObject stmt = raw.value(QStringLiteral("stmt")).toObject();
        ParsedStatement p;
        if (i < texts.size())
            p.statement = texts[i];
        if (!stmt.isEmpty()) {
            p.nodeType = stmt.constBegin().key();
            p.node = stmt.constBegin().value().toObject();
        }
        out.append(p);
    }
    return out;
}

} // namespace strata
