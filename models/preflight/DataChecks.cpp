#include "DataChecks.h"
#include "DataCheckSql.h"
#include "FingerprintCopy.h"

#include "pg/Connection.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace strata::preflight {

using checksql::castPlan;
using checksql::keyNames;

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

// The fingerprint pass in Strata (FingerprintCopy): the server streams the fingerprints,
// this process finds the repeats, with no sort of millions of datums on the server.
// Nothing (and the transaction back at the savepoint) when the server-side passes should
// run instead: the table is estimated above the limit, more rows arrive than the limit
// allows, or the COPY fails. An error when the check must stop: canceled, or the COPY
// timed out or lost the server (the server-side passes would stop the same way).
Result<std::optional<RepeatedFingerprints>> clientFingerprintPass(Connection &c, const DataCheck &k, const DataCheckOptions &o,
                                                                  const QList<unsigned int> &partTypes)
{
    const ResultSet estimate = c.exec(QStringLiteral("SELECT c.reltuples::int8 FROM pg_catalog.pg_class c WHERE c.oid = $1::regclass"),
                                      {DataChecks::tableSqlFor(c, k)});
    if (estimate.error.kind == Error::Kind::Canceled)
        return estimate.error;
    if (!estimate.ok()) {
        c.exec(QStringLiteral("ROLLBACK TO SAVEPOINT strata_fp"));
        return std::optional<RepeatedFingerprints>();
    }
    const qint64 rows = estimate.rowCount() == 1 ? estimate.toInt64(0, 0) : -1;
    if (rows > o.clientFingerprintRowLimit)
        return std::optional<RepeatedFingerprints>();
    Result<RepeatedFingerprints> r = FingerprintCopy::repeated(c, DataChecks::fingerprintCopySqlFor(c, k, partTypes), rows,
                                                               o.clientFingerprintRowLimit);
    if (!r && (r.error().kind == Error::Kind::Canceled || r.error().kind == Error::Kind::Timeout
               || r.error().kind == Error::Kind::ServerGone))
        return r.error();
    if (!r) {
        c.exec(QStringLiteral("ROLLBACK TO SAVEPOINT strata_fp"));
        return std::optional<RepeatedFingerprints>();
    }
    if (r->overLimit)
        return std::optional<RepeatedFingerprints>();
    return std::optional<RepeatedFingerprints>(std::move(r).value());
}

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
    // No key repeats: the exact pass is not needed; auditSql says which query proved it.
    auto noDuplicates = [&](const QString &auditSql) {
        c.exec(QStringLiteral("RELEASE SAVEPOINT strata_fp"));
        plan.outcome = FingerprintOutcome::Used;
        plan.execSql = QStringLiteral("SELECT 0::bigint, 0::numeric, NULL::json, NULL::json");
        plan.execParams.clear();
        plan.auditSql = auditSql;
        return plan;
    };
    qint64 candidates = -1;   // fingerprints seen twice
    QString candidateArray;   // their int8[] literal
    QString fpSql;            // the queries that found them, for the report

    if (o.clientFingerprintRowLimit > 0) {
        const Result<std::optional<RepeatedFingerprints>> client = clientFingerprintPass(c, k, o, types.columnTypes);
        if (!client) {
            ResultSet stopped;
            stopped.error = client.error();
            return failed(stopped);
        }
        if (const std::optional<RepeatedFingerprints> &r = *client) {
            fpSql = DataChecks::fingerprintCopySqlFor(c, k, types.columnTypes)
                + QStringLiteral(";\n-- sorted in Strata: %1 fingerprints, %2 of them seen twice or more").arg(r->rows).arg(r->repeated.size());
            if (r->repeated.isEmpty())
                return noDuplicates(fpSql + QStringLiteral("; no duplicates, the exact pass is not needed"));
            candidates = r->repeated.size();
            candidateArray = r->arrayLiteral();
        }
    }
    if (candidates < 0) {
        // Probe: a 5% block sample. A fingerprint that repeats there means the key repeats
        // often enough that the fast path below would only add a pass; go straight to the
        // pass that names the repeating fingerprints. A probe that fails is just skipped.
        const ResultSet probe = c.exec(DataChecks::fingerprintDistinctSqlFor(c, k, types.columnTypes, 5));
        if (probe.error.kind == Error::Kind::Canceled)
            return failed(probe);
        if (!probe.ok())
            c.exec(QStringLiteral("ROLLBACK TO SAVEPOINT strata_fp"));
        const bool repeatsLikely = probe.ok() && probe.rowCount() == 1 && probe.toInt64(0, 0) != probe.toInt64(0, 1);
        // Fast path: every fingerprint occurs once, so no key repeats (equal keys have equal
        // fingerprints). Only otherwise the pass that names the repeating fingerprints.
        const QString distinctSql = repeatsLikely ? QString() : DataChecks::fingerprintDistinctSqlFor(c, k, types.columnTypes);
        const ResultSet distinct = repeatsLikely ? ResultSet() : c.exec(distinctSql);
        if (!repeatsLikely && (!distinct.ok() || distinct.rowCount() != 1))
            return failed(distinct);
        if (!repeatsLikely && distinct.toInt64(0, 0) == distinct.toInt64(0, 1))
            return noDuplicates(distinctSql + QStringLiteral(";\n-- every fingerprint occurs once: no duplicates, the exact pass is not needed"));
        c.exec(QStringLiteral("SELECT set_config('enable_hashagg', 'off', true)"));
        const QString fingerprintSql = DataChecks::fingerprintSqlFor(c, k, types.columnTypes);
        fpSql = (repeatsLikely ? QString() : distinctSql + QStringLiteral(";\n")) + fingerprintSql;
        const ResultSet fp = c.exec(fingerprintSql);
        if (!fp.ok() || fp.rowCount() != 1)
            return failed(fp);
        c.exec(QStringLiteral("SELECT set_config('enable_hashagg', 'on', true)"));
        candidates = fp.toInt64(0, 0);
        candidateArray = fp.text(0, 1);
        if (candidates == 0)
            return noDuplicates(fpSql + QStringLiteral(";\n-- no fingerprint occurs twice: no duplicates, the exact pass is not needed"));
    }
    if (candidates > o.fingerprintCandidateLimit) {
        c.exec(QStringLiteral("RELEASE SAVEPOINT strata_fp"));
        plan.outcome = FingerprintOutcome::Used;
        plan.auditSql = fpSql + QStringLiteral(";\n") + sql;   // that many: the exact pass over all rows
        return plan;
    }
    // The candidate rows: a scan that returns few rows, which the planner's default costs
    // keep serial (the hashed "= ANY" filter is not costed as the work it is). As a
    // parallel scan the fingerprints of the second scan are computed by the workers too;
    // only this statement gets the parallel costs (transaction-local, restored after; an
    // error rolls them back with the savepoint).
    const QString rowsSql = DataChecks::candidateRowsSqlFor(c, k, types.columnTypes);
    const ResultSet costs = c.exec(QStringLiteral("SELECT current_setting('parallel_setup_cost'), current_setting('parallel_tuple_cost')"));
    if (!costs.ok() || costs.rowCount() != 1)
        return failed(costs);
    const ResultSet parallel = c.exec(QStringLiteral("SELECT set_config('parallel_setup_cost', '0', true), set_config('parallel_tuple_cost', '0', true)"));
    if (!parallel.ok())
        return failed(parallel);
    const ResultSet rows = c.exec(rowsSql, {candidateArray});
    if (!rows.ok() || rows.rowCount() != 1)
        return failed(rows);
    const ResultSet restored = c.exec(QStringLiteral("SELECT set_config('parallel_setup_cost', $1, true), set_config('parallel_tuple_cost', $2, true)"),
                                      {costs.text(0, 0), costs.text(0, 1)});
    if (!restored.ok())
        return failed(restored);
    c.exec(QStringLiteral("RELEASE SAVEPOINT strata_fp"));
    plan.outcome = FingerprintOutcome::Used;
    if (rows.toInt64(0, 0) > o.fingerprintCandidateLimit) {
        plan.auditSql = fpSql + QStringLiteral(";\n") + sql;
        return plan;
    }
    plan.candidates = rows.text(0, 1);
    plan.execParams.clear();
    plan.execSql = DataChecks::sqlFor(c, k, o, &plan.execParams, plan.condition(params.size() + 1));
    plan.execParams.append(plan.candidates);
    plan.auditSql = fpSql + QStringLiteral(";\n") + rowsSql + QStringLiteral(";\n") + plan.execSql;
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
                                .arg(k.keyName.isEmpty() ? k.label : k.keyName, k.provenBy, k.widerKey);
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
