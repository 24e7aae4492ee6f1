// SquashCheck: a diff::DiffResult turned into differences with sentences that say what
// differs, with both values where they are short.

#include "SquashCheck.h"
#include "SquashDifferences.h"

namespace strata::squash {

using diff::ChangeState;
using diff::ObjectKind;

namespace {

QString shown(const QString &v)
{
    const QString s = v.simplified();
    return s.isEmpty() ? SquashCheck::tr("none") : s;
}

QString yesNo(bool b)
{
    return b ? SquashCheck::tr("yes") : SquashCheck::tr("no");
}

QString both(const QString &field, const QString &chain, const QString &baseline)
{
    return SquashCheck::tr("%1: %2 in the chain, %3 in the baseline").arg(field, shown(chain), shown(baseline));
}

QString sequenceText(const catalog::SequenceOptions &o)
{
    return QStringLiteral("%1 start %2 increment %3 min %4 max %5 cache %6%7")
        .arg(o.dataType).arg(o.start).arg(o.increment).arg(o.minValue).arg(o.maxValue).arg(o.cache)
        .arg(o.cycle ? QStringLiteral(" cycle") : QString());
}

QString columnValue(const catalog::Column &c, const QString &field)
{
    if (field == u"type") return c.type;
    if (field == u"default") return c.defaultExpr;
    if (field == u"not_null") return yesNo(c.notNull);
    if (field == u"identity") return c.identity;
    if (field == u"identity_sequence") return c.identitySequence;
    if (field == u"identity_options") return sequenceText(c.identityOptions);
    if (field == u"generated") return c.generatedExpr;
    if (field == u"collation") return c.collation;
    if (field == u"comment") return c.comment;
    if (field == u"inherited") return yesNo(c.inherited);
    return {};
}

// The value of a field of one object, where it is short enough to print; "" = not shown.
template<class T>
QString valueOf(const T &, const QString &) { return {}; }

QString valueOf(const catalog::TypeDef &t, const QString &f)
{
    if (f == u"labels") return t.labels.join(QStringLiteral(", "));
    if (f == u"base_type") return t.baseType;
    if (f == u"default") return t.defaultExpr;
    if (f == u"not_null") return yesNo(t.notNull);
    if (f == u"kind") return catalog::TypeDef::kindName(t.kind);
    if (f == u"constraints") {
        QStringList c;
        for (const catalog::DomainConstraint &d : t.constraints)
            c.append(d.name + u' ' + d.definition);
        return c.join(QStringLiteral("; "));
    }
    return {};
}

QString valueOf(const catalog::SequenceDef &s, const QString &f)
{
    if (f == u"options") return sequenceText(s.options);
    return {};
}

QString valueOf(const catalog::ConstraintDef &c, const QString &f)
{
    if (f == u"definition") return c.definition;
    return {};
}

QString valueOf(const catalog::IndexDef &i, const QString &f)
{
    if (f == u"definition") return i.definition;
    return {};
}

QString valueOf(const catalog::ViewDef &v, const QString &f)
{
    if (f == u"definition") return v.definition;
    return {};
}

QString valueOf(const catalog::FunctionDef &fn, const QString &f)
{
    if (f == u"arguments") return fn.arguments;
    if (f == u"result") return fn.result;
    if (f == u"language") return fn.language;
    if (f == u"volatility") return fn.volatility;
    if (f == u"strict") return yesNo(fn.strict);
    if (f == u"security_definer") return yesNo(fn.securityDefiner);
    return {}; // the whole definition is too long for a sentence
}

QString valueOf(const catalog::TriggerDef &t, const QString &f)
{
    if (f == u"definition") return t.definition;
    if (f == u"enabled") return t.enabled;
    return {};
}

QString valueOf(const catalog::PolicyDef &p, const QString &f)
{
    if (f == u"using") return p.usingExpr;
    if (f == u"with_check") return p.withCheckExpr;
    if (f == u"command") return p.command;
    if (f == u"roles") return p.roles.join(QStringLiteral(", "));
    return {};
}

template<class T>
QStringList fieldSentences(const QList<T> &a, const QList<T> &b, const diff::ObjectDiff &od, QStringList &fields)
{
    QStringList parts;
    for (const QString &f : od.fields) {
        if (f == u"columns")
            continue; // tables: column by column below
        fields.append(f);
        const QString va = od.indexA >= 0 ? valueOf(a[od.indexA], f) : QString();
        const QString vb = od.indexB >= 0 ? valueOf(b[od.indexB], f) : QString();
        if (va.isEmpty() && vb.isEmpty())
            parts.append(SquashCheck::tr("%1 differs").arg(f));
        else
            parts.append(both(f, va, vb));
    }
    return parts;
}

QString kindLabel(ObjectKind k)
{
    switch (k) {
    case ObjectKind::Schema: return SquashCheck::tr("schema");
    case ObjectKind::Extension: return SquashCheck::tr("extension");
    case ObjectKind::Type: return SquashCheck::tr("type");
    case ObjectKind::Sequence: return SquashCheck::tr("sequence");
    case ObjectKind::Table: return SquashCheck::tr("table");
    case ObjectKind::Constraint: return SquashCheck::tr("constraint");
    case ObjectKind::Index: return SquashCheck::tr("index");
    case ObjectKind::View: return SquashCheck::tr("view");
    case ObjectKind::MaterializedView: return SquashCheck::tr("materialized view");
    case ObjectKind::Function: return SquashCheck::tr("function");
    case ObjectKind::Procedure: return SquashCheck::tr("procedure");
    case ObjectKind::Trigger: return SquashCheck::tr("trigger");
    case ObjectKind::Policy: return SquashCheck::tr("policy");
    }
    return {};
}

} // namespace

QList<SquashDifference> describe(const diff::DiffResult &r, const catalog::Snapshot &a, const catalog::Snapshot &b)
{
    QList<SquashDifference> out;
    for (const diff::ObjectDiff &od : r.objects) {
        if (od.state == ChangeState::Same)
            continue;
        SquashDifference d;
        d.kind = od.kind;
        d.key = od.key;
        d.object = od.key.mid(od.key.indexOf(u':') + 1);
        const QString what = kindLabel(od.kind) + u' ' + d.object;
        if (od.state == ChangeState::Removed) {
            d.state = SquashDifference::State::Missing;
            d.detail = SquashCheck::tr("The chain ends with the %1; the baseline does not create it.").arg(what);
            out.append(d);
            continue;
        }
        if (od.state == ChangeState::Added) {
            d.state = SquashDifference::State::Extra;
            d.detail = SquashCheck::tr("The baseline creates the %1; the chain does not end with it.").arg(what);
            out.append(d);
            continue;
        }
        d.state = SquashDifference::State::Changed;
        QStringList parts;
        switch (od.kind) {
        case ObjectKind::Schema: parts = fieldSentences(a.schemas, b.schemas, od, d.fields); break;
        case ObjectKind::Extension: parts = fieldSentences(a.extensions, b.extensions, od, d.fields); break;
        case ObjectKind::Type: parts = fieldSentences(a.types, b.types, od, d.fields); break;
        case ObjectKind::Sequence: parts = fieldSentences(a.sequences, b.sequences, od, d.fields); break;
        case ObjectKind::Table: parts = fieldSentences(a.tables, b.tables, od, d.fields); break;
        case ObjectKind::Constraint: parts = fieldSentences(a.constraints, b.constraints, od, d.fields); break;
        case ObjectKind::Index: parts = fieldSentences(a.indexes, b.indexes, od, d.fields); break;
        case ObjectKind::View:
        case ObjectKind::MaterializedView: parts = fieldSentences(a.views, b.views, od, d.fields); break;
        case ObjectKind::Function:
        case ObjectKind::Procedure: parts = fieldSentences(a.functions, b.functions, od, d.fields); break;
        case ObjectKind::Trigger: parts = fieldSentences(a.triggers, b.triggers, od, d.fields); break;
        case ObjectKind::Policy: parts = fieldSentences(a.policies, b.policies, od, d.fields); break;
        }
        for (const diff::ColumnChange &c : od.columns) {
            const QString col = catalog::quoteIdent(c.name);
            if (c.kind == diff::ColumnChange::Kind::Added) {
                d.fields.append(c.name);
                parts.append(SquashCheck::tr("column %1 (%2) only in the baseline").arg(col, c.after.type));
            } else if (c.kind == diff::ColumnChange::Kind::Dropped) {
                d.fields.append(c.name);
                parts.append(SquashCheck::tr("column %1 (%2) missing from the baseline").arg(col, c.before.type));
            } else {
                for (const QString &f : c.fields) {
                    d.fields.append(c.name + u'.' + f);
                    parts.append(SquashCheck::tr("column %1 %2").arg(col, both(f, columnValue(c.before, f), columnValue(c.after, f))));
                }
            }
        }
        if (parts.isEmpty())
            parts.append(SquashCheck::tr("%1 differs").arg(od.fields.join(QStringLiteral(", "))));
        d.detail = SquashCheck::tr("The %1 differs: %2.").arg(what, parts.join(QStringLiteral("; ")));
        out.append(d);
    }
    return out;
}

} // namespace strata::squash
