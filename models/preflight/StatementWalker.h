#pragma once
// Internal to the statement analyzer: the walker that goes through a script statement by
// statement, simulating what each one creates and drops (StatementAnalyzer.cpp: the
// walk, indexes, drops, renames, tables, enums, estimates, rollback keys;
// StatementAlter.cpp: ALTER TABLE and ADD CONSTRAINT).

#include "Backfill.h"
#include "LintRules.h"
#include "SqlText.h"
#include "StatementAnalyzer.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <map>

namespace strata::preflight::walker {

inline QString S(const char *s) { return QString::fromLatin1(s); }
inline QJsonObject obj(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toObject(); }
inline QJsonArray arr(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toArray(); }
inline QString txt(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toString(); }
inline bool flag(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toBool(); }

struct KeyDef
{
    int statement = -1;
    QString schema, table;
    QList<KeyPart> parts;
    QString predicate;
    bool nullsNotDistinct = false;
    QString name;
    bool enforcedNow = false; // a valid unique index enforces it today
    QStringList plainColumns() const
    {
        QStringList c;
        for (const KeyPart &p : parts)
            if (!p.column.isEmpty())
                c.append(p.column);
        return c;
    }
    bool allPlain() const { return plainColumns().size() == parts.size(); }
};

struct SimTable
{
    QString schema, name;
    bool exists = false;
    bool created = false;           // created by this script
    const RelationFact *fact = nullptr;
    QStringList columns;
    QSet<QString> constraints;       // constraint names
};

class Walker
{
    Q_DECLARE_TR_FUNCTIONS(StatementAnalyzer)
public:
    Walker(const QString &sql, const CatalogFacts *facts, const AnalyzerOptions &o) : src(sql), facts(facts), opt(o) {}

    Analysis run(const QList<ParsedStatement> &stmts)
    {
        feed(stmts);
        return finish();
    }
    // The next statements of the script (a batch at a time), then the whole analysis.
    void feed(const QList<ParsedStatement> &stmts);
    Analysis finish();

private:
    SourceText src;
    const CatalogFacts *facts;
    AnalyzerOptions opt;
    Analysis out;
    std::map<QString, SimTable> tables; // node-based: references stay valid
    QHash<QString, QStringList> keysByName; // table name -> its keys in tables
    QHash<QString, QSet<QString>> relnamesBySchema; // names created/dropped by the script
    QSet<QString> droppedRelations;                  // "schema.name"
    QList<KeyDef> newKeys, droppedKeys;
    QList<Backfill> backfills;                       // UPDATEs seen so far that fill a column
    bool inTx = false;
    bool lockTimeoutSet = false, statementTimeoutSet = false;
    bool lockTimeoutReported = false, statementTimeoutReported = false;
    int cur = 0;
    int next = 0;                   // index of the first statement of the next batch
    StatementReport *rep = nullptr;
    const ParsedStatement *ps = nullptr;
    ParsedStatement last;           // the previous batch's last statement (its tree dropped)

    QString schemaFor(const QJsonObject &rangeVar)
    {
        const QString s = txt(rangeVar, "schemaname");
        if (!s.isEmpty())
            return s;
        const QString n = txt(rangeVar, "relname");
        // The first (by key) table of that name the script created; only the tables of
        // that name are looked at (a scan of all would be quadratic in a large script).
        const QString *firstKey = nullptr;
        const SimTable *first = nullptr;
        for (const QString &key : keysByName.value(n)) {
            const auto it = tables.find(key);
            if (it != tables.end() && it->second.created && (!firstKey || key < *firstKey)) {
                firstKey = &it->first;
                first = &it->second;
            }
        }
        if (first)
            return first->schema;
        if (facts)
            if (const RelationFact *r = facts->find(QString(), n))
                return r->schema;
        return facts ? facts->defaultSchema() : QStringLiteral("public");
    }
    SimTable &table(const QString &schema, const QString &name)
    {
        const QString key = schema + u'.' + name;
        auto it = tables.find(key);
        if (it != tables.end())
            return it->second;
        SimTable t;
        t.schema = schema;
        t.name = name;
        if (facts) {
            t.fact = facts->find(schema, name);
            if (t.fact && (t.fact->kind == u'r' || t.fact->kind == u'p' || t.fact->kind == u'm' || t.fact->kind == u'f')) {
                t.exists = true;
                for (const ColumnFact &c : t.fact->columns)
                    t.columns.append(c.name);
                for (const ConstraintFact &c : t.fact->constraints)
                    t.constraints.insert(c.name);
                out.tables.append(t.fact->stats);
                for (const IndexFact &i : t.fact->indexes)
                    if (!i.valid)
                        add(LintRules::make(S("invalid-index-present"), {i.name, name}), name, schema);
            } else {
                t.fact = nullptr;
            }
        } else {
            t.exists = true; // offline: assume it exists, so the lock and lint rules apply
        }
        keysByName[name].append(key);
        return tables.emplace(key, t).first->second;
    }
    SimTable &table(const QJsonObject &rangeVar) { return table(schemaFor(rangeVar), txt(rangeVar, "relname")); }
    bool relationExists(const QString &schema, const QString &name)
    {
        const QString key = schema + u'.' + name;
        if (relnamesBySchema.value(schema).contains(name))
            return true;
        if (droppedRelations.contains(key))
            return false;
        return facts && facts->find(schema, name) != nullptr;
    }
    void add(Finding f, const QString &tableName = {}, const QString &schema = {})
    {
        f.statement = cur;
        f.line = ps ? ps->statement.line : 0;
        if (f.table.isEmpty()) {
            f.table = tableName;
            f.schema = schema;
        }
        out.findings.append(f);
    }
    void lock(const QString &schema, const QString &name, const LockEffect &e, LockLevel level)
    {
        if (level == LockLevel::None)
            return;
        for (TableLock &l : rep->locks) {
            if (l.schema == schema && l.table == name) {
                if (int(level) > int(l.level))
                    l.level = level;
                return;
            }
        }
        rep->locks.append({schema, name, level});
        Q_UNUSED(e);
    }
    void apply(const QString &schema, const QString &name, const LockEffect &e)
    {
        lock(schema, name, e, e.level);
        if (!e.otherTable.isEmpty()) {
            const QString os = e.otherSchema.isEmpty() ? schemaFor(QJsonObject{{QStringLiteral("relname"), e.otherTable}}) : e.otherSchema;
            lock(os, e.otherTable, e, e.otherLevel);
        }
        rep->rewrite = rep->rewrite || e.rewrite;
        rep->scan = rep->scan || e.scan;
        rep->indexBuild = rep->indexBuild || e.indexBuild;
        if (rep->form.isEmpty() || e.rewrite || e.indexBuild || e.scan)
            rep->form = e.form;
    }
    // NULL checks after "backfill, then enforce": the UPDATEs of the same column so far.
    void attachBackfills(DataCheck &c) const
    {
        c.filledWhen.clear();
        for (const QString &col : c.columns) {
            QString filled;
            for (const Backfill &b : backfills) {
                if (b.schema != c.schema || b.table != c.table || b.column != col)
                    continue;
                if (!c.alias.isEmpty() && c.alias != b.alias)
                    continue; // different names for the table: keep the first UPDATE's
                c.alias = b.alias;
                c.backfillLine = b.line;
                filled = filled.isEmpty() ? b.filledWhen : QStringLiteral("(%1 OR %2)").arg(filled, b.filledWhen);
            }
            c.filledWhen.append(filled);
        }
    }
    QString tenantIn(const QStringList &cols) const
    {
        for (const QString &c : cols)
            if (opt.tenantColumns.contains(c))
                return c;
        return {};
    }
    QString proofFor(const SimTable &t, const KeyDef &k) const
    {
        if (!t.fact)
            return {};
        const QStringList cols = k.plainColumns();
        for (const IndexFact &i : t.fact->indexes) {
            if (!i.unique || !i.valid || !i.predicate.isEmpty() || i.columns.contains(QString()))
                continue;
            bool subset = true, allNotNull = true;
            for (const QString &c : i.columns) {
                subset = subset && cols.contains(c);
                const ColumnFact *cf = t.fact->column(c);
                allNotNull = allNotNull && cf && cf->notNull;
            }
            if (subset && (!k.nullsNotDistinct || i.nullsNotDistinct || allNotNull))
                return i.name;
        }
        return {};
    }
    void checkColumn(SimTable &t, const QString &column, const QString &what)
    {
        // Offline only the tables the script creates have known columns.
        if ((facts ? t.exists : t.created) && !column.isEmpty() && !t.columns.contains(column))
            add(LintRules::make(S("column-missing"), {what, column, t.name}), t.name, t.schema);
    }

    void onTransaction(const QJsonObject &n);
    void onSet(const QJsonObject &n);
    void onIndex(const QJsonObject &n);
    void onAlterTable(const QJsonObject &n);
    void onAlterCmd(SimTable &t, const QJsonObject &cmd, const QString &objtype);
    void onAddConstraint(SimTable &t, const QJsonObject &con, bool fromCatalog);
    void onDrop(const QJsonObject &n);
    void onRename(const QJsonObject &n);
    void onCreateTable(const QJsonObject &n);
    void onAlterEnum(const QJsonObject &n);
    void columnTypeLints(const QString &col, const QJsonObject &typeName);
    void timeoutLints();
    void estimate();
    void rollbackChecks();
};

} // namespace strata::preflight::walker
