// ChainAudit's sequence checks: the chain's statements followed in the tool's order
// (libpg_query parse trees) to find objects created twice, IF NOT EXISTS hiding such a
// duplicate, primary/unique keys changed in several files and drops of objects nothing
// created. Unqualified names are taken to be in schema public (the usual search_path).

#include "ChainAudit.h"

#include "history/Consolidation.h"
#include "sql/StatementClassifier.h"

#include <QHash>
#include <QMap>
#include <QJsonArray>
#include <QSet>

namespace strata::squash {

namespace {

using Severity = AuditFinding::Severity;

QString schemaOf(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("public") : s;
}

QString qualified(const RelationRef &r)
{
    return schemaOf(r.schema) + u'.' + r.name;
}

QString kindLabel(const QString &kind)
{
    return Consolidation::objectKindLabel(kind);
}

struct Made
{
    ChainLocation at;
    bool guarded = false; // IF NOT EXISTS
};

class Tracker
{
public:
    explicit Tracker(QList<AuditFinding> &out) : m_out(out) {}

    // False when it already existed (a duplicate, reported).
    bool create(const QString &kind, const QString &object, const ChainLocation &at, bool guarded)
    {
        const QString key = kind + u':' + object;
        m_known.insert(key);
        auto it = m_live.find(key);
        if (it == m_live.end()) {
            m_live.insert(key, Made{at, guarded});
            return true;
        }
        AuditFinding f;
        f.object = object;
        f.locations = {it->at, at};
        if (guarded) {
            f.severity = Severity::Warning;
            f.code = QStringLiteral("hidden-duplicate");
            f.message = ChainAudit::tr("The %1 %2 is created in %3 and again in %4, where IF NOT EXISTS hides the duplicate: "
                                       "the second definition is silently skipped.")
                            .arg(kindLabel(kind), object, Consolidation::where(it->at), Consolidation::where(at));
        } else {
            f.severity = Severity::Blocking;
            f.code = QStringLiteral("duplicate-create");
            f.message = ChainAudit::tr("The %1 %2 is created in %3 and again in %4 without being dropped in between.")
                            .arg(kindLabel(kind), object, Consolidation::where(it->at), Consolidation::where(at));
        }
        m_out.append(f);
        return false;
    }

    void drop(const QString &kind, const QString &object, const ChainLocation &at, bool ifExists)
    {
        const QString key = kind + u':' + object;
        if (!m_live.remove(key) && !m_known.contains(key)) {
            AuditFinding f;
            f.object = object;
            f.locations = {at};
            f.code = QStringLiteral("drop-unknown");
            f.severity = ifExists || m_opaque ? Severity::Info : Severity::Warning;
            f.message = ifExists ? ChainAudit::tr("%1 drops the %2 %3 IF EXISTS, but no earlier file creates it: the drop does nothing.")
                                       .arg(Consolidation::where(at), kindLabel(kind), object)
                                 : ChainAudit::tr("%1 drops the %2 %3, which no earlier file creates.")
                                       .arg(Consolidation::where(at), kindLabel(kind), object);
            m_unknownDrops.append(m_out.size());
            m_out.append(f);
        }
        if (kind == u"table") { // its columns and constraints go with it
            const QString prefix = object + u'.';
            for (auto it = m_live.begin(); it != m_live.end();) {
                const QString k = it.key();
                if ((k.startsWith(QStringLiteral("column:")) || k.startsWith(QStringLiteral("constraint:")))
                    && k.section(u':', 1).startsWith(prefix))
                    it = m_live.erase(it);
                else
                    ++it;
            }
        }
    }

    void rename(const QString &kind, const QString &from, const QString &to)
    {
        const QString key = kind + u':' + from;
        const auto it = m_live.constFind(key);
        if (it != m_live.constEnd()) {
            const Made m = *it;
            m_live.remove(key);
            m_live.insert(kind + u':' + to, m);
        }
        m_known.insert(kind + u':' + to);
    }

    void keyChange(const QString &table, const ChainLocation &at)
    {
        // The file that creates the table sets its first key: that is no change.
        if (m_createdIn.value(table) == at.file)
            return;
        QList<ChainLocation> &l = m_keyChanges[table];
        if (l.isEmpty() || l.last().file != at.file)
            l.append(at);
    }
    void tableCreatedIn(const QString &table, const QString &file) { m_createdIn.insert(table, file); }
    void markOpaque() { m_opaque = true; }

    void finish()
    {
        for (auto it = m_keyChanges.cbegin(); it != m_keyChanges.cend(); ++it) {
            if (it->size() < 2)
                continue;
            AuditFinding f;
            f.severity = Severity::Warning;
            f.code = QStringLiteral("key-changed");
            f.object = it.key();
            f.locations = *it;
            QStringList where;
            for (const ChainLocation &l : *it)
                where.append(Consolidation::where(l));
            f.message = ChainAudit::tr("The primary or unique keys of %1 change in %n file(s): %2.", nullptr, int(it->size()))
                            .arg(it.key(), where.join(QStringLiteral(", ")));
            m_out.append(f);
        }
        if (m_opaque)
            for (int i : std::as_const(m_unknownDrops))
                m_out[i].severity = Severity::Info;
    }

private:
    QList<AuditFinding> &m_out;
    QHash<QString, Made> m_live; // "table:public.users" -> where it was made
    QSet<QString> m_known;       // every key ever made or renamed to
    QHash<QString, QString> m_createdIn;
    QMap<QString, QList<ChainLocation>> m_keyChanges;
    QList<int> m_unknownDrops;
    bool m_opaque = false;       // DO blocks or unparsable files: anything may exist
};

QString objectKind(const QString &objectType)
{
    if (objectType == u"OBJECT_TABLE" || objectType == u"OBJECT_FOREIGN_TABLE") return QStringLiteral("table");
    if (objectType == u"OBJECT_INDEX") return QStringLiteral("index");
    if (objectType == u"OBJECT_VIEW" || objectType == u"OBJECT_MATVIEW") return QStringLiteral("view");
    if (objectType == u"OBJECT_SEQUENCE") return QStringLiteral("sequence");
    return {};
}

bool isKey(const QString &contype)
{
    return contype == u"CONSTR_PRIMARY" || contype == u"CONSTR_UNIQUE";
}

void tableElements(Tracker &t, const QString &table, const QJsonObject &node, const ChainLocation &at, QSet<QString> &keyNames)
{
    for (const QJsonValue &v : node.value(QLatin1StringView("tableElts")).toArray()) {
        const QJsonObject e = v.toObject();
        if (e.contains(QLatin1StringView("ColumnDef"))) {
            const QJsonObject col = e.value(QLatin1StringView("ColumnDef")).toObject();
            t.create(QStringLiteral("column"), table + u'.' + col.value(QLatin1StringView("colname")).toString(), at, false);
        } else if (e.contains(QLatin1StringView("Constraint"))) {
            const QJsonObject con = e.value(QLatin1StringView("Constraint")).toObject();
            const QString name = con.value(QLatin1StringView("conname")).toString();
            if (!name.isEmpty()) {
                t.create(QStringLiteral("constraint"), table + u'.' + name, at, false);
                if (isKey(con.value(QLatin1StringView("contype")).toString()))
                    keyNames.insert(table + u'.' + name);
            }
        }
    }
}

} // namespace

void ChainAudit::sequenceChecks(const replay::ReplayPlan &plan, QList<AuditFinding> &out)
{
    Tracker t(out);
    QSet<QString> keyNames; // "public.users.users_email_key": constraints that are keys
    for (const replay::ReplayUnit &u : plan.units) {
        auto statements = StatementClassifier::classify(u.file.upSql);
        if (!statements) {
            t.markOpaque();
            continue;
        }
        for (const ClassifiedStatement &c : std::as_const(*statements)) {
            const ChainLocation at{u.file.fileName, u.file.upLine + Consolidation::firstCodeLine(c.statement) - 1, QString()};
            const QJsonObject &n = c.node;
            const auto flag = [&n](const char *k) { return n.value(QLatin1StringView(k)).toBool(); };
            if (c.kind == StatementKind::Do) {
                t.markOpaque();
            } else if (c.nodeType == u"CreateStmt") {
                const QString table = qualified(c.target);
                if (t.create(QStringLiteral("table"), table, at, flag("if_not_exists"))) {
                    t.tableCreatedIn(table, at.file);
                    tableElements(t, table, n, at, keyNames);
                }
            } else if (c.nodeType == u"IndexStmt") {
                const QString idx = c.target.name;
                if (!idx.isEmpty())
                    t.create(QStringLiteral("index"), schemaOf(c.target.schema) + u'.' + idx, at, flag("if_not_exists"));
                if (flag("unique") || flag("primary"))
                    for (const RelationRef &r : c.relations)
                        t.keyChange(qualified(r), at);
            } else if (c.nodeType == u"CreateSeqStmt") {
                t.create(QStringLiteral("sequence"), qualified(c.target), at, flag("if_not_exists"));
            } else if (c.nodeType == u"ViewStmt") {
                if (!flag("replace"))
                    t.create(QStringLiteral("view"), qualified(c.target), at, false);
            } else if (c.nodeType == u"CreateTableAsStmt") {
                t.create(QStringLiteral("table"), qualified(c.target), at, flag("if_not_exists"));
            } else if (c.nodeType == u"AlterTableStmt") {
                const QString table = qualified(c.target);
                for (const AlterTableCommand &a : c.alterCommands) {
                    if (a.subtype == u"AT_AddColumn") {
                        t.create(QStringLiteral("column"), table + u'.' + a.name, at, a.missingOk);
                    } else if (a.subtype == u"AT_DropColumn") {
                        t.drop(QStringLiteral("column"), table + u'.' + a.name, at, a.missingOk);
                    } else if (a.subtype == u"AT_AddConstraint") {
                        if (!a.name.isEmpty())
                            t.create(QStringLiteral("constraint"), table + u'.' + a.name, at, false);
                        if (isKey(a.constraintType)) {
                            t.keyChange(table, at);
                            if (!a.name.isEmpty())
                                keyNames.insert(table + u'.' + a.name);
                        }
                    } else if (a.subtype == u"AT_DropConstraint") {
                        t.drop(QStringLiteral("constraint"), table + u'.' + a.name, at, true);
                        if (keyNames.contains(table + u'.' + a.name) || a.name.endsWith(QStringLiteral("_pkey")))
                            t.keyChange(table, at);
                    }
                }
            } else if (c.nodeType == u"RenameStmt") {
                const QString type = c.objectType;
                const QString newName = n.value(QLatin1StringView("newname")).toString();
                if (type == u"OBJECT_TABLE")
                    t.rename(QStringLiteral("table"), qualified(c.target), schemaOf(c.target.schema) + u'.' + newName);
                else if (type == u"OBJECT_COLUMN")
                    t.rename(QStringLiteral("column"), qualified(c.target) + u'.' + n.value(QLatin1StringView("subname")).toString(),
                             qualified(c.target) + u'.' + newName);
                else if (type == u"OBJECT_INDEX")
                    t.rename(QStringLiteral("index"), qualified(c.target), schemaOf(c.target.schema) + u'.' + newName);
            } else if (c.nodeType == u"DropStmt") {
                const QString kind = objectKind(c.objectType);
                if (kind.isEmpty())
                    continue;
                for (const QJsonValue &o : n.value(QLatin1StringView("objects")).toArray()) {
                    QStringList parts; // [schema,] name as List of String nodes
                    for (const QJsonValue &i : o.toObject().value(QLatin1StringView("List")).toObject().value(QLatin1StringView("items")).toArray())
                        parts.append(i.toObject().value(QLatin1StringView("String")).toObject().value(QLatin1StringView("sval")).toString());
                    if (parts.isEmpty() || parts.size() > 2)
                        continue;
                    const RelationRef r{parts.size() == 2 ? parts[0] : QString(), parts.last(), RelationAccess::Ddl};
                    t.drop(kind, qualified(r), at, flag("missing_ok"));
                }
            }
        }
    }
    t.finish();
}

} // namespace strata::squash
