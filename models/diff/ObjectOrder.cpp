// View dependencies from the parse tree of the view's SELECT.

#include "PlanBuilder.h"
#include "sql/ParseTree.h"

#include <QJsonArray>
#include <functional>

namespace strata::diff {

namespace {

void collectRangeVars(const QJsonValue &v, QSet<QString> &out)
{
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectRangeVars(x, out);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"RangeVar" && it.value().isObject()) {
            const QJsonObject r = it.value().toObject();
            const QString schema = r.value(QStringLiteral("schemaname")).toString();
            const QString rel = r.value(QStringLiteral("relname")).toString();
            // Views are printed with every outside name qualified; a bare name is a CTE.
            if (!schema.isEmpty() && !rel.isEmpty())
                out.insert(catalog::qualifiedName(schema, rel));
        } else {
            collectRangeVars(it.value(), out);
        }
    }
}

} // namespace

QStringList viewRelations(const QString &selectSql)
{
    auto parsed = ParseTree::parse(selectSql);
    if (!parsed)
        return {};
    QSet<QString> out;
    for (const ParsedStatement &s : *parsed)
        collectRangeVars(QJsonValue(s.node), out);
    QStringList list(out.cbegin(), out.cend());
    list.sort();
    return list;
}

} // namespace strata::diff
