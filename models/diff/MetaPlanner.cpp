// Comments, owners and privileges: applied last, to objects as they are in the target.

#include "PlanBuilder.h"

namespace strata::diff {

using namespace catalog;

namespace {

struct MetaSide
{
    QString comment;
    QString owner;
    QList<Grant> grants;
};

} // namespace

void PlanBuilder::planMeta()
{
    // A relation (or the type) this object belongs to is created by the plan.
    auto madeAnew = [this](const ObjectDiff &d) {
        switch (d.kind) {
        case ObjectKind::Table:
        case ObjectKind::View:
        case ObjectKind::MaterializedView: return createdRelations.contains(qualifiedName(d.schema, d.name));
        case ObjectKind::Constraint:
        case ObjectKind::Index:
        case ObjectKind::Trigger:
        case ObjectKind::Policy: return createdRelations.contains(qualifiedName(d.schema, d.table));
        case ObjectKind::Type: return recreatedTypes.contains(qualifiedName(d.schema, d.name));
        default: return false;
        }
    };
    // what: "TABLE public.t" for COMMENT ON / ALTER ... OWNER TO; grantWhat for GRANT (empty: none).
    auto meta = [this](const QString &key, ObjectKind kind, bool fresh, const QString &what, const QString &grantWhat,
                       const MetaSide *a, const MetaSide &b, bool hasOwner) {
        const QString beforeComment = (fresh || !a) ? QString() : a->comment;
        if (!O.diff.ignoreComments && b.comment != beforeComment)
            add(Meta, QStringLiteral("COMMENT ON %1 IS %2").arg(what, b.comment.isEmpty() ? QStringLiteral("NULL") : sql::quoteLiteral(b.comment)),
                key, kind, QStringLiteral("comment"), Planner::tr("The comment as in the target."));
        if (hasOwner && !O.diff.ignoreOwners && !b.owner.isEmpty()) {
            const QString beforeOwner = (fresh || !a) ? defaultOwner : a->owner;
            if (b.owner != beforeOwner)
                add(Meta, QStringLiteral("ALTER %1 OWNER TO %2").arg(what, sql::ident(b.owner)), key, kind, QStringLiteral("owner"),
                    Planner::tr("The owner as in the target."));
        }
        if (!grantWhat.isEmpty() && !O.diff.ignoreGrants) {
            const QList<Grant> before = (fresh || !a) ? QList<Grant>() : a->grants;
            if (before != b.grants)
                for (const QString &g : sql::grantChanges(grantWhat, before, b.grants))
                    add(Meta, g, key, kind, QStringLiteral("grant"), Planner::tr("Privileges as in the target."));
        }
    };
    auto freshDropCreate = [this](const ObjectDiff *d, const QString &key, const QString &relation) {
        return !d || d->state == ChangeState::Added || recreated.contains(key) || createdRelations.contains(relation)
            || isStructurallyChanged(d);
    };
    auto freshAltered = [this](const ObjectDiff *d, const QString &key, const QString &relation) {
        return !d || d->state == ChangeState::Added || recreated.contains(key) || createdRelations.contains(relation);
    };
    auto differs = [](const ObjectDiff *d) { return !d || d->state != ChangeState::Same; };

    for (const ObjectDiff &d : D.objects) {
        if (d.state == ChangeState::Removed || d.indexB < 0)
            continue;
        // An object that is the same on both sides has the same comment, owner and
        // privileges (or they are ignored): nothing to do unless it is made anew.
        if (d.state == ChangeState::Same && !recreated.contains(d.key) && !madeAnew(d))
            continue;
        const ObjectDiff *pd = &d;
        switch (d.kind) {
        case ObjectKind::Schema: {
            const SchemaDef &b = B.schemas[d.indexB];
            const SchemaDef *a = d.indexA >= 0 ? &A.schemas[d.indexA] : nullptr;
            MetaSide sa = a ? MetaSide{a->comment, a->owner, a->grants} : MetaSide{};
            meta(d.key, d.kind, freshAltered(pd, d.key, {}), QStringLiteral("SCHEMA ") + sql::ident(b.name),
                 QStringLiteral("SCHEMA ") + sql::ident(b.name), a ? &sa : nullptr, {b.comment, b.owner, b.grants}, true);
            break;
        }
        case ObjectKind::Extension: {
            const ExtensionDef &b = B.extensions[d.indexB];
            const ExtensionDef *a = d.indexA >= 0 ? &A.extensions[d.indexA] : nullptr;
            MetaSide sa = a ? MetaSide{a->comment, {}, {}} : MetaSide{};
            meta(d.key, d.kind, freshAltered(pd, d.key, {}), QStringLiteral("EXTENSION ") + sql::ident(b.name), {}, a ? &sa : nullptr,
                 {b.comment, {}, {}}, false);
            break;
        }
        case ObjectKind::Type: {
            const TypeDef &b = B.types[d.indexB];
            const TypeDef *a = d.indexA >= 0 ? &A.types[d.indexA] : nullptr;
            MetaSide sa = a ? MetaSide{a->comment, a->owner, a->grants} : MetaSide{};
            const QString what = sql::typeSqlKind(b) + u' ' + b.qualifiedName();
            meta(d.key, d.kind, freshAltered(pd, d.key, {}) || recreatedTypes.contains(b.qualifiedName()), what, what, a ? &sa : nullptr,
                 {b.comment, b.owner, b.grants}, true);
            if (!O.diff.ignoreComments && b.kind == TypeDef::Kind::Domain) {
                for (const DomainConstraint &c : b.constraints) {
                    QString before;
                    if (a && !recreatedTypes.contains(b.qualifiedName()))
                        for (const DomainConstraint &x : a->constraints)
                            if (x.name == c.name && x.definition == c.definition)
                                before = x.comment;
                    if (before != c.comment)
                        add(Meta, QStringLiteral("COMMENT ON CONSTRAINT %1 ON DOMAIN %2 IS %3")
                                .arg(sql::ident(c.name), b.qualifiedName(), c.comment.isEmpty() ? QStringLiteral("NULL") : sql::quoteLiteral(c.comment)),
                            d.key, d.kind, QStringLiteral("comment"), Planner::tr("The comment as in the target."));
                }
            }
            break;
        }
        case ObjectKind::Sequence: {
            const SequenceDef &b = B.sequences[d.indexB];
            const SequenceDef *a = d.indexA >= 0 ? &A.sequences[d.indexA] : nullptr;
            MetaSide sa = a ? MetaSide{a->comment, a->owner, a->grants} : MetaSide{};
            const QString what = QStringLiteral("SEQUENCE ") + b.qualifiedName();
            meta(d.key, d.kind, freshAltered(pd, d.key, {}), what, what, a ? &sa : nullptr, {b.comment, b.owner, b.grants}, true);
            break;
        }
        case ObjectKind::Table: {
            const TableDef &b = B.tables[d.indexB];
            const TableDef *a = d.indexA >= 0 ? &A.tables[d.indexA] : nullptr;
            const bool fresh = freshAltered(pd, d.key, b.qualifiedName());
            MetaSide sa = a ? MetaSide{a->comment, a->owner, a->grants} : MetaSide{};
            const QString what = QStringLiteral("TABLE ") + b.qualifiedName();
            meta(d.key, d.kind, fresh, what, what, a ? &sa : nullptr, {b.comment, b.owner, b.grants}, true);
            if (O.diff.ignoreComments)
                break;
            for (const Column &c : b.columns) {
                const Column *ac = (a && !fresh && !recreatedColumns.contains(b.qualifiedName() + u'\n' + c.name)) ? a->column(c.name) : nullptr;
                const QString before = ac ? ac->comment : QString();
                if (before != c.comment)
                    add(Meta, QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                            .arg(b.qualifiedName(), sql::ident(c.name), c.comment.isEmpty() ? QStringLiteral("NULL") : sql::quoteLiteral(c.comment)),
                        d.key, d.kind, QStringLiteral("comment"), Planner::tr("The column's comment as in the target."));
            }
            break;
        }
        case ObjectKind::Constraint: {
            const ConstraintDef &b = B.constraints[d.indexB];
            const ConstraintDef *a = d.indexA >= 0 ? &A.constraints[d.indexA] : nullptr;
            MetaSide sa = a ? MetaSide{a->comment, {}, {}} : MetaSide{};
            if (!differs(pd) && !recreated.contains(d.key) && !createdRelations.contains(b.tableQualifiedName()))
                break;
            meta(d.key, d.kind, freshDropCreate(pd, d.key, b.tableQualifiedName()),
                 QStringLiteral("CONSTRAINT %1 ON %2").arg(sql::ident(b.name), b.tableQualifiedName()), {}, a ? &sa : nullptr,
                 {b.comment, {}, {}}, false);
            break;
        }
        case ObjectKind::Index: {
            const IndexDef &b = B.indexes[d.indexB];
            const IndexDef *a = d.indexA >= 0 ? &A.indexes[d.indexA] : nullptr;
            MetaSide sa = a ? MetaSide{a->comment, {}, {}} : MetaSide{};
            meta(d.key, d.kind, freshDropCreate(pd, d.key, b.tableQualifiedName()), QStringLiteral("INDEX ") + b.qualifiedName(), {},
                 a ? &sa : nullptr, {b.comment, {}, {}}, false);
            break;
        }
        case ObjectKind::View:
        case ObjectKind::MaterializedView: {
            const ViewDef &b = B.views[d.indexB];
            const ViewDef *a = d.indexA >= 0 ? &A.views[d.indexA] : nullptr;
            const bool fresh = freshAltered(pd, d.key, b.qualifiedName());
            MetaSide sa = a ? MetaSide{a->comment, a->owner, a->grants} : MetaSide{};
            const QString what = (b.materialized ? QStringLiteral("MATERIALIZED VIEW ") : QStringLiteral("VIEW ")) + b.qualifiedName();
            meta(d.key, d.kind, fresh, what, QStringLiteral("TABLE ") + b.qualifiedName(), a ? &sa : nullptr, {b.comment, b.owner, b.grants}, true);
            if (O.diff.ignoreComments)
                break;
            for (const Column &c : b.columns) {
                QString before;
                if (a && !fresh)
                    for (const Column &x : a->columns)
                        if (x.name == c.name)
                            before = x.comment;
                if (before != c.comment)
                    add(Meta, QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                            .arg(b.qualifiedName(), sql::ident(c.name), c.comment.isEmpty() ? QStringLiteral("NULL") : sql::quoteLiteral(c.comment)),
                        d.key, d.kind, QStringLiteral("comment"), Planner::tr("The column's comment as in the target."));
            }
            break;
        }
        case ObjectKind::Function:
        case ObjectKind::Procedure: {
            const FunctionDef &b = B.functions[d.indexB];
            const FunctionDef *a = d.indexA >= 0 ? &A.functions[d.indexA] : nullptr;
            MetaSide sa = a ? MetaSide{a->comment, a->owner, a->grants} : MetaSide{};
            const QString what = (b.procedure ? QStringLiteral("PROCEDURE ") : QStringLiteral("FUNCTION ")) + b.signature();
            meta(d.key, d.kind, freshAltered(pd, d.key, {}), what, what, a ? &sa : nullptr, {b.comment, b.owner, b.grants}, true);
            break;
        }
        case ObjectKind::Trigger: {
            const TriggerDef &b = B.triggers[d.indexB];
            const TriggerDef *a = d.indexA >= 0 ? &A.triggers[d.indexA] : nullptr;
            MetaSide sa = a ? MetaSide{a->comment, {}, {}} : MetaSide{};
            if (b.inherited)
                break;
            meta(d.key, d.kind, freshDropCreate(pd, d.key, b.tableQualifiedName()) && !(pd && pd->fields == QStringList{QStringLiteral("enabled")}),
                 QStringLiteral("TRIGGER %1 ON %2").arg(sql::ident(b.name), b.tableQualifiedName()), {}, a ? &sa : nullptr,
                 {b.comment, {}, {}}, false);
            break;
        }
        case ObjectKind::Policy: {
            const PolicyDef &b = B.policies[d.indexB];
            const PolicyDef *a = d.indexA >= 0 ? &A.policies[d.indexA] : nullptr;
            MetaSide sa = a ? MetaSide{a->comment, {}, {}} : MetaSide{};
            meta(d.key, d.kind, freshDropCreate(pd, d.key, b.tableQualifiedName()),
                 QStringLiteral("POLICY %1 ON %2").arg(sql::ident(b.name), b.tableQualifiedName()), {}, a ? &sa : nullptr,
                 {b.comment, {}, {}}, false);
            break;
        }
        }
    }
}

} // namespace strata::diff
