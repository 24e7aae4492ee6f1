// The per-row readers of a capture: one catalog row into snapshot objects.
#include "IntrospectorCapture.h"
#include "Definitions.h"

#include <algorithm>
#include <tuple>

namespace strata::catalog::detail {

QList<Grant> parseGrants(const QStringList &entries)
{
    QList<Grant> out;
    out.reserve(entries.size());
    for (const QString &e : entries) {
        const qsizetype colon = e.indexOf(u':');
        if (e.size() < 3 || colon < 2)
            continue;
        Grant g;
        g.revoked = e[0] == u'r';
        g.grantable = e[1] == u't';
        g.privilege = e.mid(2, colon - 2);
        g.grantee = e.mid(colon + 1);
        out.append(std::move(g));
    }
    std::sort(out.begin(), out.end(), [](const Grant &a, const Grant &b) {
        if (a.revoked != b.revoked)
            return a.revoked; // revokes first, the order DDL applies them
        if (a.grantee != b.grantee)
            return a.grantee < b.grantee;
        if (a.privilege != b.privilege)
            return a.privilege < b.privilege;
        return a.grantable < b.grantable;
    });
    return out;
}

namespace {

QString fkAction(char c)
{
    switch (c) {
    case 'a': return QStringLiteral("NO ACTION");
    case 'r': return QStringLiteral("RESTRICT");
    case 'c': return QStringLiteral("CASCADE");
    case 'n': return QStringLiteral("SET NULL");
    case 'd': return QStringLiteral("SET DEFAULT");
    default: return {};
    }
}

QString matchType(char c)
{
    switch (c) {
    case 'f': return QStringLiteral("FULL");
    case 'p': return QStringLiteral("PARTIAL");
    case 's': return QStringLiteral("SIMPLE");
    default: return {};
    }
}

} // namespace

void Capture::readSchema(const Row &r)
{
    SchemaDef d;
    d.name = r.str(0);
    d.owner = owner(r, 1);
    d.comment = r.str(2);
    d.grants = grants(r, 3);
    m_s.schemas.append(std::move(d));
}

void Capture::readExtension(const Row &r)
{
    ExtensionDef d;
    d.name = r.str(0);
    d.schema = r.str(1);
    d.version = r.str(2);
    d.comment = r.str(3);
    m_s.extensions.append(std::move(d));
}

void Capture::readType(const Row &r)
{
    TypeDef t;
    t.schema = r.str(1);
    t.name = r.str(2);
    switch (r.ch(3)) {
    case 'e': t.kind = TypeDef::Kind::Enum; break;
    case 'd': t.kind = TypeDef::Kind::Domain; break;
    case 'c': t.kind = TypeDef::Kind::Composite; break;
    case 'r': t.kind = TypeDef::Kind::Range; break;
    default: return;
    }
    t.owner = owner(r, 4);
    t.comment = comment(kPgType, r.oid(0));
    t.grants = grants(r, 6);
    t.labels = r.list(7);
    t.baseType = r.str(8);
    t.collation = r.str(9);
    t.defaultExpr = r.str(10);
    t.notNull = t.kind == TypeDef::Kind::Domain && r.flag(11);
    t.subtype = r.str(13);
    t.subtypeOpclass = r.str(14);
    t.canonicalFunction = r.str(15);
    t.subtypeDiffFunction = r.str(16);
    t.multirangeName = r.str(17);
    m_typesByOid.insert(r.oid(0), m_s.types.size());
    if (t.kind == TypeDef::Kind::Composite) {
        m_composites.insert(r.oid(12), m_s.types.size());
        m_compositeType.insert(r.oid(12), r.oid(0));
    }
    m_s.types.append(std::move(t));
}

void Capture::readSequence(const Row &r)
{
    SequenceOptions o;
    o.dataType = r.str(6);
    o.start = r.i64(7);
    o.increment = r.i64(8);
    o.minValue = r.i64(9);
    o.maxValue = r.i64(10);
    o.cache = r.i64(11);
    o.cycle = r.flag(12);
    if (r.ch(13) == 'i') {
        // An identity column's sequence belongs to the column.
        m_identity.insert({r.oid(14), int(r.i64(17))}, {qualifiedName(r.str(1), r.str(2)), o});
        return;
    }
    SequenceDef s;
    s.schema = r.str(1);
    s.name = r.str(2);
    s.owner = owner(r, 3);
    s.comment = comment(kPgClass, r.oid(0));
    s.grants = grants(r, 5);
    s.options = o;
    if (r.ch(13) == 'a') {
        s.ownedBySchema = r.str(15);
        s.ownedByTable = r.str(16);
        m_ownedBy.append({m_s.sequences.size(), r.oid(14), int(r.i64(17))});
    }
    m_sequencesByOid.insert(r.oid(0), m_s.sequences.size());
    m_s.sequences.append(std::move(s));
}

void Capture::readRelation(const Row &r)
{
    const char kind = r.ch(1);
    const quint32 oid = r.oid(0);
    QStringList options = r.list(8);
    options.sort();
    // Room for the columns (dropped ones included) and their attrs, so that the lists
    // readColumn() fills never grow: growing by doubling left a third of 100,000 columns'
    // memory unused and copied the rest on the way.
    const int columnCount = int(std::clamp<qint64>(r.i64(5), 0, 1600));
    m_attrs[oid].reserve(columnCount + 1);
    if (kind == 'v' || kind == 'm') {
        ViewDef v;
        v.columns.reserve(columnCount);
        v.schema = r.str(2);
        v.name = r.str(3);
        v.materialized = kind == 'm';
        v.owner = owner(r, 4);
        v.comment = comment(kPgClass, oid);
        v.grants = grants(r, 6);
        v.options = options;
        v.definition = r.str(15);
        v.populated = !v.materialized || r.flag(16);
        if (v.materialized && m_o.stats != IntrospectOptions::Stats::None)
            m_s.tableStats.insert(v.key(), stats(r));
        m_views.insert(oid, m_s.views.size());
        m_s.views.append(std::move(v));
        return;
    }
    TableDef t;
    t.columns.reserve(columnCount);
    t.schema = r.str(2);
    t.name = r.str(3);
    t.owner = owner(r, 4);
    t.comment = comment(kPgClass, oid);
    t.grants = grants(r, 6);
    t.unlogged = r.ch(7) == 'u';
    t.options = options;
    t.partitionKey = r.str(9);
    t.parentSchema = r.str(10);
    t.parentName = r.str(11);
    t.partitionBound = r.str(12);
    t.rlsEnabled = r.flag(13);
    t.rlsForced = r.flag(14);
    if (m_o.stats != IntrospectOptions::Stats::None && t.partitionKey.isEmpty())
        m_s.tableStats.insert(t.key(), stats(r));
    m_tables.insert(oid, m_s.tables.size());
    m_s.tables.append(std::move(t));
}

void Capture::readConstraint(const Row &r)
{
    const quint32 rel = r.oid(0);
    const quint32 typ = r.oid(1);
    if (typ != 0)
        m_domainOfConstraint.insert(r.oid(17), typ);
    else if (rel != 0 && !r.isNull(18) && r.oid(18) != 0)
        m_indexConstraint.insert(r.oid(18), r.oid(17));
    if (rel == 0) {
        auto it = m_typesByOid.constFind(typ);
        if (it == m_typesByOid.cend())
            return;
        DomainConstraint d;
        d.name = r.str(2);
        d.definition = r.str(4);
        d.validated = r.flag(13);
        d.comment = comment(kPgConstraint, r.oid(17));
        m_s.types[*it].constraints.append(std::move(d));
        return;
    }
    auto it = m_tables.constFind(rel);
    if (it == m_tables.cend())
        return;
    const TableDef &t = m_s.tables[*it];
    ConstraintDef c;
    c.schema = t.schema;
    c.table = t.name;
    c.name = r.str(2);
    switch (r.ch(3)) {
    case 'p': c.type = ConstraintDef::Type::PrimaryKey; break;
    case 'u': c.type = ConstraintDef::Type::Unique; break;
    case 'f': c.type = ConstraintDef::Type::ForeignKey; break;
    case 'c': c.type = ConstraintDef::Type::Check; break;
    case 'x': c.type = ConstraintDef::Type::Exclude; break;
    default: return;
    }
    c.definition = r.str(4); // empty: composed in finish()
    // The backing index's INCLUDE columns and NULLS NOT DISTINCT: set by readIndex().
    PendingConstraint p{m_s.constraints.size(), rel, r.ints(5), 0, {}, {}, 0, r.ch(10), r.ch(8), r.ch(9)};
    p.oid = r.oid(17);
    p.noInherit = r.flag(16);
    if (!r.isNull(18))
        m_constraintByIndex.insert(r.oid(18), m_pendingConstraints.size());
    if (m_clientDeparse && !r.isNull(15)) {
        p.checkTree = r.bytes(15).toByteArray();
        p.hasTree = true;
        noteTree(p.checkTree);
    }
    if (c.type == ConstraintDef::Type::ForeignKey) {
        p.refRel = r.oid(6); // its name: finish()
        p.refKeys = r.ints(7);
        c.onUpdate = fkAction(p.onUpdate);
        c.onDelete = fkAction(p.onDelete);
        c.matchType = matchType(p.match);
    }
    c.deferrable = r.flag(11);
    c.initiallyDeferred = r.flag(12);
    c.validated = r.flag(13);
    c.inherited = r.flag(14);
    c.comment = comment(kPgConstraint, p.oid);
    m_constraintsByOid.insert(p.oid, m_s.constraints.size());
    m_s.constraints.append(std::move(c));
    m_pendingConstraints.append(std::move(p));
}

void Capture::readOpclass(const Row &r)
{
    m_opclasses.insert(r.oid(0), {r.flag(1), r.oid(2), r.str(3)});
}

void Capture::readIndex(const Row &r)
{
    const quint32 rel = r.oid(0);
    const quint32 oid = r.oid(16);
    const TableDef *table = nullptr;
    const ViewDef *view = nullptr;
    if (auto t = m_tables.constFind(rel); t != m_tables.cend())
        table = &m_s.tables[*t];
    else if (auto v = m_views.constFind(rel); v != m_views.cend())
        view = &m_s.views[*v];
    else
        return;
    IndexDef i;
    i.schema = table ? table->schema : view->schema; // an index lives in its table's schema
    i.name = r.str(1);
    i.table = table ? table->name : view->name;
    i.definition = r.str(2); // empty: composed in finish()
    i.method = r.str(3);
    i.unique = r.flag(4);
    i.valid = r.flag(5);
    QByteArray exprTree, predTree;
    if (m_clientDeparse) { // node trees: printed in finish()
        if (!r.isNull(8))
            exprTree = r.bytes(8).toByteArray();
        if (!r.isNull(9))
            predTree = r.bytes(9).toByteArray();
    } else {
        i.expressions = r.str(8);
        i.predicate = r.str(9);
    }
    const QList<qint64> keys = r.ints(6);
    const int keyCount = int(r.i64(7));
    const bool nullsNotDistinct = r.flag(15);
    if (auto backs = m_constraintByIndex.constFind(oid); backs != m_constraintByIndex.cend()) {
        PendingConstraint &pc = m_pendingConstraints[*backs];
        ConstraintDef &c = m_s.constraints[pc.index];
        i.constraintName = c.name;
        if (c.type == ConstraintDef::Type::PrimaryKey || c.type == ConstraintDef::Type::Unique) {
            c.nullsNotDistinct = nullsNotDistinct;
            if (keys.size() > keyCount) // INCLUDE columns
                pc.indexKeys = keys;
            pc.indexKeyCount = keyCount;
        }
    }
    if (!r.isNull(11))
        i.parentIndex = qualifiedName(r.str(10), r.str(11));
    i.comment = comment(kPgClass, oid);
    noteTree(exprTree);
    noteTree(predTree);
    PendingIndex p{m_s.indexes.size(), oid, rel, keys, keyCount, r.ints(12), r.ints(13), r.ints(14),
                   table && !table->partitionKey.isEmpty(), nullsNotDistinct, std::move(exprTree), std::move(predTree)};
    p.hasTrees = !p.exprTree.isEmpty() || !p.predTree.isEmpty();
    p.columnOptions = m_indexColumnOptions.contains(oid);
    if (m_o.stats == IntrospectOptions::Stats::Estimated)
        m_indexBytes[rel] += r.i64(17);
    m_pendingIndexes.append(std::move(p));
    m_indexesByOid.insert(oid, m_s.indexes.size());
    m_s.indexes.append(std::move(i));
}

void Capture::readFunction(const Row &r)
{
    FunctionDef f;
    f.schema = r.str(1);
    f.name = r.str(2);
    f.procedure = r.ch(3) == 'p';
    f.argumentTypes = r.str(4);
    f.arguments = r.str(5);
    f.identityArguments = r.str(6);
    f.result = r.str(7);
    f.language = r.str(8);
    switch (r.ch(9)) {
    case 'i': f.volatility = QStringLiteral("IMMUTABLE"); break;
    case 's': f.volatility = QStringLiteral("STABLE"); break;
    default: f.volatility = QStringLiteral("VOLATILE"); break;
    }
    f.strict = r.flag(10);
    f.securityDefiner = r.flag(11);
    f.definition = r.str(12);
    f.owner = owner(r, 13);
    f.comment = comment(kPgProc, r.oid(0));
    f.grants = grants(r, 15);
    m_functionsByOid.insert(r.oid(0), m_s.functions.size());
    m_s.functions.append(std::move(f));
}

void Capture::readTrigger(const Row &r)
{
    const quint32 rel = r.oid(0);
    TriggerDef t;
    if (auto it = m_tables.constFind(rel); it != m_tables.cend()) {
        t.schema = m_s.tables[*it].schema;
        t.table = m_s.tables[*it].name;
    } else if (auto v = m_views.constFind(rel); v != m_views.cend()) {
        t.schema = m_s.views[*v].schema;
        t.table = m_s.views[*v].name;
    } else {
        return;
    }
    t.name = r.str(1);
    t.definition = r.str(2);
    switch (r.ch(3)) {
    case 'D': t.enabled = QStringLiteral("DISABLED"); break;
    case 'R': t.enabled = QStringLiteral("REPLICA"); break;
    case 'A': t.enabled = QStringLiteral("ALWAYS"); break;
    default: t.enabled = QStringLiteral("ORIGIN"); break;
    }
    t.inherited = r.flag(4);
    t.comment = comment(kPgTrigger, r.oid(5));
    m_triggersByOid.insert(r.oid(5), m_s.triggers.size());
    m_s.triggers.append(std::move(t));
}

void Capture::readPolicy(const Row &r)
{
    auto it = m_tables.constFind(r.oid(0));
    if (it == m_tables.cend())
        return;
    PolicyDef p;
    p.schema = m_s.tables[*it].schema;
    p.table = m_s.tables[*it].name;
    p.name = r.str(1);
    p.permissive = r.flag(2);
    switch (r.ch(3)) {
    case 'r': p.command = QStringLiteral("SELECT"); break;
    case 'a': p.command = QStringLiteral("INSERT"); break;
    case 'w': p.command = QStringLiteral("UPDATE"); break;
    case 'd': p.command = QStringLiteral("DELETE"); break;
    default: p.command = QStringLiteral("ALL"); break;
    }
    p.roles = r.list(4);
    p.roles.sort();
    if (m_clientDeparse) { // node trees: printed in finish()
        auto tree = [&r](int c) { return r.bytes(c).toByteArray(); };
        m_pendingPolicies.append({m_s.policies.size(), r.oid(8), r.oid(0), tree(5), tree(6)});
        noteTree(m_pendingPolicies.last().usingTree);
        noteTree(m_pendingPolicies.last().checkTree);
    } else {
        p.usingExpr = r.str(5);
        p.withCheckExpr = r.str(6);
    }
    p.comment = comment(kPgPolicy, r.oid(8));
    m_policiesByOid.insert(r.oid(8), m_s.policies.size());
    m_s.policies.append(std::move(p));
}

void Capture::readViewDependency(const Row &r)
{
    auto v = m_views.constFind(r.oid(0));
    auto ref = m_views.constFind(r.oid(1));
    if (v == m_views.cend() || ref == m_views.cend())
        return;
    m_s.views[*v].dependsOn.append(m_s.views[*ref].key());
}

void Capture::readDependency(const Row &r)
{
    switch (r.ch(4)) {
    case 'R': m_ruleRelation.insert(r.oid(1), r.oid(3)); break;
    case 'T': m_typeLinks.insert(r.oid(1), {r.oid(0), r.oid(2), r.oid(3)}); break;
    default: m_dependencies.push_back({r.oid(0), r.oid(1), r.oid(2), r.oid(3), r.ch(4)}); break;
    }
}

// Folds what the snapshot keeps inside another object into that object: a view's or a
// table's rewrite rule and a column default into the relation, a key's index into the
// key constraint, a domain's constraint into the domain, a composite type's relation
// into the type, an array type into its element type (a relation's for a row type's
// array), a relation's row type into the relation.
std::pair<quint32, quint32> Capture::foldDependency(quint32 catalog, quint32 oid) const
{
    auto in = [oid](const QHash<quint32, quint32> &map) { return map.value(oid, 0); };
    // A relation's own row type (not a composite type's): the relation.
    auto rowType = [this](quint32 rel) { return rel != 0 && !m_compositeType.contains(rel); };
    switch (catalog) {
    case kPgRewrite:
    case kPgAttrdef:
        if (const quint32 rel = in(catalog == kPgRewrite ? m_ruleRelation : m_attrdefRelation))
            return {kPgClass, rel};
        break;
    case kPgClass:
        if (const quint32 con = in(m_indexConstraint))
            return {kPgConstraint, con};
        if (const quint32 type = in(m_compositeType))
            return {kPgType, type};
        break;
    case kPgConstraint:
        if (const quint32 type = in(m_domainOfConstraint))
            return {kPgType, type};
        break;
    case kPgType: {
        const auto t = m_typeLinks.constFind(oid);
        if (t == m_typeLinks.cend())
            break;
        if (t->elem != 0) {
            const auto e = m_typeLinks.constFind(t->elem);
            if (e != m_typeLinks.cend() && e->array == oid)
                return rowType(e->rel) ? std::pair{kPgClass, e->rel} : std::pair{kPgType, t->elem};
        }
        if (rowType(t->rel))
            return {kPgClass, t->rel};
        break;
    }
    default: break;
    }
    return {catalog, oid};
}

QString Capture::objectKey(quint32 catalog, quint32 oid) const
{
    auto in = [oid](const QHash<quint32, qsizetype> &map, const auto &list) -> QString {
        const auto it = map.constFind(oid);
        return it == map.cend() ? QString() : list[*it].key();
    };
    switch (catalog) {
    case kPgClass:
        if (m_tables.contains(oid))
            return in(m_tables, m_s.tables);
        if (m_views.contains(oid))
            return in(m_views, m_s.views);
        if (m_indexesByOid.contains(oid))
            return in(m_indexesByOid, m_s.indexes);
        return in(m_sequencesByOid, m_s.sequences);
    case kPgType: return in(m_typesByOid, m_s.types);
    case kPgProc: return in(m_functionsByOid, m_s.functions);
    case kPgConstraint: return in(m_constraintsByOid, m_s.constraints);
    case kPgTrigger: return in(m_triggersByOid, m_s.triggers);
    case kPgPolicy: return in(m_policiesByOid, m_s.policies);
    default: return {};
    }
}

// The rows of the dependency query as edges between snapshot objects. An automatic
// dependency ('a') is kept only between two tables (a partition on its parent): the
// others are a part on the table it belongs to (a constraint, an index, a trigger, a
// policy: the keys say so already) or a sequence OWNED BY a column, which is set after
// both exist and must not order the sequence after the table whose default uses it.
void Capture::resolveDependencies()
{
    QHash<quint64, QString> keys;
    // By value (implicitly shared, no copy of the text): a reference into `keys` would
    // dangle once the next lookup inserts and the hash grows.
    auto key = [this, &keys](quint32 catalog, quint32 oid) -> QString {
        const quint64 id = (quint64(catalog) << 32) | oid;
        auto it = keys.find(id);
        if (it == keys.end())
            it = keys.insert(id, objectKey(catalog, oid));
        return *it;
    };
    // Both sides folded, each edge once (several rows fold into one: a foreign key's
    // columns, the parts of a view).
    for (RawDependency &d : m_dependencies) {
        std::tie(d.cls, d.oid) = foldDependency(d.cls, d.oid);
        std::tie(d.refCls, d.refOid) = foldDependency(d.refCls, d.refOid);
    }
    auto tuple = [](const RawDependency &d) { return std::tuple(d.cls, d.oid, d.refCls, d.refOid, d.type); };
    std::sort(m_dependencies.begin(), m_dependencies.end(), [&](const auto &a, const auto &b) { return tuple(a) < tuple(b); });
    m_dependencies.erase(std::unique(m_dependencies.begin(), m_dependencies.end(),
                                     [&](const auto &a, const auto &b) { return tuple(a) == tuple(b); }),
                         m_dependencies.end());
    m_s.dependencies.reserve(qsizetype(m_dependencies.size()));
    for (const RawDependency &d : m_dependencies) {
        const QString from = key(d.cls, d.oid);
        if (from.isEmpty())
            continue;
        const QString to = key(d.refCls, d.refOid);
        if (to.isEmpty() || to == from)
            continue;
        if (d.type == 'a' && !(from.startsWith(u"table:") && to.startsWith(u"table:")))
            continue;
        m_s.dependencies.append({from, to});
    }
    m_dependencies = {};
    m_ruleRelation = m_attrdefRelation = m_indexConstraint = m_domainOfConstraint = {};
    m_typeLinks = {};
}

QStringList Capture::names(quint32 rel, const QList<qint64> &attnums, qsizetype from, qsizetype to) const
{
    QStringList out;
    if (to < 0 || to > attnums.size())
        to = attnums.size();
    for (qsizetype k = from; k < to; ++k) {
        const Attr *a = attr(rel, attnums[k]);
        out << (a ? a->name : QString()); // 0 = an expression
    }
    return out;
}

} // namespace strata::catalog::detail
