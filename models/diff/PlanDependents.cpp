// What must be made again because something it depends on goes: found in A's
// dependency graph (Snapshot::dependencies), transitively. An object of A that the plan
// drops (removed, made anew, a relation dropped, a type made anew, a key constraint or
// index changed) takes with it, before it goes, every constraint, index, trigger, policy,
// view and function that depends on it; those the target keeps are created again after
// it (PlanOrder.cpp puts the steps in that order). Tables, sequences and types are not
// made again for a dependant's sake: their columns are converted by the parts that know
// how (types, defaults, generated columns).

#include "PlanBuilder.h"

namespace strata::diff {

using namespace catalog;

namespace {

// Strongly connected components (Kosaraju, without recursion): component id per node.
std::vector<int> components(const std::vector<std::vector<int>> &out)
{
    const int n = int(out.size());
    std::vector<std::vector<int>> in(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        for (int w : out[size_t(v)])
            in[size_t(w)].push_back(v);
    std::vector<int> order;
    std::vector<char> seen(size_t(n), 0);
    for (int s = 0; s < n; ++s) {
        if (seen[size_t(s)])
            continue;
        std::vector<std::pair<int, size_t>> stack{{s, 0}};
        seen[size_t(s)] = 1;
        while (!stack.empty()) {
            auto &[v, i] = stack.back();
            if (i < out[size_t(v)].size()) {
                const int w = out[size_t(v)][i++];
                if (!seen[size_t(w)]) {
                    seen[size_t(w)] = 1;
                    stack.push_back({w, 0});
                }
            } else {
                order.push_back(v);
                stack.pop_back();
            }
        }
    }
    std::vector<int> comp(size_t(n), -1);
    int c = 0;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        if (comp[size_t(*it)] >= 0)
            continue;
        std::vector<int> stack{*it};
        comp[size_t(*it)] = c;
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            for (int w : in[size_t(v)])
                if (comp[size_t(w)] < 0) {
                    comp[size_t(w)] = c;
                    stack.push_back(w);
                }
        }
        ++c;
    }
    return comp;
}

} // namespace

// Foreign keys between dropped tables that refer to each other, directly or round a
// longer cycle: no order of DROP TABLE works, so these are dropped first, apart from
// their tables (as pg_dump does).
void PlanBuilder::decideForeignKeyCycles()
{
    QHash<QString, int> node;
    std::vector<std::vector<int>> out;
    QList<QPair<const ConstraintDef *, QPair<int, int>>> fks;
    auto id = [&](const QString &q) {
        auto it = node.find(q);
        if (it == node.end()) {
            it = node.insert(q, int(out.size()));
            out.emplace_back();
        }
        return *it;
    };
    for (const ConstraintDef &c : A.constraints) {
        if (c.type != ConstraintDef::Type::ForeignKey || c.inherited)
            continue;
        const QString from = c.tableQualifiedName(), to = qualifiedName(c.refSchema, c.refTable);
        if (from == to || !tableIsDropped(from) || !tableIsDropped(to))
            continue;
        const int x = id(from), y = id(to);
        out[size_t(x)].push_back(y);
        fks.append({&c, {x, y}});
    }
    if (fks.isEmpty())
        return;
    const std::vector<int> comp = components(out);
    for (const auto &[c, ends] : fks)
        if (comp[size_t(ends.first)] == comp[size_t(ends.second)])
            cyclicForeignKeys.insert(c->key());
}

void PlanBuilder::decideDependents()
{
    if (A.dependencies.isEmpty())
        return;
    QStringList work;
    QSet<QString> seen;
    auto source = [&](const QString &key) {
        if (!seen.contains(key)) {
            seen.insert(key);
            work.append(key);
        }
    };
    for (const ObjectDiff &d : D.objects) {
        if (d.indexA < 0)
            continue;
        if (d.state == ChangeState::Removed || recreated.contains(d.key))
            source(d.key);
        else if ((d.kind == ObjectKind::Constraint || d.kind == ObjectKind::Index) && isStructurallyChanged(&d))
            source(d.key);
    }
    for (const QString &q : std::as_const(droppedRelations)) {
        if (const TableDef *t = tableA(q))
            source(t->key());
        else if (const ViewDef *v = viewsByNameA.value(q, nullptr))
            source(v->key());
    }
    for (const QString &q : std::as_const(recreatedTypes))
        source(QStringLiteral("type:") + q);
    if (work.isEmpty())
        return;

    QHash<QString, QList<const QString *>> dependants; // key -> keys of A that depend on it
    dependants.reserve(A.dependencies.size());
    for (const Dependency &d : A.dependencies)
        dependants[d.to].append(&d.from);
    QHash<QString, const ObjectDiff *> byKey;
    byKey.reserve(D.objects.size());
    for (const ObjectDiff &d : D.objects)
        if (d.indexA >= 0)
            byKey.insert(d.key, &d);
    // The table a part of A belongs to (its qualified name), from its place in A's list;
    // empty for a part made with its table (inherited, a key's index, a partition's index).
    auto tableOf = [this](const ObjectDiff &d) -> QString {
        switch (d.kind) {
        case ObjectKind::Constraint: {
            const ConstraintDef &c = A.constraints[d.indexA];
            return c.inherited ? QString() : c.tableQualifiedName();
        }
        case ObjectKind::Index: {
            const IndexDef &i = A.indexes[d.indexA];
            return i.constraintName.isEmpty() && i.parentIndex.isEmpty() ? i.tableQualifiedName() : QString();
        }
        case ObjectKind::Trigger: {
            const TriggerDef &t = A.triggers[d.indexA];
            return t.inherited ? QString() : t.tableQualifiedName();
        }
        case ObjectKind::Policy: return A.policies[d.indexA].tableQualifiedName();
        default: return {};
        }
    };

    // Marks a dependant as made again; true when it is something the plan can make again.
    auto remake = [&](const QString &key, const QString &because) -> bool {
        const ObjectDiff *d = byKey.value(key);
        if (!d)
            return false;
        const bool kept = d->state != ChangeState::Removed;
        switch (d->kind) {
        case ObjectKind::Constraint:
        case ObjectKind::Index:
        case ObjectKind::Trigger:
        case ObjectKind::Policy: {
            // Made again with its table, or goes with it: nothing to do here.
            const QString table = tableOf(*d);
            if (table.isEmpty() || droppedRelations.contains(table))
                return false;
            break;
        }
        case ObjectKind::View:
        case ObjectKind::MaterializedView: {
            const QString q = qualifiedName(d->schema, d->name);
            droppedRelations.insert(q);
            if (kept)
                createdRelations.insert(q);
            break;
        }
        case ObjectKind::Function:
        case ObjectKind::Procedure:
            if (kept)
                recreatedFunctions.insert(qualifiedName(d->schema, d->name));
            break;
        default:
            return false;
        }
        if (kept && !recreated.contains(key)) {
            recreated.insert(key);
            remadeFor.insert(key, because);
        }
        return true;
    };
    while (!work.isEmpty()) {
        const QString key = work.takeLast();
        for (const QString *x : dependants.value(key))
            if (!seen.contains(*x) && remake(*x, key))
                source(*x);
    }
}

} // namespace strata::diff
