#include "DdlWriter.h"
#include "DependencyOrder.h"

#include "common/SafeText.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>

namespace strata::catalog {

namespace {

const QString kEnd = QStringLiteral(";\n");

QString role(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("PUBLIC") : quoteIdent(name);
}

QString sequenceOptions(const SequenceOptions &o, bool withType)
{
    QString s;
    if (withType)
        s += QStringLiteral(" AS ") + o.dataType;
    s += QStringLiteral(" START WITH ") + QString::number(o.start)
        + QStringLiteral(" INCREMENT BY ") + QString::number(o.increment)
        + QStringLiteral(" MINVALUE ") + QString::number(o.minValue)
        + QStringLiteral(" MAXVALUE ") + QString::number(o.maxValue)
        + QStringLiteral(" CACHE ") + QString::number(o.cache)
        + (o.cycle ? QStringLiteral(" CYCLE") : QStringLiteral(" NO CYCLE"));
    return s;
}

QString withOptions(const QStringList &options)
{
    return options.isEmpty() ? QString() : QStringLiteral(" WITH (") + options.join(QStringLiteral(", ")) + u')';
}

// Server-printed text without its trailing semicolon and blank space.
QString withoutSemicolon(QString text)
{
    while (!text.isEmpty() && (text.back().isSpace() || text.back() == u';'))
        text.chop(1);
    return text;
}

QString columnDefinition(const Column &c)
{
    QString s = quoteIdent(c.name) + u' ' + c.type;
    if (!c.collation.isEmpty())
        s += QStringLiteral(" COLLATE ") + c.collation;
    if (!c.generatedExpr.isEmpty())
        s += QStringLiteral(" GENERATED ALWAYS AS (") + c.generatedExpr + QStringLiteral(") STORED");
    if (!c.identity.isEmpty()) {
        s += QStringLiteral(" GENERATED ") + c.identity + QStringLiteral(" AS IDENTITY (");
        if (!c.identitySequence.isEmpty())
            s += QStringLiteral("SEQUENCE NAME ") + c.identitySequence;
        s += sequenceOptions(c.identityOptions, false) + u')';
    }
    if (!c.defaultExpr.isEmpty())
        s += QStringLiteral(" DEFAULT ") + c.defaultExpr;
    if (c.notNull)
        s += QStringLiteral(" NOT NULL");
    return s;
}

const char *typeObjectWord(const TypeDef &t)
{
    return t.kind == TypeDef::Kind::Domain ? "DOMAIN" : "TYPE";
}

} // namespace

QString DdlWriter::literal(const QString &text)
{
    return strata::quoteLiteral(text);
}

QString DdlWriter::owner(const char *objectType, const QString &target, const QString &roleName) const
{
    if (!m_o.owners || roleName.isEmpty())
        return {};
    return QStringLiteral("ALTER %1 %2 OWNER TO %3").arg(QLatin1StringView(objectType), target, quoteIdent(roleName)) + kEnd;
}

QString DdlWriter::comment(const char *objectType, const QString &target, const QString &text) const
{
    if (!m_o.comments || text.isEmpty())
        return {};
    return QStringLiteral("COMMENT ON %1 %2 IS ").arg(QLatin1StringView(objectType), target) + literal(text) + kEnd;
}

QString DdlWriter::grants(const char *objectType, const QString &target, const QList<Grant> &list) const
{
    if (!m_o.grants || list.isEmpty())
        return {};
    // One statement per (revoke or grant, grantee, grant option), in list order:
    // the list is sorted with revokes first, which is also the order to run them.
    struct Group
    {
        bool revoked;
        QString grantee;
        bool grantable;
        QStringList privileges;
    };
    QList<Group> groups;
    for (const Grant &g : list) {
        const bool grantable = !g.revoked && g.grantable;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &x) {
            return x.revoked == g.revoked && x.grantee == g.grantee && x.grantable == grantable;
        });
        if (it == groups.end())
            groups.append({g.revoked, g.grantee, grantable, {g.privilege}});
        else if (!it->privileges.contains(g.privilege))
            it->privileges.append(g.privilege);
    }
    const QString on = QStringLiteral(" ON %1 %2 ").arg(QLatin1StringView(objectType), target);
    QString out;
    for (const Group &g : groups) {
        if (g.revoked)
            out += QStringLiteral("REVOKE ") + g.privileges.join(QStringLiteral(", ")) + on + QStringLiteral("FROM ") + role(g.grantee) + kEnd;
        else
            out += QStringLiteral("GRANT ") + g.privileges.join(QStringLiteral(", ")) + on + QStringLiteral("TO ") + role(g.grantee)
                + (g.grantable ? QStringLiteral(" WITH GRANT OPTION") : QString()) + kEnd;
    }
    return out;
}

QString DdlWriter::schema(const SchemaDef &s) const
{
    const QString name = quoteIdent(s.name);
    // "public" exists in every new database.
    QString out = (s.name == u"public" ? QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") : QStringLiteral("CREATE SCHEMA ")) + name + kEnd;
    out += owner("SCHEMA", name, s.owner);
    out += comment("SCHEMA", name, s.comment);
    out += grants("SCHEMA", name, s.grants);
    return out;
}

QString DdlWriter::extension(const ExtensionDef &e) const
{
    const QString name = quoteIdent(e.name);
    QString out = QStringLiteral("CREATE EXTENSION IF NOT EXISTS ") + name + QStringLiteral(" WITH SCHEMA ") + quoteIdent(e.schema);
    if (!e.version.isEmpty())
        out += QStringLiteral(" VERSION ") + literal(e.version);
    out += kEnd;
    out += comment("EXTENSION", name, e.comment);
    return out;
}

QString DdlWriter::type(const TypeDef &t) const
{
    const QString name = t.qualifiedName();
    QString out;
    switch (t.kind) {
    case TypeDef::Kind::Enum: {
        QStringList labels;
        for (const QString &l : t.labels)
            labels << literal(l);
        out = QStringLiteral("CREATE TYPE ") + name + QStringLiteral(" AS ENUM (") + labels.join(QStringLiteral(", ")) + u')' + kEnd;
        break;
    }
    case TypeDef::Kind::Domain:
        out = QStringLiteral("CREATE DOMAIN ") + name + QStringLiteral(" AS ") + t.baseType;
        if (!t.collation.isEmpty())
            out += QStringLiteral(" COLLATE ") + t.collation;
        if (!t.defaultExpr.isEmpty())
            out += QStringLiteral(" DEFAULT ") + t.defaultExpr;
        if (t.notNull)
            out += QStringLiteral(" NOT NULL");
        out += kEnd;
        for (const DomainConstraint &c : t.constraints) {
            out += QStringLiteral("ALTER DOMAIN ") + name + QStringLiteral(" ADD CONSTRAINT ") + quoteIdent(c.name) + u' ' + c.definition + kEnd;
            out += comment("CONSTRAINT", quoteIdent(c.name) + QStringLiteral(" ON DOMAIN ") + name, c.comment);
        }
        break;
    case TypeDef::Kind::Composite: {
        QStringList attrs;
        for (const Column &a : t.attributes)
            attrs << quoteIdent(a.name) + u' ' + a.type + (a.collation.isEmpty() ? QString() : QStringLiteral(" COLLATE ") + a.collation);
        out = QStringLiteral("CREATE TYPE ") + name + QStringLiteral(" AS (") + attrs.join(QStringLiteral(", ")) + u')' + kEnd;
        for (const Column &a : t.attributes)
            out += comment("COLUMN", name + u'.' + quoteIdent(a.name), a.comment);
        break;
    }
    case TypeDef::Kind::Range: {
        QStringList parts{QStringLiteral("SUBTYPE = ") + t.subtype};
        if (!t.subtypeOpclass.isEmpty())
            parts << QStringLiteral("SUBTYPE_OPCLASS = ") + t.subtypeOpclass;
        if (!t.collation.isEmpty())
            parts << QStringLiteral("COLLATION = ") + t.collation;
        if (!t.canonicalFunction.isEmpty())
            parts << QStringLiteral("CANONICAL = ") + t.canonicalFunction;
        if (!t.subtypeDiffFunction.isEmpty())
            parts << QStringLiteral("SUBTYPE_DIFF = ") + t.subtypeDiffFunction;
        if (!t.multirangeName.isEmpty())
            parts << QStringLiteral("MULTIRANGE_TYPE_NAME = ") + t.multirangeName;
        out = QStringLiteral("CREATE TYPE ") + name + QStringLiteral(" AS RANGE (") + parts.join(QStringLiteral(", ")) + u')' + kEnd;
        break;
    }
    }
    out += owner(typeObjectWord(t), name, t.owner);
    out += comment(typeObjectWord(t), name, t.comment);
    out += grants(typeObjectWord(t), name, t.grants);
    return out;
}

QString DdlWriter::sequenceCreate(const SequenceDef &s) const
{
    const QString name = s.qualifiedName();
    QString out = QStringLiteral("CREATE SEQUENCE ") + name + sequenceOptions(s.options, true) + kEnd;
    out += owner("SEQUENCE", name, s.owner);
    out += comment("SEQUENCE", name, s.comment);
    out += grants("SEQUENCE", name, s.grants);
    return out;
}

QString DdlWriter::sequenceOwnedBy(const SequenceDef &s) const
{
    if (s.ownedByTable.isEmpty())
        return {};
    return QStringLiteral("ALTER SEQUENCE ") + s.qualifiedName() + QStringLiteral(" OWNED BY ")
        + qualifiedName(s.ownedBySchema, s.ownedByTable) + u'.' + quoteIdent(s.ownedByColumn) + kEnd;
}

QString DdlWriter::sequence(const SequenceDef &s) const
{
    return sequenceCreate(s) + sequenceOwnedBy(s);
}

QString DdlWriter::table(const TableDef &t, const TableDef *parent) const
{
    const QString name = t.qualifiedName();
    QString out = t.unlogged ? QStringLiteral("CREATE UNLOGGED TABLE ") : QStringLiteral("CREATE TABLE ");
    out += name;
    QString alters;
    if (t.isPartition()) {
        out += QStringLiteral(" PARTITION OF ") + t.parentQualifiedName() + u' ' + t.partitionBound;
        // Columns come from the parent; print where this partition differs.
        for (const Column &c : t.columns) {
            const Column *pc = parent ? parent->column(c.name) : nullptr;
            const QString alter = QStringLiteral("ALTER TABLE ") + name + QStringLiteral(" ALTER COLUMN ") + quoteIdent(c.name);
            const QString parentDefault = pc ? pc->defaultExpr : QString();
            if (c.defaultExpr != parentDefault) {
                if (c.defaultExpr.isEmpty())
                    alters += alter + QStringLiteral(" DROP DEFAULT") + kEnd;
                else
                    alters += alter + QStringLiteral(" SET DEFAULT ") + c.defaultExpr + kEnd;
            }
            if (c.notNull && !(pc && pc->notNull))
                alters += alter + QStringLiteral(" SET NOT NULL") + kEnd;
        }
    } else {
        QStringList cols;
        for (const Column &c : t.columns)
            cols << QStringLiteral("    ") + columnDefinition(c);
        out += cols.isEmpty() ? QStringLiteral(" ()") : QStringLiteral(" (\n") + cols.join(QStringLiteral(",\n")) + QStringLiteral("\n)");
    }
    if (t.isPartitioned())
        out += QStringLiteral(" PARTITION BY ") + t.partitionKey;
    out += withOptions(t.options) + kEnd;
    out += alters;
    if (t.rlsEnabled)
        out += QStringLiteral("ALTER TABLE ") + name + QStringLiteral(" ENABLE ROW LEVEL SECURITY") + kEnd;
    if (t.rlsForced)
        out += QStringLiteral("ALTER TABLE ") + name + QStringLiteral(" FORCE ROW LEVEL SECURITY") + kEnd;
    out += owner("TABLE", name, t.owner);
    out += comment("TABLE", name, t.comment);
    for (const Column &c : t.columns)
        out += comment("COLUMN", name + u'.' + quoteIdent(c.name), c.comment);
    out += grants("TABLE", name, t.grants);
    return out;
}

QString DdlWriter::constraint(const ConstraintDef &c) const
{
    const QString target = quoteIdent(c.name) + QStringLiteral(" ON ") + c.tableQualifiedName();
    QString out;
    if (!c.inherited)
        out = QStringLiteral("ALTER TABLE ") + c.tableQualifiedName() + QStringLiteral(" ADD CONSTRAINT ") + quoteIdent(c.name)
            + u' ' + c.definition + kEnd;
    out += comment("CONSTRAINT", target, c.comment);
    return out;
}

QString DdlWriter::indexCreate(const IndexDef &i) const
{
    QString out;
    if (i.constraintName.isEmpty())
        out = i.definition + kEnd;
    out += comment("INDEX", i.qualifiedName(), i.comment);
    return out;
}

QString DdlWriter::indexAttach(const IndexDef &i) const
{
    if (i.parentIndex.isEmpty() || !i.constraintName.isEmpty())
        return {};
    return QStringLiteral("ALTER INDEX ") + i.parentIndex + QStringLiteral(" ATTACH PARTITION ") + i.qualifiedName() + kEnd;
}

QString DdlWriter::index(const IndexDef &i) const
{
    return indexCreate(i) + indexAttach(i);
}

QString DdlWriter::view(const ViewDef &v) const
{
    const QString name = v.qualifiedName();
    const char *word = v.materialized ? "MATERIALIZED VIEW" : "VIEW";
    QString out = QStringLiteral("CREATE %1 ").arg(QLatin1StringView(word)) + name + withOptions(v.options)
        + QStringLiteral(" AS\n") + withoutSemicolon(v.definition);
    if (v.materialized && !v.populated)
        out += QStringLiteral("\n  WITH NO DATA");
    out += kEnd;
    out += owner(word, name, v.owner);
    out += comment(word, name, v.comment);
    for (const Column &c : v.columns)
        out += comment("COLUMN", name + u'.' + quoteIdent(c.name), c.comment);
    out += grants("TABLE", name, v.grants);
    return out;
}

QString DdlWriter::function(const FunctionDef &f) const
{
    const char *word = f.procedure ? "PROCEDURE" : "FUNCTION";
    const QString sig = f.signature();
    QString out = withoutSemicolon(f.definition) + kEnd;
    out += owner(word, sig, f.owner);
    out += comment(word, sig, f.comment);
    out += grants(word, sig, f.grants);
    return out;
}

QString DdlWriter::trigger(const TriggerDef &t) const
{
    QString out;
    if (!t.inherited) {
        out = withoutSemicolon(t.definition) + kEnd;
        const QString alter = QStringLiteral("ALTER TABLE ") + t.tableQualifiedName();
        if (t.enabled == u"DISABLED")
            out += alter + QStringLiteral(" DISABLE TRIGGER ") + quoteIdent(t.name) + kEnd;
        else if (t.enabled == u"REPLICA")
            out += alter + QStringLiteral(" ENABLE REPLICA TRIGGER ") + quoteIdent(t.name) + kEnd;
        else if (t.enabled == u"ALWAYS")
            out += alter + QStringLiteral(" ENABLE ALWAYS TRIGGER ") + quoteIdent(t.name) + kEnd;
    }
    out += comment("TRIGGER", quoteIdent(t.name) + QStringLiteral(" ON ") + t.tableQualifiedName(), t.comment);
    return out;
}

QString DdlWriter::policy(const PolicyDef &p) const
{
    QStringList roles;
    for (const QString &r : p.roles)
        roles << role(r);
    if (roles.isEmpty())
        roles << QStringLiteral("PUBLIC");
    QString out = QStringLiteral("CREATE POLICY ") + quoteIdent(p.name) + QStringLiteral(" ON ") + p.tableQualifiedName()
        + (p.permissive ? QStringLiteral(" AS PERMISSIVE") : QStringLiteral(" AS RESTRICTIVE"))
        + QStringLiteral(" FOR ") + p.command + QStringLiteral(" TO ") + roles.join(QStringLiteral(", "));
    if (!p.usingExpr.isEmpty())
        out += QStringLiteral(" USING (") + p.usingExpr + u')';
    if (!p.withCheckExpr.isEmpty())
        out += QStringLiteral(" WITH CHECK (") + p.withCheckExpr + u')';
    out += kEnd;
    out += comment("POLICY", quoteIdent(p.name) + QStringLiteral(" ON ") + p.tableQualifiedName(), p.comment);
    return out;
}

QString DdlWriter::script(const Snapshot &s) const
{
    QString out;
    // The database's name is anyone's text: it must not end the comment.
    out += lineComment(QStringLiteral("Schema of database %1, PostgreSQL %2, written by Strata").arg(s.database, s.serverVersion)) + u'\n';
    out += QStringLiteral("SET check_function_bodies = false") + kEnd;
    // The definitions' string constants are written for standard conforming strings.
    out += QStringLiteral("SET standard_conforming_strings = on") + kEnd;

    for (const SchemaDef &x : s.schemas)
        out += schema(x);
    for (const ExtensionDef &x : s.extensions)
        out += extension(x);
    // Types: enums and ranges first (domains and composites may use them), then
    // domains (composites may use them), then composites.
    for (const TypeDef::Kind kind : {TypeDef::Kind::Enum, TypeDef::Kind::Range, TypeDef::Kind::Domain, TypeDef::Kind::Composite})
        for (const TypeDef &x : s.types)
            if (x.kind == kind)
                out += type(x);
    for (const SequenceDef &x : s.sequences)
        out += sequenceCreate(x);
    // Functions in the order of the dependency graph (a SQL-standard body is checked when
    // it is created, whatever check_function_bodies says). Those that read a table or a
    // view, directly or through another function, come after the views, in one order with
    // them; the others before the tables (whose defaults may call them).
    QHash<QString, QStringList> deps;
    for (const Dependency &d : s.dependencies)
        deps[d.from].append(d.to);
    QHash<QString, const FunctionDef *> functions;
    for (const FunctionDef &f : s.functions)
        functions.insert(f.key(), &f);
    QSet<QString> late;
    for (bool grew = true; grew;) {
        grew = false;
        for (const FunctionDef &f : s.functions) {
            if (late.contains(f.key()))
                continue;
            for (const QString &to : deps.value(f.key()))
                if (to.startsWith(u"table:") || to.startsWith(u"view:") || to.startsWith(u"materialized_view:") || late.contains(to)) {
                    late.insert(f.key());
                    grew = true;
                    break;
                }
        }
    }
    QStringList early;
    for (const FunctionDef &f : s.functions)
        if (!late.contains(f.key()))
            early.append(f.key());
    for (const QString &k : dependencyOrder(early, deps))
        out += function(*functions.value(k));

    // Tables: plain and partitioned ones, then partitions below their parents.
    QHash<QString, const TableDef *> byName;
    for (const TableDef &t : s.tables)
        byName.insert(t.qualifiedName(), &t);
    auto depth = [&](const TableDef &t) {
        int d = 0;
        for (const TableDef *p = &t; p && p->isPartition() && d < 64; p = byName.value(p->parentQualifiedName()))
            ++d;
        return d;
    };
    QList<QPair<int, const TableDef *>> tables;
    for (const TableDef &t : s.tables)
        tables.append({depth(t), &t});
    std::stable_sort(tables.begin(), tables.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[d, t] : tables)
        out += table(*t, t->isPartition() ? byName.value(t->parentQualifiedName()) : nullptr);
    for (const SequenceDef &x : s.sequences)
        out += sequenceOwnedBy(x);

    for (const ConstraintDef &c : s.constraints)
        if (c.type != ConstraintDef::Type::ForeignKey)
            out += constraint(c);

    // Views and the late functions in dependency order (a view after the views and
    // functions it reads).
    QHash<QString, const ViewDef *> views;
    QStringList lateKeys(late.cbegin(), late.cend());
    for (const ViewDef &v : s.views) {
        views.insert(v.key(), &v);
        lateKeys.append(v.key());
        for (const QString &dep : v.dependsOn)
            deps[v.key()].append(dep);
    }
    for (const QString &k : dependencyOrder(lateKeys, deps)) {
        if (const ViewDef *v = views.value(k))
            out += view(*v);
        else
            out += function(*functions.value(k));
    }

    for (const IndexDef &i : s.indexes)
        out += indexCreate(i);
    for (const IndexDef &i : s.indexes)
        out += indexAttach(i);
    // Foreign keys last among constraints: they need the referenced unique indexes.
    for (const ConstraintDef &c : s.constraints)
        if (c.type == ConstraintDef::Type::ForeignKey)
            out += constraint(c);
    for (const TriggerDef &t : s.triggers)
        out += trigger(t);
    for (const PolicyDef &p : s.policies)
        out += policy(p);
    return out;
}

} // namespace strata::catalog
