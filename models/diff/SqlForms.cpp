#include "SqlForms.h"

#include "common/SafeText.h"

namespace strata::diff::sql {

using namespace catalog;

QString quoteLiteral(const QString &text) { return strata::quoteLiteral(text); }
QString ident(const QString &name) { return quoteIdent(name); }
QString qname(const QString &schema, const QString &name) { return qualifiedName(schema, name); }

QString sequenceOptions(const SequenceOptions &o, bool withType)
{
    QString s;
    if (withType)
        s += QStringLiteral("AS %1 ").arg(o.dataType);
    s += QStringLiteral("INCREMENT BY %1 MINVALUE %2 MAXVALUE %3 START WITH %4 CACHE %5 %6")
             .arg(o.increment).arg(o.minValue).arg(o.maxValue).arg(o.start).arg(o.cache)
             .arg(o.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
    return s;
}

QString identityClause(const Column &c)
{
    QString s = QStringLiteral("GENERATED %1 AS IDENTITY (").arg(c.identity);
    if (!c.identitySequence.isEmpty())
        s += QStringLiteral("SEQUENCE NAME %1 ").arg(c.identitySequence);
    s += sequenceOptions(c.identityOptions, false) + u')';
    return s;
}

QString columnDefinition(const Column &c)
{
    QString s = ident(c.name) + u' ' + c.type;
    if (!c.collation.isEmpty())
        s += QStringLiteral(" COLLATE ") + c.collation;
    if (!c.generatedExpr.isEmpty())
        s += QStringLiteral(" GENERATED ALWAYS AS (%1) STORED").arg(c.generatedExpr);
    else if (!c.identity.isEmpty())
        s += u' ' + identityClause(c);
    else if (!c.defaultExpr.isEmpty())
        s += QStringLiteral(" DEFAULT ") + c.defaultExpr;
    if (c.notNull)
        s += QStringLiteral(" NOT NULL");
    return s;
}

QString createTable(const TableDef &t)
{
    QString s = t.unlogged ? QStringLiteral("CREATE UNLOGGED TABLE ") : QStringLiteral("CREATE TABLE ");
    s += t.qualifiedName();
    if (t.isPartition()) {
        s += QStringLiteral(" PARTITION OF ") + t.parentQualifiedName();
        QStringList local;
        for (const Column &c : t.columns)
            if (!c.inherited)
                local.append(QStringLiteral("    ") + columnDefinition(c));
        if (!local.isEmpty())
            s += QStringLiteral(" (\n") + local.join(QStringLiteral(",\n")) + QStringLiteral("\n)");
        s += u' ' + t.partitionBound;
    } else {
        QStringList cols;
        for (const Column &c : t.columns)
            cols.append(QStringLiteral("    ") + columnDefinition(c));
        s += cols.isEmpty() ? QStringLiteral(" ()") : QStringLiteral(" (\n") + cols.join(QStringLiteral(",\n")) + QStringLiteral("\n)");
    }
    if (t.isPartitioned())
        s += QStringLiteral(" PARTITION BY ") + t.partitionKey;
    if (!t.options.isEmpty())
        s += QStringLiteral(" WITH (%1)").arg(t.options.join(QStringLiteral(", ")));
    return s;
}

QString createSequence(const SequenceDef &s)
{
    return QStringLiteral("CREATE SEQUENCE %1 %2").arg(s.qualifiedName(), sequenceOptions(s.options, true));
}

QString typeSqlKind(const TypeDef &t)
{
    return t.kind == TypeDef::Kind::Domain ? QStringLiteral("DOMAIN") : QStringLiteral("TYPE");
}

QString createType(const TypeDef &t)
{
    switch (t.kind) {
    case TypeDef::Kind::Enum: {
        QStringList labels;
        for (const QString &l : t.labels)
            labels.append(quoteLiteral(l));
        return QStringLiteral("CREATE TYPE %1 AS ENUM (%2)").arg(t.qualifiedName(), labels.join(QStringLiteral(", ")));
    }
    case TypeDef::Kind::Composite: {
        QStringList attrs;
        for (const Column &c : t.attributes) {
            QString a = ident(c.name) + u' ' + c.type;
            if (!c.collation.isEmpty())
                a += QStringLiteral(" COLLATE ") + c.collation;
            attrs.append(a);
        }
        return QStringLiteral("CREATE TYPE %1 AS (%2)").arg(t.qualifiedName(), attrs.join(QStringLiteral(", ")));
    }
    case TypeDef::Kind::Range: {
        QStringList parts{QStringLiteral("SUBTYPE = ") + t.subtype};
        if (!t.subtypeOpclass.isEmpty())
            parts.append(QStringLiteral("SUBTYPE_OPCLASS = ") + t.subtypeOpclass);
        if (!t.collation.isEmpty())
            parts.append(QStringLiteral("COLLATION = ") + t.collation);
        if (!t.canonicalFunction.isEmpty())
            parts.append(QStringLiteral("CANONICAL = ") + t.canonicalFunction);
        if (!t.subtypeDiffFunction.isEmpty())
            parts.append(QStringLiteral("SUBTYPE_DIFF = ") + t.subtypeDiffFunction);
        if (!t.multirangeName.isEmpty())
            parts.append(QStringLiteral("MULTIRANGE_TYPE_NAME = ") + t.multirangeName);
        return QStringLiteral("CREATE TYPE %1 AS RANGE (%2)").arg(t.qualifiedName(), parts.join(QStringLiteral(", ")));
    }
    case TypeDef::Kind::Domain: {
        QString s = QStringLiteral("CREATE DOMAIN %1 AS %2").arg(t.qualifiedName(), t.baseType);
        if (!t.collation.isEmpty())
            s += QStringLiteral(" COLLATE ") + t.collation;
        if (!t.defaultExpr.isEmpty())
            s += QStringLiteral(" DEFAULT ") + t.defaultExpr;
        if (t.notNull)
            s += QStringLiteral(" NOT NULL");
        for (const DomainConstraint &c : t.constraints)
            if (c.validated)
                s += QStringLiteral(" CONSTRAINT %1 %2").arg(ident(c.name), c.definition);
        return s;
    }
    }
    return {};
}

QString viewSelect(const ViewDef &v)
{
    QString d = v.definition.trimmed();
    while (d.endsWith(u';'))
        d.chop(1);
    return d;
}

QString createView(const ViewDef &v, bool orReplace)
{
    QString s = v.materialized ? QStringLiteral("CREATE MATERIALIZED VIEW ")
                               : (orReplace ? QStringLiteral("CREATE OR REPLACE VIEW ") : QStringLiteral("CREATE VIEW "));
    s += v.qualifiedName();
    if (!v.options.isEmpty())
        s += QStringLiteral(" WITH (%1)").arg(v.options.join(QStringLiteral(", ")));
    s += QStringLiteral(" AS\n") + viewSelect(v);
    if (v.materialized)
        s += v.populated ? QStringLiteral("\nWITH DATA") : QStringLiteral("\nWITH NO DATA");
    return s;
}

QString createIndex(const IndexDef &i, bool concurrently)
{
    QString d = i.definition;
    // An index on a partitioned table prints as ON ONLY; created that way it would
    // stay invalid until every partition's index is attached by hand.
    d.replace(QStringLiteral(" ON ONLY "), QStringLiteral(" ON "));
    if (concurrently) {
        const qsizetype at = d.indexOf(QStringLiteral("INDEX "));
        if (at >= 0)
            d.insert(at + 6, QStringLiteral("CONCURRENTLY "));
    }
    return d;
}

QString createIndexNamed(const IndexDef &i, bool concurrently, const QString &name)
{
    QString d = createIndex(i, concurrently);
    // "CREATE [UNIQUE] INDEX [CONCURRENTLY] <name> ON ...": the first name after INDEX.
    const QString old = (concurrently ? QStringLiteral("INDEX CONCURRENTLY ") : QStringLiteral("INDEX ")) + ident(i.name) + QStringLiteral(" ON ");
    const qsizetype at = d.indexOf(old);
    if (at >= 0)
        d.replace(at, old.size(), (concurrently ? QStringLiteral("INDEX CONCURRENTLY ") : QStringLiteral("INDEX ")) + ident(name) + QStringLiteral(" ON "));
    return d;
}

QString addConstraint(const ConstraintDef &c, bool notValid)
{
    QString def = c.definition;
    if (notValid && !def.endsWith(QStringLiteral(" NOT VALID")))
        def += QStringLiteral(" NOT VALID");
    return QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(c.tableQualifiedName(), ident(c.name), def);
}

QString createPolicy(const PolicyDef &p)
{
    QStringList roles;
    for (const QString &r : p.roles)
        roles.append(r.isEmpty() ? QStringLiteral("PUBLIC") : ident(r));
    if (roles.isEmpty())
        roles.append(QStringLiteral("PUBLIC"));
    QString s = QStringLiteral("CREATE POLICY %1 ON %2 AS %3 FOR %4 TO %5")
                    .arg(ident(p.name), p.tableQualifiedName(),
                         p.permissive ? QStringLiteral("PERMISSIVE") : QStringLiteral("RESTRICTIVE"), p.command,
                         roles.join(QStringLiteral(", ")));
    if (!p.usingExpr.isEmpty())
        s += QStringLiteral(" USING (%1)").arg(p.usingExpr);
    if (!p.withCheckExpr.isEmpty())
        s += QStringLiteral(" WITH CHECK (%1)").arg(p.withCheckExpr);
    return s;
}

QString functionDefinition(const FunctionDef &f)
{
    QString d = f.definition.trimmed();
    while (d.endsWith(u';'))
        d.chop(1);
    return d;
}

QString dropFunction(const FunctionDef &f)
{
    return QStringLiteral("DROP %1 %2").arg(f.procedure ? QStringLiteral("PROCEDURE") : QStringLiteral("FUNCTION"), f.signature());
}

QStringList grantChanges(const QString &objectSql, const QList<Grant> &from, const QList<Grant> &to)
{
    auto grantee = [](const Grant &g) { return g.grantee.isEmpty() ? QStringLiteral("PUBLIC") : ident(g.grantee); };
    QStringList out;
    for (const Grant &g : from) {
        if (to.contains(g))
            continue;
        if (g.revoked)
            out.append(QStringLiteral("GRANT %1 ON %2 TO %3").arg(g.privilege, objectSql, grantee(g)));
        else
            out.append(QStringLiteral("REVOKE %1 ON %2 FROM %3").arg(g.privilege, objectSql, grantee(g)));
    }
    for (const Grant &g : to) {
        if (from.contains(g))
            continue;
        if (g.revoked)
            out.append(QStringLiteral("REVOKE %1 ON %2 FROM %3").arg(g.privilege, objectSql, grantee(g)));
        else
            out.append(QStringLiteral("GRANT %1 ON %2 TO %3%4").arg(g.privilege, objectSql, grantee(g),
                                                                      g.grantable ? QStringLiteral(" WITH GRANT OPTION") : QString()));
    }
    return out;
}

namespace {
template<class T>
const T *byKey(const QList<T> &list, const QString &key)
{
    for (const T &o : list)
        if (o.key() == key)
            return &o;
    return nullptr;
}
QString withComment(QString ddl, const QString &what, const QString &comment)
{
    ddl += QStringLiteral(";\n");
    if (!comment.isEmpty())
        ddl += QStringLiteral("COMMENT ON %1 IS %2;\n").arg(what, quoteLiteral(comment));
    return ddl;
}
} // namespace

QString objectDdl(const Snapshot &s, const QString &key)
{
    if (const auto *o = byKey(s.schemas, key))
        return withComment(QStringLiteral("CREATE SCHEMA ") + ident(o->name), QStringLiteral("SCHEMA ") + ident(o->name), o->comment);
    if (const auto *o = byKey(s.extensions, key))
        return QStringLiteral("CREATE EXTENSION %1 WITH SCHEMA %2 VERSION %3;\n").arg(ident(o->name), ident(o->schema), quoteLiteral(o->version));
    if (const auto *o = byKey(s.types, key)) {
        QString d = withComment(createType(*o), typeSqlKind(*o) + u' ' + o->qualifiedName(), o->comment);
        for (const DomainConstraint &c : o->constraints)
            if (!c.validated)
                d += QStringLiteral("ALTER DOMAIN %1 ADD CONSTRAINT %2 %3;\n").arg(o->qualifiedName(), ident(c.name), c.definition);
        return d;
    }
    if (const auto *o = byKey(s.sequences, key))
        return withComment(createSequence(*o), QStringLiteral("SEQUENCE ") + o->qualifiedName(), o->comment);
    if (const auto *o = byKey(s.tables, key)) {
        QString d = withComment(createTable(*o), QStringLiteral("TABLE ") + o->qualifiedName(), o->comment);
        for (const Column &c : o->columns)
            if (!c.comment.isEmpty())
                d += QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3;\n").arg(o->qualifiedName(), ident(c.name), quoteLiteral(c.comment));
        if (o->rlsEnabled)
            d += QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;\n").arg(o->qualifiedName());
        if (o->rlsForced)
            d += QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY;\n").arg(o->qualifiedName());
        return d;
    }
    if (const auto *o = byKey(s.constraints, key))
        return addConstraint(*o, false) + QStringLiteral(";\n");
    if (const auto *o = byKey(s.indexes, key))
        return o->definition + QStringLiteral(";\n");
    if (const auto *o = byKey(s.views, key))
        return withComment(createView(*o, false), (o->materialized ? QStringLiteral("MATERIALIZED VIEW ") : QStringLiteral("VIEW ")) + o->qualifiedName(), o->comment);
    if (const auto *o = byKey(s.functions, key))
        return functionDefinition(*o) + QStringLiteral(";\n");
    if (const auto *o = byKey(s.triggers, key))
        return o->definition + QStringLiteral(";\n");
    if (const auto *o = byKey(s.policies, key))
        return createPolicy(*o) + QStringLiteral(";\n");
    return {};
}

} // namespace strata::diff::sql
