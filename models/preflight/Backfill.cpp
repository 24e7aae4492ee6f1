#include "Backfill.h"

#include <QJsonArray>

namespace strata::preflight {

namespace {

QJsonObject sub(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

} // namespace

QList<Backfill> backfillsOf(const SourceText &src, const ParsedStatement &ps, const QString &schema)
{
    const QJsonObject &n = ps.node;
    if (n.contains(QStringLiteral("withClause")) || ps.nodeType != u"UpdateStmt")
        return {};
    const QJsonObject rel = sub(n, "relation");
    const QString table = rel.value(QStringLiteral("relname")).toString();
    if (table.isEmpty())
        return {};
    const QString aliasName = sub(rel, "alias").value(QStringLiteral("aliasname")).toString();
    const QJsonArray targets = n.value(QStringLiteral("targetList")).toArray();
    const bool hasFrom = !n.value(QStringLiteral("fromClause")).toArray().isEmpty();
    const QJsonObject where = sub(n, "whereClause");
    if (where.contains(QStringLiteral("CurrentOfExpr")))
        return {};

    const int begin = ps.statement.offset;
    const int end = ps.statement.offset + int(ps.statement.text.size());
    const int set = src.findKeyword(QStringLiteral("SET"), begin, end);
    if (set < 0)
        return {};
    int ret = src.findKeyword(QStringLiteral("RETURNING"), set, end);
    if (ret < 0)
        ret = end;
    const int wherePos = where.isEmpty() ? -1 : src.findKeyword(QStringLiteral("WHERE"), set, ret);
    const int fromPos = hasFrom ? src.findKeyword(QStringLiteral("FROM"), set, wherePos >= 0 ? wherePos : ret) : -1;
    if ((hasFrom && fromPos < 0) || (!where.isEmpty() && wherePos < 0))
        return {};
    const int setEnd = fromPos >= 0 ? fromPos : (wherePos >= 0 ? wherePos : ret);
    const QString fromText = fromPos >= 0 ? src.mid(fromPos + 4, wherePos >= 0 ? wherePos : ret) : QString();
    const QString condText = wherePos >= 0 ? src.mid(wherePos + 5, ret) : QString();
    if (!condText.isEmpty() && !isSingleExpression(condText))
        return {};
    if (!fromText.isEmpty()) {
        auto p = ParseTree::parse(QStringLiteral("SELECT 1 FROM ") + fromText);
        if (!p || p->size() != 1)
            return {};
    }
    const auto assignments = src.splitTopLevel(set + 3, setEnd);
    if (assignments.size() != targets.size())
        return {};

    QList<Backfill> out;
    for (int i = 0; i < targets.size(); ++i) {
        const QJsonObject rt = sub(targets[i].toObject(), "ResTarget");
        const QJsonObject val = sub(rt, "val");
        if (!rt.value(QStringLiteral("indirection")).toArray().isEmpty() || val.contains(QStringLiteral("MultiAssignRef"))
            || val.contains(QStringLiteral("SetToDefault")))
            continue;
        const QString assignment = src.mid(assignments[i].first, assignments[i].second);
        const int eq = int(assignment.indexOf(u'='));
        if (eq < 0)
            continue;
        const QString expr = assignment.mid(eq + 1).trimmed();
        if (!isSingleExpression(expr))
            continue;
        const QString nonNull = QStringLiteral("(%1) IS NOT NULL").arg(expr);
        Backfill b;
        b.schema = schema;
        b.table = table;
        b.column = rt.value(QStringLiteral("name")).toString();
        b.alias = aliasName.isEmpty() ? table : aliasName;
        b.line = ps.statement.line;
        if (!fromText.isEmpty())
            b.filledWhen = QStringLiteral("EXISTS (SELECT 1 FROM %1 WHERE %2%3)")
                               .arg(fromText, condText.isEmpty() ? QString() : QStringLiteral("(%1) AND ").arg(condText), nonNull);
        else if (!condText.isEmpty())
            b.filledWhen = QStringLiteral("((%1) AND %2)").arg(condText, nonNull);
        else
            b.filledWhen = nonNull;
        out.append(b);
    }
    return out;
}

} // namespace strata::preflight
