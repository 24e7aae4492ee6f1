#include "SchemaDiff.h"
#include "ExprNormalize.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <thread>

namespace strata::diff {

using namespace catalog;

QString kindId(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema: return QStringLiteral("schema");
    case ObjectKind::Extension: return QStringLiteral("extension");
    case ObjectKind::Type: return QStringLiteral("type");
    case ObjectKind::Sequence: return QStringLiteral("sequence");
    case ObjectKind::Table: return QStringLiteral("table");
    case ObjectKind::Constraint: return QStringLiteral("constraint");
    case ObjectKind::Index: return QStringLiteral("index");
    case ObjectKind::View: return QStringLiteral("view");
    case ObjectKind::MaterializedView: return QStringLiteral("materialized_view");
    case ObjectKind::Function: return QStringLiteral("function");
    case ObjectKind::Procedure: return QStringLiteral("procedure");
    case ObjectKind::Trigger: return QStringLiteral("trigger");
    case ObjectKind::Policy: return QStringLiteral("policy");
    }
    return {};
}

QString kindDisplayName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema: return SchemaDiff::tr("Schemas");
    case ObjectKind::Extension: return SchemaDiff::tr("Extensions");
    case ObjectKind::Type: return SchemaDiff::tr("Types");
    case ObjectKind::Sequence: return SchemaDiff::tr("Sequences");
    case ObjectKind::Table: return SchemaDiff::tr("Tables");
    case ObjectKind::Constraint: return SchemaDiff::tr("Constraints");
    case ObjectKind::Index: return SchemaDiff::tr("Indexes");
    case ObjectKind::View: return SchemaDiff::tr("Views");
    case ObjectKind::MaterializedView: return SchemaDiff::tr("Materialized views");
    case ObjectKind::Function: return SchemaDiff::tr("Functions");
    case ObjectKind::Procedure: return SchemaDiff::tr("Procedures");
    case ObjectKind::Trigger: return SchemaDiff::tr("Triggers");
    case ObjectKind::Policy: return SchemaDiff::tr("Policies");
    }
    return {};
}

QString stateId(ChangeState state)
{
    switch (state) {
    case ChangeState::Same: return QStringLiteral("same");
    case ChangeState::Added: return QStringLiteral("added");
    case ChangeState::Removed: return QStringLiteral("removed");
    case ChangeState::Changed: return QStringLiteral("changed");
    }
    return {};
}

std::array<std::array<int, 4>, kObjectKindCount> DiffResult::counts() const
{
    std::array<std::array<int, 4>, kObjectKindCount> c{};
    for (const ObjectDiff &o : objects)
        ++c[size_t(o.kind)][size_t(o.state)];
    return c;
}

const ObjectDiff *DiffResult::find(const QString &key) const
{
    for (const ObjectDiff &o : objects)
        if (o.key == key)
            return &o;
    return nullptr;
}

namespace {

// Collects the names of differing fields.
class Fields
{
public:
    explicit Fields(const DiffOptions &o) : opt(o) {}
    template<class T>
    void cmp(const char *name, const T &a, const T &b)
    {
        if (!(a == b))
            out.append(QLatin1StringView(name));
    }
    // An expression, compared by meaning (ExprNormalize.h); wrap makes it a statement.
    void expr(const char *name, const QString &a, const QString &b, const QString &wrap = QStringLiteral("%1"))
    {
        if (!sameExpression(a, b, wrap))
            out.append(QLatin1StringView(name));
    }
    void owner(const QString &a, const QString &b)
    {
        if (!opt.ignoreOwners)
            cmp("owner", a, b);
    }
    void comment(const QString &a, const QString &b)
    {
        if (!opt.ignoreComments)
            cmp("comment", a, b);
    }
    void grants(const QList<Grant> &a, const QList<Grant> &b)
    {
        if (!opt.ignoreGrants)
            cmp("grants", a, b);
    }
    const DiffOptions &opt;
    QStringList out;
};

QStringList fieldsOf(const SchemaDef &a, const SchemaDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.owner(a.owner, b.owner);
    f.comment(a.comment, b.comment);
    f.grants(a.grants, b.grants);
    return f.out;
}

QStringList fieldsOf(const ExtensionDef &a, const ExtensionDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.cmp("schema", a.schema, b.schema);
    f.cmp("version", a.version, b.version);
    f.comment(a.comment, b.comment);
    return f.out;
}

QStringList fieldsOf(const TypeDef &a, const TypeDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.cmp("kind", a.kind, b.kind);
    f.owner(a.owner, b.owner);
    f.comment(a.comment, b.comment);
    f.grants(a.grants, b.grants);
    f.cmp("labels", a.labels, b.labels);
    f.cmp("base_type", a.baseType, b.baseType);
    f.cmp("collation", a.collation, b.collation);
    f.cmp("default", a.defaultExpr, b.defaultExpr);
    f.cmp("not_null", a.notNull, b.notNull);
    if (o.ignoreComments) {
        auto strip = [](QList<DomainConstraint> l) {
            for (DomainConstraint &c : l)
                c.comment.clear();
            return l;
        };
        f.cmp("constraints", strip(a.constraints), strip(b.constraints));
    } else {
        f.cmp("constraints", a.constraints, b.constraints);
    }
    if (a.attributes.size() != b.attributes.size()) {
        f.out.append(QStringLiteral("attributes"));
    } else {
        for (qsizetype i = 0; i < a.attributes.size(); ++i) {
            if (!SchemaDiff::columnFields(a.attributes[i], b.attributes[i], o).isEmpty()
                || a.attributes[i].name != b.attributes[i].name) {
                f.out.append(QStringLiteral("attributes"));
                break;
            }
        }
    }
    f.cmp("subtype", a.subtype, b.subtype);
    f.cmp("subtype_opclass", a.subtypeOpclass, b.subtypeOpclass);
    f.cmp("canonical", a.canonicalFunction, b.canonicalFunction);
    f.cmp("subtype_diff", a.subtypeDiffFunction, b.subtypeDiffFunction);
    f.cmp("multirange", a.multirangeName, b.multirangeName);
    return f.out;
}

QStringList fieldsOf(const SequenceDef &a, const SequenceDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.owner(a.owner, b.owner);
    f.comment(a.comment, b.comment);
    f.grants(a.grants, b.grants);
    f.cmp("options", a.options, b.options);
    f.cmp("owned_by", QStringList{a.ownedBySchema, a.ownedByTable, a.ownedByColumn},
          QStringList{b.ownedBySchema, b.ownedByTable, b.ownedByColumn});
    return f.out;
}

QStringList fieldsOf(const TableDef &a, const TableDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.owner(a.owner, b.owner);
    f.comment(a.comment, b.comment);
    f.grants(a.grants, b.grants);
    if (!SchemaDiff::columnChanges(a, b, o).isEmpty())
        f.out.append(QStringLiteral("columns"));
    else {
        // Same columns in another order.
        QStringList na, nb;
        for (const Column &c : a.columns)
            na.append(c.name);
        for (const Column &c : b.columns)
            nb.append(c.name);
        if (na != nb && !o.ignoreColumnOrder)
            f.out.append(QStringLiteral("column_order"));
    }
    f.cmp("unlogged", a.unlogged, b.unlogged);
    f.cmp("options", a.options, b.options);
    f.cmp("partition_key", a.partitionKey, b.partitionKey);
    f.cmp("parent", a.parentQualifiedName(), b.parentQualifiedName());
    f.cmp("partition_bound", a.partitionBound, b.partitionBound);
    f.cmp("rls_enabled", a.rlsEnabled, b.rlsEnabled);
    f.cmp("rls_forced", a.rlsForced, b.rlsForced);
    return f.out;
}

QStringList fieldsOf(const ConstraintDef &a, const ConstraintDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.cmp("type", a.type, b.type);
    f.expr("definition", a.definition, b.definition, QStringLiteral("ALTER TABLE t ADD CONSTRAINT c %1"));
    f.cmp("columns", a.columns, b.columns);
    f.cmp("references", QStringList{a.refSchema, a.refTable} + a.refColumns, QStringList{b.refSchema, b.refTable} + b.refColumns);
    f.cmp("on_update", a.onUpdate, b.onUpdate);
    f.cmp("on_delete", a.onDelete, b.onDelete);
    f.cmp("match", a.matchType, b.matchType);
    f.cmp("deferrable", a.deferrable, b.deferrable);
    f.cmp("initially_deferred", a.initiallyDeferred, b.initiallyDeferred);
    f.cmp("validated", a.validated, b.validated);
    f.cmp("nulls_not_distinct", a.nullsNotDistinct, b.nullsNotDistinct);
    f.cmp("inherited", a.inherited, b.inherited);
    f.comment(a.comment, b.comment);
    return f.out;
}

QStringList fieldsOf(const IndexDef &a, const IndexDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.expr("definition", a.definition, b.definition);
    f.cmp("valid", a.valid, b.valid);
    f.cmp("constraint", a.constraintName, b.constraintName);
    f.cmp("parent_index", a.parentIndex, b.parentIndex);
    f.comment(a.comment, b.comment);
    return f.out;
}

QStringList fieldsOf(const ViewDef &a, const ViewDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.owner(a.owner, b.owner);
    f.comment(a.comment, b.comment);
    f.grants(a.grants, b.grants);
    f.expr("definition", a.definition, b.definition);
    f.cmp("options", a.options, b.options);
    f.cmp("populated", a.populated, b.populated);
    if (a.columns.size() != b.columns.size()) {
        f.out.append(QStringLiteral("columns"));
    } else {
        bool cols = false, comments = false;
        for (qsizetype i = 0; i < a.columns.size(); ++i) {
            const Column &x = a.columns[i], &y = b.columns[i];
            cols = cols || x.name != y.name || x.type != y.type || x.collation != y.collation;
            comments = comments || x.comment != y.comment;
        }
        if (cols)
            f.out.append(QStringLiteral("columns"));
        if (comments && !o.ignoreComments)
            f.out.append(QStringLiteral("column_comments"));
    }
    return f.out;
}

QStringList fieldsOf(const FunctionDef &a, const FunctionDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.cmp("arguments", a.arguments, b.arguments);
    f.cmp("result", a.result, b.result);
    f.cmp("language", a.language, b.language);
    f.cmp("volatility", a.volatility, b.volatility);
    f.cmp("strict", a.strict, b.strict);
    f.cmp("security_definer", a.securityDefiner, b.securityDefiner);
    f.cmp("definition", a.definition, b.definition);
    f.owner(a.owner, b.owner);
    f.comment(a.comment, b.comment);
    f.grants(a.grants, b.grants);
    return f.out;
}

QStringList fieldsOf(const TriggerDef &a, const TriggerDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.cmp("definition", a.definition, b.definition);
    f.cmp("enabled", a.enabled, b.enabled);
    f.cmp("inherited", a.inherited, b.inherited);
    f.comment(a.comment, b.comment);
    return f.out;
}

QStringList fieldsOf(const PolicyDef &a, const PolicyDef &b, const DiffOptions &o)
{
    Fields f(o);
    f.cmp("permissive", a.permissive, b.permissive);
    f.cmp("command", a.command, b.command);
    f.cmp("roles", a.roles, b.roles);
    f.expr("using", a.usingExpr, b.usingExpr, QStringLiteral("SELECT %1"));
    f.expr("with_check", a.withCheckExpr, b.withCheckExpr, QStringLiteral("SELECT %1"));
    f.comment(a.comment, b.comment);
    return f.out;
}

// Table name of objects that belong to a table.
template<class T> QString tableOf(const T &) { return {}; }
QString tableOf(const ConstraintDef &c) { return c.table; }
QString tableOf(const IndexDef &i) { return i.table; }
QString tableOf(const TriggerDef &t) { return t.table; }
QString tableOf(const PolicyDef &p) { return p.table; }

template<class T> QString schemaOf(const T &o) { return o.schema; }
QString schemaOf(const SchemaDef &s) { return s.name; }

template<class T> ObjectKind kindOf(const T &, ObjectKind k) { return k; }
ObjectKind kindOf(const ViewDef &v, ObjectKind) { return v.materialized ? ObjectKind::MaterializedView : ObjectKind::View; }
ObjectKind kindOf(const FunctionDef &f, ObjectKind) { return f.procedure ? ObjectKind::Procedure : ObjectKind::Function; }

template<class T>
void compareList(const QList<T> &la, const QList<T> &lb, ObjectKind kind, const DiffOptions &o, DiffResult &r)
{
    QStringList keysB;
    keysB.reserve(lb.size());
    for (qsizetype i = 0; i < lb.size(); ++i)
        keysB.append(lb[i].key());
    // Snapshot lists are sorted by key (Snapshot::sort): then a cursor over B's keys
    // finds A's objects in order, without hashing; otherwise a hash map. A key that
    // repeats (only in a damaged file) means its last object, either way.
    const bool sortedB = std::is_sorted(keysB.cbegin(), keysB.cend());
    QHash<QString, qsizetype> inB;
    if (!sortedB) {
        inB.reserve(lb.size());
        for (qsizetype i = 0; i < lb.size(); ++i)
            inB.insert(keysB[i], i);
    }
    qsizetype cursor = 0;
    auto findB = [&](const QString &key) -> qsizetype {
        if (!sortedB) {
            const auto it = inB.constFind(key);
            return it == inB.cend() ? -1 : *it;
        }
        const auto n = keysB.size();
        if (!(cursor < n && keysB[cursor] == key)) {
            const auto it = std::lower_bound(keysB.cbegin(), keysB.cend(), key);
            if (it == keysB.cend() || *it != key)
                return -1;
            cursor = it - keysB.cbegin();
        }
        while (cursor + 1 < n && keysB[cursor + 1] == key)
            ++cursor;
        return cursor++;
    };
    // Appended straight to r.objects (no second copy of 70,000 entries), then this
    // list's part is put in order.
    QList<ObjectDiff> &out = r.objects;
    const qsizetype start = out.size();
    std::vector<bool> matched(size_t(lb.size()), false);
    for (qsizetype i = 0; i < la.size(); ++i) {
        const T &a = la[i];
        ObjectDiff d;
        d.key = a.key();
        d.kind = kindOf(a, kind);
        d.schema = schemaOf(a);
        d.name = a.name;
        d.table = tableOf(a);
        d.indexA = i;
        const qsizetype j = findB(d.key);
        if (j < 0) {
            d.state = ChangeState::Removed;
        } else {
            d.indexB = j;
            matched[size_t(j)] = true;
            const T &b = lb[j];
            if (a == b) {
                d.state = ChangeState::Same;
            } else {
                d.fields = fieldsOf(a, b, o);
                d.state = d.fields.isEmpty() ? ChangeState::Same : ChangeState::Changed;
                if constexpr (std::is_same_v<T, TableDef>) {
                    if (d.fields.contains(u"columns"))
                        d.columns = SchemaDiff::columnChanges(a, b, o);
                }
            }
        }
        if (d.state != ChangeState::Same || o.includeSame)
            out.append(std::move(d));
    }
    for (qsizetype i = 0; i < lb.size(); ++i) {
        if (matched[size_t(i)])
            continue;
        const T &b = lb[i];
        ObjectDiff d;
        d.key = keysB[i];
        d.kind = kindOf(b, kind);
        d.schema = schemaOf(b);
        d.name = b.name;
        d.table = tableOf(b);
        d.indexB = i;
        d.state = ChangeState::Added;
        out.append(std::move(d));
    }
    auto byKindAndKey = [](const ObjectDiff &x, const ObjectDiff &y) {
        if (x.kind != y.kind)
            return x.kind < y.kind;
        return x.key < y.key;
    };
    const auto first = out.begin() + start;
    if (!std::is_sorted(first, out.end(), byKindAndKey)) // sorted when nothing was added
        std::sort(first, out.end(), byKindAndKey);
    for (auto it = first; it != out.end(); ++it) {
        switch (it->state) {
        case ChangeState::Added: ++r.added; break;
        case ChangeState::Removed: ++r.removed; break;
        case ChangeState::Changed: ++r.changed; break;
        case ChangeState::Same: ++r.same; break;
        }
    }
}

} // namespace

QStringList SchemaDiff::columnFields(const Column &a, const Column &b, const DiffOptions &o)
{
    Fields f(o);
    f.cmp("type", a.type, b.type);
    f.cmp("collation", a.collation, b.collation);
    f.expr("default", a.defaultExpr, b.defaultExpr, QStringLiteral("SELECT %1"));
    f.expr("generated", a.generatedExpr, b.generatedExpr, QStringLiteral("SELECT %1"));
    f.cmp("identity", a.identity, b.identity);
    if (!a.identity.isEmpty() && !b.identity.isEmpty()) {
        f.cmp("identity_sequence", a.identitySequence, b.identitySequence);
        f.cmp("identity_options", a.identityOptions, b.identityOptions);
    }
    f.cmp("not_null", a.notNull, b.notNull);
    f.cmp("inherited", a.inherited, b.inherited);
    f.comment(a.comment, b.comment);
    return f.out;
}

QList<ColumnChange> SchemaDiff::columnChanges(const TableDef &a, const TableDef &b, const DiffOptions &o)
{
    QList<ColumnChange> out;
    QHash<QString, qsizetype> inA;
    inA.reserve(a.columns.size());
    for (qsizetype i = 0; i < a.columns.size(); ++i)
        inA.insert(a.columns[i].name, i);
    QSet<QString> seen;
    for (const Column &cb : b.columns) {
        auto it = inA.constFind(cb.name);
        if (it == inA.cend()) {
            out.append({ColumnChange::Kind::Added, cb.name, {}, {}, cb});
            continue;
        }
        seen.insert(cb.name);
        const Column &ca = a.columns[*it];
        if (ca == cb)
            continue;
        QStringList fields = columnFields(ca, cb, o);
        if (!fields.isEmpty())
            out.append({ColumnChange::Kind::Changed, cb.name, fields, ca, cb});
    }
    for (const Column &ca : a.columns)
        if (!seen.contains(ca.name))
            out.append({ColumnChange::Kind::Dropped, ca.name, {}, ca, {}});
    return out;
}

DiffResult SchemaDiff::compare(const Snapshot &a, const Snapshot &b, const DiffOptions &o)
{
    // Two halves of the kinds, the second on its own thread when the schemas are big
    // enough for it to pay (10,000 tables: 260 ms on one core); the halves are joined
    // in kind order, so the result is the same either way.
    auto first = [&](DiffResult &r) {
        compareList(a.schemas, b.schemas, ObjectKind::Schema, o, r);
        compareList(a.extensions, b.extensions, ObjectKind::Extension, o, r);
        compareList(a.types, b.types, ObjectKind::Type, o, r);
        compareList(a.sequences, b.sequences, ObjectKind::Sequence, o, r);
        compareList(a.tables, b.tables, ObjectKind::Table, o, r);
        compareList(a.constraints, b.constraints, ObjectKind::Constraint, o, r);
    };
    auto second = [&](DiffResult &r) {
        compareList(a.indexes, b.indexes, ObjectKind::Index, o, r);
        compareList(a.views, b.views, ObjectKind::View, o, r);
        compareList(a.functions, b.functions, ObjectKind::Function, o, r);
        compareList(a.triggers, b.triggers, ObjectKind::Trigger, o, r);
        compareList(a.policies, b.policies, ObjectKind::Policy, o, r);
    };
    DiffResult r, rest;
    if (o.includeSame)
        r.objects.reserve(std::max(a.objectCount(), b.objectCount()) + 64);
    if (std::max(a.objectCount(), b.objectCount()) >= 4000 && std::thread::hardware_concurrency() > 1) {
        std::thread other([&] { second(rest); });
        first(r);
        other.join();
    } else {
        first(r);
        second(rest);
    }
    r.objects.reserve(r.objects.size() + rest.objects.size());
    std::move(rest.objects.begin(), rest.objects.end(), std::back_inserter(r.objects));
    r.added += rest.added;
    r.removed += rest.removed;
    r.changed += rest.changed;
    r.same += rest.same;
    auto byKind = [](const ObjectDiff &x, const ObjectDiff &y) { return x.kind < y.kind; };
    if (!std::is_sorted(r.objects.begin(), r.objects.end(), byKind)) // views, procedures: their kind is not the list's
        std::stable_sort(r.objects.begin(), r.objects.end(), byKind);
    return r;
}

} // namespace strata::diff
