// Tables, columns, constraints and indexes.

#include "PlanBuilder.h"

#include <QRegularExpression>

namespace strata::diff {

using namespace catalog;

namespace {

// Type changes PostgreSQL does without rewriting the table (binary-coercible).
bool retypeWithoutRewrite(const QString &from, const QString &to)
{
    static const QRegularExpression varchar(QStringLiteral("^character varying(?:\\((\\d+)\\))?$"));
    static const QRegularExpression numeric(QStringLiteral("^numeric(?:\\((\\d+),(\\d+)\\))?$"));
    if (from == to)
        return true;
    const auto fv = varchar.match(from), tv = varchar.match(to);
    if (fv.hasMatch() && (to == u"text" || (tv.hasMatch() && (tv.captured(1).isEmpty()
                                                              || (!fv.captured(1).isEmpty() && tv.captured(1).toInt() >= fv.captured(1).toInt())))))
        return true;
    const auto fn = numeric.match(from), tn = numeric.match(to);
    if (fn.hasMatch() && tn.hasMatch() && tn.captured(1).isEmpty())
        return true;
    return false;
}

bool volatileDefault(const QString &expr)
{
    static const QRegularExpression re(QStringLiteral("\\b(nextval|random|clock_timestamp|gen_random_uuid|uuid_generate_v[14]|timeofday)\\s*\\("));
    return re.match(expr).hasMatch();
}

QString explainRows(const Hazards &h)
{
    if (h.tableRows > 0)
        return Planner::tr(" The table has about %1 rows.").arg(qint64(h.tableRows));
    return {};
}

} // namespace

void PlanBuilder::decideTables()
{
    for (const ObjectDiff &d : D.objects) {
        if (d.kind != ObjectKind::Table)
            continue;
        if (d.state == ChangeState::Removed) {
            droppedRelations.insert(A.tables[d.indexA].qualifiedName());
        } else if (d.state == ChangeState::Added) {
            createdRelations.insert(B.tables[d.indexB].qualifiedName());
        } else if (d.state == ChangeState::Changed) {
            const TableDef &a = A.tables[d.indexA];
            const TableDef &b = B.tables[d.indexB];
            // PostgreSQL cannot change the partition key, nor the type of a column in it.
            QSet<QString> retypedColumns;
            for (const ColumnChange &c : d.columns)
                if (retypes(c))
                    retypedColumns.insert(c.name);
            if (a.partitionKey != b.partitionKey || mentionsColumn(a.partitionKey, retypedColumns)) {
                recreated.insert(d.key);
                droppedRelations.insert(a.qualifiedName());
                createdRelations.insert(b.qualifiedName());
                notes.append(a.partitionKey != b.partitionKey
                                 ? Planner::tr("Table %1 changes its partitioning, which needs the table dropped and created again: its rows are lost.")
                                       .arg(b.qualifiedName())
                                 : Planner::tr("Table %1 changes the type of a column of its partition key, which needs the table dropped and created again: its rows are lost.")
                                       .arg(b.qualifiedName()));
                continue;
            }
            for (const ColumnChange &c : d.columns) {
                const QString q = a.qualifiedName();
                if (c.kind == ColumnChange::Kind::Dropped) {
                    affectedColumns[q].insert(c.name);
                    droppedColumns.insert(q + u'\n' + c.name);
                } else if (c.kind == ColumnChange::Kind::Changed) {
                    if (retypes(c))
                        affectedColumns[q].insert(c.name);
                    if (c.fields.contains(u"generated") && !c.after.generatedExpr.isEmpty()) {
                        affectedColumns[q].insert(c.name);
                        recreatedColumns.insert(q + u'\n' + c.name);
                    }
                }
            }
        }
    }
    // Partitions of a dropped partitioned table go with it; those the target keeps are created again.
    bool grew = true;
    while (grew) {
        grew = false;
        for (const TableDef &t : A.tables) {
            if (!t.isPartition() || !droppedRelations.contains(t.parentQualifiedName()) || droppedRelations.contains(t.qualifiedName()))
                continue;
            droppedRelations.insert(t.qualifiedName());
            if (tablesByNameB.contains(t.qualifiedName())) {
                createdRelations.insert(t.qualifiedName());
                recreated.insert(t.key());
            }
            grew = true;
        }
    }
    // Enums whose values are removed or reordered, domains whose base type or collation
    // changes, and composite types whose attributes change type while table columns use
    // them, are made anew; their columns are converted.
    for (const ObjectDiff &d : D.objects) {
        if (d.kind != ObjectKind::Type || d.state != ChangeState::Changed)
            continue;
        const TypeDef &a = A.types[d.indexA];
        const TypeDef &b = B.types[d.indexB];
        if (a.kind == TypeDef::Kind::Domain && b.kind == TypeDef::Kind::Domain) {
            if (a.baseType == b.baseType && a.collation == b.collation)
                continue;
        } else if (a.kind == TypeDef::Kind::Composite && b.kind == TypeDef::Kind::Composite) {
            bool retyped = false;
            for (const Column &y : b.attributes)
                for (const Column &x : a.attributes)
                    retyped = retyped || (x.name == y.name && (x.type != y.type || x.collation != y.collation));
            const QString q = b.qualifiedName();
            bool used = false, usedInArray = false;
            for (const TableDef &t : A.tables)
                for (const Column &c : t.columns) {
                    used = used || c.type == q;
                    usedInArray = usedInArray || c.type == q + QStringLiteral("[]");
                }
            if (!retyped || !used || usedInArray)
                continue; // ALTER TYPE ... ALTER ATTRIBUTE does it (or, for arrays, reports why not)
        } else {
            if (a.kind != TypeDef::Kind::Enum || b.kind != TypeDef::Kind::Enum || a.labels == b.labels)
                continue;
            qsizetype j = 0;
            for (const QString &l : b.labels)
                if (j < a.labels.size() && a.labels[j] == l)
                    ++j;
            if (j == a.labels.size())
                continue; // only additions: ADD VALUE
        }
        const QString q = b.qualifiedName();
        recreatedTypes.insert(q);
        for (const TableDef &t : A.tables)
            for (const Column &c : t.columns)
                if (c.type == q || c.type == q + QStringLiteral("[]"))
                    affectedColumns[t.qualifiedName()].insert(c.name);
        // An index or CHECK whose expression uses the type ('sad'::public.mood) depends on it
        // in the graph: decideDependents drops it before the columns are converted and makes
        // it again from the target (rebuilt from its text it would name the renamed old type).
    }
    // Foreign keys that lean on a key whose columns change type: a foreign key depends on
    // the key's index in the graph (decideDependents makes it again when the key or the
    // referenced table goes), but the graph does not name columns, so a retyped column of
    // a keyed table makes its referrers again here.
    QSet<QString> keyTables;
    for (const ConstraintDef &c : A.constraints)
        if ((c.type == ConstraintDef::Type::PrimaryKey || c.type == ConstraintDef::Type::Unique) && affectedColumns.contains(c.tableQualifiedName()))
            keyTables.insert(c.tableQualifiedName());
    for (const ConstraintDef &c : A.constraints)
        if (c.type == ConstraintDef::Type::ForeignKey && !c.inherited && keyTables.contains(qualifiedName(c.refSchema, c.refTable)))
            recreated.insert(c.key());
}

void PlanBuilder::planTables()
{
    // Drops: partitions on their own (their parent stays), otherwise whole tables.
    QList<const TableDef *> drops;
    for (const TableDef &t : A.tables)
        if (droppedRelations.contains(t.qualifiedName()) && !(t.isPartition() && droppedRelations.contains(t.parentQualifiedName())))
            drops.append(&t);
    for (const TableDef *t : drops) {
        const QString q = t->qualifiedName();
        if (t->isPartition()) {
            bool hasDefault = false;
            for (const TableDef &s : A.tables)
                if (s.isPartition() && s.parentQualifiedName() == t->parentQualifiedName() && s.partitionBound == u"DEFAULT")
                    hasDefault = true;
            const bool concurrently = O.safeForms && !hasDefault && t->partitionBound != u"DEFAULT" && A.serverVersionNum >= 140000;
            PlanStep &s = add(DropTables, QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2%3")
                                              .arg(t->parentQualifiedName(), q, concurrently ? QStringLiteral(" CONCURRENTLY") : QString()),
                              t->key(), ObjectKind::Table, QStringLiteral("alter"),
                              concurrently ? Planner::tr("Detached concurrently (outside a transaction) so that the parent table stays usable.")
                                           : Planner::tr("Detaches the partition before it is dropped."));
            s.transactional = !concurrently;
            s.hazards = tableHazards(t->parentQualifiedName());
            s.hazards.accessExclusive = !concurrently;
        }
        PlanStep &s = add(DropTables, QStringLiteral("DROP TABLE ") + q, t->key(), ObjectKind::Table, QStringLiteral("drop"),
                          recreated.contains(t->key()) ? Planner::tr("Dropped to be created again with the target's definition.")
                                                       : Planner::tr("Table %1 does not exist in the target.").arg(q));
        s.hazards = tableHazards(q);
        s.hazards.dataLoss = s.hazards.accessExclusive = true;
        s.explanation += explainRows(s.hazards);
    }

    // Creates (PlanOrder.cpp puts parents before their partitions and inheritance children:
    // the graph has an edge from each to its parent).
    QList<const TableDef *> creates;
    for (const TableDef &t : B.tables)
        if (createdRelations.contains(t.qualifiedName()))
            creates.append(&t);
    for (const TableDef *t : creates) {
        PlanStep &s = add(Tables, sql::createTable(*t), t->key(), ObjectKind::Table, QStringLiteral("create"),
                          t->isPartition() ? Planner::tr("New partition of %1.").arg(t->parentQualifiedName())
                                           : Planner::tr("Table %1 exists only in the target.").arg(t->qualifiedName()));
        if (t->isPartition()) {
            s.hazards = tableHazards(t->parentQualifiedName());
            s.hazards.accessExclusive = true;
            s.explanation += Planner::tr(" Creating a partition locks the parent table.");
            // Local differences from the parent's columns.
            if (const TableDef *parent = tableB(t->parentQualifiedName())) {
                for (const Column &c : t->columns) {
                    const Column *pc = parent->column(c.name);
                    if (!c.inherited || !pc)
                        continue;
                    if (c.notNull && !pc->notNull)
                        add(Tables, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL").arg(t->qualifiedName(), sql::ident(c.name)),
                            t->key(), ObjectKind::Table, QStringLiteral("alter"), Planner::tr("The partition's column is NOT NULL."));
                    if (c.defaultExpr != pc->defaultExpr && !c.defaultExpr.isEmpty())
                        add(Tables, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3").arg(t->qualifiedName(), sql::ident(c.name), c.defaultExpr),
                            t->key(), ObjectKind::Table, QStringLiteral("alter"), Planner::tr("The partition's column has its own default."));
                }
            }
        }
    }

    for (const ObjectDiff &d : D.objects)
        if (d.kind == ObjectKind::Table && d.state == ChangeState::Changed && !recreated.contains(d.key))
            planTableChange(A.tables[d.indexA], B.tables[d.indexB], d);
}

void PlanBuilder::planTableChange(const TableDef &a, const TableDef &b, const ObjectDiff &d)
{
    const QString q = b.qualifiedName();
    const QString key = d.key;
    auto step = [&](const QString &sqlText, const QString &why) -> PlanStep & {
        PlanStep &s = add(Tables, sqlText, key, ObjectKind::Table, QStringLiteral("alter"), why);
        s.hazards = tableHazards(q);
        s.hazards.accessExclusive = true;
        return s;
    };
    auto alter = [&](const QString &clause) { return QStringLiteral("ALTER TABLE %1 %2").arg(q, clause); };

    const bool partitionChange = a.parentQualifiedName() != b.parentQualifiedName() || a.partitionBound != b.partitionBound;
    if (partitionChange && a.isPartition()) {
        PlanStep &s = add(Tables, QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2").arg(a.parentQualifiedName(), q), key,
                          ObjectKind::Table, QStringLiteral("alter"), Planner::tr("The partition moves or changes its bounds."));
        s.hazards = tableHazards(a.parentQualifiedName());
        s.hazards.accessExclusive = true;
    }

    // Index builds follow a retyped column when an index uses it.
    auto indexed = [&](const QString &column) {
        for (const IndexDef &i : A.indexes)
            if (i.schema == a.schema && i.table == a.name && i.columns.contains(column))
                return true;
        return false;
    };

    const GeneratedSteps generated = planBlockingGenerated(a, b, key);
    // Columns still to be added or retyped below: a new generated column that reads one of
    // them waits until after the loop.
    QSet<QString> pending;
    for (const ColumnChange &c : d.columns)
        if (c.kind == ColumnChange::Kind::Added || retypes(c))
            pending.insert(c.name);
    QList<const ColumnChange *> deferred;
    for (const ColumnChange &c : d.columns) {
        const QString col = sql::ident(c.name);
        pending.remove(c.name);
        if (generated.skip.contains(c.name))
            continue;
        if (c.kind == ColumnChange::Kind::Dropped) {
            if (c.before.inherited)
                continue; // the parent's DROP COLUMN removes it (partition or inheritance child)
            PlanStep &s = step(alter(QStringLiteral("DROP COLUMN ") + col),
                               Planner::tr("Column %1 does not exist in the target; its values are lost.").arg(c.name));
            s.hazards.dataLoss = true;
            continue;
        }
        if (c.kind == ColumnChange::Kind::Added) {
            if (c.after.inherited)
                continue; // comes from the parent's ADD COLUMN (partition or inheritance child)
            if (!c.after.generatedExpr.isEmpty() && mentionsColumn(c.after.generatedExpr, pending)) {
                deferred.append(&c);
                continue;
            }
            PlanStep &s = step(alter(QStringLiteral("ADD COLUMN ") + sql::columnDefinition(c.after)),
                               Planner::tr("Column %1 is new.").arg(c.name));
            if (!c.after.identity.isEmpty() || !c.after.generatedExpr.isEmpty() || volatileDefault(c.after.defaultExpr)) {
                s.hazards.rewrite = true;
                s.explanation += Planner::tr(" Every row gets a computed value, which rewrites the table.");
            }
            if (c.after.notNull && c.after.defaultExpr.isEmpty() && c.after.identity.isEmpty() && c.after.generatedExpr.isEmpty())
                s.explanation += Planner::tr(" NOT NULL without a default fails when the table has rows.");
            continue;
        }
        // Changed.
        QStringList fields = c.fields;
        if (c.before.inherited && c.after.inherited) {
            // The parent's change cascades (partition or inheritance child); PostgreSQL
            // refuses to retype an inherited column on its own. Only local NOT NULL and
            // default differences remain.
            fields.removeAll(QStringLiteral("type"));
            fields.removeAll(QStringLiteral("collation"));
            QStringList local = fields;
            local.removeAll(QStringLiteral("comment"));
            if (b.isPartition()) {
                const TableDef *pa = tableA(a.parentQualifiedName());
                const TableDef *pb = tableB(b.parentQualifiedName());
                const Column *pca = pa ? pa->column(c.name) : nullptr;
                const Column *pcb = pb ? pb->column(c.name) : nullptr;
                if (pca && pcb && SchemaDiff::columnFields(*pca, *pcb, O.diff) == SchemaDiff::columnFields(c.before, c.after, O.diff))
                    continue;
            }
            if (local.isEmpty())
                continue;
        }
        const QStringList &f = fields;
        const Column &x = c.before;
        const Column &y = c.after;
        if (f.contains(u"generated") && !y.generatedExpr.isEmpty()) {
            PlanStep &s1 = step(alter(QStringLiteral("DROP COLUMN ") + col),
                                Planner::tr("The generation expression of %1 changes: the column is dropped and added again.").arg(c.name));
            s1.hazards.dataLoss = x.generatedExpr.isEmpty();
            PlanStep &s2 = step(alter(QStringLiteral("ADD COLUMN ") + sql::columnDefinition(y)),
                                Planner::tr("Adds %1 with the target's generation expression; every row is computed.").arg(c.name));
            s2.hazards.rewrite = true;
            if (!x.identity.isEmpty() || !x.defaultExpr.isEmpty() || x.notNull)
                notes.append(Planner::tr("Column %1.%2 was recreated; its position in the table changes.").arg(q, c.name));
            continue;
        }
        if (f.contains(u"generated") && !x.generatedExpr.isEmpty() && !generated.expressionDropped.contains(c.name))
            step(alter(QStringLiteral("ALTER COLUMN %1 DROP EXPRESSION").arg(col)),
                 Planner::tr("Column %1 keeps its values but is no longer generated.").arg(c.name));
        const bool identityChange = f.contains(u"identity");
        if (identityChange && !x.identity.isEmpty() && y.identity.isEmpty())
            step(alter(QStringLiteral("ALTER COLUMN %1 DROP IDENTITY").arg(col)),
                 Planner::tr("Column %1 is no longer an identity column; its sequence is dropped.").arg(c.name));
        const bool retype = f.contains(u"type") || f.contains(u"collation");
        const bool defaultChange = f.contains(u"default");
        if (!x.defaultExpr.isEmpty() && (defaultChange || retype))
            step(alter(QStringLiteral("ALTER COLUMN %1 DROP DEFAULT").arg(col)),
                 defaultChange ? Planner::tr("The default of %1 changes.").arg(c.name)
                               : Planner::tr("The default of %1 is set again after the type change.").arg(c.name));
        if (retype) {
            QString clause = QStringLiteral("ALTER COLUMN %1 TYPE %2").arg(col, y.type);
            if (!y.collation.isEmpty())
                clause += QStringLiteral(" COLLATE ") + y.collation;
            else if (!x.collation.isEmpty())
                clause += QStringLiteral(" COLLATE pg_catalog.\"default\"");
            if (f.contains(u"type") && y.generatedExpr.isEmpty()) // a generated column is computed again, USING is refused
                clause += QStringLiteral(" USING %1::%2").arg(col, y.type);
            PlanStep &s = step(alter(clause), f.contains(u"type")
                                                  ? Planner::tr("Column %1 changes from %2 to %3.").arg(c.name, x.type, y.type)
                                                  : Planner::tr("Column %1 changes its collation from %2 to %3; its indexes are rebuilt.")
                                                        .arg(c.name, x.collation.isEmpty() ? Planner::tr("the default") : x.collation,
                                                             y.collation.isEmpty() ? Planner::tr("the default") : y.collation));
            s.hazards.rewrite = f.contains(u"type") && !retypeWithoutRewrite(x.type, y.type);
            s.hazards.indexBuild = indexed(c.name);
            if (s.hazards.rewrite)
                s.explanation += Planner::tr(" The table and its indexes are rewritten under an ACCESS EXCLUSIVE lock.") + explainRows(s.hazards);
        }
        if (f.contains(u"not_null")) {
            if (y.notNull) {
                const bool safe = O.safeForms && !b.isPartitioned();
                if (safe) {
                    const QString check = sql::ident(QStringLiteral("%1_not_null").arg(c.name).left(40) + QStringLiteral("_strata_tmp"));
                    PlanStep &s1 = step(alter(QStringLiteral("ADD CONSTRAINT %1 CHECK (%2 IS NOT NULL) NOT VALID").arg(check, col)),
                                        Planner::tr("A temporary NOT VALID check lets SET NOT NULL skip its full scan under the exclusive lock."));
                    Q_UNUSED(s1)
                    PlanStep &s2 = step(alter(QStringLiteral("VALIDATE CONSTRAINT %1").arg(check)),
                                        Planner::tr("Checks the existing rows in a transaction of its own, while reads and writes go on."));
                    s2.hazards.accessExclusive = false;
                    s2.hazards.fullScan = true;
                    s2.alone = true; // not inside the transaction that holds the exclusive lock
                    step(alter(QStringLiteral("ALTER COLUMN %1 SET NOT NULL").arg(col)),
                         Planner::tr("Uses the validated check instead of scanning the table."));
                    step(alter(QStringLiteral("DROP CONSTRAINT %1").arg(check)), Planner::tr("The temporary check is no longer needed."));
                } else {
                    PlanStep &s = step(alter(QStringLiteral("ALTER COLUMN %1 SET NOT NULL").arg(col)),
                                       Planner::tr("Checks every row under the exclusive lock."));
                    s.hazards.fullScan = true;
                }
            } else {
                step(alter(QStringLiteral("ALTER COLUMN %1 DROP NOT NULL").arg(col)), Planner::tr("Column %1 accepts NULL.").arg(c.name));
            }
        }
        if (identityChange && x.identity.isEmpty() && !y.identity.isEmpty()) {
            PlanStep &s = step(alter(QStringLiteral("ALTER COLUMN %1 ADD %2").arg(col, sql::identityClause(y))),
                               Planner::tr("Column %1 becomes an identity column.").arg(c.name));
            Q_UNUSED(s)
        } else if (!x.identity.isEmpty() && !y.identity.isEmpty()) {
            if (identityChange)
                step(alter(QStringLiteral("ALTER COLUMN %1 SET GENERATED %2").arg(col, y.identity)),
                     Planner::tr("The identity column becomes GENERATED %1.").arg(y.identity));
            if (f.contains(u"identity_options")) {
                const SequenceOptions &o = y.identityOptions;
                step(alter(QStringLiteral("ALTER COLUMN %1 SET INCREMENT BY %2 SET MINVALUE %3 SET MAXVALUE %4 SET START WITH %5 SET CACHE %6 SET %7")
                               .arg(col).arg(o.increment).arg(o.minValue).arg(o.maxValue).arg(o.start).arg(o.cache)
                               .arg(o.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"))),
                     Planner::tr("The identity sequence's options change."));
            }
            if (f.contains(u"identity_sequence")) {
                const qsizetype dot = y.identitySequence.lastIndexOf(u'.');
                add(Tables, QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2").arg(x.identitySequence, y.identitySequence.mid(dot + 1)), key,
                    ObjectKind::Table, QStringLiteral("alter"), Planner::tr("The identity sequence is renamed."));
            }
        }
        if (!y.defaultExpr.isEmpty() && (defaultChange || (retype && !x.defaultExpr.isEmpty())))
            step(alter(QStringLiteral("ALTER COLUMN %1 SET DEFAULT %2").arg(col, y.defaultExpr)),
                 Planner::tr("Sets the default of %1; existing rows keep their values.").arg(c.name)).hazards.accessExclusive = true;
        if (f.contains(u"inherited"))
            notes.append(Planner::tr("Column %1.%2 differs in whether it is inherited; that is not changed.").arg(q, c.name));
    }
    for (const ColumnChange *c : deferred) {
        PlanStep &s = step(alter(QStringLiteral("ADD COLUMN ") + sql::columnDefinition(c->after)),
                           Planner::tr("Column %1 is new; it is generated from columns this plan adds or changes first.").arg(c->name));
        s.hazards.rewrite = true;
        notes.append(Planner::tr("Column %1.%2 is added after the columns it reads; its position in the table differs from the target.").arg(q, c->name));
    }
    addGeneratedAgain(b, key, generated);
    if (d.fields.contains(u"column_order"))
        notes.append(Planner::tr("Table %1 has its columns in another order; the plan keeps the current order.").arg(q));
    if (a.unlogged != b.unlogged) {
        PlanStep &s = step(alter(b.unlogged ? QStringLiteral("SET UNLOGGED") : QStringLiteral("SET LOGGED")),
                           Planner::tr("Changes whether the table is written to the WAL."));
        s.hazards.rewrite = true;
    }
    if (a.options != b.options) {
        QStringList reset;
        for (const QString &o : a.options) {
            const QString name = o.section(u'=', 0, 0);
            bool kept = false;
            for (const QString &n : b.options)
                kept = kept || n.section(u'=', 0, 0) == name;
            if (!kept)
                reset.append(name);
        }
        if (!reset.isEmpty())
            step(alter(QStringLiteral("RESET (%1)").arg(reset.join(QStringLiteral(", ")))), Planner::tr("Storage options the target does not set."));
        if (!b.options.isEmpty())
            step(alter(QStringLiteral("SET (%1)").arg(b.options.join(QStringLiteral(", ")))), Planner::tr("The target's storage options."));
    }
    if (partitionChange && b.isPartition()) {
        PlanStep &s = add(Tables, QStringLiteral("ALTER TABLE %1 ATTACH PARTITION %2 %3").arg(b.parentQualifiedName(), q, b.partitionBound),
                          key, ObjectKind::Table, QStringLiteral("alter"),
                          Planner::tr("Attaching scans the partition to check its bounds unless a matching CHECK constraint exists."));
        s.hazards = tableHazards(q);
        s.hazards.fullScan = true;
    }
}

// ---------------------------------------------------------------- indexes

void PlanBuilder::planIndexes()
{
    for (const IndexDef &i : A.indexes) {
        if (!i.constraintName.isEmpty() || !i.parentIndex.isEmpty()
            || (tableIsDropped(i.tableQualifiedName()) && !callsDroppedFunction(i.definition)))
            continue;
        const ObjectDiff *d = diffOf(i);
        if (!((d && d->state == ChangeState::Removed) || isStructurallyChanged(d) || recreated.contains(i.key())))
            continue;
        const TableDef *t = tableA(i.tableQualifiedName());
        const bool concurrently = O.safeForms && t && !t->isPartitioned();
        PlanStep &s = add(DropIndexes, QStringLiteral("DROP INDEX %1%2").arg(concurrently ? QStringLiteral("CONCURRENTLY ") : QString(), i.qualifiedName()),
                          i.key(), ObjectKind::Index, QStringLiteral("drop"),
                          concurrently ? Planner::tr("Dropped concurrently (outside a transaction) so that queries are not blocked.")
                                       : Planner::tr("Index %1 is dropped.").arg(i.name));
        s.transactional = !concurrently;
        s.hazards = tableHazards(i.tableQualifiedName());
        s.hazards.accessExclusive = !concurrently;
    }
    for (const IndexDef &i : B.indexes) {
        if (!i.constraintName.isEmpty() || !i.parentIndex.isEmpty())
            continue;
        const QString tq = i.tableQualifiedName();
        const ObjectDiff *d = diffOf(i);
        const bool onView = viewsByNameB.contains(tq);
        const bool newRelation = tableIsNew(tq) || (onView && createdRelations.contains(tq));
        if (!(newRelation || (d && d->state == ChangeState::Added) || isStructurallyChanged(d) || recreated.contains(i.key())))
            continue;
        const TableDef *t = tableB(tq);
        const bool concurrently = O.safeForms && !newRelation && !(t && t->isPartitioned());
        PlanStep &s = add(onView ? ViewIndexes : Indexes, sql::createIndex(i, concurrently), i.key(), ObjectKind::Index, QStringLiteral("create"),
                          concurrently ? Planner::tr("Built concurrently (outside a transaction): writes go on while it builds.")
                                       : (newRelation ? Planner::tr("Index of a new relation.")
                                                      : Planner::tr("Built under a SHARE lock: writes wait until it is done.")));
        s.transactional = !concurrently;
        if (!newRelation) {
            s.hazards = tableHazards(tq);
            s.hazards.indexBuild = true;
        }
    }
}

} // namespace strata::diff
