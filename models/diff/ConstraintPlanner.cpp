// Table constraints: drops, adds in their safe forms, and keys replaced in place.
//
// A primary key or unique constraint that changes on a table that stays (and keeps the
// columns involved) is replaced without leaving the table keyless: the new unique index is built CONCURRENTLY first
// under a temporary name (outside any transaction, writes go on), then one short
// transaction drops the foreign keys that lean on the old key, drops the old key, turns
// the new index into the key (ADD ... USING INDEX, which renames it) and adds the
// foreign keys again NOT VALID; each foreign key is validated afterwards in a
// transaction of its own (SHARE UPDATE EXCLUSIVE: reads and writes go on).

#include "PlanBuilder.h"

namespace strata::diff {

using namespace catalog;

namespace {

bool isKey(const ConstraintDef &c)
{
    return c.type == ConstraintDef::Type::PrimaryKey || c.type == ConstraintDef::Type::Unique;
}

QString keyClause(const ConstraintDef &c)
{
    QString clause = c.type == ConstraintDef::Type::PrimaryKey ? QStringLiteral("PRIMARY KEY") : QStringLiteral("UNIQUE");
    if (c.deferrable)
        clause += c.initiallyDeferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QStringLiteral(" DEFERRABLE");
    return clause;
}

} // namespace

void PlanBuilder::planConstraints()
{
    QHash<QString, const IndexDef *> backing; // "table\nconstraint" -> the index made by the constraint
    for (const IndexDef &i : B.indexes)
        if (!i.constraintName.isEmpty())
            backing.insert(i.tableQualifiedName() + u'\n' + i.constraintName, &i);
    auto dropsConstraint = [this](const ConstraintDef &c, const ObjectDiff *d) {
        const bool validateOnly = d && d->state == ChangeState::Changed && d->fields == QStringList{QStringLiteral("validated")}
            && !c.validated;
        return (d && d->state == ChangeState::Removed) || (isStructurallyChanged(d) && !validateOnly) || recreated.contains(c.key());
    };
    auto createsConstraint = [this](const ConstraintDef &c, const ObjectDiff *d) {
        return tableIsNew(c.tableQualifiedName()) || (d && d->state == ChangeState::Added) || isStructurallyChanged(d)
            || recreated.contains(c.key());
    };

    // Keys replaced in place (see above), by table.
    QHash<QString, QList<const ConstraintDef *>> swaps;
    QSet<QString> swapped; // their keys
    if (O.safeForms) {
        for (const ConstraintDef &c : B.constraints) {
            const QString tq = c.tableQualifiedName();
            const TableDef *t = tableB(tq);
            const ObjectDiff *d = diffOf(c);
            if (c.inherited || !isKey(c) || tableIsNew(tq) || !t || t->isPartitioned() || !d || d->indexA < 0
                || !backing.contains(tq + u'\n' + c.name) || !createsConstraint(c, d))
                continue;
            const ConstraintDef &old = A.constraints[d->indexA];
            if (!isKey(old) || !dropsConstraint(old, d))
                continue;
            // A column of the table, or of a foreign key leaning on it, is dropped or
            // retyped: the old key and those foreign keys must go before the column
            // changes (the usual order), not after them in the swap.
            bool columnsChange = affectedColumns.contains(tq);
            for (const ConstraintDef &fk : A.constraints)
                if (!columnsChange && fk.type == ConstraintDef::Type::ForeignKey && qualifiedName(fk.refSchema, fk.refTable) == tq)
                    for (const QString &col : fk.columns)
                        columnsChange = columnsChange || affectedColumns.value(fk.tableQualifiedName()).contains(col);
            if (columnsChange)
                continue;
            swaps[tq].append(&c);
            swapped.insert(c.key());
        }
    }
    // Foreign keys to a table whose key is swapped: dropped and added in the swap.
    auto inSwap = [&swaps](const ConstraintDef &c) {
        return c.type == ConstraintDef::Type::ForeignKey && swaps.contains(qualifiedName(c.refSchema, c.refTable));
    };
    QHash<QString, QList<const ConstraintDef *>> swapDrops, swapAdds; // referenced table -> foreign keys

    // Drops.
    for (const ConstraintDef &c : A.constraints) {
        // On a dropped table only what must go before the functions (it calls one the plan
        // drops), and foreign keys on a cycle of dropped tables: dropped apart from their
        // table (as pg_dump does), so that tables referring to each other can go.
        const bool onCycle = cyclicForeignKeys.contains(c.key());
        if (c.inherited || (tableIsDropped(c.tableQualifiedName()) && !callsDroppedFunction(c.definition) && !onCycle))
            continue;
        const ObjectDiff *d = diffOf(c);
        if (!dropsConstraint(c, d) && !(onCycle && tableIsDropped(c.tableQualifiedName())))
            continue;
        if (swapped.contains(c.key()))
            continue; // in the swap
        if (inSwap(c) && !tableIsDropped(c.tableQualifiedName())) {
            swapDrops[qualifiedName(c.refSchema, c.refTable)].append(&c);
            continue;
        }
        const bool fk = c.type == ConstraintDef::Type::ForeignKey;
        PlanStep &s = add(fk ? DropForeignKeys : DropConstraints,
                          QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(c.tableQualifiedName(), sql::ident(c.name)), c.key(),
                          ObjectKind::Constraint, QStringLiteral("drop"),
                          d && d->state == ChangeState::Removed ? Planner::tr("Constraint %1 does not exist in the target.").arg(c.name)
                                                                : Planner::tr("Constraint %1 is dropped to be added again.").arg(c.name));
        s.hazards = tableHazards(c.tableQualifiedName());
        s.hazards.accessExclusive = true;
    }
    // Creates.
    for (const ConstraintDef &c : B.constraints) {
        if (c.inherited)
            continue;
        const QString tq = c.tableQualifiedName();
        const ObjectDiff *d = diffOf(c);
        const bool isNewTable = tableIsNew(tq);
        const bool validateOnly = d && d->state == ChangeState::Changed && d->fields == QStringList{QStringLiteral("validated")} && c.validated;
        if (validateOnly) {
            PlanStep &s = add(Validate, QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2").arg(tq, sql::ident(c.name)), c.key(),
                              ObjectKind::Constraint, QStringLiteral("validate"), Planner::tr("Checks the existing rows without blocking writes."));
            s.hazards = tableHazards(tq);
            s.hazards.fullScan = true;
            continue;
        }
        if (!createsConstraint(c, d))
            continue;
        const TableDef *table = tableB(tq);
        const bool partitioned = table && table->isPartitioned();
        const bool safe = O.safeForms && !isNewTable;
        Hazards h = tableHazards(tq);
        if (swapped.contains(c.key())) {
            // The new index first, under a name of its own (the old key's index has its name).
            const IndexDef &idx = *backing.value(tq + u'\n' + c.name);
            PlanStep &s = add(Constraints, sql::createIndexNamed(idx, true, truncatedName(c.name, QStringLiteral("_new"))), c.key(),
                              ObjectKind::Constraint, QStringLiteral("create"),
                              Planner::tr("Builds the new key's index concurrently (outside a transaction) while the old key still "
                                          "holds: writes go on."));
            s.transactional = false;
            s.hazards = h;
            s.hazards.indexBuild = true;
            continue;
        }
        if (inSwap(c) && !isNewTable) {
            swapAdds[qualifiedName(c.refSchema, c.refTable)].append(&c);
            continue;
        }
        switch (c.type) {
        case ConstraintDef::Type::PrimaryKey:
        case ConstraintDef::Type::Unique: {
            const IndexDef *idx = backing.value(tq + u'\n' + c.name);
            if (safe && !partitioned && idx) {
                PlanStep &s1 = add(Constraints, sql::createIndex(*idx, true), c.key(), ObjectKind::Constraint, QStringLiteral("create"),
                                   Planner::tr("Builds the constraint's index concurrently (outside a transaction) without blocking writes."));
                s1.transactional = false;
                s1.hazards = h;
                s1.hazards.indexBuild = true;
                PlanStep &s2 = add(Constraints, QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3 USING INDEX %2").arg(tq, sql::ident(c.name), keyClause(c)),
                                   c.key(), ObjectKind::Constraint, QStringLiteral("create"),
                                   Planner::tr("Turns the new index into the constraint; only a brief exclusive lock."));
                s2.hazards = h;
                s2.hazards.accessExclusive = true;
                if (c.type == ConstraintDef::Type::PrimaryKey)
                    s2.explanation += Planner::tr(" Columns that allow NULL are scanned to set NOT NULL.");
                break;
            }
            PlanStep &s = add(Constraints, sql::addConstraint(c, false), c.key(), ObjectKind::Constraint, QStringLiteral("create"),
                              isNewTable ? Planner::tr("Constraint of a new table.") : Planner::tr("Builds the constraint's index under an exclusive lock."));
            if (!isNewTable) {
                s.hazards = h;
                s.hazards.accessExclusive = s.hazards.indexBuild = true;
            }
            break;
        }
        case ConstraintDef::Type::Exclude: {
            PlanStep &s = add(Constraints, sql::addConstraint(c, false), c.key(), ObjectKind::Constraint, QStringLiteral("create"),
                              Planner::tr("Exclusion constraints cannot be added NOT VALID or from an existing index."));
            if (!isNewTable) {
                s.hazards = h;
                s.hazards.accessExclusive = s.hazards.indexBuild = s.hazards.fullScan = true;
            }
            break;
        }
        case ConstraintDef::Type::Check:
        case ConstraintDef::Type::ForeignKey:
            addCheckOrForeignKey(c, c.type == ConstraintDef::Type::ForeignKey ? ForeignKeys : Constraints,
                                 safe && !(c.type == ConstraintDef::Type::ForeignKey && partitioned) && c.validated, isNewTable);
            break;
        }
    }
    // The swaps: one transaction per table, right after the index builds.
    QStringList tables = swaps.keys();
    tables.sort();
    for (const QString &tq : std::as_const(tables)) {
        const Hazards h = tableHazards(tq);
        for (const ConstraintDef *fk : swapDrops.value(tq)) {
            PlanStep &s = add(Constraints, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(fk->tableQualifiedName(), sql::ident(fk->name)),
                              fk->key(), ObjectKind::Constraint, QStringLiteral("drop"),
                              Planner::tr("The foreign key leans on the key of %1 that is replaced: dropped in the same transaction "
                                          "that swaps the key, and added again there.").arg(tq));
            s.hazards = tableHazards(fk->tableQualifiedName());
            s.hazards.accessExclusive = true;
        }
        for (const ConstraintDef *c : swaps.value(tq)) {
            const ObjectDiff *d = diffOf(*c);
            const ConstraintDef &old = A.constraints[d->indexA];
            PlanStep &s1 = add(Constraints, QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(tq, sql::ident(old.name)), old.key(),
                               ObjectKind::Constraint, QStringLiteral("drop"),
                               Planner::tr("The old key goes in the transaction that puts the new one in its place: the table is "
                                           "never without its key."));
            s1.hazards = h;
            s1.hazards.accessExclusive = true;
            PlanStep &s2 = add(Constraints, QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3 USING INDEX %4")
                                                .arg(tq, sql::ident(c->name), keyClause(*c), sql::ident(truncatedName(c->name, QStringLiteral("_new")))),
                               c->key(), ObjectKind::Constraint, QStringLiteral("create"),
                               Planner::tr("The index built beforehand becomes the key (and takes its name); only a brief exclusive lock."));
            s2.hazards = h;
            s2.hazards.accessExclusive = true;
            if (c->type == ConstraintDef::Type::PrimaryKey)
                s2.explanation += Planner::tr(" Columns that allow NULL are scanned to set NOT NULL.");
        }
        for (const ConstraintDef *fk : swapAdds.value(tq)) {
            const TableDef *t = tableB(fk->tableQualifiedName());
            // PostgreSQL refuses NOT VALID foreign keys on partitioned tables.
            addCheckOrForeignKey(*fk, Constraints, fk->validated && !(t && t->isPartitioned()), false);
        }
    }
}

void PlanBuilder::addCheckOrForeignKey(const ConstraintDef &c, Phase phase, bool notValid, bool isNewTable)
{
    const QString tq = c.tableQualifiedName();
    const bool fk = c.type == ConstraintDef::Type::ForeignKey;
    const Hazards h = tableHazards(tq);
    PlanStep &s = add(phase, sql::addConstraint(c, notValid), c.key(), ObjectKind::Constraint, QStringLiteral("create"),
                      notValid ? Planner::tr("Added NOT VALID: only new rows are checked now, under a brief lock.")
                               : (isNewTable ? Planner::tr("Constraint of a new table.") : Planner::tr("Checks every existing row while holding the lock.")));
    if (!isNewTable) {
        s.hazards = h;
        s.hazards.accessExclusive = !fk; // a foreign key takes SHARE ROW EXCLUSIVE
        s.hazards.fullScan = !notValid && c.validated;
    }
    if (notValid) {
        PlanStep &v = add(Validate, QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2").arg(tq, sql::ident(c.name)), c.key(),
                          ObjectKind::Constraint, QStringLiteral("validate"),
                          Planner::tr("Checks the existing rows in a transaction of its own, under SHARE UPDATE EXCLUSIVE: reads "
                                      "and writes go on."));
        v.hazards = h;
        v.hazards.fullScan = true;
    }
}

} // namespace strata::diff
