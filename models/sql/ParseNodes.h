#pragma once
// Internal helpers for reading libpg_query JSON parse trees (used by
// StatementClassifier): field access, names, RangeVars, type names, and the
// relation collector. Not a public API.

#include "StatementClassifier.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace strata::parsenodes {

using A = RelationAccess;

QString str(const QJsonObject &o, const char *key);
bool flag(const QJsonObject &o, const char *key);
QJsonObject obj(const QJsonObject &o, const char *key);
QJsonArray arr(const QJsonObject &o, const char *key);
// {"RangeVar": {...}} or a bare RangeVar's fields.
QJsonObject unwrap(const QJsonObject &o, const char *nodeName);
RelationRef fromRangeVar(const QJsonObject &rv, A access);
// [{"String":{"sval":"s"}}, {"String":{"sval":"t"}}] -> schema s, name t (a catalog prefix is dropped).
RelationRef fromNameList(const QJsonArray &items, A access);
// The name of a DROP/COMMENT/... object node: a List of names, a String, a TypeName,
// or an ObjectWithArgs.
RelationRef fromObjectNode(const QJsonObject &node, A access);
// "int8", "varchar(20)", "public.mood", "numeric(12,2)[]"
QString typeNameText(const QJsonObject &typeNameNode);
bool isRelationObject(const QString &objtype);
void collectCteNames(const QJsonValue &v, QSet<QString> &out);
// Identifier as the user would write it: quoted unless it is a plain lower-case name.
QString displayIdent(const QString &name);
QString displayName(const RelationRef &r);

class Relations
{
public:
    void setCteNames(QSet<QString> names) { m_ctes = std::move(names); }

    // `location` orders the list (source order); -1 keeps explicit targets first.
    void add(const RelationRef &r, int location = -1)
    {
        if (r.name.isEmpty())
            return;
        if (r.schema.isEmpty() && m_ctes.contains(r.name))
            return;
        for (Entry &existing : m_list) {
            if (existing.ref.schema == r.schema && existing.ref.name == r.name) {
                if (int(r.access) > int(existing.ref.access))
                    existing.ref.access = r.access;
                return;
            }
        }
        m_list.append(Entry{r, location});
    }

    void addRangeVar(const QJsonObject &rv, A access)
    {
        const QJsonObject r = unwrap(rv, "RangeVar");
        add(fromRangeVar(r, access), r.value(QLatin1StringView("location")).toInt(-1));
    }

    // Every {"RangeVar": ...} under v is added with `access`; nested INSERT/UPDATE/
    // DELETE/MERGE (data-modifying CTEs) add their target as a write.
    void walk(const QJsonValue &v, A access)
    {
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                walk(e, access);
            return;
        }
        if (!v.isObject())
            return;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString &key = it.key();
            if (key == u"RangeVar" && it.value().isObject()) {
                addRangeVar(it.value().toObject(), access);
                continue;
            }
            if ((key == u"InsertStmt" || key == u"UpdateStmt" || key == u"DeleteStmt" || key == u"MergeStmt")
                && it.value().isObject()) {
                addRangeVar(obj(it.value().toObject(), "relation"), A::Write);
            }
            walk(it.value(), access);
        }
    }

    // Bare RangeVars stored under `key` anywhere below v (e.g. "pktable" of foreign keys).
    void walkKey(const QJsonValue &v, QLatin1StringView key, A access)
    {
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray())
                walkKey(e, key, access);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (it.key() == key && it.value().isObject())
                    addRangeVar(it.value().toObject(), access);
                else
                    walkKey(it.value(), key, access);
            }
        }
    }

    QList<RelationRef> take()
    {
        std::stable_sort(m_list.begin(), m_list.end(),
                         [](const Entry &a, const Entry &b) { return a.location < b.location; });
        QList<RelationRef> out;
        out.reserve(m_list.size());
        for (const Entry &e : std::as_const(m_list))
            out.append(e.ref);
        return out;
    }

private:
    struct Entry
    {
        RelationRef ref;
        int location = -1;
    };
    QList<Entry> m_list;
    QSet<QString> m_ctes;
};

} // namespace strata::parsenodes
