#include "ExprNormalize.h"

#include "sql/ParseTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace strata::diff {

namespace {

QJsonValue normalize(const QJsonValue &v);

// TypeCast{arg: A_ArrayExpr{elements}, typeName: T[]} -> A_ArrayExpr{elements: each cast to T}.
QJsonValue pushArrayCast(const QJsonObject &cast)
{
    const QJsonObject arg = cast.value(QStringLiteral("arg")).toObject();
    QJsonObject typeName = cast.value(QStringLiteral("typeName")).toObject();
    if (!arg.contains(QStringLiteral("A_ArrayExpr")) || !typeName.contains(QStringLiteral("arrayBounds"))
        || typeName.value(QStringLiteral("arrayBounds")).toArray().size() != 1)
        return {};
    typeName.remove(QStringLiteral("arrayBounds"));
    QJsonArray elements;
    for (const QJsonValue &e : arg.value(QStringLiteral("A_ArrayExpr")).toObject().value(QStringLiteral("elements")).toArray()) {
        QJsonObject inner;
        inner.insert(QStringLiteral("arg"), e);
        inner.insert(QStringLiteral("typeName"), typeName);
        QJsonObject node;
        node.insert(QStringLiteral("TypeCast"), inner);
        elements.append(node);
    }
    QJsonObject array;
    array.insert(QStringLiteral("elements"), elements);
    QJsonObject node;
    node.insert(QStringLiteral("A_ArrayExpr"), array);
    return normalize(node);
}

QJsonValue normalize(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &x : v.toArray())
            out.append(normalize(x));
        return out;
    }
    if (!v.isObject())
        return v;
    const QJsonObject o = v.toObject();
    if (o.size() == 1 && o.contains(QStringLiteral("TypeCast")))
        if (const QJsonValue pushed = pushArrayCast(o.value(QStringLiteral("TypeCast")).toObject()); !pushed.isUndefined() && !pushed.isNull())
            return pushed;
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != u"location")
            out.insert(it.key(), normalize(it.value()));
    return out;
}

} // namespace

QString normalizedStatement(const QString &sql)
{
    auto parsed = ParseTree::parse(sql);
    if (!parsed || parsed->size() != 1)
        return {};
    QJsonObject node;
    node.insert(parsed->first().nodeType, normalize(parsed->first().node));
    return QString::fromUtf8(QJsonDocument(node).toJson(QJsonDocument::Compact));
}

bool sameExpression(const QString &a, const QString &b, const QString &wrap)
{
    if (a == b)
        return true;
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QString x = normalizedStatement(QString(wrap).replace(QStringLiteral("%1"), a));
    return !x.isEmpty() && x == normalizedStatement(QString(wrap).replace(QStringLiteral("%1"), b));
}

} // namespace strata::diff
