// One order for the whole plan, from the catalogs' own dependency graphs
// (Snapshot::dependencies): a stable topological sort of the steps. A step that drops
// an object of A goes after the drops of everything in A that depends on it; a step that
// makes an object of B (create, replace, alter, validate, ...) goes after the steps that
// make what it depends on in B; steps of one object keep their order. Where no edge
// says otherwise the steps keep the order the planner wrote them in (its phases), so
// the sort only moves what a real dependency moves. A part without steps of its own (a
// constraint, index, trigger or policy made or dropped with its table, a partition with
// its parent) stands for its table's steps.

#include "PlanBuilder.h"

#include <queue>

namespace strata::diff {

using namespace catalog;

namespace {

// Part -> the object whose steps make or drop it along: constraints, indexes, triggers
// and policies -> their table (or materialized view); partitions -> their parent.
void addOwners(const Snapshot &s, QHash<QString, QString> &owner)
{
    // By (schema, name) as the parts name their table: no names quoted for the lookups.
    QHash<QPair<QString, QString>, QString> relationKeys; // (schema, name) -> key
    relationKeys.reserve(s.tables.size() + s.views.size());
    for (const TableDef &t : s.tables)
        relationKeys.insert({t.schema, t.name}, t.key());
    for (const ViewDef &v : s.views)
        relationKeys.insert({v.schema, v.name}, v.key());
    auto relation = [&relationKeys](const QString &schema, const QString &name) { return relationKeys.value({schema, name}); };
    owner.reserve(owner.size() + s.constraints.size() + s.indexes.size() + s.triggers.size() + s.policies.size());
    for (const TableDef &t : s.tables)
        if (t.isPartition())
            owner.insert(t.key(), relation(t.parentSchema, t.parentName));
    for (const ConstraintDef &c : s.constraints)
        owner.insert(c.key(), relation(c.schema, c.table));
    for (const IndexDef &i : s.indexes) {
        // A constraint's index is the constraint (the graph names the constraint).
        owner.insert(i.key(), relation(i.schema, i.table));
    }
    for (const TriggerDef &t : s.triggers)
        owner.insert(t.key(), relation(t.schema, t.table));
    for (const PolicyDef &p : s.policies)
        owner.insert(p.key(), relation(p.schema, p.table));
}

bool isDrop(const PlanStep &s)
{
    return s.action == u"drop";
}

} // namespace

QList<PlanStep> orderByDependencies(const QList<PlanStep> &steps, const Snapshot &a, const Snapshot &b)
{
    const qsizetype n = steps.size();
    if (n < 2 || (a.dependencies.isEmpty() && b.dependencies.isEmpty()))
        return steps;
    QHash<QString, QList<qsizetype>> drops, makes;
    QHash<QString, qsizetype> lastOfKey;
    std::vector<std::vector<qsizetype>> next(static_cast<size_t>(n));
    std::vector<int> waiting(size_t(n), 0);
    auto edge = [&](qsizetype before, qsizetype after) {
        if (before == after)
            return;
        next[size_t(before)].push_back(after);
        ++waiting[size_t(after)];
    };
    for (qsizetype i = 0; i < n; ++i) {
        const PlanStep &s = steps[i];
        if (s.objectKey.isEmpty())
            continue;
        (isDrop(s) ? drops : makes)[s.objectKey].append(i);
        // Steps of one object keep their order.
        if (auto it = lastOfKey.find(s.objectKey); it != lastOfKey.end()) {
            edge(*it, i);
            *it = i;
        } else {
            lastOfKey.insert(s.objectKey, i);
        }
    }
    QHash<QString, QString> ownerA, ownerB;
    addOwners(a, ownerA);
    addOwners(b, ownerB);
    // The steps that stand for an object: its own, else its owner's (up the chain).
    auto stepsOf = [](const QHash<QString, QList<qsizetype>> &byKey, const QHash<QString, QString> &owner,
                      const QString &key) -> const QList<qsizetype> * {
        QString k = key;
        for (int depth = 0; depth < 8 && !k.isEmpty(); ++depth) {
            if (auto it = byKey.constFind(k); it != byKey.cend())
                return &*it;
            k = owner.value(k);
        }
        return nullptr;
    };
    // A part's own steps: dropped before its owner, made after its owner is created.
    for (auto it = drops.cbegin(); it != drops.cend(); ++it)
        if (auto o = drops.constFind(ownerA.value(it.key())); o != drops.cend())
            for (qsizetype x : *it)
                for (qsizetype y : *o)
                    edge(x, y);
    for (auto it = makes.cbegin(); it != makes.cend(); ++it)
        if (auto o = makes.constFind(ownerB.value(it.key())); o != makes.cend())
            for (qsizetype y : *o)
                if (steps[y].action == u"create")
                    for (qsizetype x : *it)
                        edge(y, x);
    // Drops: what depends on an object goes first.
    for (const Dependency &d : a.dependencies) {
        const QList<qsizetype> *to = stepsOf(drops, ownerA, d.to);
        if (!to)
            continue;
        const QList<qsizetype> *from = stepsOf(drops, ownerA, d.from);
        if (!from || from == to)
            continue;
        for (qsizetype x : *from)
            for (qsizetype y : *to)
                edge(x, y);
    }
    // Makes: what an object depends on comes first. Only for the steps that create or
    // replace the dependant (and validate it): a table's ALTER steps stay where the
    // planner put them, since some of them take the old state apart (DROP DEFAULT, DROP
    // COLUMN) before what the target's state uses exists.
    for (const Dependency &d : b.dependencies) {
        const QList<qsizetype> *to = stepsOf(makes, ownerB, d.to);
        if (!to)
            continue;
        const QList<qsizetype> *from = stepsOf(makes, ownerB, d.from);
        if (!from || from == to)
            continue;
        for (qsizetype x : *from)
            if (steps[x].action != u"alter")
                for (qsizetype y : *to)
                    if (steps[y].action != u"alter" || y < x) // an ALTER the planner put later stays later
                        edge(y, x);
    }
    // Kahn's algorithm, always taking the earliest step that is free; a cycle (which the
    // planner should have broken) is left at its earliest step.
    std::priority_queue<qsizetype, std::vector<qsizetype>, std::greater<>> ready;
    for (qsizetype i = 0; i < n; ++i)
        if (waiting[size_t(i)] == 0)
            ready.push(i);
    std::vector<bool> done(size_t(n), false);
    QList<PlanStep> out;
    out.reserve(n);
    qsizetype scan = 0;
    while (out.size() < n) {
        qsizetype i = -1;
        while (!ready.empty() && i < 0) {
            i = ready.top();
            ready.pop();
            if (done[size_t(i)])
                i = -1;
        }
        if (i < 0) {
            while (done[size_t(scan)])
                ++scan;
            i = scan;
        }
        done[size_t(i)] = true;
        out.append(steps[i]);
        for (qsizetype j : next[size_t(i)])
            if (--waiting[size_t(j)] == 0 && !done[size_t(j)])
                ready.push(j);
    }
    return out;
}

} // namespace strata::diff
