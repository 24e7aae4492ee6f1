#include "StatementAnalyzer.h"
#include "StatementWalker.h"

namespace strata::preflight {

namespace walker {

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
    if (conc && t.fact && t.fact->kind == u'p')
        add(LintRules::make(S("concurrently-on-partitioned"), {t.name}), t.name, t.schema);
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
                disp.append(p.sql());
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
            c.keyName = catalog::quoteIdent(d.name);
            c.label = QStringLiteral("%1 (%2) → (%3)").arg(c.keyName, catalog::quotedList(oldCols), catalog::quotedList(newCols));
            c.widerKey = catalog::quotedList(newCols);
            if (d.enforcedNow)
                c.provenBy = d.name;
            out.checks.append(c);
            break;
        }
    }
}

void Walker::feed(const QList<ParsedStatement> &stmts)
{
    for (int k = 0; k < stmts.size(); ++k) {
        const int i = next + k;
        cur = i;
        ps = &stmts[k];
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
        else if (t == u"DoStmt")
            add(LintRules::make(S("do-block")));
        else {
            if (t == u"UpdateStmt")
                backfills += backfillsOf(src, *ps, schemaFor(obj(n, "relation")));
            const LockEffect e = LockTable::statement(t, n);
            QList<QJsonObject> rels;
            if (n.contains(QStringLiteral("relation")))
                rels.append(obj(n, "relation"));
            for (const QJsonValue &rv : arr(n, "relations"))
                rels.append(obj(rv.toObject(), "RangeVar"));
            for (const QJsonValue &vr : arr(n, "rels")) // VACUUM / ANALYZE
                rels.append(obj(obj(vr.toObject(), "VacuumRelation"), "relation"));
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
    next += int(stmts.size());
    if (!stmts.isEmpty()) {
        // The batch goes away; findings added later still name its last statement's line.
        last.statement = stmts.last().statement;
        last.nodeType = stmts.last().nodeType;
        ps = &last;
        rep = nullptr;
    }
}

Analysis Walker::finish()
{
    rollbackChecks();
    return out;
}

} // namespace walker

using walker::arr;
using walker::flag;
using walker::obj;
using walker::S;
using walker::txt;
using walker::Walker;

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

AnalysisStream::AnalysisStream(const QString &sql, const CatalogFacts *facts, const AnalyzerOptions &options)
    : m_walker(std::make_unique<Walker>(sql, facts && facts->loaded ? facts : nullptr, options))
{
}

AnalysisStream::~AnalysisStream() = default;

void AnalysisStream::add(const QList<ParsedStatement> &stmts)
{
    m_walker->feed(stmts);
}

Analysis AnalysisStream::finish()
{
    return m_walker->finish();
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
