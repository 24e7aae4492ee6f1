// The columns of a capture: the raw pg_attribute rows (readColumn), their defaults
// (readDefault), and the names of their types and collations and their comments, filled in
// once every column is read (columnDetails: one query for all distinct types).
#include "IntrospectorCapture.h"
#include "IntrospectorQueries.h"

#include <QSet>

namespace strata::catalog::detail {

// Rows come unsorted: each column goes to its place by attnum among the ones read so far
// (its owner's columns are always the non-empty attrs in attnum order). Type names,
// defaults and comments are filled in later (columnDetails()).
void Capture::readColumn(const Row &r)
{
    const quint32 rel = r.oid(0);
    const int attnum = int(r.i64(1));
    if (attnum <= 0)
        return;
    if (r.flag(10)) { // an index column with options
        m_indexColumnOptions.insert(rel);
        return;
    }
    QList<Column> *owner = nullptr;
    bool table = false;
    if (auto it = m_tables.constFind(rel); it != m_tables.cend()) {
        owner = &m_s.tables[*it].columns;
        table = true;
    } else if (auto v = m_views.constFind(rel); v != m_views.cend()) {
        owner = &m_s.views[*v].columns;
    } else if (auto t = m_composites.constFind(rel); t != m_composites.cend()) {
        owner = &m_s.types[*t].attributes;
    }

    Column c;
    c.name = r.str(2);
    QList<Attr> &attrs = m_attrs[rel];
    if (attrs.size() <= attnum)
        attrs.resize(attnum + 1);
    Attr &a = attrs[attnum];
    a = {c.name, r.oid(3), r.oid(5), qint32(r.i64(4)), r.ch(6) == 's'};
    if (!owner)
        return;

    if (table) {
        switch (r.ch(7)) {
        case 'a': c.identity = QStringLiteral("ALWAYS"); break;
        case 'd': c.identity = QStringLiteral("BY DEFAULT"); break;
        default: break;
        }
        c.notNull = r.flag(8);
        c.inherited = !r.flag(9);
        if (!c.identity.isEmpty()) {
            const auto id = m_identity.value({rel, attnum});
            c.identitySequence = id.first;
            c.identityOptions = id.second;
        }
    } // view columns and composite attributes: name, type, collation and comment only
    owner->insert(columnPosition(rel, attnum), std::move(c));
}

// The index of column `attnum` in its owner's list: the named attrs before it.
qsizetype Capture::columnPosition(quint32 rel, int attnum) const
{
    const auto it = m_attrs.constFind(rel);
    if (it == m_attrs.cend())
        return 0;
    qsizetype pos = 0;
    for (int k = 1; k < attnum && k < it->size(); ++k)
        if (!it->at(k).name.isEmpty())
            ++pos;
    return pos;
}

void Capture::readDefault(const Row &r)
{
    const quint32 rel = r.oid(0);
    m_attrdefRelation.insert(r.oid(3), rel);
    const auto t = m_tables.constFind(rel);
    const Attr *a = attr(rel, r.i64(1));
    if (t == m_tables.cend() || !a)
        return;
    Column &c = m_s.tables[*t].columns[columnPosition(rel, int(r.i64(1)))];
    (a->generated ? c.generatedExpr : c.defaultExpr) = r.str(2);
}

void Capture::readComment(const Row &r)
{
    m_comments[r.oid(0)].insert((quint64(r.oid(1)) << 32) | quint32(r.i64(2)), r.str(3));
}

Error Capture::columnDetails()
{
    // Every owner of columns with its attrs; the owner's list is its named attrs in order.
    struct Owner
    {
        quint32 rel;
        QList<Column> *columns;
    };
    QList<Owner> owners;
    owners.reserve(m_tables.size() + m_views.size() + m_composites.size());
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it)
        owners.append({it.key(), &m_s.tables[it.value()].columns});
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        owners.append({it.key(), &m_s.views[it.value()].columns});
    for (auto it = m_composites.cbegin(); it != m_composites.cend(); ++it)
        owners.append({it.key(), &m_s.types[it.value()].attributes});

    QSet<QPair<quint32, qint32>> types;
    QSet<quint32> collations;
    for (const Owner &o : std::as_const(owners)) {
        for (const Attr &a : m_attrs.value(o.rel)) {
            if (a.name.isEmpty())
                continue;
            types.insert({a.type, a.typmod});
            if (a.collation)
                collations.insert(a.collation);
        }
    }
    if (types.isEmpty())
        return {};

    QStringList typeOids, typmods, collationOids;
    for (const auto &[oid, typmod] : std::as_const(types)) {
        typeOids << QString::number(oid);
        typmods << QString::number(typmod);
    }
    for (quint32 c : std::as_const(collations))
        collationOids << QString::number(c);
    struct TypeName
    {
        QString name;
        quint32 collation = 0;
    };
    QHash<QPair<quint32, qint32>, TypeName> typeNames;
    QHash<quint32, QString> collationNames;
    const QVariantList params{QString(u'{' + typeOids.join(u',') + u'}'), QString(u'{' + typmods.join(u',') + u'}'),
                              QString(u'{' + collationOids.join(u',') + u'}')};
    if (Error x = step("column types", queries::columnTypes(), params, [&](const Row &r) {
            if (r.ch(0) == 't')
                typeNames.insert({r.oid(1), qint32(r.i64(2))}, {r.str(3), r.oid(4)});
            else
                collationNames.insert(r.oid(1), r.str(3));
        }))
        return x;

    for (const Owner &o : std::as_const(owners)) {
        const QList<Attr> attrs = m_attrs.value(o.rel);
        qsizetype k = 0;
        for (int attnum = 1; attnum < attrs.size() && k < o.columns->size(); ++attnum) {
            const Attr &a = attrs[attnum];
            if (a.name.isEmpty())
                continue;
            Column &c = (*o.columns)[k++];
            const TypeName t = typeNames.value({a.type, a.typmod});
            c.type = t.name;
            if (a.collation != t.collation)
                c.collation = collationNames.value(a.collation);
            c.comment = comment(kPgClass, o.rel, attnum);
        }
    }
    return {};
}

} // namespace strata::catalog::detail
