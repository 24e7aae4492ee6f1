#include "CatalogFacts.h"

#include "pg/Connection.h"

namespace strata::preflight {

const ColumnFact *RelationFact::column(const QString &n) const
{
    for (const ColumnFact &c : columns)
        if (c.name == n)
            return &c;
    return nullptr;
}

const IndexFact *RelationFact::index(const QString &n) const
{
    for (const IndexFact &i : indexes)
        if (i.name == n)
            return &i;
    return nullptr;
}

const ConstraintFact *RelationFact::constraint(const QString &n) const
{
    for (const ConstraintFact &c : constraints)
        if (c.name == n)
            return &c;
    return nullptr;
}

namespace {

// PostgreSQL array literal for text[] parameters: {"a","b"} with quotes and backslashes escaped.
QString textArray(const QStringList &values)
{
    QStringList q;
    for (QString v : values) {
        v.replace(u'\\', QStringLiteral("\\\\"));
        v.replace(u'"', QStringLiteral("\\\""));
        q.append(u'"' + v + u'"');
    }
    return u'{' + q.join(u',') + u'}';
}

QString oidArray(const QList<quint32> &oids)
{
    QStringList q;
    for (quint32 o : oids)
        q.append(QString::number(o));
    return u'{' + q.join(u',') + u'}';
}

QStringList parseTextArray(const QString &literal)
{
    // Output of array_to_json is easier: callers use json; this handles the simple {a,b} form.
    QString s = literal;
    if (s.startsWith(u'{') && s.endsWith(u'}'))
        s = s.mid(1, s.size() - 2);
    if (s.isEmpty())
        return {};
    QStringList out;
    QString cur;
    bool inQuote = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (inQuote) {
            if (c == u'\\' && i + 1 < s.size()) { cur += s[++i]; continue; }
            if (c == u'"') { inQuote = false; continue; }
            cur += c;
        } else if (c == u'"') {
            inQuote = true;
        } else if (c == u',') {
            out.append(cur == u"NULL" ? QString() : cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.append(cur == u"NULL" ? QString() : cur);
    return out;
}

} // namespace

Result<CatalogFacts> CatalogFacts::load(Connection &c, const QList<QualifiedName> &names, const QStringList &enumTypes,
                                        const QStringList &functions)
{
    CatalogFacts f;
    ResultSet sp = c.exec(QStringLiteral("SELECT array_to_string(current_schemas(false), ',')"));
    if (!sp.ok())
        return sp.error;
    f.searchPath = sp.rowCount() ? sp.text(0, 0).split(u',', Qt::SkipEmptyParts) : QStringList();

    QStringList relnames;
    for (const QualifiedName &n : names)
        if (!relnames.contains(n.name))
            relnames.append(n.name);

    // 1. Relations (tables, indexes, views, sequences) with sizes, and the table of every
    // index the script names (DROP INDEX / ALTER INDEX name only the index, but the lock,
    // the dropped key and the size are the table's).
    ResultSet rel = c.exec(QStringLiteral(
        "SELECT c.oid, n.nspname, c.relname, c.relkind, c.reltuples, c.relpages,"
        "       CASE WHEN c.relkind IN ('r','m','i','t','p') THEN pg_relation_size(c.oid) ELSE 0 END,"
        "       CASE WHEN c.relkind IN ('r','m','t','p') THEN pg_total_relation_size(c.oid) ELSE 0 END,"
        "       CASE WHEN c.relkind IN ('r','m','t','p') THEN pg_indexes_size(c.oid) ELSE 0 END"
        "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE c.relkind IN ('r','p','i','I','v','m','S','f')"
        "   AND (c.relname = ANY($1::text[])"
        "        OR c.oid IN (SELECT i.indrelid FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
        "                      WHERE ic.relname = ANY($1::text[])))"
        " ORDER BY n.nspname, c.relname"), {textArray(relnames)});
    if (!rel.ok())
        return rel.error;
    QList<quint32> tableOids;
    for (int r = 0; r < rel.rowCount(); ++r) {
        RelationFact rf;
        rf.oid = rel.text(r, 0).toUInt();
        rf.schema = rel.text(r, 1);
        rf.name = rel.text(r, 2);
        rf.kind = rel.text(r, 3).isEmpty() ? QChar() : rel.text(r, 3).at(0);
        rf.stats.oid = rf.oid;
        rf.stats.schema = rf.schema;
        rf.stats.table = rf.name;
        rf.stats.reltuples = rel.toDouble(r, 4);
        rf.stats.relpages = rel.toInt64(r, 5);
        rf.stats.heapBytes = rel.toInt64(r, 6);
        rf.stats.totalBytes = rel.toInt64(r, 7);
        rf.stats.indexBytes = rel.toInt64(r, 8);
        if (rf.kind == u'r' || rf.kind == u'p' || rf.kind == u'm' || rf.kind == u'f')
            tableOids.append(rf.oid);
        f.relations.append(rf);
    }
    auto byOid = [&f](quint32 oid) -> RelationFact * {
        for (RelationFact &r : f.relations)
            if (r.oid == oid)
                return &r;
        return nullptr;
    };

    if (!tableOids.isEmpty()) {
        // 2. Columns.
        ResultSet cols = c.exec(QStringLiteral(
            "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), t.typname, a.atttypmod, a.attnotnull"
            "  FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            " WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped"
            " ORDER BY a.attrelid, a.attnum"), {oidArray(tableOids)});
        if (!cols.ok())
            return cols.error;
        for (int r = 0; r < cols.rowCount(); ++r) {
            if (RelationFact *rf = byOid(cols.text(r, 0).toUInt()))
                rf->columns.append({cols.text(r, 1), cols.text(r, 2), cols.text(r, 3), int(cols.toInt64(r, 4)), cols.toBool(r, 5)});
        }
        // 3. Indexes (key columns by name, '' for expressions).
        ResultSet idx = c.exec(QStringLiteral(
            "SELECT i.indrelid, ic.relname, i.indisunique, i.indisprimary, i.indisvalid,"
            "       i.indnullsnotdistinct, coalesce(pg_get_expr(i.indpred, i.indrelid), ''),"
            "       (SELECT array_agg(coalesce(a.attname, '') ORDER BY k.n)"
            "          FROM unnest(i.indkey[0:i.indnkeyatts - 1]) WITH ORDINALITY AS k(attnum, n)"
            "          LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0),"
            "       pg_get_indexdef(i.indexrelid), coalesce(con.conname, '')"
            "  FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
            "  LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.contype IN ('p','u','x')"
            " WHERE i.indrelid = ANY($1::oid[])"
            " ORDER BY i.indrelid, ic.relname"), {oidArray(tableOids)});
        if (!idx.ok())
            return idx.error;
        for (int r = 0; r < idx.rowCount(); ++r) {
            IndexFact i;
            i.name = idx.text(r, 1);
            i.unique = idx.toBool(r, 2);
            i.primary = idx.toBool(r, 3);
            i.valid = idx.toBool(r, 4);
            i.nullsNotDistinct = idx.toBool(r, 5);
            i.predicate = idx.text(r, 6);
            i.columns = parseTextArray(idx.text(r, 7));
            i.definition = idx.text(r, 8);
            i.constraint = idx.text(r, 9);
            if (RelationFact *rf = byOid(idx.text(r, 0).toUInt()))
                rf->indexes.append(i);
        }
        // 4. Constraints.
        ResultSet con = c.exec(QStringLiteral(
            "SELECT con.conrelid, con.conname, con.contype, con.convalidated, pg_get_constraintdef(con.oid),"
            "       (SELECT array_agg(a.attname ORDER BY k.n) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, n)"
            "          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum),"
            "       coalesce(ic.relname, '')"
            "  FROM pg_constraint con LEFT JOIN pg_class ic ON ic.oid = con.conindid"
            " WHERE con.conrelid = ANY($1::oid[])"
            " ORDER BY con.conrelid, con.conname"), {oidArray(tableOids)});
        if (!con.ok())
            return con.error;
        for (int r = 0; r < con.rowCount(); ++r) {
            ConstraintFact cf;
            cf.name = con.text(r, 1);
            cf.type = con.text(r, 2).isEmpty() ? QChar() : con.text(r, 2).at(0);
            cf.validated = con.toBool(r, 3);
            cf.definition = con.text(r, 4);
            cf.columns = parseTextArray(con.text(r, 5));
            cf.index = con.text(r, 6);
            if (RelationFact *rf = byOid(con.text(r, 0).toUInt()))
                rf->constraints.append(cf);
        }
    }

    // 5. Enum labels for the types the script alters.
    if (!enumTypes.isEmpty()) {
        ResultSet en = c.exec(QStringLiteral(
            "SELECT n.nspname, t.typname, e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid"
            "  JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = ANY($1::text[])"
            " ORDER BY n.nspname, t.typname, e.enumsortorder"), {textArray(enumTypes)});
        if (!en.ok())
            return en.error;
        for (int r = 0; r < en.rowCount(); ++r) {
            f.enumLabels[en.text(r, 0) + u'.' + en.text(r, 1)].append(en.text(r, 2));
            f.enumLabels[en.text(r, 1)].append(en.text(r, 2));
        }
    }
    // 6. Volatility of the functions used in defaults.
    if (!functions.isEmpty()) {
        ResultSet fn = c.exec(QStringLiteral(
            "SELECT proname, bool_or(provolatile = 'v') FROM pg_proc WHERE proname = ANY($1::text[]) GROUP BY proname"),
                              {textArray(functions)});
        if (!fn.ok())
            return fn.error;
        for (int r = 0; r < fn.rowCount(); ++r) {
            f.knownFunctions.insert(fn.text(r, 0));
            if (fn.toBool(r, 1))
                f.volatileFunctions.insert(fn.text(r, 0));
        }
    }
    f.loaded = true;
    return f;
}

Result<QList<LockHolder>> CatalogFacts::lockHolders(Connection &c, const QList<quint32> &relationOids)
{
    QList<LockHolder> out;
    if (relationOids.isEmpty())
        return out;
    ResultSet r = c.exec(QStringLiteral(
        "SELECT a.pid, coalesce(a.usename::text, ''), coalesce(a.application_name, ''), coalesce(a.state, ''),"
        "       n.nspname, cl.relname, l.mode, l.granted,"
        "       coalesce(extract(epoch FROM now() - a.xact_start), 0), left(coalesce(a.query, ''), 300)"
        "  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        "  JOIN pg_class cl ON cl.oid = l.relation JOIN pg_namespace n ON n.oid = cl.relnamespace"
        " WHERE l.locktype = 'relation' AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        "   AND l.relation = ANY($1::oid[]) AND l.pid <> pg_backend_pid()"
        " ORDER BY a.xact_start NULLS LAST, a.pid"), {oidArray(relationOids)});
    if (!r.ok())
        return r.error;
    for (int i = 0; i < r.rowCount(); ++i) {
        LockHolder h;
        h.pid = int(r.toInt64(i, 0));
        h.user = r.text(i, 1);
        h.application = r.text(i, 2);
        h.state = r.text(i, 3);
        h.schema = r.text(i, 4);
        h.table = r.text(i, 5);
        h.mode = r.text(i, 6);
        h.granted = r.toBool(i, 7);
        h.transactionSeconds = r.toDouble(i, 8);
        h.query = r.text(i, 9);
        out.append(h);
    }
    return out;
}

const RelationFact *CatalogFacts::find(const QString &schema, const QString &name) const
{
    if (m_indexed != relations.size()) {
        m_index.clear();
        for (qsizetype i = relations.size() - 1; i >= 0; --i) // the first one wins, as in a scan
            m_index.insert(relations[i].schema + u'\x1f' + relations[i].name, i);
        m_indexed = relations.size();
    }
    auto at = [&](const QString &s) -> const RelationFact * {
        const auto it = m_index.constFind(s + u'\x1f' + name);
        return it == m_index.cend() ? nullptr : &relations[*it];
    };
    if (!schema.isEmpty())
        return at(schema);
    for (const QString &s : searchPath)
        if (const RelationFact *r = at(s))
            return r;
    return nullptr;
}

} // namespace strata::preflight
