#include "ParseNodes.h"

namespace strata::parsenodes {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toBool();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toObject();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toArray();
}

// {"RangeVar": {...}} or a bare RangeVar's fields.
QJsonObject unwrap(const QJsonObject &o, const char *nodeName)
{
    const QJsonValue inner = o.value(QLatin1StringView(nodeName));
    return inner.isObject() ? inner.toObject() : o;
}

RelationRef fromRangeVar(const QJsonObject &rv, A access)
{
    const QJsonObject r = unwrap(rv, "RangeVar");
    return RelationRef{str(r, "schemaname"), str(r, "relname"), access};
}

// [{"String":{"sval":"s"}}, {"String":{"sval":"t"}}] -> schema s, name t (a catalog prefix is dropped).
RelationRef fromNameList(const QJsonArray &items, A access)
{
    QStringList parts;
    for (const QJsonValue &v : items)
        parts.append(v.toObject().value(QLatin1StringView("String")).toObject().value(QLatin1StringView("sval")).toString());
    RelationRef r;
    r.access = access;
    if (!parts.isEmpty())
        r.name = parts.takeLast();
    if (!parts.isEmpty())
        r.schema = parts.takeLast();
    return r;
}

// The name of a DROP/COMMENT/... object node: a List of names, a String, a TypeName,
// or an ObjectWithArgs.
RelationRef fromObjectNode(const QJsonObject &node, A access)
{
    if (node.contains(QLatin1StringView("List")))
        return fromNameList(arr(obj(node, "List"), "items"), access);
    if (node.contains(QLatin1StringView("String")))
        return RelationRef{{}, str(obj(node, "String"), "sval"), access};
    if (node.contains(QLatin1StringView("TypeName")))
        return fromNameList(arr(obj(node, "TypeName"), "names"), access);
    if (node.contains(QLatin1StringView("ObjectWithArgs")))
        return fromNameList(arr(obj(node, "ObjectWithArgs"), "objname"), access);
    return RelationRef{{}, {}, access};
}

QString typeNameText(const QJsonObject &typeNameNode)
{
    const QJsonObject tn = unwrap(typeNameNode, "TypeName");
    RelationRef n = fromNameList(arr(tn, "names"), A::Read);
    QString text = (n.schema.isEmpty() || n.schema == u"pg_catalog") ? n.name : n.schema + u'.' + n.name;
    const QJsonArray mods = arr(tn, "typmods");
    if (!mods.isEmpty()) {
        QStringList m;
        for (const QJsonValue &v : mods) {
            const QJsonObject c = v.toObject().value(QLatin1StringView("A_Const")).toObject();
            if (c.contains(QLatin1StringView("ival")))
                m.append(QString::number(obj(c, "ival").value(QLatin1StringView("ival")).toInt()));
            else if (c.contains(QLatin1StringView("sval")))
                m.append(str(obj(c, "sval"), "sval"));
            else
                m.append(QStringLiteral("?"));
        }
        text += u'(' + m.join(u',') + u')';
    }
    for (qsizetype i = 0; i < arr(tn, "arrayBounds").size(); ++i)
        text += QStringLiteral("[]");
    return text;
}

bool isRelationObject(const QString &objtype)
{
    static const QSet<QString> kinds{
        QStringLiteral("OBJECT_TABLE"), QStringLiteral("OBJECT_INDEX"), QStringLiteral("OBJECT_VIEW"),
        QStringLiteral("OBJECT_MATVIEW"), QStringLiteral("OBJECT_SEQUENCE"),
        QStringLiteral("OBJECT_FOREIGN_TABLE")};
    return kinds.contains(objtype);
}


void collectCteNames(const QJsonValue &v, QSet<QString> &out)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectCteNames(e, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() == u"CommonTableExpr" && it.value().isObject())
                out.insert(str(it.value().toObject(), "ctename"));
            collectCteNames(it.value(), out);
        }
    }
}


QString displayIdent(const QString &name)
{
    bool plain = !name.isEmpty() && !name.front().isDigit() && name.front() != u'$';
    for (QChar c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'$')) {
            plain = false;
            break;
        }
    }
    if (plain)
        return name;
    QString q = name;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

QString displayName(const RelationRef &r)
{
    return r.schema.isEmpty() ? displayIdent(r.name) : displayIdent(r.schema) + u'.' + displayIdent(r.name);
}

} // namespace strata::parsenodes
