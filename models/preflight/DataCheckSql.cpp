// The SQL of the data checks: one query per check, the sample-row queries, and the
// fingerprint pre-pass of the key checks. Identifiers are quoted; values are parameters.
#include "DataCheckSql.h"

#include "pg/Connection.h"

namespace strata::preflight {

namespace checksql {

QString tableSql(const Connection &c, const DataCheck &k)
{
    return c.quoteIdentifier(k.schema) + u'.' + c.quoteIdentifier(k.table);
}

QString partSql(const Connection &c, const KeyPart &p, const QString &alias = {})
{
    if (!p.column.isEmpty())
        return (alias.isEmpty() ? QString() : alias + u'.') + c.quoteIdentifier(p.column);
    return u'(' + p.expression + u')';
}

QString keyRowsWhere(const Connection &c, const DataCheck &k)
{
    QStringList conds;
    if (!k.predicate.isEmpty())
        conds.append(u'(' + k.predicate + u')');
    // Default NULL semantics: a row with a NULL in any key part never collides.
    if (!k.nullsNotDistinct)
        for (const KeyPart &p : k.key)
            conds.append(partSql(c, p) + QStringLiteral(" IS NOT NULL"));
    return conds.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conds.join(QStringLiteral(" AND "));
}

// NullValues: the table (aliased as the backfill UPDATE calls it) and, per column, the
// condition for a row that is NULL when the constraint is added.
QString nullTableSql(const Connection &c, const DataCheck &k)
{
    return k.alias.isEmpty() ? tableSql(c, k) : tableSql(c, k) + QStringLiteral(" AS ") + c.quoteIdentifier(k.alias);
}

QString stillNull(const Connection &c, const DataCheck &k, int i)
{
    const QString col = c.quoteIdentifier(k.columns[i]);
    const QString filled = k.filledWhen.value(i);
    if (filled.isEmpty())
        return col + QStringLiteral(" IS NULL");
    return QStringLiteral("(%1 IS NULL AND NOT coalesce(%2, false))").arg(col, filled);
}

QString tenantAlias(const DataCheck &k)
{
    for (int i = 0; i < k.key.size(); ++i)
        if (!k.tenantColumn.isEmpty() && k.key[i].column == k.tenantColumn)
            return QStringLiteral("k%1").arg(i);
    return {};
}



CastPlan castPlan(const Connection &c, const DataCheck &k)
{
    CastPlan plan;
    const QString col = c.quoteIdentifier(k.columns.value(0));
    const QString t = k.targetTypname;
    const bool textual = k.sourceTypname == u"text" || k.sourceTypname == u"varchar" || k.sourceTypname == u"bpchar";
    const bool numericSrc = k.sourceTypname == u"numeric" || k.sourceTypname == u"float4" || k.sourceTypname == u"float8"
                            || k.sourceTypname == u"int8" || k.sourceTypname == u"int4" || k.sourceTypname == u"int2";
    QString lo, hi;
    if (t == u"int2") { lo = QStringLiteral("-32768"); hi = QStringLiteral("32767"); }
    else if (t == u"int4") { lo = QStringLiteral("-2147483648"); hi = QStringLiteral("2147483647"); }
    else if (t == u"int8") { lo = QStringLiteral("-9223372036854775808"); hi = QStringLiteral("9223372036854775807"); }
    if (!k.expression.isEmpty()) {
        plan.tryCast = true;
    } else if (!lo.isEmpty() && textual) {
        plan.failsWhen = QStringLiteral("%1 IS NOT NULL AND CASE WHEN %1 ~ '^\\s*[+-]?[0-9]+\\s*$' THEN %1::numeric NOT BETWEEN %2 AND %3 ELSE true END")
                             .arg(col, lo, hi);
    } else if (!lo.isEmpty() && numericSrc) {
        plan.failsWhen = QStringLiteral("%1 IS NOT NULL AND (%1::numeric = 'NaN' OR round(%1::numeric) NOT BETWEEN %2 AND %3)").arg(col, lo, hi);
    } else if ((t == u"numeric" || t == u"float8" || t == u"float4") && textual) {
        plan.failsWhen = QStringLiteral("%1 IS NOT NULL AND %1 !~* '^\\s*([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?|nan|[+-]?inf(inity)?)\\s*$'").arg(col);
    } else if (t == u"bool" && textual) {
        plan.failsWhen = QStringLiteral("%1 IS NOT NULL AND %1 !~* '^\\s*(t(r(ue?)?)?|f(a(l(se?)?)?)?|y(es?)?|no?|on|of{1,2}|1|0)\\s*$'").arg(col);
    } else if (t == u"uuid" && textual) {
        plan.failsWhen = QStringLiteral("%1 IS NOT NULL AND %1 !~ '^\\s*\\{?([0-9a-fA-F]{4}-?){7}[0-9a-fA-F]{4}\\}?\\s*$'").arg(col);
    } else {
        plan.tryCast = true;
    }
    return plan;
}

QStringList keyNames(const DataCheck &k)
{
    QStringList n;
    for (const KeyPart &p : k.key)
        n.append(p.display());
    return n;
}

// Hash support function per type OID (the type's own hash opclass, so equal values hash
// equally under the same equality the unique index uses); others go through
// hash_record_extended(ROW(part)).
QString hashFunctionFor(unsigned int typeOid)
{
    switch (typeOid) {
    case 20: return QStringLiteral("hashint8extended");
    case 21: return QStringLiteral("hashint2extended");
    case 23: return QStringLiteral("hashint4extended");
    case 25:
    case 1043: return QStringLiteral("hashtextextended");
    case 1042: return QStringLiteral("hashbpcharextended");
    case 1700: return QStringLiteral("hash_numeric_extended");
    case 2950: return QStringLiteral("uuid_hash_extended");
    default: return {};
    }
}

} // namespace checksql

using namespace checksql;

// A 64-bit fingerprint of the key: each part's hash seeds the next one's, so equal keys give
// equal fingerprints. Default NULL semantics: the fingerprint is NULL when any part is NULL
// (the hash functions are strict), and such rows never collide. NULLS NOT DISTINCT: a NULL
// part maps to a fixed function of the seed, so NULL matches NULL.
QString DataChecks::fingerprintExpr(const Connection &c, const DataCheck &k, const QList<unsigned int> &partTypes)
{
    QString h = QStringLiteral("0::int8");
    for (int i = 0; i < k.key.size(); ++i) {
        const QString fn = hashFunctionFor(partTypes.value(i));
        const QString part = partSql(c, k.key[i]);
        QString hashed;
        if (!fn.isEmpty())
            hashed = QStringLiteral("%1(%2, %3)").arg(fn, part, h);
        else if (k.nullsNotDistinct)
            hashed = QStringLiteral("hash_record_extended(ROW(%1), %2)").arg(part, h);
        else // ROW(NULL) is not NULL: keep the chain strict by hand
            hashed = QStringLiteral("CASE WHEN %1 IS NOT NULL THEN hash_record_extended(ROW(%1), %2) END").arg(part, h);
        h = k.nullsNotDistinct ? QStringLiteral("coalesce(%1, (%2) # 7046029254386353131)").arg(hashed, h) : hashed;
    }
    return h;
}

QString DataChecks::fingerprintSqlFor(const Connection &c, const DataCheck &k, const QList<unsigned int> &partTypes)
{
    // One scan, sort-based on purpose (the caller turns hash aggregation off): the sort
    // input is the 8-byte fingerprint alone, a datum sort that needs far less memory than a
    // hash table with millions of groups (or a sort that carries more columns). Returns the
    // number of fingerprints seen twice and the fingerprints. The NULL group (default NULL
    // semantics) is dropped by FILTER, not WHERE, which the planner would push down into
    // the scan and compute every fingerprint twice.
    const QString where = k.predicate.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(k.predicate);
    return QStringLiteral("SELECT count(*) FILTER (WHERE g.h IS NOT NULL), coalesce(array_agg(g.h) FILTER (WHERE g.h IS NOT NULL), '{}')"
                          " FROM (SELECT %1 AS h FROM %2%3 GROUP BY 1 HAVING count(*) > 1) g")
        .arg(fingerprintExpr(c, k, partTypes), tableSql(c, k), where);
}

QString DataChecks::fingerprintDistinctSqlFor(const Connection &c, const DataCheck &k, const QList<unsigned int> &partTypes,
                                             int samplePercent)
{
    // The common case is a clean key: count(DISTINCT) sorts the fingerprints as plain 8-byte
    // datums and only counts runs, much cheaper than a GROUP BY that forms a group (with its
    // own aggregate state and HAVING test) for each of millions of fingerprints. A NULL
    // fingerprint (default NULL semantics) is ignored by both counts.
    const QString where = k.predicate.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(k.predicate);
    const QString sample = samplePercent > 0 ? QStringLiteral(" TABLESAMPLE SYSTEM (%1) REPEATABLE (0)").arg(samplePercent) : QString();
    return QStringLiteral("SELECT count(s.h), count(DISTINCT s.h) FROM (SELECT %1 AS h FROM %2%3%4) s")
        .arg(fingerprintExpr(c, k, partTypes), tableSql(c, k), sample, where);
}

QString DataChecks::tableSqlFor(const Connection &c, const DataCheck &k)
{
    return tableSql(c, k);
}

QString DataChecks::fingerprintCopySqlFor(const Connection &c, const DataCheck &k, const QList<unsigned int> &partTypes)
{
    const QString where = k.predicate.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(k.predicate);
    return QStringLiteral("COPY (SELECT %1 FROM %2%3) TO STDOUT (FORMAT binary)").arg(fingerprintExpr(c, k, partTypes), tableSql(c, k), where);
}

QString DataChecks::candidateRowsSqlFor(const Connection &c, const DataCheck &k, const QList<unsigned int> &partTypes)
{
    // $1: the fingerprints seen twice. The ctids stay valid for the transaction's snapshot,
    // so the exact GROUP BY and the sample rows that follow are TID scans.
    QString where = QStringLiteral(" WHERE %1 = ANY($1::int8[])").arg(fingerprintExpr(c, k, partTypes));
    if (!k.predicate.isEmpty())
        where += QStringLiteral(" AND (%1)").arg(k.predicate);
    return QStringLiteral("SELECT count(*), coalesce(array_agg(ctid), '{}') FROM %1%2").arg(tableSql(c, k), where);
}

QString DataChecks::keyTypesSqlFor(const Connection &c, const DataCheck &k)
{
    QStringList parts;
    for (const KeyPart &p : k.key)
        parts.append(partSql(c, p));
    return QStringLiteral("SELECT %1 FROM %2 LIMIT 0").arg(parts.join(QStringLiteral(", ")), tableSql(c, k));
}

QString DataChecks::kindName(DataCheck::Kind k)
{
    switch (k) {
    case DataCheck::Kind::DuplicateKey: return QStringLiteral("duplicate-key");
    case DataCheck::Kind::RollbackKey: return QStringLiteral("rollback-key");
    case DataCheck::Kind::NullValues: return QStringLiteral("null-values");
    case DataCheck::Kind::ForeignKeyOrphans: return QStringLiteral("foreign-key-orphans");
    case DataCheck::Kind::CheckViolation: return QStringLiteral("check-violation");
    case DataCheck::Kind::CastFailure: return QStringLiteral("cast-failure");
    case DataCheck::Kind::TableNotEmpty: return QStringLiteral("table-not-empty");
    }
    return {};
}

QString DataChecks::sqlFor(const Connection &c, const DataCheck &k, const DataCheckOptions &o, QVariantList *params,
                          const QString &extraCondition)
{
    const QString tbl = tableSql(c, k);
    switch (k.kind) {
    case DataCheck::Kind::DuplicateKey:
    case DataCheck::Kind::RollbackKey: {
        // One aggregate pass over the table; everything else works on the (small) set of
        // duplicate groups.
        QStringList sel, grp, rowKey;
        for (int i = 0; i < k.key.size(); ++i) {
            sel.append(partSql(c, k.key[i]) + QStringLiteral(" AS k%1").arg(i));
            grp.append(QString::number(i + 1));
            rowKey.append(QStringLiteral("d.k%1").arg(i));
        }
        const bool rollbackTenants = k.kind == DataCheck::Kind::RollbackKey && !k.tenantColumn.isEmpty();
        if (rollbackTenants)
            sel.append(QStringLiteral("count(DISTINCT %1) AS tenants").arg(c.quoteIdentifier(k.tenantColumn)));
        const QString tenant = tenantAlias(k);
        QString breakdown = QStringLiteral("NULL::json");
        if (!tenant.isEmpty())
            breakdown = QStringLiteral("(SELECT json_agg(y) FROM (SELECT d.%1::text AS v, count(*) AS groups FROM d GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $2) y)").arg(tenant);
        else if (rollbackTenants)
            breakdown = QStringLiteral("(SELECT json_agg(y) FROM (SELECT d.tenants::text AS v, count(*) AS groups FROM d GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $2) y)");
        *params = {o.sampleGroups};
        if (breakdown != u"NULL::json")
            params->append(o.breakdownRows);
        QString where = keyRowsWhere(c, k);
        if (!extraCondition.isEmpty())
            where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + extraCondition;
        return QStringLiteral("WITH d AS (SELECT %1, count(*) AS n FROM %2%3 GROUP BY %4 HAVING count(*) > 1)"
                              " SELECT (SELECT count(*) FROM d), (SELECT coalesce(sum(n), 0) FROM d),"
                              " (SELECT json_agg(x) FROM (SELECT d.*, ROW(%5)::text AS rowkey FROM d ORDER BY d.n DESC, rowkey LIMIT $1) x), %6")
            .arg(sel.join(QStringLiteral(", ")), tbl, where, grp.join(QStringLiteral(", ")),
                 rowKey.join(QStringLiteral(", ")), breakdown);
    }
    case DataCheck::Kind::NullValues: {
        // Rows NULL when the constraint is added (after a backfill), then the same per
        // column, then the rows NULL today.
        QStringList any, each, now;
        for (int i = 0; i < k.columns.size(); ++i) {
            any.append(stillNull(c, k, i));
            each.append(QStringLiteral("count(*) FILTER (WHERE %1)").arg(stillNull(c, k, i)));
            now.append(c.quoteIdentifier(k.columns[i]) + QStringLiteral(" IS NULL"));
        }
        params->clear();
        return QStringLiteral("SELECT count(*) FILTER (WHERE %1), %2, count(*) FILTER (WHERE %3) FROM %4")
            .arg(any.join(QStringLiteral(" OR ")), each.join(QStringLiteral(", ")), now.join(QStringLiteral(" OR ")), nullTableSql(c, k));
    }
    case DataCheck::Kind::ForeignKeyOrphans: {
        QStringList notNull, match, keys;
        for (int i = 0; i < k.columns.size(); ++i) {
            notNull.append(QStringLiteral("c.%1 IS NOT NULL").arg(c.quoteIdentifier(k.columns[i])));
            match.append(QStringLiteral("p.%1 = c.%2").arg(c.quoteIdentifier(k.refColumns.value(i)), c.quoteIdentifier(k.columns[i])));
            keys.append(QStringLiteral("o.%1").arg(c.quoteIdentifier(k.columns[i])));
        }
        *params = {o.breakdownRows};
        return QStringLiteral("WITH o AS (SELECT c.* FROM %1 c WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 p WHERE %4))"
                              " SELECT (SELECT count(*) FROM o),"
                              " (SELECT json_agg(y) FROM (SELECT ROW(%5)::text AS v, count(*) AS groups FROM o GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $1) y)")
            .arg(tbl, notNull.join(QStringLiteral(" AND ")), c.quoteIdentifier(k.refSchema) + u'.' + c.quoteIdentifier(k.refTable),
                 match.join(QStringLiteral(" AND ")), keys.join(QStringLiteral(", ")));
    }
    case DataCheck::Kind::CheckViolation:
        params->clear();
        // A CHECK passes when its expression is true or NULL: violators are exactly the FALSE rows.
        return QStringLiteral("SELECT count(*) FROM %1 WHERE (%2) IS FALSE").arg(tbl, k.expression);
    case DataCheck::Kind::CastFailure: {
        params->clear();
        const CastPlan plan = castPlan(c, k);
        if (!plan.tryCast)
            return QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(tbl, plan.failsWhen);
        const QString value = k.expression.isEmpty() ? c.quoteIdentifier(k.columns.value(0)) : u'(' + k.expression + u')';
        return QStringLiteral("SELECT count((%1)::%2) FROM %3").arg(value, k.targetType, tbl);
    }
    case DataCheck::Kind::TableNotEmpty:
        params->clear();
        return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1) s").arg(tbl);
    }
    return {};
}

QString DataChecks::sampleSqlFor(const Connection &c, const DataCheck &k, const DataCheckOptions &o, QVariantList *params,
                                const QString &extraCondition)
{
    const QString tbl = tableSql(c, k);
    switch (k.kind) {
    case DataCheck::Kind::DuplicateKey:
    case DataCheck::Kind::RollbackKey: {
        QStringList parts;
        for (const KeyPart &p : k.key)
            parts.append(partSql(c, p));
        // $1: the duplicate groups (text of the key row) found by the aggregate pass.
        // $3 (with extraCondition): the candidate rows' ctids from the fingerprint pass, so
        // the text form is only built for rows that can be in a group.
        *params = {QVariant(), o.sampleRows * 2};
        QString where = keyRowsWhere(c, k);
        if (!extraCondition.isEmpty())
            where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + extraCondition;
        return QStringLiteral("SELECT * FROM (SELECT ROW(%1)::text AS duplicate_key, t.* FROM %2 t%3) s"
                              " WHERE duplicate_key = ANY($1::text[]) ORDER BY 1 LIMIT $2")
            .arg(parts.join(QStringLiteral(", ")), tbl, where);
    }
    case DataCheck::Kind::NullValues: {
        QStringList any;
        for (int i = 0; i < k.columns.size(); ++i)
            any.append(stillNull(c, k, i));
        *params = {o.sampleRows};
        return QStringLiteral("SELECT * FROM %1 WHERE %2 LIMIT $1").arg(nullTableSql(c, k), any.join(QStringLiteral(" OR ")));
    }
    case DataCheck::Kind::ForeignKeyOrphans: {
        QStringList notNull, match;
        for (int i = 0; i < k.columns.size(); ++i) {
            notNull.append(QStringLiteral("c.%1 IS NOT NULL").arg(c.quoteIdentifier(k.columns[i])));
            match.append(QStringLiteral("p.%1 = c.%2").arg(c.quoteIdentifier(k.refColumns.value(i)), c.quoteIdentifier(k.columns[i])));
        }
        *params = {o.sampleRows};
        return QStringLiteral("SELECT c.* FROM %1 c WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 p WHERE %4) LIMIT $1")
            .arg(tbl, notNull.join(QStringLiteral(" AND ")), c.quoteIdentifier(k.refSchema) + u'.' + c.quoteIdentifier(k.refTable),
                 match.join(QStringLiteral(" AND ")));
    }
    case DataCheck::Kind::CheckViolation:
        *params = {o.sampleRows};
        return QStringLiteral("SELECT * FROM %1 WHERE (%2) IS FALSE LIMIT $1").arg(tbl, k.expression);
    case DataCheck::Kind::CastFailure: {
        const CastPlan plan = castPlan(c, k);
        if (plan.tryCast)
            return {};
        *params = {o.sampleRows};
        return QStringLiteral("SELECT * FROM %1 WHERE %2 LIMIT $1").arg(tbl, plan.failsWhen);
    }
    case DataCheck::Kind::TableNotEmpty:
        return {};
    }
    return {};
}

} // namespace strata::preflight
