#include "ConsolidationTracker.h"

#include "catalog/QuoteIdent.h"
#include "sql/ParseNodes.h"

#include <algorithm>

namespace strata::consolidation {

using namespace parsenodes;
using K = StatementKind;

namespace {

const QChar kSep = u'\x1f';

QString schemaOr(const QString &schema)
{
    return schema.isEmpty() ? QStringLiteral("public") : schema;
}

// Namespace of an object kind in the keys: relations share one per schema, types and
// domains share pg_type's, functions and procedures pg_proc's.
QString space(const QString &objectKind)
{
    if (objectKind == u"domain")
        return QStringLiteral("type");
    if (objectKind == u"procedure")
        return QStringLiteral("function");
    return objectKind;
}

QString objKey(const QString &objectKind, const QString &schema, const QString &name)
{
    return space(objectKind) + kSep + schemaOr(schema) + kSep + name;
}

QString childKey(const QString &objectKind, const QString &parentKey, const QString &name)
{
    return objectKind + kSep + parentKey + kSep + name;
}

QString display(const QString &schema, const QString &name)
{
    return catalog::qualifiedName(schemaOr(schema), name);
}

QString tableKey(const RelationRef &r)
{
    return objKey(QStringLiteral("table"), r.schema, r.name);
}

// Input argument types of a CREATE FUNCTION parameter list or an ObjectWithArgs, without
// type modifiers ("int4", "text").
QString argType(const QJsonObject &typeName)
{
    QString t = typeNameText(typeName);
    const qsizetype paren = t.indexOf(u'(');
    if (paren >= 0)
        t = t.left(paren) + t.mid(t.indexOf(u')', paren) + 1);
    return t;
}

QString funcKey(const QString &schema, const QString &name, const QStringList &args)
{
    return objKey(QStringLiteral("function"), schema, name) + kSep + args.join(u',');
}

QString funcDisplay(const QString &schema, const QString &name, const QStringList &args)
{
    return display(schema, name) + u'(' + args.join(QStringLiteral(", ")) + u')';
}

// Objects a DROP statement names, and which tracked kind they are.
QString kindForObjectType(const QString &objtype)
{
    static const QHash<QString, QString> kinds{
        {QStringLiteral("OBJECT_TABLE"), QStringLiteral("table")},
        {QStringLiteral("OBJECT_VIEW"), QStringLiteral("view")},
        {QStringLiteral("OBJECT_MATVIEW"), QStringLiteral("materialized_view")},
        {QStringLiteral("OBJECT_INDEX"), QStringLiteral("index")},
        {QStringLiteral("OBJECT_SEQUENCE"), QStringLiteral("sequence")},
        {QStringLiteral("OBJECT_TYPE"), QStringLiteral("type")},
        {QStringLiteral("OBJECT_DOMAIN"), QStringLiteral("domain")},
        {QStringLiteral("OBJECT_FUNCTION"), QStringLiteral("function")},
        {QStringLiteral("OBJECT_PROCEDURE"), QStringLiteral("procedure")},
        {QStringLiteral("OBJECT_ROUTINE"), QStringLiteral("function")},
        {QStringLiteral("OBJECT_SCHEMA"), QStringLiteral("schema")},
    };
    return kinds.value(objtype);
}

// Kinds for which DROP followed by CREATE is one object rewritten (a view, function, type
// or constraint is changed that way); for the others a drop ends the object's life.
bool mergesOnRecreate(const QString &objectKind)
{
    return objectKind == u"view" || objectKind == u"materialized_view" || objectKind == u"function"
        || objectKind == u"procedure" || objectKind == u"type" || objectKind == u"domain"
        || objectKind == u"constraint" || objectKind == u"index";
}

QStringList columnNames(const QJsonArray &tableElts)
{
    QStringList out;
    for (const QJsonValue &v : tableElts) {
        const QJsonObject col = obj(v.toObject(), "ColumnDef");
        if (!col.isEmpty())
            out.append(str(col, "colname"));
    }
    return out;
}

// Named constraints declared inside CREATE TABLE (table and column constraints).
QStringList constraintNames(const QJsonArray &tableElts)
{
    QStringList out;
    for (const QJsonValue &v : tableElts) {
        const QJsonObject o = v.toObject();
        const QString name = str(obj(o, "Constraint"), "conname");
        if (!name.isEmpty())
            out.append(name);
        for (const QJsonValue &c : arr(obj(o, "ColumnDef"), "constraints")) {
            const QString n = str(obj(c.toObject(), "Constraint"), "conname");
            if (!n.isEmpty())
                out.append(n);
        }
    }
    return out;
}

} // namespace

void Tracker::beginFile(const QString &file)
{
    if (!m_fileOrder.contains(file))
        m_fileOrder.insert(file, int(m_fileOrder.size()));
}

Tracker::Track *Tracker::find(const QString &key)
{
    const auto it = m_live.constFind(key);
    return it == m_live.constEnd() ? nullptr : &m_tracks[*it];
}

Tracker::Track &Tracker::create(const QString &key, const QString &objectKind, const QString &displayName,
                                const QString &schema, const ChainLocation &loc, const QString &parent, const QString &name)
{
    if (Track *t = find(key)) {
        const bool merge = t->state == State::Exists || (t->state == State::Dropped && mergesOnRecreate(t->objectKind));
        if (merge) {
            ChainLocation l = loc;
            if (t->state == State::Exists && l.action == u"create")
                l.action = QStringLiteral("replace");
            t->events.append(l);
            t->definitions += 1;
            t->everCreated = true;
            t->state = State::Exists;
            t->objectKind = objectKind;
            t->display = displayName;
            t->parent = parent;
            return *t;
        }
        // A new life: the old track stays in m_tracks (retired) for its findings.
    }
    Track t;
    t.key = key;
    t.objectKind = objectKind;
    t.display = displayName;
    t.schema = schemaOr(schema);
    t.parent = parent;
    t.name = name;
    t.events.append(loc);
    t.definitions = 1;
    t.everCreated = true;
    m_tracks.append(t);
    m_live.insert(key, m_tracks.size() - 1);
    return m_tracks.last();
}

void Tracker::define(const QString &key, const ChainLocation &loc)
{
    Track *t = find(key);
    if (!t || t->state != State::Exists)
        return;
    t->events.append(loc);
    t->definitions += 1;
}

void Tracker::drop(const QString &key, const ChainLocation &loc)
{
    Track *t = find(key);
    if (!t || t->state != State::Exists)
        return;
    t->events.append(loc);
    t->state = State::Dropped;
    if (t->objectKind == u"table" || t->objectKind == u"view" || t->objectKind == u"materialized_view")
        dropChildren(key, loc);
    if (t->objectKind == u"schema") {
        for (Track &o : m_tracks)
            if (&o != t && o.schema == t->name && o.state == State::Exists)
                o.state = State::DroppedWithParent;
    }
}

void Tracker::dropChildren(const QString &parentKey, const ChainLocation &)
{
    for (auto it = m_live.constBegin(); it != m_live.constEnd(); ++it) {
        Track &c = m_tracks[it.value()];
        if (c.parent == parentKey && c.state == State::Exists)
            c.state = State::DroppedWithParent;
    }
}

void Tracker::rename(const QString &oldKey, const QString &newKey, const QString &newDisplay, const QString &newName,
                     const ChainLocation &loc)
{
    const auto it = m_live.constFind(oldKey);
    if (it == m_live.constEnd())
        return;
    const qsizetype idx = *it;
    Track &t = m_tracks[idx];
    if (t.state != State::Exists)
        return;
    m_live.remove(oldKey);
    t.key = newKey;
    t.display = newDisplay;
    if (!newName.isEmpty())
        t.name = newName;
    t.events.append(loc);
    m_live.insert(newKey, idx); // a dropped object of that name is retired
    if (m_rows.contains(oldKey)) {
        Rows r = m_rows.take(oldKey);
        r.display = newDisplay;
        m_rows.insert(newKey, r);
    }
    // Columns, constraints and indexes follow their table.
    QList<qsizetype> children;
    for (auto c = m_live.constBegin(); c != m_live.constEnd(); ++c)
        if (m_tracks[c.value()].parent == oldKey)
            children.append(c.value());
    for (qsizetype ci : std::as_const(children)) {
        Track &c = m_tracks[ci];
        c.parent = newKey;
        if (c.objectKind == u"index")
            continue; // indexes keep their own names
        m_live.remove(c.key);
        c.key = childKey(c.objectKind, newKey, c.name);
        c.display = newDisplay + u'.' + catalog::quoteIdent(c.name);
        m_live.insert(c.key, ci);
    }
}

void Tracker::clearRows(const QString &key, const ChainLocation &loc)
{
    auto it = m_rows.find(key);
    if (it == m_rows.end() || it->inserts.isEmpty())
        return;
    ConsolidationFinding f;
    f.kind = ConsolidationFinding::Kind::RowsInsertedThenDeleted;
    f.objectKind = QStringLiteral("table");
    f.object = it->display;
    f.locations = it->inserts;
    f.locations.append(loc);
    f.count = int(it->inserts.size());
    const ChainLocation &first = it->inserts.first();
    QString how;
    if (loc.action == u"truncate")
        how = tr("TRUNCATE");
    else if (loc.action == u"delete")
        how = tr("DELETE without WHERE");
    else
        how = tr("DROP TABLE");
    f.message = tr("Rows inserted into %1 by %n statement(s), the first in %2, are removed by %3 in %4.", nullptr, int(it->inserts.size()))
                    .arg(it->display, Consolidation::where(first), how, Consolidation::where(loc));
    m_direct.append(f);
    it->inserts.clear();
}

void Tracker::createTable(const ClassifiedStatement &s, const ChainLocation &loc)
{
    const RelationRef &r = s.target;
    if (r.name.isEmpty())
        return;
    const QString key = tableKey(r);
    if (flag(s.node, "if_not_exists")) {
        if (const Track *t = find(key); t && t->state == State::Exists)
            return; // a no-op
    }
    if (s.kind == K::CreateMaterializedView) {
        create(objKey(QStringLiteral("materialized_view"), r.schema, r.name), QStringLiteral("materialized_view"),
               display(r.schema, r.name), r.schema, loc);
        return;
    }
    // A new table: whatever was known about an older one of that name is history.
    const QString tableDisplay = display(r.schema, r.name);
    create(key, QStringLiteral("table"), tableDisplay, r.schema, loc);
    m_rows.remove(key);
    if (s.kind != K::CreateTable)
        return; // CREATE TABLE AS / SELECT INTO: columns come from the query
    const QJsonArray elts = arr(s.node, "tableElts");
    for (const QString &col : columnNames(elts))
        create(childKey(QStringLiteral("column"), key, col), QStringLiteral("column"), tableDisplay + u'.' + catalog::quoteIdent(col),
               r.schema, loc, key, col);
    for (const QString &con : constraintNames(elts))
        create(childKey(QStringLiteral("constraint"), key, con), QStringLiteral("constraint"),
               tableDisplay + u'.' + catalog::quoteIdent(con), r.schema, loc, key, con);
}

void Tracker::alterTable(const ClassifiedStatement &s, const ChainLocation &loc)
{
    const RelationRef &r = s.target;
    if (s.kind == K::AlterType) { // ALTER TYPE composite ADD/DROP/ALTER ATTRIBUTE
        define(objKey(QStringLiteral("type"), r.schema, r.name), ChainLocation{loc.file, loc.line, QStringLiteral("alter")});
        return;
    }
    if (str(s.node, "objtype") != u"OBJECT_TABLE")
        return;
    const QString key = tableKey(r);
    const QString tableDisplay = display(r.schema, r.name);
    for (const AlterTableCommand &c : s.alterCommands) {
        if (c.name.isEmpty())
            continue;
        const QString colKey = childKey(QStringLiteral("column"), key, c.name);
        const QString conKey = childKey(QStringLiteral("constraint"), key, c.name);
        if (c.subtype == u"AT_AddColumn") {
            if (flag(obj(c.node, "def"), "if_not_exists") || c.missingOk) {
                if (const Track *t = find(colKey); t && t->state == State::Exists)
                    continue;
            }
            create(colKey, QStringLiteral("column"), tableDisplay + u'.' + catalog::quoteIdent(c.name), r.schema,
                   ChainLocation{loc.file, loc.line, QStringLiteral("add")}, key, c.name);
        } else if (c.subtype == u"AT_DropColumn") {
            drop(colKey, ChainLocation{loc.file, loc.line, QStringLiteral("drop")});
        } else if (c.subtype == u"AT_AlterColumnType") {
            define(colKey, ChainLocation{loc.file, loc.line, QStringLiteral("alter")});
        } else if (c.subtype == u"AT_AddConstraint") {
            create(conKey, QStringLiteral("constraint"), tableDisplay + u'.' + catalog::quoteIdent(c.name), r.schema,
                   ChainLocation{loc.file, loc.line, QStringLiteral("add")}, key, c.name);
        } else if (c.subtype == u"AT_DropConstraint") {
            drop(conKey, ChainLocation{loc.file, loc.line, QStringLiteral("drop")});
        }
    }
}

void Tracker::dropStatement(const ClassifiedStatement &s, const ChainLocation &loc)
{
    const QString kind = kindForObjectType(s.objectType);
    if (kind.isEmpty())
        return;
    for (const QJsonValue &v : arr(s.node, "objects")) {
        const QJsonObject o = v.toObject();
        if (kind == u"function" || kind == u"procedure") {
            const QJsonObject owa = obj(o, "ObjectWithArgs");
            const RelationRef n = fromNameList(arr(owa, "objname"), RelationAccess::Ddl);
            if (flag(owa, "args_unspecified")) {
                // DROP FUNCTION f: the only function of that name.
                const QString prefix = objKey(QStringLiteral("function"), n.schema, n.name) + kSep;
                QStringList matches;
                for (auto it = m_live.constBegin(); it != m_live.constEnd(); ++it)
                    if (it.key().startsWith(prefix) && m_tracks[it.value()].state == State::Exists)
                        matches.append(it.key());
                if (matches.size() == 1)
                    drop(matches.first(), loc);
                continue;
            }
            QStringList args;
            for (const QJsonValue &a : arr(owa, "objargs"))
                args.append(argType(a.toObject()));
            drop(funcKey(n.schema, n.name, args), loc);
            continue;
        }
        const RelationRef n = fromObjectNode(o, RelationAccess::Ddl);
        if (kind == u"schema") {
            drop(objKey(QStringLiteral("schema"), {}, n.name), loc);
            continue;
        }
        if (kind == u"table")
            clearRows(objKey(kind, n.schema, n.name), ChainLocation{loc.file, loc.line, QStringLiteral("drop-table")});
        drop(objKey(kind, n.schema, n.name), loc);
    }
}

void Tracker::renameStatement(const ClassifiedStatement &s, const ChainLocation &loc)
{
    const QString type = str(s.node, "renameType");
    const QString newName = str(s.node, "newname");
    const ChainLocation l{loc.file, loc.line, QStringLiteral("rename")};
    if (type == u"OBJECT_COLUMN" || type == u"OBJECT_TABCONSTRAINT") {
        const RelationRef t = fromRangeVar(obj(s.node, "relation"), RelationAccess::Ddl);
        const QString kind = type == u"OBJECT_COLUMN" ? QStringLiteral("column") : QStringLiteral("constraint");
        const QString tKey = tableKey(t);
        rename(childKey(kind, tKey, str(s.node, "subname")), childKey(kind, tKey, newName),
               display(t.schema, t.name) + u'.' + catalog::quoteIdent(newName), newName, l);
        return;
    }
    if (type == u"OBJECT_FUNCTION" || type == u"OBJECT_PROCEDURE")
        return; // rare in migrations; the old and new names are simply separate objects
    const QString kind = kindForObjectType(type);
    if (kind.isEmpty() || kind == u"schema")
        return;
    const RelationRef &t = s.target;
    rename(objKey(kind, t.schema, t.name), objKey(kind, t.schema, newName), display(t.schema, newName), newName, l);
}

void Tracker::createFunction(const ClassifiedStatement &s, const ChainLocation &loc)
{
    const RelationRef &n = s.target;
    QStringList args;
    for (const QJsonValue &v : arr(s.node, "parameters")) {
        const QJsonObject p = obj(v.toObject(), "FunctionParameter");
        const QString mode = str(p, "mode");
        if (mode == u"FUNC_PARAM_OUT" || mode == u"FUNC_PARAM_TABLE")
            continue;
        args.append(argType(obj(p, "argType")));
    }
    const QString kind = flag(s.node, "is_procedure") ? QStringLiteral("procedure") : QStringLiteral("function");
    create(funcKey(n.schema, n.name, args), kind, funcDisplay(n.schema, n.name, args), n.schema, loc);
}

void Tracker::statement(const ClassifiedStatement &s, const QString &file)
{
    const ChainLocation loc{file, Consolidation::firstCodeLine(s.statement), QStringLiteral("create")};
    const RelationRef &t = s.target;
    switch (s.kind) {
    case K::CreateTable:
    case K::CreateTableAs:
    case K::CreateMaterializedView:
        createTable(s, loc);
        break;
    case K::AlterTable:
    case K::AlterType:
        if (s.nodeType == u"AlterTableStmt")
            alterTable(s, loc);
        else // ALTER TYPE ... ADD VALUE / RENAME VALUE, ALTER TYPE ... RENAME ATTRIBUTE
            define(objKey(QStringLiteral("type"), t.schema, t.name), ChainLocation{file, loc.line, QStringLiteral("alter")});
        break;
    case K::CreateIndex:
        if (!t.name.isEmpty()) {
            const RelationRef table = fromRangeVar(obj(s.node, "relation"), RelationAccess::Ddl);
            if (flag(s.node, "if_not_exists")) {
                if (const Track *x = find(objKey(QStringLiteral("index"), table.schema, t.name)); x && x->state == State::Exists)
                    break;
            }
            create(objKey(QStringLiteral("index"), table.schema, t.name), QStringLiteral("index"), display(table.schema, t.name),
                   table.schema, loc, tableKey(table), t.name);
        }
        break;
    case K::CreateView:
        create(objKey(QStringLiteral("view"), t.schema, t.name), QStringLiteral("view"), display(t.schema, t.name), t.schema, loc);
        break;
    case K::CreateFunction:
        createFunction(s, loc);
        break;
    case K::CreateSequence:
        if (!(flag(s.node, "if_not_exists") && find(objKey(QStringLiteral("sequence"), t.schema, t.name))))
            create(objKey(QStringLiteral("sequence"), t.schema, t.name), QStringLiteral("sequence"), display(t.schema, t.name), t.schema, loc);
        break;
    case K::CreateSchema:
        if (!(flag(s.node, "if_not_exists") && find(objKey(QStringLiteral("schema"), {}, t.name))))
            create(objKey(QStringLiteral("schema"), {}, t.name), QStringLiteral("schema"), catalog::quoteIdent(t.name), t.name, loc,
                   {}, t.name);
        break;
    case K::CreateType:
    case K::CreateEnum:
        create(objKey(QStringLiteral("type"), t.schema, t.name), QStringLiteral("type"), display(t.schema, t.name), t.schema, loc);
        break;
    case K::CreateDomain:
        create(objKey(QStringLiteral("type"), t.schema, t.name), QStringLiteral("domain"), display(t.schema, t.name), t.schema, loc);
        break;
    case K::Drop:
    case K::DropIndex:
        dropStatement(s, ChainLocation{file, loc.line, QStringLiteral("drop")});
        break;
    case K::Rename:
        renameStatement(s, loc);
        break;
    case K::Insert:
    case K::Copy: {
        if (s.kind == K::Copy && !flag(s.node, "is_from"))
            break;
        if (t.name.isEmpty())
            break;
        Rows &r = m_rows[tableKey(t)];
        r.display = display(t.schema, t.name);
        r.inserts.append(ChainLocation{file, loc.line, s.kind == K::Insert ? QStringLiteral("insert") : QStringLiteral("copy")});
        break;
    }
    case K::Truncate:
        for (const QJsonValue &v : arr(s.node, "relations"))
            clearRows(tableKey(fromRangeVar(v.toObject(), RelationAccess::Write)), ChainLocation{file, loc.line, QStringLiteral("truncate")});
        break;
    case K::Delete:
        if (!s.node.contains(QLatin1StringView("whereClause")) && !t.name.isEmpty())
            clearRows(tableKey(t), ChainLocation{file, loc.line, QStringLiteral("delete")});
        break;
    case K::Do: {
        ConsolidationFinding f;
        f.kind = ConsolidationFinding::Kind::NotAnalyzed;
        f.objectKind = QStringLiteral("file");
        f.object = file;
        f.locations.append(ChainLocation{file, loc.line, QStringLiteral("do")});
        f.message = tr("The DO block at %1 is not analysed: objects it creates or drops are missing from this report.")
                        .arg(Consolidation::where(f.locations.first()));
        m_direct.append(f);
        break;
    }
    default:
        if (s.nodeType == u"AlterDomainStmt") {
            const RelationRef d = fromNameList(arr(s.node, "typeName"), RelationAccess::Ddl);
            define(objKey(QStringLiteral("type"), d.schema, d.name), ChainLocation{file, loc.line, QStringLiteral("alter")});
        }
        break;
    }
}

void Tracker::parseError(const QString &file, int line, const QString &message)
{
    ConsolidationFinding f;
    f.kind = ConsolidationFinding::Kind::ParseError;
    f.objectKind = QStringLiteral("file");
    f.object = file;
    f.locations.append(ChainLocation{file, line, QStringLiteral("parse-error")});
    f.message = tr("%1 does not parse, so it is left out of this report: %2").arg(Consolidation::where(f.locations.first()), message);
    m_direct.append(f);
}

QList<ConsolidationFinding> Tracker::finish()
{
    QList<ConsolidationFinding> out = m_direct;
    for (const Track &t : std::as_const(m_tracks)) {
        if (!t.everCreated || t.events.isEmpty())
            continue;
        ConsolidationFinding f;
        f.objectKind = t.objectKind;
        f.object = t.display;
        f.locations = t.events;
        f.count = t.definitions;
        const ChainLocation &first = t.events.first();
        const ChainLocation &last = t.events.last();
        if (t.state == State::Dropped) {
            if (t.objectKind == u"column") {
                f.kind = ConsolidationFinding::Kind::ColumnAddedThenDropped;
                f.message = tr("Column %1 is added in %2 and dropped in %3.").arg(t.display, Consolidation::where(first), Consolidation::where(last));
            } else {
                f.kind = ConsolidationFinding::Kind::CreatedThenDropped;
                f.message = tr("The %1 %2 is created in %3 and dropped in %4.")
                                .arg(Consolidation::objectKindLabel(t.objectKind), t.display, Consolidation::where(first), Consolidation::where(last));
            }
        } else if (t.state == State::Exists && t.definitions >= 2) {
            ChainLocation lastDef = last;
            for (const ChainLocation &l : t.events)
                if (l.action != u"rename" && l.action != u"drop")
                    lastDef = l;
            f.kind = ConsolidationFinding::Kind::RewrittenSeveralTimes;
            f.message = tr("The %1 %2 is written %3 times: first in %4, last in %5.")
                            .arg(Consolidation::objectKindLabel(t.objectKind), t.display)
                            .arg(t.definitions)
                            .arg(Consolidation::where(first), Consolidation::where(lastDef));
        } else {
            continue;
        }
        out.append(f);
    }
    std::stable_sort(out.begin(), out.end(), [this](const ConsolidationFinding &a, const ConsolidationFinding &b) {
        const ChainLocation &x = a.locations.first();
        const ChainLocation &y = b.locations.first();
        const int fx = fileIndex(x.file), fy = fileIndex(y.file);
        if (fx != fy)
            return fx < fy;
        return x.line < y.line;
    });
    return out;
}

} // namespace strata::consolidation
