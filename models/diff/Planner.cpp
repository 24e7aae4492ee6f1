#include "PlanBuilder.h"

#include <QLocale>

namespace strata::diff {

using namespace catalog;


Plan Planner::plan(const Snapshot &a, const Snapshot &b, const PlanOptions &options)
{
    // Objects that are the same are needed too: they may have to be created again
    // because something they depend on changes.
    DiffOptions o = options.diff;
    o.includeSame = true;
    const DiffResult d = SchemaDiff::compare(a, b, o);
    return plan(a, b, d, options);
}

Plan Planner::plan(const Snapshot &a, const Snapshot &b, const DiffResult &diffWithSame, const PlanOptions &options)
{
    PlanBuilder builder(a, b, diffWithSame, options);
    return builder.build();
}

PlanBuilder::PlanBuilder(const Snapshot &a, const Snapshot &b, const DiffResult &d, const PlanOptions &o)
    : A(a), B(b), D(d), O(o)
{
    auto sizeTo = [this](int list, qsizetype inA, qsizetype inB) {
        entries[size_t(list)].a.assign(size_t(inA), nullptr);
        entries[size_t(list)].b.assign(size_t(inB), nullptr);
    };
    sizeTo(0, a.schemas.size(), b.schemas.size());
    sizeTo(1, a.extensions.size(), b.extensions.size());
    sizeTo(2, a.types.size(), b.types.size());
    sizeTo(3, a.sequences.size(), b.sequences.size());
    sizeTo(4, a.tables.size(), b.tables.size());
    sizeTo(5, a.constraints.size(), b.constraints.size());
    sizeTo(6, a.indexes.size(), b.indexes.size());
    sizeTo(7, a.views.size(), b.views.size());
    sizeTo(8, a.functions.size(), b.functions.size());
    sizeTo(9, a.triggers.size(), b.triggers.size());
    sizeTo(10, a.policies.size(), b.policies.size());
    for (const ObjectDiff &od : d.objects) {
        Entries &e = entries[size_t(listOf(od.kind))];
        if (od.indexA >= 0 && size_t(od.indexA) < e.a.size())
            e.a[size_t(od.indexA)] = &od;
        if (od.indexB >= 0 && size_t(od.indexB) < e.b.size())
            e.b[size_t(od.indexB)] = &od;
    }
    for (qsizetype i = 0; i < a.tables.size(); ++i) {
        tablesA.insert(a.tables[i].key(), i);
        tablesByNameA.insert(a.tables[i].qualifiedName(), &a.tables[i]);
    }
    for (qsizetype i = 0; i < b.tables.size(); ++i) {
        tablesB.insert(b.tables[i].key(), i);
        tablesByNameB.insert(b.tables[i].qualifiedName(), &b.tables[i]);
    }
    for (qsizetype i = 0; i < a.views.size(); ++i) {
        viewsA.insert(a.views[i].key(), i);
        viewsByNameA.insert(a.views[i].qualifiedName(), &a.views[i]);
    }
    for (qsizetype i = 0; i < b.views.size(); ++i) {
        viewsB.insert(b.views[i].key(), i);
        viewsByNameB.insert(b.views[i].qualifiedName(), &b.views[i]);
    }
    defaultOwner = mostCommonOwner(a);
}

QString mostCommonOwner(const Snapshot &s)
{
    QHash<QString, int> owners;
    for (const TableDef &t : s.tables)
        ++owners[t.owner];
    for (const FunctionDef &f : s.functions)
        ++owners[f.owner];
    for (const TypeDef &t : s.types)
        ++owners[t.owner];
    QString owner;
    int best = 0;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value() > best || (it.value() == best && it.key() < owner)) {
            best = it.value();
            owner = it.key();
        }
    return owner;
}

int PlanBuilder::listOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema: return 0;
    case ObjectKind::Extension: return 1;
    case ObjectKind::Type: return 2;
    case ObjectKind::Sequence: return 3;
    case ObjectKind::Table: return 4;
    case ObjectKind::Constraint: return 5;
    case ObjectKind::Index: return 6;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: return 7;
    case ObjectKind::Function:
    case ObjectKind::Procedure: return 8;
    case ObjectKind::Trigger: return 9;
    case ObjectKind::Policy: return 10;
    }
    return 0;
}

PlanStep &PlanBuilder::add(Phase phase, const QString &sql, const QString &key, ObjectKind kind, const QString &action,
                           const QString &explanation)
{
    PlanStep s;
    s.sql = sql;
    s.objectKey = key;
    s.kind = kind;
    s.action = action;
    s.explanation = explanation;
    s.alone = phase == Validate; // a validation's scan holds no lock of the steps before it
    phases[phase].append(std::move(s));
    return phases[phase].last();
}

Hazards PlanBuilder::tableHazards(const QString &tableQualifiedName) const
{
    Hazards h;
    const TableDef *t = tableA(tableQualifiedName);
    if (t) {
        auto it = A.tableStats.constFind(t->key());
        if (it != A.tableStats.cend()) {
            h.tableBytes = it->tableBytes;
            h.tableRows = it->rowEstimate;
        }
    }
    return h;
}

bool PlanBuilder::isStructurallyChanged(const ObjectDiff *d) const
{
    if (!d || d->state != ChangeState::Changed)
        return false;
    static const QStringList meta = {QStringLiteral("owner"), QStringLiteral("comment"), QStringLiteral("grants"),
                                     QStringLiteral("column_comments")};
    for (const QString &f : d->fields)
        if (!meta.contains(f))
            return true;
    return false;
}

Plan PlanBuilder::build()
{
    decide();
    planSchemasAndExtensions();
    planTypes();
    planSequences();
    planFunctions();
    planTables();
    planConstraints();
    planIndexes();
    planViews();
    planTriggers();
    planPolicies();
    planFunctionDefaults();
    planMeta();

    Plan plan;
    QList<PlanStep> steps;
    for (const QList<PlanStep> &p : phases)
        steps.append(p);
    plan.steps = orderByDependencies(steps, A, B);
    plan.notes = notes;
    if (!A.dependenciesKnown || !B.dependenciesKnown)
        plan.notes.append(Planner::tr("A snapshot file of format 1 holds no dependency graph: the order of these steps comes from "
                                      "object kinds only. Take the snapshot again to order them by the catalog's dependencies."));
    return plan;
}

void PlanBuilder::decide()
{
    decideTables();
    decideForeignKeyCycles();
    // Functions dropped and created again (result type or argument list changed).
    for (const ObjectDiff &d : D.objects) {
        if ((d.kind == ObjectKind::Function || d.kind == ObjectKind::Procedure) && d.state == ChangeState::Changed
            && (d.fields.contains(u"result") || d.fields.contains(u"arguments"))) {
            const FunctionDef &f = A.functions[d.indexA];
            recreatedFunctions.insert(qualifiedName(f.schema, f.name));
            recreated.insert(d.key);
        }
    }
    decideDependents();
    decideGeneratedColumns();
    decideFunctionDependents();
    // What the views and functions found since then take with them, until nothing grows:
    // decideViews adds what the graph cannot see (columns), decideDependents follows the
    // graph from there.
    for (qsizetype before = -1; before != droppedRelations.size() + recreated.size();) {
        before = droppedRelations.size() + recreated.size();
        decideViews();
        decideDependents();
    }
}

// ---------------------------------------------------------------- schemas, extensions

void PlanBuilder::planSchemasAndExtensions()
{
    for (const ObjectDiff &d : D.objects) {
        if (d.kind == ObjectKind::Schema) {
            const QString q = sql::ident(d.name);
            if (d.state == ChangeState::Added)
                add(CreateSchemas, QStringLiteral("CREATE SCHEMA ") + q, d.key, d.kind, QStringLiteral("create"),
                    Planner::tr("Schema %1 exists only in the target.").arg(q));
            else if (d.state == ChangeState::Removed)
                add(DropSchemas, QStringLiteral("DROP SCHEMA ") + q, d.key, d.kind, QStringLiteral("drop"),
                    Planner::tr("Schema %1 does not exist in the target; it is dropped after everything in it.").arg(q));
        } else if (d.kind == ObjectKind::Extension) {
            if (d.state == ChangeState::Added) {
                const ExtensionDef &e = B.extensions[d.indexB];
                add(CreateExtensions, QStringLiteral("CREATE EXTENSION %1 WITH SCHEMA %2 VERSION %3")
                        .arg(sql::ident(e.name), sql::ident(e.schema), sql::quoteLiteral(e.version)),
                    d.key, d.kind, QStringLiteral("create"), Planner::tr("Extension %1 exists only in the target.").arg(e.name));
            } else if (d.state == ChangeState::Removed) {
                const ExtensionDef &e = A.extensions[d.indexA];
                PlanStep &s = add(DropExtensions, QStringLiteral("DROP EXTENSION ") + sql::ident(e.name), d.key, d.kind,
                                  QStringLiteral("drop"), Planner::tr("Extension %1 does not exist in the target.").arg(e.name));
                s.hazards.dataLoss = true;
            } else if (d.state == ChangeState::Changed) {
                const ExtensionDef &a = A.extensions[d.indexA];
                const ExtensionDef &b = B.extensions[d.indexB];
                if (a.schema != b.schema)
                    add(CreateExtensions, QStringLiteral("ALTER EXTENSION %1 SET SCHEMA %2").arg(sql::ident(b.name), sql::ident(b.schema)),
                        d.key, d.kind, QStringLiteral("alter"), Planner::tr("The extension moves to schema %1.").arg(b.schema));
                if (a.version != b.version)
                    add(CreateExtensions, QStringLiteral("ALTER EXTENSION %1 UPDATE TO %2").arg(sql::ident(b.name), sql::quoteLiteral(b.version)),
                        d.key, d.kind, QStringLiteral("alter"), Planner::tr("The extension is updated from version %1 to %2.").arg(a.version, b.version));
            }
        }
    }
}

// ---------------------------------------------------------------- types

namespace {

// Labels of `a` appear in `b` in the same order: only additions.
bool onlyAdditions(const QStringList &a, const QStringList &b)
{
    qsizetype j = 0;
    for (const QString &l : b)
        if (j < a.size() && a[j] == l)
            ++j;
    return j == a.size();
}

} // namespace

QString truncatedName(const QString &name, const QString &suffix)
{
    QString base = name;
    while ((base + suffix).toUtf8().size() > 63)
        base.chop(1);
    return base + suffix;
}

void PlanBuilder::planTypes()
{
    QList<const ObjectDiff *> added, removed;
    for (const ObjectDiff &d : D.objects) {
        if (d.kind != ObjectKind::Type)
            continue;
        if (d.state == ChangeState::Added)
            added.append(&d);
        else if (d.state == ChangeState::Removed)
            removed.append(&d);
        else if (d.state == ChangeState::Changed && isStructurallyChanged(&d)) {
            const TypeDef &a = A.types[d.indexA];
            const TypeDef &b = B.types[d.indexB];
            const QString q = b.qualifiedName();
            if (a.kind != b.kind) {
                notes.append(Planner::tr("Type %1 changes its kind; drop and create it by hand.").arg(q));
                continue;
            }
            if (b.kind == TypeDef::Kind::Enum && d.fields == QStringList{QStringLiteral("labels")} && onlyAdditions(a.labels, b.labels)) {
                QSet<QString> existing(a.labels.cbegin(), a.labels.cend());
                for (qsizetype i = 0; i < b.labels.size(); ++i) {
                    const QString &l = b.labels[i];
                    if (existing.contains(l))
                        continue;
                    QString where;
                    if (i > 0) {
                        where = QStringLiteral(" AFTER ") + sql::quoteLiteral(b.labels[i - 1]);
                    } else {
                        for (qsizetype j = 1; j < b.labels.size(); ++j)
                            if (existing.contains(b.labels[j])) {
                                where = QStringLiteral(" BEFORE ") + sql::quoteLiteral(b.labels[j]);
                                break;
                            }
                    }
                    existing.insert(l);
                    PlanStep &s = add(Types, QStringLiteral("ALTER TYPE %1 ADD VALUE %2%3").arg(q, sql::quoteLiteral(l), where),
                                      d.key, d.kind, QStringLiteral("alter"),
                                      Planner::tr("Adds the enum value %1 in place; runs outside a transaction so that later steps can use it.")
                                          .arg(sql::quoteLiteral(l)));
                    s.transactional = false;
                }
                continue;
            }
            if (b.kind != TypeDef::Kind::Range && recreatedTypes.contains(q)) {
                // Enum values removed or reordered, a domain's base type or collation
                // changed, a composite's attribute retyped under a table column: a new type,
                // columns converted (enums through text, composites attribute by attribute).
                const bool isEnum = b.kind == TypeDef::Kind::Enum;
                const bool isComposite = b.kind == TypeDef::Kind::Composite;
                const QString old = truncatedName(b.name, QStringLiteral("_old"));
                const QString oldQ = sql::qname(a.schema, old);
                add(Types, QStringLiteral("ALTER %1 %2 RENAME TO %3").arg(b.kind == TypeDef::Kind::Domain ? QStringLiteral("DOMAIN") : QStringLiteral("TYPE"), q, sql::ident(old)),
                    d.key, d.kind, QStringLiteral("alter"),
                    isEnum        ? Planner::tr("Enum values are removed or reordered, which ALTER TYPE cannot do: the old type is renamed and a new one created.")
                    : isComposite ? Planner::tr("Attributes change type while table columns use the type, which ALTER TYPE cannot do: the old type is renamed and a new one created.")
                                  : Planner::tr("The domain's base type or collation changes, which ALTER DOMAIN cannot do: the old domain is renamed and a new one created."));
                add(Types, sql::createType(b), d.key, d.kind, QStringLiteral("create"),
                    isEnum ? Planner::tr("The enum with the target's values.") : Planner::tr("The type as in the target."));
                for (const DomainConstraint &c : b.constraints)
                    if (!c.validated)
                        add(Types, QStringLiteral("ALTER DOMAIN %1 ADD CONSTRAINT %2 %3").arg(q, sql::ident(c.name), c.definition),
                            d.key, d.kind, QStringLiteral("alter"), Planner::tr("A constraint that is NOT VALID in the target."));
                for (const TableDef &t : A.tables) {
                    if (tableIsDropped(t.qualifiedName()))
                        continue;
                    for (const Column &c : t.columns) {
                        if (c.inherited || (c.type != q && c.type != q + QStringLiteral("[]")))
                            continue;
                        const QString tq = t.qualifiedName();
                        if (!c.defaultExpr.isEmpty())
                            add(Types, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT").arg(tq, sql::ident(c.name)), t.key(),
                                ObjectKind::Table, QStringLiteral("alter"), Planner::tr("The default refers to the old type; it is set again later."));
                        const QString col = sql::ident(c.name);
                        QString usingExpr = QStringLiteral("%1::%2%3").arg(col, isEnum ? QStringLiteral("text::") : QString(), c.type);
                        if (isComposite) {
                            // Attribute by attribute: NULL stays NULL, a new attribute starts NULL.
                            QStringList fields;
                            for (const Column &y : b.attributes) {
                                bool had = false;
                                for (const Column &x : a.attributes)
                                    had = had || x.name == y.name;
                                fields.append(had ? QStringLiteral("(%1).%2::%3").arg(col, sql::ident(y.name), y.type)
                                                  : QStringLiteral("NULL::%1").arg(y.type));
                            }
                            usingExpr = QStringLiteral("CASE WHEN %1::text IS NULL THEN NULL ELSE ROW(%2)::%3 END")
                                            .arg(col, fields.join(QStringLiteral(", ")), c.type);
                        }
                        PlanStep &s = add(Types, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3 USING %4").arg(tq, col, c.type, usingExpr),
                                          t.key(), ObjectKind::Table, QStringLiteral("alter"),
                                          isEnum        ? Planner::tr("Converts the column to the new enum; rows holding a removed value make this step fail.")
                                          : isComposite ? Planner::tr("Converts the column to the new type attribute by attribute; a value that does not fit makes this step fail.")
                                                        : Planner::tr("Converts the column to the new domain; a value that does not fit its type or constraints makes this step fail."));
                        s.hazards = tableHazards(tq);
                        s.hazards.rewrite = s.hazards.accessExclusive = s.hazards.dataLoss = true;
                        const TableDef *tb = tableB(tq);
                        const Column *cb = tb ? tb->column(c.name) : nullptr;
                        if (!c.defaultExpr.isEmpty() && cb && !cb->defaultExpr.isEmpty() && cb->defaultExpr == c.defaultExpr)
                            add(Types, QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3").arg(tq, sql::ident(c.name), cb->defaultExpr),
                                t.key(), ObjectKind::Table, QStringLiteral("alter"), Planner::tr("The default again, now of the new type."));
                    }
                }
                add(DropTypes, QStringLiteral("DROP %1 %2").arg(b.kind == TypeDef::Kind::Domain ? QStringLiteral("DOMAIN") : QStringLiteral("TYPE"), oldQ),
                    d.key, d.kind, QStringLiteral("drop"), Planner::tr("The renamed old type is no longer used."));
                continue;
            }
            if (b.kind == TypeDef::Kind::Domain) {
                if (a.defaultExpr != b.defaultExpr)
                    add(Types, b.defaultExpr.isEmpty() ? QStringLiteral("ALTER DOMAIN %1 DROP DEFAULT").arg(q)
                                                       : QStringLiteral("ALTER DOMAIN %1 SET DEFAULT %2").arg(q, b.defaultExpr),
                        d.key, d.kind, QStringLiteral("alter"), Planner::tr("The domain's default changes."));
                if (a.notNull != b.notNull) {
                    PlanStep &s = add(Types, QStringLiteral("ALTER DOMAIN %1 %2 NOT NULL").arg(q, b.notNull ? QStringLiteral("SET") : QStringLiteral("DROP")),
                                      d.key, d.kind, QStringLiteral("alter"), Planner::tr("The domain's NOT NULL changes; setting it checks every column of the domain."));
                    s.hazards.fullScan = b.notNull;
                }
                QHash<QString, const DomainConstraint *> ca, cb;
                for (const DomainConstraint &c : a.constraints)
                    ca.insert(c.name, &c);
                for (const DomainConstraint &c : b.constraints)
                    cb.insert(c.name, &c);
                for (const DomainConstraint &c : a.constraints) {
                    const DomainConstraint *other = cb.value(c.name);
                    if (!other || other->definition != c.definition || (c.validated && !other->validated))
                        add(Types, QStringLiteral("ALTER DOMAIN %1 DROP CONSTRAINT %2").arg(q, sql::ident(c.name)), d.key, d.kind,
                            QStringLiteral("alter"), Planner::tr("Constraint %1 of the domain is dropped or changed.").arg(c.name));
                }
                for (const DomainConstraint &c : b.constraints) {
                    const DomainConstraint *old = ca.value(c.name);
                    const bool keep = old && old->definition == c.definition && !(old->validated && !c.validated);
                    if (keep) {
                        if (!old->validated && c.validated) {
                            PlanStep &s = add(Validate, QStringLiteral("ALTER DOMAIN %1 VALIDATE CONSTRAINT %2").arg(q, sql::ident(c.name)),
                                              d.key, d.kind, QStringLiteral("validate"), Planner::tr("Checks the existing values."));
                            s.hazards.fullScan = true;
                        }
                        continue;
                    }
                    QString def = c.definition;
                    if (!def.endsWith(QStringLiteral(" NOT VALID")))
                        def += QStringLiteral(" NOT VALID");
                    add(Types, QStringLiteral("ALTER DOMAIN %1 ADD CONSTRAINT %2 %3").arg(q, sql::ident(c.name), def), d.key, d.kind,
                        QStringLiteral("alter"), Planner::tr("Added NOT VALID: new values are checked at once, existing ones by a separate step."));
                    if (c.validated) {
                        PlanStep &s = add(Validate, QStringLiteral("ALTER DOMAIN %1 VALIDATE CONSTRAINT %2").arg(q, sql::ident(c.name)),
                                          d.key, d.kind, QStringLiteral("validate"), Planner::tr("Checks the existing values of every column of the domain."));
                        s.hazards.fullScan = true;
                    }
                }
                continue;
            }
            if (b.kind == TypeDef::Kind::Composite) {
                QHash<QString, const Column *> aa;
                for (const Column &c : a.attributes)
                    aa.insert(c.name, &c);
                QSet<QString> inB;
                for (const Column &c : b.attributes)
                    inB.insert(c.name);
                for (const Column &c : a.attributes)
                    if (!inB.contains(c.name))
                        add(Types, QStringLiteral("ALTER TYPE %1 DROP ATTRIBUTE %2").arg(q, sql::ident(c.name)), d.key, d.kind,
                            QStringLiteral("alter"), Planner::tr("Attribute %1 is not in the target.").arg(c.name));
                for (const Column &c : b.attributes) {
                    const Column *o = aa.value(c.name);
                    QString type = c.type + (c.collation.isEmpty() ? QString() : QStringLiteral(" COLLATE ") + c.collation);
                    if (!o)
                        add(Types, QStringLiteral("ALTER TYPE %1 ADD ATTRIBUTE %2 %3").arg(q, sql::ident(c.name), type), d.key, d.kind,
                            QStringLiteral("alter"), Planner::tr("Attribute %1 is new.").arg(c.name));
                    else if (o->type != c.type || o->collation != c.collation)
                        add(Types, QStringLiteral("ALTER TYPE %1 ALTER ATTRIBUTE %2 TYPE %3").arg(q, sql::ident(c.name), type), d.key, d.kind,
                            QStringLiteral("alter"), Planner::tr("Attribute %1 changes its type.").arg(c.name));
                }
                continue;
            }
            notes.append(Planner::tr("Range type %1 differs; range types cannot be altered.").arg(q));
        }
    }
    // In the diff's order: PlanOrder.cpp puts a type after the types it is built on (a
    // domain over an enum, a composite of a range) and drops it before them.
    for (const ObjectDiff *d : added) {
        const TypeDef &t = B.types[d->indexB];
        add(Types, sql::createType(t), d->key, d->kind, QStringLiteral("create"), Planner::tr("Type %1 exists only in the target.").arg(t.qualifiedName()));
        for (const DomainConstraint &c : t.constraints)
            if (!c.validated)
                add(Types, QStringLiteral("ALTER DOMAIN %1 ADD CONSTRAINT %2 %3").arg(t.qualifiedName(), sql::ident(c.name), c.definition),
                    d->key, d->kind, QStringLiteral("alter"), Planner::tr("A constraint that is NOT VALID in the target."));
    }
    for (const ObjectDiff *d : removed) {
        const TypeDef &t = A.types[d->indexA];
        add(DropTypes, QStringLiteral("DROP %1 %2").arg(sql::typeSqlKind(t), t.qualifiedName()), d->key, d->kind, QStringLiteral("drop"),
            Planner::tr("Type %1 does not exist in the target.").arg(t.qualifiedName()));
    }
}

// ---------------------------------------------------------------- sequences

void PlanBuilder::planSequences()
{
    for (const ObjectDiff &d : D.objects) {
        if (d.kind != ObjectKind::Sequence)
            continue;
        if (d.state == ChangeState::Added) {
            const SequenceDef &s = B.sequences[d.indexB];
            add(Sequences, sql::createSequence(s), d.key, d.kind, QStringLiteral("create"),
                Planner::tr("Sequence %1 exists only in the target.").arg(s.qualifiedName()));
            if (!s.ownedByTable.isEmpty())
                add(SequenceOwnership, QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2.%3")
                        .arg(s.qualifiedName(), sql::qname(s.ownedBySchema, s.ownedByTable), sql::ident(s.ownedByColumn)),
                    d.key, d.kind, QStringLiteral("alter"), Planner::tr("The sequence belongs to its column."));
        } else if (d.state == ChangeState::Removed) {
            const SequenceDef &s = A.sequences[d.indexA];
            if (!s.ownedByTable.isEmpty()) {
                const QString owner = sql::qname(s.ownedBySchema, s.ownedByTable);
                // Dropping the owning table or column drops the sequence with it.
                if (tableIsDropped(owner) || droppedColumns.contains(owner + u'\n' + s.ownedByColumn))
                    continue;
            }
            PlanStep &st = add(DropSequences, QStringLiteral("DROP SEQUENCE ") + s.qualifiedName(), d.key, d.kind, QStringLiteral("drop"),
                               Planner::tr("Sequence %1 does not exist in the target.").arg(s.qualifiedName()));
            st.hazards.dataLoss = true;
        } else if (d.state == ChangeState::Changed) {
            const SequenceDef &a = A.sequences[d.indexA];
            const SequenceDef &b = B.sequences[d.indexB];
            if (d.fields.contains(u"options"))
                add(Sequences, QStringLiteral("ALTER SEQUENCE %1 %2").arg(b.qualifiedName(), sql::sequenceOptions(b.options, true)),
                    d.key, d.kind, QStringLiteral("alter"), Planner::tr("The sequence's options change."));
            if (d.fields.contains(u"owned_by"))
                add(SequenceOwnership, b.ownedByTable.isEmpty()
                        ? QStringLiteral("ALTER SEQUENCE %1 OWNED BY NONE").arg(b.qualifiedName())
                        : QStringLiteral("ALTER SEQUENCE %1 OWNED BY %2.%3")
                              .arg(b.qualifiedName(), sql::qname(b.ownedBySchema, b.ownedByTable), sql::ident(b.ownedByColumn)),
                    d.key, d.kind, QStringLiteral("alter"), Planner::tr("The column that owns the sequence changes."));
            Q_UNUSED(a)
        }
    }
}

// ---------------------------------------------------------------- functions

void PlanBuilder::planFunctions()
{
    bool any = false;
    // Removed functions whose name a new overload takes: gone before the new ones are made,
    // so that the objects made again after them bind to the new function.
    for (const ObjectDiff &d : D.objects)
        if (d.state == ChangeState::Removed && earlyDroppedFunctions.contains(d.key))
            add(Functions, dropFunctionOfA(A.functions[d.indexA]), d.key, d.kind, QStringLiteral("drop"),
                Planner::tr("%1 does not exist in the target; it goes before the new %2 is created, and what calls it is made again afterwards.")
                    .arg(A.functions[d.indexA].signature(), qualifiedName(A.functions[d.indexA].schema, A.functions[d.indexA].name)));
    for (const ObjectDiff &d : D.objects) {
        if (d.kind != ObjectKind::Function && d.kind != ObjectKind::Procedure)
            continue;
        if (d.state == ChangeState::Removed && earlyDroppedFunctions.contains(d.key))
            continue;
        if (d.state == ChangeState::Removed) {
            const FunctionDef &f = A.functions[d.indexA];
            add(DropFunctions, dropFunctionOfA(f), d.key, d.kind, QStringLiteral("drop"),
                Planner::tr("%1 does not exist in the target.").arg(f.signature()));
            continue;
        }
        if (d.state == ChangeState::Added || isStructurallyChanged(&d) || (d.indexA >= 0 && d.indexB >= 0 && recreated.contains(d.key))) {
            const FunctionDef &f = B.functions[d.indexB];
            if (recreated.contains(d.key))
                add(Functions, dropFunctionOfA(A.functions[d.indexA]), d.key, d.kind, QStringLiteral("drop"),
                    remadeFor.contains(d.key) && remadeFor.value(d.key).startsWith(u"type:")
                        ? Planner::tr("It uses %1, which is made anew: it is dropped (naming the old type) and created again with the new type.")
                              .arg(remadeFor.value(d.key).section(u':', 1))
                    : remadeFor.contains(d.key)
                        ? Planner::tr("It depends on %1, which is dropped or made anew: dropped before it and created again after.")
                              .arg(remadeFor.value(d.key))
                        : Planner::tr("The result type or the argument list changes, which CREATE OR REPLACE cannot do."));
            add(Functions, sql::functionDefinition(f), d.key, d.kind,
                d.state == ChangeState::Added || recreated.contains(d.key) ? QStringLiteral("create") : QStringLiteral("replace"),
                d.state == ChangeState::Added ? Planner::tr("%1 exists only in the target.").arg(f.signature())
                                              : Planner::tr("The definition of %1 changes.").arg(f.signature()));
            any = true;
        }
    }
    if (any)
        add(PreSettings, QStringLiteral("SET check_function_bodies = false"), QString(), ObjectKind::Function, QStringLiteral("set"),
            Planner::tr("Function bodies may refer to tables created later in this script."));
}

} // namespace strata::diff
