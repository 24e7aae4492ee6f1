#include "Snapshot.h"

#include <algorithm>

namespace strata::catalog {

QString TypeDef::kindName(Kind k)
{
    switch (k) {
    case Kind::Enum: return QStringLiteral("enum");
    case Kind::Domain: return QStringLiteral("domain");
    case Kind::Composite: return QStringLiteral("composite");
    case Kind::Range: return QStringLiteral("range");
    }
    return {};
}

QString ConstraintDef::typeName(Type t)
{
    switch (t) {
    case Type::PrimaryKey: return QStringLiteral("primary_key");
    case Type::Unique: return QStringLiteral("unique");
    case Type::ForeignKey: return QStringLiteral("foreign_key");
    case Type::Check: return QStringLiteral("check");
    case Type::Exclude: return QStringLiteral("exclude");
    }
    return {};
}

const Column *TableDef::column(const QString &columnName) const
{
    for (const Column &c : columns)
        if (c.name == columnName)
            return &c;
    return nullptr;
}

bool Snapshot::operator==(const Snapshot &o) const
{
    return schemas == o.schemas && extensions == o.extensions && types == o.types
        && sequences == o.sequences && tables == o.tables && constraints == o.constraints
        && indexes == o.indexes && views == o.views && functions == o.functions
        && triggers == o.triggers && policies == o.policies;
}

int Snapshot::objectCount() const
{
    return int(schemas.size() + extensions.size() + types.size() + sequences.size() + tables.size()
               + constraints.size() + indexes.size() + views.size() + functions.size()
               + triggers.size() + policies.size());
}

namespace {
template<class T>
void sortByKey(QList<T> &list)
{
    // Keys are computed once; names quoted per key would otherwise dominate.
    std::vector<std::pair<QString, qsizetype>> order;
    order.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i)
        order.emplace_back(list[i].key(), i);
    auto byKey = [](const auto &a, const auto &b) { return a.first < b.first; };
    if (std::is_sorted(order.begin(), order.end(), byKey))
        return; // as read from a snapshot file: nothing to move
    std::sort(order.begin(), order.end(), byKey);
    QList<T> sorted;
    sorted.reserve(list.size());
    for (const auto &p : order)
        sorted.append(std::move(list[p.second]));
    list = std::move(sorted);
}
} // namespace

void Snapshot::sort()
{
    sortByKey(schemas);
    sortByKey(extensions);
    sortByKey(types);
    sortByKey(sequences);
    sortByKey(tables);
    sortByKey(constraints);
    sortByKey(indexes);
    sortByKey(views);
    sortByKey(functions);
    sortByKey(triggers);
    sortByKey(policies);
}

const TableDef *Snapshot::table(const QString &schema, const QString &name) const
{
    for (const TableDef &t : tables)
        if (t.schema == schema && t.name == name)
            return &t;
    return nullptr;
}

const TableDef *Snapshot::findTable(const QString &key) const
{
    auto it = std::lower_bound(tables.begin(), tables.end(), key,
                               [](const TableDef &t, const QString &k) { return t.key() < k; });
    if (it != tables.end() && it->key() == key)
        return &*it;
    for (const TableDef &t : tables) // not sorted
        if (t.key() == key)
            return &t;
    return nullptr;
}

} // namespace strata::catalog
