#include "StatementAnalyzer.h"
#include "Backfill.h"

#include "LintRules.h"
#include "SqlText.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <map>

namespace strata::preflight {

namespace {

QString S(const char *s) { return QString::fromLatin1(s); }
QJsonObject obj(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toObject(); }
QJsonArray arr(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toArray(); }
QString txt(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toString(); }
bool flag(const QJsonObject &o, const char *key) { return o.value(QLatin1StringView(key)).toBool(); }

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

    Analysis run(const QList<ParsedStatement> &stmts);

private:
    SourceText src;
    const CatalogFacts *facts;
    AnalyzerOptions opt;
    Analysis out;
    std::map<QString, SimTable> tables; // node-based: references stay valid
    QHash<QString, QSet<QString>> relnamesBySchema; // names created/dropped by the script
    QSet<QString> droppedRelations;                  // "schema.name"
    QList<KeyDef> newKeys, droppedKeys;
    QList<Backfill> backfills;                       // UPDATEs seen so far that fill a column
    bool inTx = false;
    bool lockTimeoutSet = false, statementTimeoutSet = false;
    bool lockTimeoutReported = false, statementTimeoutReported = false;
    int cur = 0;
    StatementReport *rep = nullptr;
    const ParsedStatement *ps = nullptr;

    QString schemaFor(const QJsonObject &rangeVar)
    {
        const QString s = txt(rangeVar, "schemaname");
        if (!s.isEmpty())
            return s;
        const QString n = txt(rangeVar, "relname");
        for (const auto &[key, t] : tables)
            if (t.name == n && t.created)
                return t.schema;
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

void Walker::onTransaction(const QJsonObject &n)
{
    const QString kind = txt(n, "kind");
    if (kind == u"TRANS_STMT_BEGIN" || kind == u"TRANS_STMT_START") {
        if (inTx)
            add(LintRules::make(S("transaction-nesting")));
        inTx = true;
    } else if (kind == u"TRANS_STMT_COMMIT" || kind == u"TRANS_STMT_ROLLBACK" || kind == u"TRANS_STMT_COMMIT_PREPARED"
               || kind == u"TRANS_STMT_PREPARE") {
        inTx = false;
    }
}

void Walker::onSet(const QJsonObject &n)
{
    const QString name = txt(n, "name");
    if (name == u"lock_timeout")
        lockTimeoutSet = true;
    if (name == u"statement_timeout")
        statementTimeoutSet = true;
}

void Walker::onIndex(const QJsonObject &n)
{
    const QJsonObject rv = obj(n, "relation");
    SimTable &t = table(rv);
    const LockEffect e = LockTable::statement(S("IndexStmt"), n);
    apply(t.schema, t.name, e);
    const bool conc = flag(n, "concurrent");
    const QString idx = txt(n, "idxname");
    const QString what = QStringLiteral("CREATE INDEX ") + idx;
    if (!t.exists && !t.created && facts)
        add(LintRules::make(S("relation-missing"), {what, t.name, facts->searchPath.join(u',')}), t.name, t.schema);
    if (!idx.isEmpty() && !flag(n, "if_not_exists") && relationExists(t.schema, idx))
        add(LintRules::make(S("relation-exists"), {what, idx, t.schema}), t.name, t.schema);
    if (conc && (inTx || opt.scriptInTransaction))
        add(LintRules::make(S("concurrently-in-transaction"), {S("CREATE INDEX CONCURRENTLY")}), t.name, t.schema);
    if (!conc && t.exists)
        add(LintRules::make(S("require-concurrent-index-creation"), {idx, t.name}), t.name, t.schema);
    if (conc && !flag(n, "if_not_exists"))
        add(LintRules::make(S("prefer-robust-stmts"), {what}), t.name, t.schema);
    if (!idx.isEmpty())
        relnamesBySchema[t.schema].insert(idx);

    // Key parts: columns by name, expressions as written (lifted from the source text).
    KeyDef k;
    k.statement = cur;
    k.schema = t.schema;
    k.table = t.name;
    k.name = idx;
    k.nullsNotDistinct = flag(n, "nulls_not_distinct");
    const int relPos = src.charPos(rv.value(QStringLiteral("location")).toInt());
    const int stmtEnd = ps->statement.offset + int(ps->statement.text.size());
    const int open = src.findOpenParen(relPos, stmtEnd);
    const int close = open >= 0 ? src.matchParen(open) : -1;
    const QJsonArray params = arr(n, "indexParams");
    const auto pieces = close > 0 ? src.splitTopLevel(open + 1, close - 1) : QList<QPair<int, int>>();
    bool ok = true;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QJsonObject el = obj(params[i].toObject(), "IndexElem");
        KeyPart p;
        if (!txt(el, "name").isEmpty()) {
            p.column = txt(el, "name");
            checkColumn(t, p.column, what);
        } else if (i < pieces.size()) {
            const int s = src.skipSpace(pieces[i].first);
            int e2 = -1;
            if (src.text().at(s) == u'(') {
                e2 = src.matchParen(s);
            } else {
                const int fo = src.findOpenParen(s, pieces[i].second);
                e2 = fo >= 0 ? src.matchParen(fo) : -1;
            }
            p.expression = e2 > 0 ? src.mid(s, e2) : QString();
            if (!isSingleExpression(p.expression))
                ok = false;
        } else {
            ok = false;
        }
        k.parts.append(p);
    }
    if (n.contains(QStringLiteral("whereClause")) && close > 0) {
        const int w = src.findKeyword(QStringLiteral("WHERE"), close, stmtEnd);
        k.predicate = w >= 0 ? src.mid(w + 5, stmtEnd) : QString();
        if (!isSingleExpression(k.predicate))
            ok = false;
    }
    if (flag(n, "unique") && ok && !k.parts.isEmpty()) {
        newKeys.append(k);
        if (t.exists) {
            DataCheck c;
            c.kind = DataCheck::Kind::DuplicateKey;
            c.statement = cur;
            c.line = ps->statement.line;
            c.schema = t.schema;
            c.table = t.name;
            QStringList disp;
            for (const KeyPart &p : k.parts)
                disp.append(p.display());
            c.label = QStringLiteral("UNIQUE (%1)%2%3").arg(disp.join(QStringLiteral(", ")),
                                                           k.nullsNotDistinct ? QStringLiteral(" NULLS NOT DISTINCT") : QString(),
                                                           k.predicate.isEmpty() ? QString() : QStringLiteral(" WHERE ") + k.predicate);
            c.key = k.parts;
            c.predicate = k.predicate;
            c.nullsNotDistinct = k.nullsNotDistinct;
            c.tenantColumn = tenantIn(k.plainColumns());
            c.provenBy = k.predicate.isEmpty() ? proofFor(t, k) : QString();
            out.checks.append(c);
        }
    }
}

void Walker::onAlterTable(const QJsonObject &n)
{
    const QString objtype = txt(n, "objtype");
    const QJsonObject rv = obj(n, "relation");
    SimTable &t = table(rv);
    if (!t.exists && !t.created && !flag(n, "missing_ok") && objtype == u"OBJECT_TABLE" && facts)
        add(LintRules::make(S("relation-missing"), {S("ALTER TABLE"), t.name, facts->searchPath.join(u',')}),
            t.name, t.schema);
    for (const QJsonValue &c : arr(n, "cmds"))
        onAlterCmd(t, obj(c.toObject(), "AlterTableCmd"), objtype);
}

void Walker::onAlterCmd(SimTable &t, const QJsonObject &cmd, const QString &objtype)
{
    const QString sub = txt(cmd, "subtype");
    LockEffect e = LockTable::alterTableCmd(cmd, objtype);
    const QString col = txt(cmd, "name");
    const QString what = QStringLiteral("ALTER TABLE %1 %2").arg(t.name, LockTable::subtypeForm(sub));
    const ColumnFact *cf = t.fact && !col.isEmpty() ? t.fact->column(col) : nullptr;

    if (sub == u"AT_AddColumn") {
        const QJsonObject def = obj(obj(cmd, "def"), "ColumnDef");
        const QString name = txt(def, "colname");
        if (t.columns.contains(name) && !flag(cmd, "missing_ok"))
            add(LintRules::make(S("column-exists"), {name, t.name}), t.name, t.schema);
        columnTypeLints(name, obj(def, "typeName"));
        bool hasDefault = false, notNull = false;
        QStringList volatileFns;
        for (const QJsonValue &cv : arr(def, "constraints")) {
            const QJsonObject con = obj(cv.toObject(), "Constraint");
            const QString ct = txt(con, "contype");
            if (ct == u"CONSTR_DEFAULT") {
                hasDefault = true;
                static const QStringList knownVolatile = {S("random"), S("clock_timestamp"), S("gen_random_uuid"),
                                                          S("uuid_generate_v4"), S("uuid_generate_v1"), S("nextval"),
                                                          S("timeofday"), S("txid_current")};
                for (const QString &fn : calledFunctions(con.value(QStringLiteral("raw_expr")))) {
                    const bool vol = facts && facts->knownFunctions.contains(fn) ? facts->volatileFunctions.contains(fn)
                                                                                 : knownVolatile.contains(fn);
                    if (vol)
                        volatileFns.append(fn + QStringLiteral("()"));
                }
            }
            if (ct == u"CONSTR_NOTNULL" || ct == u"CONSTR_PRIMARY")
                notNull = true;
            if (ct == u"CONSTR_IDENTITY" || ct == u"CONSTR_GENERATED")
                hasDefault = true;
        }
        const QString tn = typeNameBase(obj(def, "typeName"));
        const bool serial = tn.contains(QStringLiteral("serial"));
        if (!volatileFns.isEmpty()) {
            e.rewrite = true;
            if (t.exists)
                add(LintRules::make(S("adding-field-with-volatile-default"), {name, volatileFns.join(QStringLiteral(", "))}), t.name, t.schema);
        }
        if (t.exists && (serial || e.rewrite) && volatileFns.isEmpty())
            add(LintRules::make(S("adding-serial-primary-key-field"), {name}), t.name, t.schema);
        if (notNull && !hasDefault && !serial && t.exists) {
            add(LintRules::make(S("adding-required-field"), {name}), t.name, t.schema);
            DataCheck c;
            c.kind = DataCheck::Kind::TableNotEmpty;
            c.statement = cur;
            c.line = ps->statement.line;
            c.schema = t.schema;
            c.table = t.name;
            c.columns = {name};
            c.label = QStringLiteral("ADD COLUMN %1 NOT NULL (no default)").arg(name);
            out.checks.append(c);
        }
        t.columns.append(name);
    } else if (sub == u"AT_DropColumn") {
        if (!t.columns.contains(col) && !flag(cmd, "missing_ok"))
            checkColumn(t, col, what);
        if (t.exists)
            add(LintRules::make(S("ban-drop-column"), {t.name + u'.' + col}), t.name, t.schema);
        t.columns.removeAll(col);
    } else if (sub == u"AT_AlterColumnType") {
        checkColumn(t, col, what);
        const QJsonObject def = obj(obj(cmd, "def"), "ColumnDef");
        const QJsonObject tn = obj(def, "typeName");
        const QString target = typeNameBase(tn);
        const QList<int> mods = typeNameMods(tn);
        const bool hasUsing = def.contains(QStringLiteral("raw_default"));
        QString usingText;
        if (hasUsing) {
            const int from = src.charPos(def.value(QStringLiteral("location")).toInt());
            const int stmtEnd = ps->statement.offset + int(ps->statement.text.size());
            const int u = src.findKeyword(QStringLiteral("USING"), from, stmtEnd);
            if (u >= 0) {
                const auto parts = src.splitTopLevel(u + 5, stmtEnd);
                usingText = src.mid(parts.first().first, parts.first().second);
                if (!isSingleExpression(usingText))
                    usingText.clear();
            }
        }
        if (cf) {
            // Binary-coercible changes keep the data files (PostgreSQL skips the rewrite).
            const QString from = cf->typname;
            const int oldLen = cf->typmod >= 4 ? cf->typmod - 4 : -1;
            bool noRewrite = false;
            if (!hasUsing) {
                if ((from == u"varchar" || from == u"text") && target == u"text")
                    noRewrite = true;
                else if ((from == u"varchar" || from == u"text") && target == u"varchar")
                    noRewrite = mods.isEmpty() || (from == u"varchar" && oldLen >= 0 && mods.first() >= oldLen);
                else if (from == u"numeric" && target == u"numeric") {
                    if (mods.isEmpty())
                        noRewrite = true;
                    else if (oldLen >= 0) {
                        const int p = (oldLen >> 16) & 0xffff, s = oldLen & 0xffff;
                        noRewrite = mods.value(0) >= p && mods.value(1, 0) == s;
                    }
                } else if (from == u"varbit" && target == u"varbit")
                    noRewrite = mods.isEmpty() || (oldLen >= 0 && mods.first() >= oldLen);
                else if (from == u"cidr" && target == u"inet")
                    noRewrite = true;
                else if (from == target && mods.isEmpty() && cf->typmod < 0)
                    noRewrite = true;
            }
            const QString targetSql = typeNameSql(tn);
            if (noRewrite) {
                e.rewrite = false;
                rep->notes.append(tr("%1 → %2 is binary-coercible: no table rewrite.").arg(cf->type, targetSql));
            } else if (t.exists) {
                add(LintRules::make(S("changing-column-type"), {t.name + u'.' + col, cf->type, targetSql, QString(), t.name}), t.name, t.schema);
                const bool sameFamily = from == target;
                if (!sameFamily || hasUsing || !mods.isEmpty()) {
                    DataCheck c;
                    c.kind = DataCheck::Kind::CastFailure;
                    c.statement = cur;
                    c.line = ps->statement.line;
                    c.schema = t.schema;
                    c.table = t.name;
                    c.columns = {col};
                    c.expression = usingText;
                    c.sourceTypname = from;
                    c.targetTypname = target;
                    c.targetType = targetSql;
                    c.label = QStringLiteral("%1: %2 → %3").arg(col, cf->type, targetSql);
                    if (!hasUsing || !usingText.isEmpty())
                        out.checks.append(c);
                }
            }
        }
    } else if (sub == u"AT_SetNotNull") {
        checkColumn(t, col, what);
        // PostgreSQL 12+: a valid CHECK (col IS NOT NULL) proves it without a scan.
        bool proven = cf && cf->notNull;
        if (t.fact)
            for (const ConstraintFact &c : t.fact->constraints)
                if (c.type == u'c' && c.validated
                    && (c.definition == QStringLiteral("CHECK ((%1 IS NOT NULL))").arg(col)
                        || c.definition == QStringLiteral("CHECK ((\"%1\" IS NOT NULL))").arg(col)))
                    proven = true;
        if (proven) {
            e.scan = false;
            rep->notes.append(tr("%1 is already proven NOT NULL (column constraint or a valid CHECK): no scan.").arg(col));
        } else if (t.exists) {
            add(LintRules::make(S("setting-not-nullable-field"), {t.name, col}), t.name, t.schema);
            DataCheck c;
            c.kind = DataCheck::Kind::NullValues;
            c.statement = cur;
            c.line = ps->statement.line;
            c.schema = t.schema;
            c.table = t.name;
            c.columns = {col};
            c.label = QStringLiteral("SET NOT NULL %1").arg(col);
            attachBackfills(c);
            out.checks.append(c);
        }
    } else if (sub == u"AT_DropNotNull") {
        checkColumn(t, col, what);
        if (t.exists)
            add(LintRules::make(S("ban-drop-not-null"), {t.name + u'.' + col}), t.name, t.schema);
    } else if (sub == u"AT_ColumnDefault" || sub == u"AT_SetStatistics" || sub == u"AT_SetStorage" || sub == u"AT_DropIdentity"
               || sub == u"AT_AddIdentity" || sub == u"AT_SetOptions" || sub == u"AT_ResetOptions" || sub == u"AT_SetCompression") {
        checkColumn(t, col, what);
    } else if (sub == u"AT_AddConstraint") {
        onAddConstraint(t, obj(obj(cmd, "def"), "Constraint"), false);
    } else if (sub == u"AT_DropConstraint") {
        const ConstraintFact *c = t.fact ? t.fact->constraint(col) : nullptr;
        if (!t.constraints.contains(col) && !flag(cmd, "missing_ok") && t.exists && (facts || t.created))
            add(LintRules::make(S("constraint-missing"), {what, t.name, col}), t.name, t.schema);
        if (c && (c->type == u'p' || c->type == u'u')) {
            KeyDef k;
            k.statement = cur;
            k.schema = t.schema;
            k.table = t.name;
            k.name = c->name;
            for (const QString &cn : c->columns)
                k.parts.append({cn, {}});
            if (const IndexFact *i = t.fact->index(c->index)) {
                k.nullsNotDistinct = i->nullsNotDistinct;
                k.enforcedNow = i->valid;
            }
            droppedKeys.append(k);
        }
        // A key or exclusion constraint takes its index with it: the name is free again
        // (DROP CONSTRAINT x, ADD CONSTRAINT x ... in one ALTER TABLE is the usual form).
        if (c && !c->index.isEmpty()) {
            relnamesBySchema[t.schema].remove(c->index);
            droppedRelations.insert(t.schema + u'.' + c->index);
        }
        t.constraints.remove(col);
    } else if (sub == u"AT_ValidateConstraint") {
        const ConstraintFact *c = t.fact ? t.fact->constraint(col) : nullptr;
        if (!t.constraints.contains(col) && t.exists && (facts || t.created))
            add(LintRules::make(S("constraint-missing"), {what, t.name, col}), t.name, t.schema);
        if (c && !c->validated && (c->type == u'c' || c->type == u'f')) {
            // Re-parse the catalog definition as an ADD CONSTRAINT to reuse its data check.
            auto p = ParseTree::parse(QStringLiteral("ALTER TABLE x ADD CONSTRAINT x ") + c->definition);
            if (p && p->size() == 1) {
                const QJsonArray cmds = arr(p->first().node, "cmds");
                const QJsonObject con = obj(obj(obj(cmds.first().toObject(), "AlterTableCmd"), "def"), "Constraint");
                if (con.value(QStringLiteral("contype")).toString() == u"CONSTR_FOREIGN") {
                    const QJsonObject pk = obj(con, "pktable");
                    e.otherTable = txt(pk, "relname");
                    e.otherSchema = txt(pk, "schemaname");
                    e.otherLevel = LockLevel::RowShare;
                }
                SourceText saved = src;
                src = SourceText(QStringLiteral("ALTER TABLE x ADD CONSTRAINT x ") + c->definition);
                QJsonObject named = con;
                named.insert(QStringLiteral("conname"), c->name);
                named.insert(QStringLiteral("skip_validation"), false);
                onAddConstraint(t, named, true);
                src = saved;
            }
        }
    } else if (sub == u"AT_SetTableSpace" || sub == u"AT_SetLogged" || sub == u"AT_SetUnLogged" || sub == u"AT_SetAccessMethod") {
        if (t.exists)
            add(LintRules::make(S("table-rewrite"), {e.form, t.name}), t.name, t.schema);
    }
    apply(t.schema, t.name, e);
}

void Walker::onAddConstraint(SimTable &t, const QJsonObject &con, bool fromCatalog)
{
    const QString ct = txt(con, "contype");
    const QString name = txt(con, "conname");
    const bool notValid = flag(con, "skip_validation");
    const QString what = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2").arg(t.name, name);
    if (!fromCatalog && !name.isEmpty() && (t.constraints.contains(name) || (ct != u"CONSTR_CHECK" && ct != u"CONSTR_FOREIGN" && relationExists(t.schema, name))))
        add(LintRules::make(S("constraint-exists"), {name, t.name}), t.name, t.schema);
    if (!name.isEmpty())
        t.constraints.insert(name);
    auto base = [&](DataCheck::Kind kind, const QString &label) {
        DataCheck c;
        c.kind = kind;
        c.statement = cur;
        c.line = ps->statement.line;
        c.schema = t.schema;
        c.table = t.name;
        c.label = label;
        return c;
    };
    if (ct == u"CONSTR_FOREIGN") {
        const QStringList fk = jsonStrings(arr(con, "fk_attrs"));
        QStringList pkc = jsonStrings(arr(con, "pk_attrs"));
        const QJsonObject pkt = obj(con, "pktable");
        const QString rs = schemaFor(pkt);
        SimTable &ref = table(rs, txt(pkt, "relname"));
        if (!ref.exists && !ref.created && facts)
            add(LintRules::make(S("relation-missing"), {what, ref.name, facts->searchPath.join(u',')}), t.name, t.schema);
        for (const QString &c : fk)
            checkColumn(t, c, what);
        if (pkc.isEmpty() && ref.fact)
            for (const ConstraintFact &c : ref.fact->constraints)
                if (c.type == u'p')
                    pkc = c.columns;
        for (const QString &c : pkc)
            checkColumn(ref, c, what);
        if (!notValid && t.exists && !fromCatalog)
            add(LintRules::make(S("adding-foreign-key-constraint"), {S("FOREIGN KEY (") + fk.join(S(", ")) + u')', t.name, S("SHARE ROW EXCLUSIVE"), name}), t.name, t.schema);
        if (t.exists && ref.exists && !fk.isEmpty() && fk.size() == pkc.size()) {
            DataCheck c = base(DataCheck::Kind::ForeignKeyOrphans, QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)%4")
                                                                     .arg(fk.join(S(", ")), ref.name, pkc.join(S(", ")),
                                                                          notValid ? S(" NOT VALID") : QString()));
            c.columns = fk;
            c.refSchema = ref.schema;
            c.refTable = ref.name;
            c.refColumns = pkc;
            c.nullsNotDistinct = notValid; // reused as "only a warning": NOT VALID skips existing rows
            out.checks.append(c);
        }
    } else if (ct == u"CONSTR_CHECK") {
        // The CHECK body: the parenthesized text after the CHECK keyword.
        const int from = src.charPos(con.value(QStringLiteral("location")).toInt());
        const int k = src.findKeyword(QStringLiteral("CHECK"), from, int(src.text().size()));
        const int open = k >= 0 ? src.findOpenParen(k, int(src.text().size())) : -1;
        const int close = open >= 0 ? src.matchParen(open) : -1;
        const QString body = close > 0 ? src.mid(open + 1, close - 1) : QString();
        if (!notValid && t.exists && !fromCatalog)
            add(LintRules::make(S("constraint-missing-not-valid"), {S("CHECK (") + body + u')', t.name, S("ACCESS EXCLUSIVE"), name}), t.name, t.schema);
        if (t.exists && isSingleExpression(body)) {
            DataCheck c = base(DataCheck::Kind::CheckViolation, QStringLiteral("CHECK (%1)%2").arg(body, notValid ? S(" NOT VALID") : QString()));
            c.expression = body;
            c.nullsNotDistinct = notValid;
            out.checks.append(c);
        }
    } else if (ct == u"CONSTR_PRIMARY" || ct == u"CONSTR_UNIQUE") {
        const QString indexName = txt(con, "indexname");
        KeyDef k;
        k.statement = cur;
        k.schema = t.schema;
        k.table = t.name;
        k.name = name;
        k.nullsNotDistinct = flag(con, "nulls_not_distinct");
        const bool pk = ct == u"CONSTR_PRIMARY";
        if (!indexName.isEmpty()) {
            const IndexFact *i = t.fact ? t.fact->index(indexName) : nullptr;
            if (!i && !relnamesBySchema.value(t.schema).contains(indexName))
                add(LintRules::make(S("constraint-missing"), {what, t.name, indexName}), t.name, t.schema);
            if (i)
                for (const QString &c : i->columns)
                    k.parts.append({c, {}});
        } else {
            for (const QString &c : jsonStrings(arr(con, "keys"))) {
                checkColumn(t, c, what);
                k.parts.append({c, {}});
            }
            if (t.exists)
                add(LintRules::make(pk ? S("adding-primary-key-without-index") : S("disallowed-unique-constraint"), {t.name}), t.name, t.schema);
        }
        newKeys.append(k);
        if (t.exists && !k.parts.isEmpty()) {
            QStringList cols = k.plainColumns();
            DataCheck c = base(DataCheck::Kind::DuplicateKey, QStringLiteral("%1 (%2)%3").arg(pk ? S("PRIMARY KEY") : S("UNIQUE"), cols.join(S(", ")),
                                                                                             k.nullsNotDistinct ? S(" NULLS NOT DISTINCT") : QString()));
            c.key = k.parts;
            c.nullsNotDistinct = k.nullsNotDistinct;
            c.tenantColumn = tenantIn(cols);
            c.provenBy = proofFor(t, k);
            if (indexName.isEmpty())
                out.checks.append(c);
            if (pk) {
                QStringList nullable;
                for (const QString &cn : cols) {
                    const ColumnFact *cf = t.fact ? t.fact->column(cn) : nullptr;
                    if (cf && !cf->notNull)
                        nullable.append(cn);
                }
                if (!nullable.isEmpty()) {
                    DataCheck n = base(DataCheck::Kind::NullValues, QStringLiteral("PRIMARY KEY (%1): NOT NULL %2").arg(cols.join(S(", ")), nullable.join(S(", "))));
                    n.columns = nullable;
                    attachBackfills(n);
                    out.checks.append(n);
                } else {
                    rep->scan = rep->scan && false;
                }
            }
        }
    } else if (ct == u"CONSTR_EXCLUSION") {
        if (t.exists)
            add(LintRules::make(S("disallowed-unique-constraint"), {t.name}), t.name, t.schema);
    }
}

void Walker::onDrop(const QJsonObject &n)
{
    const QString rt = txt(n, "removeType");
    const LockEffect e = LockTable::statement(S("DropStmt"), n);
    if (rt == u"OBJECT_DATABASE") {
        add(LintRules::make(S("ban-drop-database")));
        return;
    }
    if (rt != u"OBJECT_TABLE" && rt != u"OBJECT_INDEX" && rt != u"OBJECT_VIEW" && rt != u"OBJECT_MATVIEW")
        return;
    for (const QJsonValue &o : arr(n, "objects")) {
        const QStringList parts = jsonStrings(o.toObject().value(QStringLiteral("List")).toObject().value(QStringLiteral("items")).toArray());
        if (parts.isEmpty())
            continue;
        const QString name = parts.last();
        QString schema = parts.size() > 1 ? parts[parts.size() - 2] : QString();
        const RelationFact *rf = facts ? facts->find(schema, name) : nullptr;
        if (schema.isEmpty())
            schema = rf ? rf->schema : (facts ? facts->defaultSchema() : S("public"));
        const bool exists = relationExists(schema, name);
        if (!exists && !flag(n, "missing_ok") && facts)
            add(LintRules::make(S("relation-missing"), {S("DROP"), name, facts->searchPath.join(u',')}), name, schema);
        if (rt == u"OBJECT_INDEX") {
            // The table the index belongs to: from the catalog.
            QString tableName;
            if (facts) {
                for (const RelationFact &r : facts->relations) {
                    if (r.schema != schema)
                        continue;
                    if (const IndexFact *i = r.index(name)) {
                        tableName = r.name;
                        if (i->unique && !i->columns.contains(QString())) {
                            KeyDef k;
                            k.statement = cur;
                            k.schema = schema;
                            k.table = r.name;
                            k.name = name;
                            k.predicate = i->predicate;
                            k.nullsNotDistinct = i->nullsNotDistinct;
                            k.enforcedNow = i->valid;
                            for (const QString &c : i->columns)
                                k.parts.append({c, {}});
                            droppedKeys.append(k);
                        }
                    }
                }
            }
            if (!tableName.isEmpty()) {
                table(schema, tableName);
                apply(schema, tableName, e);
            }
            if (flag(n, "concurrent") && (inTx || opt.scriptInTransaction))
                add(LintRules::make(S("concurrently-in-transaction"), {S("DROP INDEX CONCURRENTLY")}), tableName, schema);
            if (!flag(n, "concurrent") && exists)
                add(LintRules::make(S("require-concurrent-index-deletion"), {name}), tableName, schema);
        } else {
            SimTable &t = table(schema, name);
            if (t.exists || t.created) {
                apply(schema, name, e);
                if (rt == u"OBJECT_TABLE")
                    add(LintRules::make(S("ban-drop-table"), {name}), name, schema);
            }
            t.exists = false;
            t.created = false;
        }
        relnamesBySchema[schema].remove(name);
        droppedRelations.insert(schema + u'.' + name);
    }
}

void Walker::onRename(const QJsonObject &n)
{
    const QString rt = txt(n, "renameType");
    const QJsonObject rv = obj(n, "relation");
    const QString newName = txt(n, "newname");
    if (rv.isEmpty())
        return;
    SimTable &t = table(rv);
    const LockEffect e = LockTable::statement(S("RenameStmt"), n);
    if (rt == u"OBJECT_COLUMN") {
        const QString col = txt(n, "subname");
        checkColumn(t, col, QStringLiteral("RENAME COLUMN"));
        if (t.columns.contains(newName))
            add(LintRules::make(S("column-exists"), {newName, t.name}), t.name, t.schema);
        if (t.exists)
            add(LintRules::make(S("renaming-column"), {t.name + u'.' + col, newName}), t.name, t.schema);
        t.columns.replaceInStrings(QRegularExpression(QStringLiteral("^") + QRegularExpression::escape(col) + QStringLiteral("$")), newName);
        apply(t.schema, t.name, e);
    } else if (rt == u"OBJECT_TABLE") {
        if (t.exists)
            add(LintRules::make(S("renaming-table"), {t.name, newName}), t.name, t.schema);
        if (relationExists(t.schema, newName))
            add(LintRules::make(S("relation-exists"), {S("RENAME TO"), newName, t.schema}), t.name, t.schema);
        apply(t.schema, t.name, e);
        relnamesBySchema[t.schema].insert(newName);
    } else if (rt == u"OBJECT_TABCONSTRAINT") {
        const QString con = txt(n, "subname");
        if (!t.constraints.contains(con) && t.exists)
            add(LintRules::make(S("constraint-missing"), {S("RENAME CONSTRAINT"), t.name, con}), t.name, t.schema);
        t.constraints.remove(con);
        t.constraints.insert(newName);
        apply(t.schema, t.name, e);
    }
}

void Walker::onCreateTable(const QJsonObject &n)
{
    const QJsonObject rv = obj(n, "relation");
    const QString schema = txt(rv, "schemaname").isEmpty() ? (facts ? facts->defaultSchema() : S("public")) : txt(rv, "schemaname");
    const QString name = txt(rv, "relname");
    if (relationExists(schema, name) && !flag(n, "if_not_exists"))
        add(LintRules::make(S("relation-exists"), {S("CREATE TABLE ") + name, name, schema}), name, schema);
    SimTable &t = table(schema, name);
    const bool existed = t.exists;
    t.created = !existed;
    t.exists = existed;
    relnamesBySchema[schema].insert(name);
    for (const QJsonValue &el : arr(n, "tableElts")) {
        const QJsonObject cd = obj(el.toObject(), "ColumnDef");
        if (cd.isEmpty())
            continue;
        t.columns.append(txt(cd, "colname"));
        columnTypeLints(txt(cd, "colname"), obj(cd, "typeName"));
        for (const QJsonValue &cv : arr(cd, "constraints")) {
            const QJsonObject con = obj(cv.toObject(), "Constraint");
            if (txt(con, "contype") == u"CONSTR_FOREIGN") {
                const QJsonObject pkt = obj(con, "pktable");
                LockEffect fe;
                fe.level = LockLevel::ShareRowExclusive;
                fe.form = S("CREATE TABLE ... REFERENCES");
                apply(schemaFor(pkt), txt(pkt, "relname"), fe);
            }
        }
    }
    for (const QJsonValue &el : arr(n, "tableElts")) {
        const QJsonObject con = obj(el.toObject(), "Constraint");
        if (txt(con, "contype") == u"CONSTR_FOREIGN") {
            const QJsonObject pkt = obj(con, "pktable");
            LockEffect fe;
            fe.level = LockLevel::ShareRowExclusive;
            fe.form = S("CREATE TABLE ... REFERENCES");
            apply(schemaFor(pkt), txt(pkt, "relname"), fe);
        }
    }
    if (rep->form.isEmpty())
        rep->form = S("CREATE TABLE");
}

void Walker::onAlterEnum(const QJsonObject &n)
{
    const QStringList names = jsonStrings(arr(n, "typeName"));
    const QString value = txt(n, "newVal");
    if (value.isEmpty() || names.isEmpty())
        return;
    const QString typeKey = names.join(u'.');
    rep->form = S("ALTER TYPE ... ADD VALUE");
    if (inTx || opt.scriptInTransaction)
        add(LintRules::make(S("enum-value-in-transaction"), {typeKey, value}));
    if (!facts || !facts->enumLabels.contains(typeKey))
        return;
    const QStringList labels = facts->enumLabels.value(typeKey);
    if (labels.contains(value) && !flag(n, "skipIfNewValExists"))
        add(LintRules::make(S("enum-value-exists"), {value, typeKey}));
    const QString neighbor = txt(n, "newValNeighbor");
    const bool after = flag(n, "newValIsAfter");
    if (!neighbor.isEmpty() && !labels.contains(neighbor)) {
        add(LintRules::make(S("enum-neighbor-missing"), {after ? S("AFTER") : S("BEFORE"), neighbor, typeKey, labels.join(S(", "))}));
        return;
    }
    QStringList order = labels;
    if (neighbor.isEmpty())
        order.append(value);
    else
        order.insert(order.indexOf(neighbor) + (after ? 1 : 0), value);
    const int pos = int(order.indexOf(value));
    QString where;
    if (pos == order.size() - 1)
        where = tr("last, after %1").arg(order.value(pos - 1));
    else if (pos == 0)
        where = tr("first, before %1").arg(order.value(1));
    else
        where = tr("between %1 and %2").arg(order.value(pos - 1), order.value(pos + 1));
    Finding f = LintRules::make(S("enum-value-order"), {value, typeKey, where});
    f.check = tr("order: %1").arg(order.join(S(" < ")));
    add(f);
}

void Walker::columnTypeLints(const QString &col, const QJsonObject &typeName)
{
    const QString tn = typeNameBase(typeName);
    if (tn == u"int4" || tn == u"int2")
        add(LintRules::make(S("prefer-bigint-over-int"), {col, typeNameSql(typeName)}));
    else if (tn == u"varchar" && !typeNameMods(typeName).isEmpty())
        add(LintRules::make(S("prefer-text-field"), {col, typeNameSql(typeName)}));
    else if (tn == u"timestamp")
        add(LintRules::make(S("prefer-timestamptz"), {col}));
    else if (tn == u"bpchar")
        add(LintRules::make(S("ban-char-field"), {col}));
    else if (tn.contains(QStringLiteral("serial")))
        add(LintRules::make(S("prefer-identity"), {col}));
}

void Walker::timeoutLints()
{
    for (const TableLock &l : rep->locks) {
        auto it = tables.find(l.schema + u'.' + l.table);
        const bool existing = it != tables.end() && it->second.exists && !it->second.created;
        if (!existing)
            continue;
        if (!lockTimeoutSet && !lockTimeoutReported && int(l.level) >= int(LockLevel::ShareRowExclusive)) {
            add(LintRules::make(S("require-lock-timeout"), {rep->form, lockName(l.level), l.table}), l.table, l.schema);
            lockTimeoutReported = true;
        }
        if (!statementTimeoutSet && !statementTimeoutReported && int(l.level) >= int(LockLevel::Share)
            && (rep->rewrite || rep->scan || rep->indexBuild)) {
            add(LintRules::make(S("require-statement-timeout"), {rep->form, lockName(l.level), l.table}), l.table, l.schema);
            statementTimeoutReported = true;
        }
    }
}

void Walker::estimate()
{
    for (const TableLock &l : rep->locks) {
        auto it = tables.find(l.schema + u'.' + l.table);
        if (it == tables.end() || !it->second.fact)
            continue;
        const TableStats &s = it->second.fact->stats;
        const double rows = qMax(0.0, s.reltuples);
        double secs = 0;
        qint64 bytes = 0;
        if (rep->rewrite) {
            bytes += s.totalBytes;
            secs += double(s.totalBytes) / opt.rewriteBytesPerSecond + rows / opt.indexRowsPerSecond;
        } else {
            if (rep->scan) {
                bytes += s.heapBytes;
                secs += double(s.heapBytes) / opt.scanBytesPerSecond;
            }
            if (rep->indexBuild) {
                bytes += s.heapBytes;
                secs += double(s.heapBytes) / opt.scanBytesPerSecond + rows / opt.indexRowsPerSecond;
            }
        }
        // Only the table the work happens on (the first lock) counts for the time.
        rep->bytesTouched += bytes;
        rep->estimatedSeconds += secs;
        break;
    }
}

void Walker::rollbackChecks()
{
    for (const KeyDef &d : droppedKeys) {
        if (!d.allPlain())
            continue;
        const QStringList oldCols = d.plainColumns();
        for (const KeyDef &k : newKeys) {
            if (k.schema != d.schema || k.table != d.table || !k.allPlain())
                continue;
            const QStringList newCols = k.plainColumns();
            bool subset = newCols.size() > oldCols.size();
            for (const QString &c : oldCols)
                subset = subset && newCols.contains(c);
            if (!subset)
                continue;
            DataCheck c;
            c.kind = DataCheck::Kind::RollbackKey;
            c.statement = k.statement;
            c.line = out.statements.value(k.statement).line;
            c.schema = d.schema;
            c.table = d.table;
            c.key = d.parts;
            c.predicate = d.predicate;
            c.nullsNotDistinct = d.nullsNotDistinct;
            QStringList extra;
            for (const QString &n : newCols)
                if (!oldCols.contains(n))
                    extra.append(n);
            c.tenantColumn = tenantIn(extra);
            c.label = QStringLiteral("%1 (%2) → (%3)").arg(d.name, oldCols.join(S(", ")), newCols.join(S(", ")));
            c.widerKey = newCols.join(S(", "));
            if (d.enforcedNow)
                c.provenBy = d.name;
            out.checks.append(c);
            break;
        }
    }
}

Analysis Walker::run(const QList<ParsedStatement> &stmts)
{
    for (int i = 0; i < stmts.size(); ++i) {
        cur = i;
        ps = &stmts[i];
        StatementReport r;
        r.index = i;
        r.line = ps->statement.line;
        r.text = ps->statement.text;
        r.nodeType = ps->nodeType;
        r.inTransactionBlock = inTx || opt.scriptInTransaction;
        out.statements.append(r);
        rep = &out.statements.last();
        const QJsonObject &n = ps->node;
        const QString &t = ps->nodeType;
        if (t == u"TransactionStmt")
            onTransaction(n);
        else if (t == u"VariableSetStmt")
            onSet(n);
        else if (t == u"IndexStmt")
            onIndex(n);
        else if (t == u"AlterTableStmt")
            onAlterTable(n);
        else if (t == u"DropStmt")
            onDrop(n);
        else if (t == u"RenameStmt")
            onRename(n);
        else if (t == u"CreateStmt")
            onCreateTable(n);
        else if (t == u"AlterEnumStmt")
            onAlterEnum(n);
        else if (t == u"DropdbStmt")
            add(LintRules::make(S("ban-drop-database")));
        else {
            if (t == u"UpdateStmt")
                backfills += backfillsOf(src, *ps, schemaFor(obj(n, "relation")));
            const LockEffect e = LockTable::statement(t, n);
            QList<QJsonObject> rels;
            if (n.contains(QStringLiteral("relation")))
                rels.append(obj(n, "relation"));
            for (const QJsonValue &rv : arr(n, "relations"))
                rels.append(obj(rv.toObject(), "RangeVar"));
            for (const QJsonObject &rv : rels) {
                if (txt(rv, "relname").isEmpty())
                    continue;
                SimTable &st = table(rv);
                if (e.level != LockLevel::None)
                    apply(st.schema, st.name, e);
                if (t == u"TruncateStmt" && txt(n, "behavior") == u"DROP_CASCADE")
                    add(LintRules::make(S("ban-truncate-cascade"), {st.name}), st.name, st.schema);
                if (e.rewrite && st.exists && int(e.level) >= int(LockLevel::AccessExclusive))
                    add(LintRules::make(S("table-rewrite"), {e.form, st.name}), st.name, st.schema);
            }
            if (rep->form.isEmpty())
                rep->form = e.form;
        }
        timeoutLints();
        estimate();
    }
    rollbackChecks();
    return out;
}

} // namespace

QList<QualifiedName> StatementAnalyzer::relationNames(const QList<ParsedStatement> &stmts)
{
    QList<QualifiedName> out;
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(QStringLiteral("relname")))
                out.append({o.value(QStringLiteral("schemaname")).toString(), o.value(QStringLiteral("relname")).toString()});
            for (const QString &k : {QStringLiteral("idxname"), QStringLiteral("indexname"), QStringLiteral("newname"), QStringLiteral("conname")})
                if (o.value(k).isString())
                    out.append({QString(), o.value(k).toString()});
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(it.value());
        } else if (v.isArray()) {
            for (const QJsonValue &x : v.toArray())
                walk(x);
        }
    };
    for (const ParsedStatement &p : stmts) {
        walk(p.node);
        if (p.nodeType == u"DropStmt")
            for (const QJsonValue &o : p.node.value(QStringLiteral("objects")).toArray()) {
                const QStringList parts = jsonStrings(o.toObject().value(QStringLiteral("List")).toObject().value(QStringLiteral("items")).toArray());
                if (!parts.isEmpty())
                    out.append({parts.size() > 1 ? parts[parts.size() - 2] : QString(), parts.last()});
            }
    }
    return out;
}

QStringList StatementAnalyzer::enumTypes(const QList<ParsedStatement> &stmts)
{
    QStringList out;
    for (const ParsedStatement &p : stmts)
        if (p.nodeType == u"AlterEnumStmt") {
            const QStringList n = jsonStrings(p.node.value(QStringLiteral("typeName")).toArray());
            if (!n.isEmpty())
                out.append(n.last());
        }
    return out;
}

QStringList StatementAnalyzer::functionNames(const QList<ParsedStatement> &stmts)
{
    QStringList out;
    for (const ParsedStatement &p : stmts)
        for (const QString &f : calledFunctions(p.node))
            if (!out.contains(f))
                out.append(f);
    return out;
}

Analysis StatementAnalyzer::analyze(const QString &sql, const QList<ParsedStatement> &stmts, const CatalogFacts *facts,
                                    const AnalyzerOptions &options)
{
    Walker w(sql, facts && facts->loaded ? facts : nullptr, options);
    return w.run(stmts);
}

void StatementAnalyzer::addLockHolderFindings(Analysis &a, const QList<LockHolder> &holders)
{
    QSet<int> reportedPids;
    for (const StatementReport &s : a.statements) {
        for (const TableLock &l : s.locks) {
            for (const LockHolder &h : holders) {
                if (h.schema != l.schema || h.table != l.table || !h.granted)
                    continue;
                if (!locksConflict(l.level, lockFromPgMode(h.mode)) || reportedPids.contains(h.pid))
                    continue;
                reportedPids.insert(h.pid);
                Finding f = LintRules::make(QStringLiteral("conflicting-lock-holder"),
                                            {QString::number(h.pid), h.user, h.state, QString::number(h.transactionSeconds, 'f', 0),
                                             h.mode, h.table, lockName(l.level), h.query.simplified()});
                f.statement = s.index;
                f.line = s.line;
                f.schema = l.schema;
                f.table = l.table;
                f.count = 1;
                a.findings.append(f);
            }
        }
    }
}

} // namespace strata::preflight
