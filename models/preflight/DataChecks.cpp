#include "DataChecks.h"

#include "pg/Connection.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace strata::preflight {

namespace {

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

struct CastPlan
{
    QString failsWhen;   // SQL predicate true for rows whose value cannot be cast (exact count)
    bool tryCast = false; // no predicate: run the real cast once under a savepoint
};

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

} // namespace

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
    // One scan, sort-based on purpose (the caller turns hash aggregation off: sorting 8-byte
    // fingerprints is far cheaper than a hash table with millions of groups). Returns the
    // number of candidate rows and their ctids (valid for the transaction's snapshot), so
    // the exact pass and the sample rows are TID scans, not more full scans. The NULL group
    // (default NULL semantics) is dropped by FILTER, not WHERE, which would be pushed down
    // and compute every fingerprint twice.
    const QString where = k.predicate.isEmpty() ? QString() : QStringLiteral(" WHERE (%1)").arg(k.predicate);
    return QStringLiteral("SELECT count(*) FILTER (WHERE g.h IS NOT NULL), coalesce(array_agg(r) FILTER (WHERE g.h IS NOT NULL), '{}')"
                          " FROM (SELECT %1 AS h, array_agg(ctid) AS t FROM %2%3 GROUP BY 1 HAVING count(*) > 1) g, unnest(g.t) AS r")
        .arg(fingerprintExpr(c, k, partTypes), tableSql(c, k), where);
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

namespace {

Finding baseFinding(const DataCheck &k, const QString &sql)
{
    Finding f;
    f.rule = DataChecks::kindName(k.kind);
    f.category = k.kind == DataCheck::Kind::RollbackKey ? QStringLiteral("rollback") : QStringLiteral("data");
    f.statement = k.statement;
    f.line = k.line;
    f.schema = k.schema;
    f.table = k.table;
    f.check = k.label;
    f.sql = sql;
    return f;
}

void fillSamples(Finding &f, const ResultSet &r)
{
    f.sampleColumns = r.columns;
    for (int i = 0; i < r.rowCount(); ++i) {
        QStringList row;
        for (int j = 0; j < r.columnCount(); ++j)
            row.append(r.isNull(i, j) ? QStringLiteral("NULL") : r.text(i, j));
        f.sampleRows.append(row);
    }
}

void fillBreakdown(Finding &f, const QString &json, const QString &label)
{
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    if (a.isEmpty())
        return;
    f.breakdownLabel = label;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        f.breakdown.append({o.value(QStringLiteral("v")).isNull() ? QStringLiteral("NULL") : o.value(QStringLiteral("v")).toString(),
                            qint64(o.value(QStringLiteral("groups")).toDouble())});
    }
}

} // namespace

namespace {

enum class FingerprintOutcome { Used, Failed, Canceled };

struct FingerprintPlan
{
    FingerprintOutcome outcome = FingerprintOutcome::Failed;
    QString execSql;           // what runs as the exact pass
    QVariantList execParams;
    QString auditSql;          // both passes, for the report
    QString candidates;        // tid[] literal of the candidate rows; empty = not restricted
    QString condition(qsizetype param) const { return QStringLiteral("ctid = ANY($%1::tid[])").arg(param); }
};

// Pass 1 of a key check: the rows whose fingerprint occurs twice. The exact pass then
// groups only those rows (a TID scan), or is replaced by a constant "no duplicates" row
// when there are none. Any failure leaves the exact pass as it was.
FingerprintPlan fingerprintPass(Connection &c, const DataCheck &k, const DataCheckOptions &o, const QString &sql,
                                const QVariantList &params)
{
    FingerprintPlan plan;
    plan.execSql = sql;
    plan.execParams = params;
    c.exec(QStringLiteral("SAVEPOINT strata_fp"));
    auto failed = [&c, &plan](const ResultSet &r) {
        c.exec(QStringLiteral("ROLLBACK TO SAVEPOINT strata_fp"));
        c.exec(QStringLiteral("RELEASE SAVEPOINT strata_fp"));
        plan.outcome = r.error.kind == Error::Kind::Canceled ? FingerprintOutcome::Canceled : FingerprintOutcome::Failed;
        return plan;
    };
    const ResultSet types = c.exec(DataChecks::keyTypesSqlFor(c, k));
    if (!types.ok())
        return failed(types);
    c.exec(QStringLiteral("SELECT set_config('enable_hashagg', 'off', true)"));
    const QString fpSql = DataChecks::fingerprintSqlFor(c, k, types.columnTypes);
    const ResultSet fp = c.exec(fpSql);
    if (!fp.ok() || fp.rowCount() != 1)
        return failed(fp);
    c.exec(QStringLiteral("SELECT set_config('enable_hashagg', 'on', true)"));
    c.exec(QStringLiteral("RELEASE SAVEPOINT strata_fp"));
    plan.outcome = FingerprintOutcome::Used;
    const qint64 candidates = fp.toInt64(0, 0);
    if (candidates == 0) {
        plan.execSql = QStringLiteral("SELECT 0::bigint, 0::numeric, NULL::json, NULL::json");
        plan.execParams.clear();
        plan.auditSql = fpSql + QStringLiteral(";\n-- no fingerprint occurs twice: no duplicates, the exact pass is not needed");
        return plan;
    }
    if (candidates > o.fingerprintCandidateLimit) {
        plan.auditSql = fpSql + QStringLiteral(";\n") + sql;   // that many: the exact pass over all rows
        return plan;
    }
    plan.candidates = fp.text(0, 1);
    plan.execParams.clear();
    plan.execSql = DataChecks::sqlFor(c, k, o, &plan.execParams, plan.condition(params.size() + 1));
    plan.execParams.append(plan.candidates);
    plan.auditSql = fpSql + QStringLiteral(";\n") + plan.execSql;
    return plan;
}

} // namespace

Result<QList<Finding>> DataChecks::run(Connection &c, const QList<DataCheck> &checks, const DataCheckOptions &o, JobControl *control)
{
    QList<Finding> out;
    if (checks.isEmpty())
        return out;
    auto canceled = [control] { return control && control->isCanceled(); };
    ResultSet b = c.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!b.ok())
        return b.error;
    auto rollback = [&c] { c.exec(QStringLiteral("ROLLBACK")); };
    ResultSet s = c.exec(QStringLiteral("SELECT set_config('statement_timeout', $1, true), set_config('lock_timeout', $2, true),"
                                        " set_config('work_mem', $3, true), set_config('jit', $4, true)"),
                         {QString::number(o.statementTimeoutMs), QString::number(o.lockTimeoutMs), o.workMem, o.jit});
    if (!s.ok()) {
        rollback();
        return s.error;
    }
    int n = 0;
    for (const DataCheck &k : checks) {
        if (control)
            control->setProgress(n, int(checks.size()), k.label);
        ++n;
        if (canceled()) {
            rollback();
            return JobControl::canceledError();
        }
        QVariantList params;
        const QString sql = sqlFor(c, k, o, &params);
        Finding f = baseFinding(k, sql);
        if (!k.provenBy.isEmpty()) {
            f.severity = Severity::Info;
            f.count = 0;
            if (k.kind == DataCheck::Kind::RollbackKey)
                f.message = tr("Rollback to %1 is possible with today's data: index %2 still enforces it (0 collisions). After the forward step, rows that differ only in (%3) can be inserted, and from then on restoring the old key fails. Run this check again before rolling back.")
                                .arg(k.label.section(u' ', 0, 0), k.provenBy, k.widerKey);
            else
                f.message = tr("No duplicates possible: the existing unique index %1 already covers a subset of the new key. No scan needed.").arg(k.provenBy);
            f.sql.clear();
            out.append(f);
            continue;
        }
        c.exec(QStringLiteral("SAVEPOINT strata_check"));
        QElapsedTimer timer;
        timer.start();
        FingerprintPlan fp;
        fp.execSql = sql;
        fp.execParams = params;
        const bool keyCheck = k.kind == DataCheck::Kind::DuplicateKey || k.kind == DataCheck::Kind::RollbackKey;
        if (keyCheck && o.fingerprintPass) {
            fp = fingerprintPass(c, k, o, sql, params);
            if (fp.outcome == FingerprintOutcome::Canceled || canceled()) {
                rollback();
                return JobControl::canceledError();
            }
            if (fp.outcome == FingerprintOutcome::Used)
                f.sql = fp.auditSql;
        }
        ResultSet r = c.exec(fp.execSql, fp.execParams);
        if (r.ok() && canceled()) {
            rollback();
            return JobControl::canceledError();
        }
        if (!r.ok()) {
            c.exec(QStringLiteral("ROLLBACK TO SAVEPOINT strata_check"));
            if (r.error.kind == Error::Kind::Canceled || canceled()) {
                rollback();
                return JobControl::canceledError();
            }
            if (r.error.kind == Error::Kind::ServerGone) {
                return r.error;
            }
            if (k.kind == DataCheck::Kind::CastFailure && r.error.kind == Error::Kind::Query) {
                // The real cast failed: at least one value cannot be converted; the server's
                // message names the first one.
                f.severity = Severity::Blocking;
                f.count = -1;
                f.message = tr("ALTER COLUMN TYPE will fail: at least one value of %1 cannot be converted (%2).")
                                .arg(k.columns.value(0), r.error.message);
                f.advice = tr("Fix or convert the offending values first, or give a USING expression that handles them.");
                out.append(f);
                continue;
            }
            f.severity = Severity::Warning;
            f.rule = QStringLiteral("check-not-run");
            f.message = tr("The data check “%1” could not run: %2").arg(k.label, r.error.message);
            f.advice = r.error.kind == Error::Kind::Timeout ? tr("Raise the check timeout, or run the check on a replica.") : QString();
            out.append(f);
            continue;
        }
        const qint64 elapsed = timer.elapsed();
        Q_UNUSED(elapsed);
        const qint64 count = r.rowCount() ? r.toInt64(0, 0) : 0;
        f.count = count;
        QVariantList sp;
        QString sampleSql;
        switch (k.kind) {
        case DataCheck::Kind::DuplicateKey:
        case DataCheck::Kind::RollbackKey: {
            const qint64 rows = r.toInt64(0, 1);
            const QJsonArray groups = QJsonDocument::fromJson(r.text(0, 2).toUtf8()).array();
            const QStringList names = keyNames(k);
            QStringList keys;
            f.groupColumns = names;
            f.groupColumns.append(QStringLiteral("rows"));
            const bool tenants = k.kind == DataCheck::Kind::RollbackKey && !k.tenantColumn.isEmpty();
            if (tenants)
                f.groupColumns.append(k.tenantColumn + QStringLiteral(" values"));
            QList<QStringList> groupRows;
            for (const QJsonValue &g : groups) {
                const QJsonObject go = g.toObject();
                QStringList row;
                for (int i = 0; i < k.key.size(); ++i) {
                    const QJsonValue v = go.value(QStringLiteral("k%1").arg(i));
                    row.append(v.isNull() ? QStringLiteral("NULL") : v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
                }
                row.append(QString::number(qint64(go.value(QStringLiteral("n")).toDouble())));
                if (tenants)
                    row.append(QString::number(qint64(go.value(QStringLiteral("tenants")).toDouble())));
                groupRows.append(row);
                keys.append(go.value(QStringLiteral("rowkey")).toString());
            }
            fillBreakdown(f, r.text(0, 3), tenants ? tr("%1 values per colliding group").arg(k.tenantColumn) : k.tenantColumn);
            if (k.kind == DataCheck::Kind::DuplicateKey) {
                f.severity = count > 0 ? Severity::Blocking : Severity::Info;
                f.message = count > 0 ? tr("%1 will fail: %2 groups of duplicate values (%3 rows) on the new key.").arg(k.label).arg(count).arg(rows)
                                      : tr("No duplicates on the new key %1.").arg(k.label);
                if (count > 0)
                    f.advice = tr("De-duplicate first (merge or rename the rows listed below), or include a distinguishing column in the key. Until then the index build fails%1.")
                                   .arg(k.nullsNotDistinct ? QString() : tr("; rows with a NULL in any key column never collide"));
            } else {
                f.severity = count > 0 ? Severity::Warning : Severity::Info;
                f.rule = count > 0 ? QStringLiteral("rollback-infeasible") : QStringLiteral("rollback-key");
                f.message = count > 0 ? (k.widerKey.isEmpty()
                                             ? tr("Rollback is NOT possible with today's data: restoring %1 would find %2 colliding groups (%3 rows).")
                                                   .arg(k.label).arg(count).arg(rows)
                                             : tr("Rollback is NOT possible with today's data: restoring %1 would find %2 colliding groups (%3 rows) that differ only in (%4).")
                                                   .arg(k.label).arg(count).arg(rows).arg(k.widerKey))
                                      : tr("Rollback to %1 is possible with today's data (0 collisions). Run this check again before rolling back: new rows may collide.").arg(k.label);
                if (count > 0)
                    f.advice = tr("Decide before the forward step: the down migration needs a de-duplication step (rename or merge the rows below), or the old key must stay scoped differently.");
            }
            f.groupRows = groupRows;
            if (count > 0) {
                sampleSql = sampleSqlFor(c, k, o, &sp, fp.candidates.isEmpty() ? QString() : fp.condition(3));
                if (!fp.candidates.isEmpty())
                    sp.append(fp.candidates);
                sp[0] = QString(u'{' + [&keys] {
                    QStringList q;
                    for (QString key : keys) {
                        key.replace(u'\\', QStringLiteral("\\\\"));
                        key.replace(u'"', QStringLiteral("\\\""));
                        q.append(u'"' + key + u'"');
                    }
                    return q.join(u',');
                }() + u'}');
            }
            break;
        }
        case DataCheck::Kind::NullValues: {
            f.severity = count > 0 ? Severity::Blocking : Severity::Info;
            const QString cols = k.columns.join(QStringLiteral(", "));
            const qint64 nullNow = r.toInt64(0, int(k.columns.size()) + 1);
            if (k.backfillLine > 0)
                f.message = count > 0 ? tr("%1 will fail: %2 rows still have NULL in %3 after the backfill UPDATE at line %4 (%5 are NULL now).")
                                            .arg(k.label).arg(count).arg(cols).arg(k.backfillLine).arg(nullNow)
                                      : tr("No NULLs left in %1 after the backfill UPDATE at line %2: it fills all %3 rows that are NULL now.")
                                            .arg(cols).arg(k.backfillLine).arg(nullNow);
            else
                f.message = count > 0 ? tr("%1 will fail: %2 rows have NULL in %3.").arg(k.label).arg(count).arg(cols)
                                      : tr("No NULLs in %1.").arg(cols);
            if (count > 0) {
                f.advice = k.backfillLine > 0
                               ? tr("The backfill UPDATE does not reach these rows (no matching row, or it sets NULL): fix them or widen the UPDATE before the constraint is added.")
                               : tr("Backfill the NULL rows (in batches) before adding the constraint, or delete them if they are garbage.");
                f.breakdownLabel = tr("NULLs per column");
                for (int i = 0; i < k.columns.size(); ++i)
                    f.breakdown.append({k.columns[i], r.toInt64(0, i + 1)});
                sampleSql = sampleSqlFor(c, k, o, &sp);
            }
            break;
        }
        case DataCheck::Kind::ForeignKeyOrphans: {
            const bool notValid = k.nullsNotDistinct;
            f.severity = count > 0 ? (notValid ? Severity::Warning : Severity::Blocking) : Severity::Info;
            f.message = count > 0 ? (notValid ? tr("%1 rows of %2 have no matching row in %3: the constraint is added NOT VALID, but VALIDATE CONSTRAINT will fail until they are fixed.")
                                                    .arg(count).arg(k.table, k.refTable)
                                              : tr("%4 will fail: %1 rows of %2 have no matching row in %3.")
                                                    .arg(count).arg(k.table, k.refTable, k.label))
                                  : tr("Every row of %1 has its parent in %2.").arg(k.table, k.refTable);
            if (count > 0) {
                f.advice = tr("Insert the missing parents, set the orphans' key to NULL, or delete them; add the constraint NOT VALID to protect new rows meanwhile.");
                fillBreakdown(f, r.text(0, 1), tr("missing parent key"));
                sampleSql = sampleSqlFor(c, k, o, &sp);
            }
            break;
        }
        case DataCheck::Kind::CheckViolation: {
            const bool notValid = k.nullsNotDistinct;
            f.severity = count > 0 ? (notValid ? Severity::Warning : Severity::Blocking) : Severity::Info;
            f.message = count > 0 ? (notValid ? tr("%1 rows violate %2: it is added NOT VALID, but VALIDATE CONSTRAINT will fail.")
                                              : tr("%1 rows violate %2: adding it will fail."))
                                        .arg(count).arg(k.label)
                                  : tr("No row violates %1.").arg(k.label);
            if (count > 0) {
                f.advice = tr("Fix the rows below first; add the CHECK NOT VALID meanwhile so new rows are checked.");
                sampleSql = sampleSqlFor(c, k, o, &sp);
            }
            break;
        }
        case DataCheck::Kind::CastFailure: {
            // The tried cast succeeded when we get here (a failure is handled above); its
            // count is the number of converted values, not of failures.
            const bool tried = castPlan(c, k).tryCast;
            const qint64 fails = tried ? 0 : count;
            f.count = fails;
            f.severity = fails > 0 ? Severity::Blocking : Severity::Info;
            f.message = fails > 0 ? tr("ALTER COLUMN TYPE will fail: %1 values of %2 cannot be converted to %3.").arg(fails).arg(k.columns.value(0), k.targetType)
                                  : tried ? tr("Every value of %1 converts to %2 (the cast was tried on all rows).").arg(k.columns.value(0), k.targetType)
                                          : tr("Every value of %1 converts to %2.").arg(k.columns.value(0), k.targetType);
            if (fails > 0) {
                f.advice = tr("Fix or convert the offending values first, or give a USING expression that handles them.");
                sampleSql = sampleSqlFor(c, k, o, &sp);
            }
            break;
        }
        case DataCheck::Kind::TableNotEmpty: {
            f.severity = count > 0 ? Severity::Blocking : Severity::Info;
            f.message = count > 0 ? tr("%1 will fail: %2 has rows, and they would get NULL in a NOT NULL column.").arg(k.label, k.table)
                                  : tr("%1 is empty: adding a NOT NULL column without default works.").arg(k.table);
            if (count > 0)
                f.advice = tr("Add the column with a DEFAULT, or nullable; backfill; then add NOT NULL.");
            break;
        }
        }
        if (!sampleSql.isEmpty()) {
            ResultSet sr = c.exec(sampleSql, sp);
            if (sr.ok()) {
                fillSamples(f, sr);
            } else {
                c.exec(QStringLiteral("ROLLBACK TO SAVEPOINT strata_check"));
            }
        }
        c.exec(QStringLiteral("RELEASE SAVEPOINT strata_check"));
        out.append(f);
    }
    if (o.beforeCommit)
        o.beforeCommit();
    c.exec(QStringLiteral("COMMIT"));
    return out;
}

} // namespace strata::preflight
