#include "Snapshot.h"

#include <QSet>

#include <algorithm>
#include <thread>

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

// An object's key() as pieces (prefix, quoted names, separators), to compare two
// keys without building them: a list read from a file is nearly always sorted
// already, and checking that should not cost an allocation per object.
class KeyParts
{
public:
    void add(QLatin1StringView s) { m_latin[m_n] = s; m_isLatin[m_n++] = true; }
    void add(const QString &s)
    {
        m_held[m_n] = s;
        m_views[m_n] = m_held[m_n];
        m_isLatin[m_n++] = false;
    }
    void addQualified(const QString &schema, const QString &name)
    {
        if (!schema.isEmpty()) {
            add(quoteIdent(schema));
            add(QLatin1StringView("."));
        }
        add(quoteIdent(name));
    }
    // <0, 0, >0 as the built keys would compare (QString's order: UTF-16 code units).
    int compare(const KeyParts &o) const
    {
        int i = 0, j = 0;
        qsizetype a = 0, b = 0;
        for (;;) {
            while (i < m_n && a == size(i)) { ++i; a = 0; }
            while (j < o.m_n && b == o.size(j)) { ++j; b = 0; }
            if (i == m_n || j == o.m_n)
                return (i == m_n ? 0 : 1) - (j == o.m_n ? 0 : 1);
            const qsizetype len = std::min(size(i) - a, o.size(j) - b);
            const int c = m_isLatin[i] ? (o.m_isLatin[j] ? QtPrivate::compareStrings(m_latin[i].mid(a, len), o.m_latin[j].mid(b, len))
                                                          : QtPrivate::compareStrings(m_latin[i].mid(a, len), o.m_views[j].mid(b, len)))
                                       : (o.m_isLatin[j] ? QtPrivate::compareStrings(m_views[i].mid(a, len), o.m_latin[j].mid(b, len))
                                                          : QtPrivate::compareStrings(m_views[i].mid(a, len), o.m_views[j].mid(b, len)));
            if (c != 0)
                return c;
            a += len;
            b += len;
        }
    }

private:
    qsizetype size(int k) const { return m_isLatin[k] ? m_latin[k].size() : m_views[k].size(); }

    static constexpr int kMax = 8;
    int m_n = 0;
    bool m_isLatin[kMax] = {};
    QLatin1StringView m_latin[kMax];
    QStringView m_views[kMax];
    QString m_held[kMax];
};

KeyParts partsOf(const SchemaDef &x) { KeyParts k; k.add(QLatin1StringView("schema:")); k.add(quoteIdent(x.name)); return k; }
KeyParts partsOf(const ExtensionDef &x) { KeyParts k; k.add(QLatin1StringView("extension:")); k.add(quoteIdent(x.name)); return k; }
KeyParts partsOf(const TypeDef &x) { KeyParts k; k.add(QLatin1StringView("type:")); k.addQualified(x.schema, x.name); return k; }
KeyParts partsOf(const SequenceDef &x) { KeyParts k; k.add(QLatin1StringView("sequence:")); k.addQualified(x.schema, x.name); return k; }
KeyParts partsOf(const TableDef &x) { KeyParts k; k.add(QLatin1StringView("table:")); k.addQualified(x.schema, x.name); return k; }
KeyParts partsOf(const IndexDef &x) { KeyParts k; k.add(QLatin1StringView("index:")); k.addQualified(x.schema, x.name); return k; }
template<class T>
KeyParts tablePartsOf(const char *prefix, const T &x)
{
    KeyParts k;
    k.add(QLatin1StringView(prefix));
    k.addQualified(x.schema, x.table);
    k.add(QLatin1StringView("."));
    k.add(quoteIdent(x.name));
    return k;
}
KeyParts partsOf(const ConstraintDef &x) { return tablePartsOf("constraint:", x); }
KeyParts partsOf(const TriggerDef &x) { return tablePartsOf("trigger:", x); }
KeyParts partsOf(const PolicyDef &x) { return tablePartsOf("policy:", x); }
KeyParts partsOf(const ViewDef &x)
{
    KeyParts k;
    k.add(x.materialized ? QLatin1StringView("materialized_view:") : QLatin1StringView("view:"));
    k.addQualified(x.schema, x.name);
    return k;
}
KeyParts partsOf(const FunctionDef &x)
{
    KeyParts k;
    k.add(x.procedure ? QLatin1StringView("procedure:") : QLatin1StringView("function:"));
    k.addQualified(x.schema, x.name);
    k.add(QLatin1StringView("("));
    k.add(x.argumentTypes);
    k.add(QLatin1StringView(")"));
    return k;
}

template<class T>
bool sortedByKey(const QList<T> &list)
{
    for (qsizetype i = 1; i < list.size(); ++i)
        if (partsOf(list[i]).compare(partsOf(list[i - 1])) < 0)
            return false;
    return true;
}

template<class T>
void sortByKey(QList<T> &list)
{
    if (sortedByKey(list))
        return; // as read from a snapshot file: nothing to do
    // Keys are computed once; names quoted per key would otherwise dominate.
    std::vector<std::pair<QString, qsizetype>> order;
    order.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i)
        order.emplace_back(list[i].key(), i);
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    // Put each object in place by following the permutation's cycles: swaps, no second
    // list (a copy of 30,000 index definitions would be megabytes of fresh memory).
    std::vector<qsizetype> from(order.size());
    for (size_t k = 0; k < order.size(); ++k)
        from[k] = order[k].second; // position k takes the object now at from[k]
    for (size_t start = 0; start < from.size(); ++start) {
        if (from[start] < 0 || qsizetype(start) == from[start])
            continue;
        T held = std::move(list[qsizetype(start)]);
        size_t k = start;
        while (from[k] != qsizetype(start)) {
            const size_t next = size_t(from[k]);
            list[qsizetype(k)] = std::move(list[qsizetype(next)]);
            from[k] = -1;
            k = next;
        }
        list[qsizetype(k)] = std::move(held);
        from[k] = -1;
    }
}
// The key of the first object listed twice in a sorted list, or "".
template<class T>
QString duplicateKey(const QList<T> &list)
{
    for (qsizetype i = 1; i < list.size(); ++i)
        if (partsOf(list[i]).compare(partsOf(list[i - 1])) == 0)
            return list[i].key();
    return {};
}
} // namespace

QString Snapshot::firstDuplicate() const
{
    for (const QString &k : {duplicateKey(schemas), duplicateKey(extensions), duplicateKey(types), duplicateKey(sequences),
                             duplicateKey(tables), duplicateKey(constraints), duplicateKey(indexes), duplicateKey(views),
                             duplicateKey(functions), duplicateKey(triggers), duplicateKey(policies)})
        if (!k.isEmpty())
            return k;
    for (const TableDef &t : tables) {
        QSet<QString> names;
        for (const Column &c : t.columns) {
            if (names.contains(c.name))
                return t.key() + QStringLiteral(" column ") + quoteIdent(c.name);
            names.insert(c.name);
        }
    }
    return {};
}

void Snapshot::sort()
{
    // The two longest lists (with many tables: constraints and indexes) on a second thread.
    std::thread other([this] {
        sortByKey(constraints);
        sortByKey(indexes);
    });
    sortByKey(schemas);
    sortByKey(extensions);
    sortByKey(types);
    sortByKey(sequences);
    sortByKey(tables);
    sortByKey(views);
    sortByKey(functions);
    sortByKey(triggers);
    sortByKey(policies);
    if (!std::is_sorted(dependencies.cbegin(), dependencies.cend())) {
        std::sort(dependencies.begin(), dependencies.end());
        dependencies.erase(std::unique(dependencies.begin(), dependencies.end()), dependencies.end());
    }
    other.join();
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
