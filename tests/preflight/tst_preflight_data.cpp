// Data checks on a real server: every check with data that collides and data that does
// not, the demo-like key-widening migration, and the lock level the checks take.
#include "PreflightTestUtil.h"
#include "pg/Session.h"
#include "preflight/ReportExport.h"

#include <QThread>
#include <atomic>

using namespace strata;
using namespace strata::preflight;
using strata::test::findingsFor;
using strata::test::hasRule;
using strata::test::preflightOn;
using strata::test::rulesOf;

namespace {
Finding only(const PreflightReport &r, const QString &rule)
{
    const auto f = findingsFor(r, rule);
    if (f.size() != 1)
        qFatal("expected one %s finding, got %d: %s", qPrintable(rule), int(f.size()), qPrintable(rulesOf(r)));
    return f.first();
}
} // namespace

class TestPreflightData : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;

private slots:
    void initTestCase()
    {
        auto db = test::freshDatabase(QStringLiteral("pfdata"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_db = *db;
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE items(id bigint PRIMARY KEY, workspace_id bigint, sku text, section_id text, deleted_at timestamptz, qty text, born text, price numeric);"
            // (1,'a') twice in workspace 1, (2,'b') three times in workspace 2; unique when deleted rows are excluded for 'c'
            "INSERT INTO items VALUES (1, 1, 'a', NULL, NULL, '10', '2024-01-01', 1), (2, 1, 'a', NULL, NULL, '11', '2024-01-02', 2),"
            " (3, 2, 'b', 's1', NULL, 'x12', '2024-13-01', 3), (4, 2, 'b', 's1', NULL, '99999999999', 'soon', -1), (5, 2, 'b', 's1', NULL, '7', '2024-02-02', 5),"
            " (6, 3, 'c', NULL, now(), '8', '2024-03-03', 6), (7, 3, 'c', NULL, NULL, ' 9 ', '2024-03-04', 7),"
            " (8, NULL, 'd', NULL, NULL, NULL, NULL, 8), (9, NULL, 'd', NULL, NULL, '1', NULL, 9);"
            "CREATE TABLE clean(id bigint PRIMARY KEY, workspace_id bigint NOT NULL, sku text, qty text, parent bigint);"
            "INSERT INTO clean SELECT g, g % 3, 'sku' || g, g::text, (g % 5) + 1 FROM generate_series(1, 300) g;"
            "CREATE TABLE parents(id bigint PRIMARY KEY); INSERT INTO parents SELECT generate_series(1, 5);"
            "CREATE TABLE children(id bigint PRIMARY KEY, parent_id bigint, note text);"
            "INSERT INTO children VALUES (1, 1, 'ok'), (2, 42, 'orphan'), (3, NULL, 'null parent is fine'), (4, 43, 'orphan'), (5, 42, 'orphan');"
            "ANALYZE;")));
    }

    void duplicateKeyCollides()
    {
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY items_ws_sku ON items (workspace_id, sku);")));
        const Finding f = only(r, QStringLiteral("duplicate-key"));
        QCOMPARE(f.severity, Severity::Blocking);
        QCOMPARE(f.count, 3);               // (1,a), (2,b), (3,c); (NULL,d) never collides by default
        QCOMPARE(f.groupRows.size(), 3);
        QCOMPARE(f.groupRows.first().value(0), QStringLiteral("2"));  // largest group first
        QCOMPARE(f.groupRows.first().value(2), QStringLiteral("3"));
        QCOMPARE(f.breakdownLabel, QStringLiteral("workspace_id"));   // tenant breakdown
        QCOMPARE(f.breakdown.size(), 3);
        QVERIFY(f.sampleRows.size() >= 5);  // member rows of the groups
        QVERIFY(f.sampleColumns.contains(QStringLiteral("id")));
        QVERIFY(r.hasBlocking());
    }

    void duplicateKeyClean()
    {
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY clean_ws_sku ON clean (workspace_id, sku);")));
        const Finding f = only(r, QStringLiteral("duplicate-key"));
        QCOMPARE(f.severity, Severity::Info);
        QCOMPARE(f.count, 0);
        QVERIFY(!r.hasBlocking());
    }

    void nullSemanticsAndNullsNotDistinct()
    {
        // Only the NULL-workspace rows share (workspace_id, sku) = (NULL, 'd').
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral("CREATE TABLE nulls(id int, ws int, sku text); INSERT INTO nulls VALUES (1, NULL, 'd'), (2, NULL, 'd'), (3, 1, 'd');")));
        STRATA_REPORT(plain, preflightOn(m_db, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY n1 ON nulls (ws, sku);")));
        QCOMPARE(only(plain, QStringLiteral("duplicate-key")).count, 0);
        STRATA_REPORT(nnd, preflightOn(m_db, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY n2 ON nulls (ws, sku) NULLS NOT DISTINCT;")));
        const Finding f = only(nnd, QStringLiteral("duplicate-key"));
        QCOMPARE(f.count, 1);
        QCOMPARE(f.groupRows.first().value(0), QStringLiteral("NULL"));
    }

    void expressionKeyAndPartialPredicate()
    {
        // COALESCE(section_id, '') makes the NULL sections of (1,a) collide; the predicate drops deleted 'c' rows.
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral(
            "CREATE UNIQUE INDEX CONCURRENTLY items_expr ON items (workspace_id, sku, COALESCE(section_id, ''))\n  WHERE deleted_at IS NULL;")));
        const Finding f = only(r, QStringLiteral("duplicate-key"));
        QCOMPARE(f.count, 2);                      // (1,a,'') and (2,b,'s1'); (3,c) has one live row
        QVERIFY(f.check.contains(QStringLiteral("COALESCE(section_id, '')")));
        QVERIFY(f.check.contains(QStringLiteral("deleted_at IS NULL")));
        STRATA_REPORT(r2, preflightOn(m_db, QStringLiteral(
            "CREATE UNIQUE INDEX CONCURRENTLY items_expr2 ON items (lower(sku), id) WHERE deleted_at IS NULL;")));
        QCOMPARE(only(r2, QStringLiteral("duplicate-key")).count, 0);
    }

    // The fingerprint pre-pass must find exactly the groups the exact GROUP BY finds: NULL
    // semantics, NULLS NOT DISTINCT, expression and partial keys, types with a typed hash
    // function (int, text, numeric 1.0 = 1.00, uuid, bpchar) and without (date, timestamptz).
    void fingerprintPathMatchesExactPath()
    {
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE fp(id int PRIMARY KEY, ws int, email text, amount numeric, u uuid, code char(4), d date, ts timestamptz, gone bool);"
            "INSERT INTO fp SELECT g, g % 7, CASE WHEN g % 11 = 0 THEN NULL ELSE 'user' || (g % 40) || '@x' END,"
            " CASE WHEN g % 2 = 0 THEN (g % 5)::numeric ELSE ((g % 5)::text || '.00')::numeric END,"
            " CASE WHEN g % 13 = 0 THEN NULL ELSE md5((g % 30)::text)::uuid END, (g % 9)::text,"
            " date '2024-01-01' + (g % 17), timestamptz '2024-01-01 00:00+00' + (g % 19) * interval '1 hour', g % 3 = 0"
            " FROM generate_series(1, 2000) g;"
            "INSERT INTO fp VALUES (5001, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false), (5002, NULL, NULL, NULL, NULL, NULL, NULL, NULL, false);"
            "ANALYZE fp;")));
        const QStringList keys = {
            QStringLiteral("(ws, email)"),
            QStringLiteral("(ws, email) NULLS NOT DISTINCT"),
            QStringLiteral("(amount, code)"),
            QStringLiteral("(u)"),
            QStringLiteral("(u) NULLS NOT DISTINCT"),
            QStringLiteral("(d, ws)"),
            QStringLiteral("(ts, code)"),
            QStringLiteral("(ws, lower(email), COALESCE(code, '')) WHERE NOT gone"),
            QStringLiteral("(ws, COALESCE(email, '')) NULLS NOT DISTINCT WHERE id % 2 = 0"),
        };
        int withGroups = 0;
        for (const QString &key : keys) {
            const QString sql = QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY fpx ON fp %1;").arg(key);
            PreflightOptions fast, exact, capped, server;
            exact.dataChecks.fingerprintPass = false;
            capped.dataChecks.fingerprintCandidateLimit = 1; // many candidates: exact pass over all rows
            server.dataChecks.clientFingerprintRowLimit = 0; // the fingerprints sorted on the server
            STRATA_REPORT(a, preflightOn(m_db, sql, fast));
            STRATA_REPORT(b, preflightOn(m_db, sql, exact));
            STRATA_REPORT(c, preflightOn(m_db, sql, capped));
            STRATA_REPORT(d, preflightOn(m_db, sql, server));
            const Finding fa = only(a, QStringLiteral("duplicate-key"));
            const Finding fb = only(b, QStringLiteral("duplicate-key"));
            const Finding fc = only(c, QStringLiteral("duplicate-key"));
            const Finding fd = only(d, QStringLiteral("duplicate-key"));
            QVERIFY2(fa.sql.contains(QStringLiteral("extended(")), qPrintable(fa.sql)); // the fingerprint path ran
            QVERIFY2(fa.sql.contains(QStringLiteral("sorted in Strata")), qPrintable(fa.sql)); // ... sorted in this process
            QVERIFY2(fd.sql.contains(QStringLiteral("extended(")) && !fd.sql.contains(QStringLiteral("COPY (")), qPrintable(fd.sql));
            QVERIFY2(!fb.sql.contains(QStringLiteral("extended(")), qPrintable(fb.sql));
            for (const Finding *f : {&fa, &fc, &fd}) {
                QVERIFY2(f->count == fb.count, qPrintable(key + QStringLiteral(": %1 vs %2").arg(f->count).arg(fb.count)));
                QCOMPARE(f->severity, fb.severity);
                QCOMPARE(f->message, fb.message);
                QCOMPARE(f->groupColumns, fb.groupColumns);
                QCOMPARE(f->groupRows, fb.groupRows);
                QCOMPARE(f->breakdown, fb.breakdown);
                QCOMPARE(f->sampleColumns, fb.sampleColumns);
                QCOMPARE(f->sampleRows, fb.sampleRows);
            }
            if (fb.count > 0)
                ++withGroups;
        }
        QVERIFY(withGroups >= 8); // the comparison is about real groups, not empty results
        // NULL rows: plain (u) ignores the 2 all-NULL rows and the NULL uuids; NULLS NOT DISTINCT adds one group.
        STRATA_REPORT(plain, preflightOn(m_db, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY fpx ON fp (u);")));
        STRATA_REPORT(nnd, preflightOn(m_db, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY fpx ON fp (u) NULLS NOT DISTINCT;")));
        QCOMPARE(only(nnd, QStringLiteral("duplicate-key")).count, only(plain, QStringLiteral("duplicate-key")).count + 1);
        // A unique key (no index proves it): the fingerprint pass alone decides, the exact pass does not run.
        STRATA_REPORT(u2, preflightOn(m_db, QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY fpx ON fp (ts, d, email);")));
        QCOMPARE(only(u2, QStringLiteral("duplicate-key")).count, 0);
        QVERIFY2(only(u2, QStringLiteral("duplicate-key")).sql.contains(QStringLiteral("exact pass is not needed")), qPrintable(only(u2, QStringLiteral("duplicate-key")).sql));
    }

    // The client-side fingerprint pass keeps at most clientFingerprintRowLimit values: a
    // table the planner already estimates bigger goes to the server-side passes, and so does
    // one whose estimate is stale (more rows arrive than the limit allows).
    void clientFingerprintLimitFallsBackToTheServer()
    {
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE fpl(id int PRIMARY KEY, ws int, tag text);"
            "INSERT INTO fpl SELECT g, g % 3, 't' || (g % 50) FROM generate_series(1, 20) g;"
            "ANALYZE fpl;" // the estimate: 20 rows
            "INSERT INTO fpl SELECT g, g % 3, 't' || (g % 50) FROM generate_series(21, 400) g;")));
        const QString sql = QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY fplx ON fpl (ws, tag);");
        PreflightOptions exact, client, estimatedOver, staleEstimate;
        exact.dataChecks.fingerprintPass = false;
        estimatedOver.dataChecks.clientFingerprintRowLimit = 10; // 20 estimated > 10
        staleEstimate.dataChecks.clientFingerprintRowLimit = 100; // 20 estimated, 400 arrive
        STRATA_REPORT(e, preflightOn(m_db, sql, exact));
        STRATA_REPORT(c, preflightOn(m_db, sql, client));
        STRATA_REPORT(o, preflightOn(m_db, sql, estimatedOver));
        STRATA_REPORT(st, preflightOn(m_db, sql, staleEstimate));
        const Finding fe = only(e, QStringLiteral("duplicate-key"));
        QVERIFY(fe.count > 0);
        QVERIFY2(only(c, QStringLiteral("duplicate-key")).sql.contains(QStringLiteral("sorted in Strata")), qPrintable(only(c, QStringLiteral("duplicate-key")).sql));
        for (const PreflightReport *r : {&c, &o, &st}) {
            const Finding f = only(*r, QStringLiteral("duplicate-key"));
            QCOMPARE(f.count, fe.count);
            QCOMPARE(f.groupRows, fe.groupRows);
            QCOMPARE(f.sampleRows, fe.sampleRows);
        }
        for (const PreflightReport *r : {&o, &st}) {
            const QString fsql = only(*r, QStringLiteral("duplicate-key")).sql;
            QVERIFY2(fsql.contains(QStringLiteral("extended(")) && !fsql.contains(QStringLiteral("sorted in Strata")), qPrintable(fsql));
        }
    }

    // Canceling while the server streams the fingerprints (a slow key expression) stops the
    // COPY and the whole check.
    void fingerprintCopyIsCancellable()
    {
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE fps(id int PRIMARY KEY, body text);"
            "INSERT INTO fps SELECT g, repeat(md5(g::text), 2000) FROM generate_series(1, 20000) g; ANALYZE fps;")));
        cancelWhileRunning(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY fpsx ON fps (md5(repeat(body, 40)));"), QStringLiteral("COPY (%"));
    }

    void uniqueProvenByExistingIndexNeedsNoScan()
    {
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("ALTER TABLE items ADD CONSTRAINT items_ws_id UNIQUE (workspace_id, id);")));
        const Finding f = only(r, QStringLiteral("duplicate-key"));
        QCOMPARE(f.count, 0);
        QVERIFY(f.message.contains(QStringLiteral("items_pkey")));
        QVERIFY(f.sql.isEmpty());
    }

    void setNotNullCountsNulls()
    {
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("ALTER TABLE items ALTER COLUMN workspace_id SET NOT NULL;")));
        const Finding f = only(r, QStringLiteral("null-values"));
        QCOMPARE(f.severity, Severity::Blocking);
        QCOMPARE(f.count, 2);
        QCOMPARE(f.sampleRows.size(), 2);
        STRATA_REPORT(ok, preflightOn(m_db, QStringLiteral("ALTER TABLE items ALTER COLUMN sku SET NOT NULL;")));
        QCOMPARE(only(ok, QStringLiteral("null-values")).count, 0);
        QVERIFY(!ok.hasBlocking());
    }

    void foreignKeyOrphans()
    {
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("ALTER TABLE children ADD CONSTRAINT children_parent_fk FOREIGN KEY (parent_id) REFERENCES parents (id);")));
        const Finding f = only(r, QStringLiteral("foreign-key-orphans"));
        QCOMPARE(f.severity, Severity::Blocking);
        QCOMPARE(f.count, 3);
        QCOMPARE(f.sampleRows.size(), 3);
        QCOMPARE(f.breakdown.first().first, QStringLiteral("(42)"));
        QCOMPARE(f.breakdown.first().second, 2);
        // NOT VALID: the same orphans are a warning (VALIDATE will fail later).
        STRATA_REPORT(nv, preflightOn(m_db, QStringLiteral("ALTER TABLE children ADD CONSTRAINT children_parent_fk FOREIGN KEY (parent_id) REFERENCES parents NOT VALID;")));
        QCOMPARE(only(nv, QStringLiteral("foreign-key-orphans")).severity, Severity::Warning);
        STRATA_REPORT(ok, preflightOn(m_db, QStringLiteral("ALTER TABLE clean ADD CONSTRAINT clean_parent_fk FOREIGN KEY (parent) REFERENCES parents (id);")));
        QCOMPARE(only(ok, QStringLiteral("foreign-key-orphans")).count, 0);
    }

    void checkViolators()
    {
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("ALTER TABLE items ADD CONSTRAINT price_positive CHECK (price > 0 AND sku <> 'zz');")));
        const Finding f = only(r, QStringLiteral("check-violation"));
        QCOMPARE(f.count, 1);
        QCOMPARE(f.sampleRows.size(), 1);
        QCOMPARE(f.sampleRows.first().value(f.sampleColumns.indexOf(QStringLiteral("id"))), QStringLiteral("4"));
        STRATA_REPORT(ok, preflightOn(m_db, QStringLiteral("ALTER TABLE items ADD CONSTRAINT price_sane CHECK (price < 1000);")));
        QCOMPARE(only(ok, QStringLiteral("check-violation")).count, 0);
    }

    void castFailures()
    {
        // text -> integer: 'x12' is not a number, 99999999999 overflows; ' 9 ' and NULL are fine.
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("ALTER TABLE items ALTER COLUMN qty TYPE integer USING qty::integer;")));
        Q_UNUSED(r);
        STRATA_REPORT(r2, preflightOn(m_db, QStringLiteral("ALTER TABLE items ALTER COLUMN qty TYPE integer;")));
        const Finding f = only(r2, QStringLiteral("cast-failure"));
        QCOMPARE(f.severity, Severity::Blocking);
        QCOMPARE(f.count, 2);
        QCOMPARE(f.sampleRows.size(), 2);
        STRATA_REPORT(big, preflightOn(m_db, QStringLiteral("ALTER TABLE items ALTER COLUMN qty TYPE bigint;")));
        QCOMPARE(only(big, QStringLiteral("cast-failure")).count, 1);  // only 'x12'
        STRATA_REPORT(ok, preflightOn(m_db, QStringLiteral("ALTER TABLE clean ALTER COLUMN qty TYPE integer;")));
        QCOMPARE(only(ok, QStringLiteral("cast-failure")).count, 0);
        // date: no pattern, the real cast is tried once under a savepoint.
        STRATA_REPORT(d, preflightOn(m_db, QStringLiteral("ALTER TABLE items ALTER COLUMN born TYPE date USING born::date;")));
        const Finding fd = only(d, QStringLiteral("cast-failure"));
        QCOMPARE(fd.severity, Severity::Blocking);
        QVERIFY2(fd.message.contains(QStringLiteral("2024-13-01")) || fd.message.contains(QStringLiteral("soon")), qPrintable(fd.message));
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral("CREATE TABLE dates(d text); INSERT INTO dates VALUES ('2024-01-01'), (NULL);")));
        STRATA_REPORT(dok, preflightOn(m_db, QStringLiteral("ALTER TABLE dates ALTER COLUMN d TYPE date USING d::date;")));
        QCOMPARE(only(dok, QStringLiteral("cast-failure")).count, 0);
        QVERIFY2(!dok.hasBlocking(), qPrintable(rulesOf(dok)));
    }

    void notNullColumnWithoutDefault()
    {
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("ALTER TABLE items ADD COLUMN must text NOT NULL;")));
        QCOMPARE(only(r, QStringLiteral("table-not-empty")).severity, Severity::Blocking);
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral("CREATE TABLE empty_t(id int);")));
        STRATA_REPORT(ok, preflightOn(m_db, QStringLiteral("ALTER TABLE empty_t ADD COLUMN must text NOT NULL;")));
        QCOMPARE(only(ok, QStringLiteral("table-not-empty")).severity, Severity::Info);
    }

    // The demo: agents(id PK, workspace_id, handle), PK (id) -> (workspace_id, id), unique
    // handle -> (workspace_id, handle), messages.workspace_id SET NOT NULL. Handles collide
    // across workspaces (the old unique index on handle is INVALID: a failed CONCURRENTLY
    // build left it behind), some workspace_id are NULL.
    void demoKeyWideningMigration()
    {
        auto c = test::connectRw(m_db);
        STRATA_VERIFY_OK(c ? Error() : c.error());
        STRATA_VERIFY_OK((*c)->execScript(QStringLiteral(
            "CREATE TABLE agents(id bigint PRIMARY KEY, workspace_id bigint, handle text NOT NULL);"
            "INSERT INTO agents VALUES (1, 10, 'ana'), (2, 20, 'ana'), (3, 10, 'bo'), (4, 20, 'bo'), (5, 30, 'bo'), (6, 10, 'cy'), (7, NULL, 'dee');"
            "CREATE TABLE messages(id bigint PRIMARY KEY, agent_id bigint, workspace_id bigint, body text);"
            "INSERT INTO messages SELECT g, (g % 7) + 1, CASE WHEN g % 10 = 0 THEN NULL ELSE 10 END, 'hi' FROM generate_series(1, 100) g;")).error);
        ResultSet failed = (*c)->exec(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY agents_handle_key ON agents (handle)"));
        QVERIFY(!failed.ok()); // leaves an INVALID index
        const QString migration = QStringLiteral(
            "SET lock_timeout = '3s';\n"
            "ALTER TABLE agents DROP CONSTRAINT agents_pkey;\n"
            "ALTER TABLE agents ADD PRIMARY KEY (workspace_id, id);\n"
            "DROP INDEX CONCURRENTLY agents_handle_key;\n"
            "CREATE UNIQUE INDEX CONCURRENTLY agents_workspace_handle_key ON agents (workspace_id, handle);\n"
            "ALTER TABLE messages ALTER COLUMN workspace_id SET NOT NULL;\n");
        STRATA_REPORT(r, preflightOn(m_db, migration));
        // New PK columns with NULLs, messages NULLs.
        const auto nulls = findingsFor(r, QStringLiteral("null-values"));
        QCOMPARE(nulls.size(), 2);
        for (const Finding &f : nulls) {
            QCOMPARE(f.severity, Severity::Blocking);
            QCOMPARE(f.count, f.table == u"agents" ? 1 : 10);
        }
        // The forward keys are fine: (workspace_id, id) is proven by the PK on id, handles are unique per workspace.
        for (const Finding &f : findingsFor(r, QStringLiteral("duplicate-key")))
            QCOMPARE(f.count, 0);
        // Rollback: restoring UNIQUE (handle) collides now ('ana' and 'bo' across workspaces); restoring the PK (id) is possible.
        const Finding rb = only(r, QStringLiteral("rollback-infeasible"));
        QCOMPARE(rb.count, 2);
        QCOMPARE(rb.table, QStringLiteral("agents"));
        QVERIFY(rb.message.contains(QStringLiteral("workspace_id, handle")));
        QCOMPARE(rb.groupRows.first().value(0), QStringLiteral("bo"));
        QCOMPARE(rb.groupRows.first().value(2), QStringLiteral("3"));  // 3 workspaces
        QCOMPARE(rb.sampleRows.size(), 5);
        const Finding pkRollback = only(r, QStringLiteral("rollback-key"));
        QVERIFY(pkRollback.message.contains(QStringLiteral("agents_pkey")));
        QCOMPARE(pkRollback.count, 0);
        QVERIFY(hasRule(r, QStringLiteral("invalid-index-present")));
        QVERIFY(hasRule(r, QStringLiteral("adding-primary-key-without-index")));
        QVERIFY(r.hasBlocking());
        const QString md = ReportExport::toMarkdown(r);
        QVERIFY(md.contains(QStringLiteral("rollback-infeasible")));
        QVERIFY(md.contains(QStringLiteral("| bo |")));
    }

    // "Backfill, then enforce": the NULL check counts what the UPDATE leaves NULL.
    void backfillBeforeSetNotNull()
    {
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE convs(id int PRIMARY KEY, ws int);"
            "INSERT INTO convs VALUES (1, 10), (2, 20), (3, NULL);"
            "CREATE TABLE msgs(id int PRIMARY KEY, conv_id int, ws int);"
            // 4 NULL ws: conv 1 and 2 fill two, conv 3 has no ws, conv 99 does not exist.
            "INSERT INTO msgs VALUES (1, 1, 10), (2, 1, NULL), (3, 2, NULL), (4, 3, NULL), (5, 99, NULL);")));
        const QString backfill = QStringLiteral(
            "UPDATE msgs m\n   SET ws = c.ws\n  FROM convs c\n WHERE c.id = m.conv_id\n   AND m.ws IS NULL;\n");
        STRATA_REPORT(r, preflightOn(m_db, backfill + QStringLiteral("ALTER TABLE msgs ALTER COLUMN ws SET NOT NULL;")));
        const Finding f = only(r, QStringLiteral("null-values"));
        QCOMPARE(f.count, 2);                        // rows 4 and 5 stay NULL
        QCOMPARE(f.severity, Severity::Blocking);
        QVERIFY2(f.message.contains(QStringLiteral("line 1")) && f.message.contains(QStringLiteral("4 are NULL now")), qPrintable(f.message));
        QCOMPARE(f.sampleRows.size(), 2);
        // A backfill that reaches every row: nothing left; without FROM, with a constant.
        STRATA_REPORT(ok, preflightOn(m_db, QStringLiteral("UPDATE msgs SET ws = 0 WHERE ws IS NULL;\nALTER TABLE msgs ALTER COLUMN ws SET NOT NULL;")));
        QCOMPARE(only(ok, QStringLiteral("null-values")).count, 0);
        QCOMPARE(only(ok, QStringLiteral("null-values")).severity, Severity::Info);
        // An UPDATE of another column does not count.
        STRATA_REPORT(other, preflightOn(m_db, QStringLiteral("UPDATE msgs SET conv_id = 1;\nALTER TABLE msgs ALTER COLUMN ws SET NOT NULL;")));
        QCOMPARE(only(other, QStringLiteral("null-values")).count, 4);
        // New primary key columns after the backfill, too.
        STRATA_REPORT(pk, preflightOn(m_db, backfill + QStringLiteral("ALTER TABLE msgs DROP CONSTRAINT msgs_pkey, ADD CONSTRAINT msgs_pkey PRIMARY KEY (ws, id);")));
        QCOMPARE(only(pk, QStringLiteral("null-values")).count, 2);
        QVERIFY2(!hasRule(pk, QStringLiteral("constraint-exists")), qPrintable(rulesOf(pk))); // dropped and re-added in one ALTER
    }

    // The down section's unique keys are rollback checks against today's data.
    void downSectionRollbackCheck()
    {
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE crew(id int PRIMARY KEY, workspace_id int NOT NULL, handle text NOT NULL);"
            "INSERT INTO crew VALUES (1, 1, 'ann'), (2, 2, 'ann'), (3, 3, 'ann'), (4, 1, 'bo'), (5, 2, 'cy');"
            "CREATE INDEX crew_handle_idx ON crew (handle);")));
        const QString file = QStringLiteral(
            "-- migrate:up\n"
            "CREATE UNIQUE INDEX crew_ws_handle_key ON crew (workspace_id, handle);\n"
            "DROP INDEX crew_handle_idx;\n"
            "\n"
            "-- migrate:down\n"
            "CREATE UNIQUE INDEX crew_handle_idx ON crew (handle);\n"
            "DROP INDEX crew_ws_handle_key;\n");
        const Preflight::Sections s = Preflight::splitSections(file);
        QVERIFY(!s.up.contains(QStringLiteral("crew_handle_idx ON")));
        QCOMPARE(s.down.count(u'\n'), file.count(u'\n'));   // the file's line numbers
        PreflightOptions o;
        o.rollbackSql = s.down;
        STRATA_REPORT(r, preflightOn(m_db, s.up, o));
        QCOMPARE(only(r, QStringLiteral("duplicate-key")).count, 0);
        const Finding rb = only(r, QStringLiteral("rollback-infeasible"));
        QCOMPARE(rb.count, 1);                                // 'ann' in three workspaces
        QCOMPARE(rb.statement, 0);                            // at the statement that widens the key
        QCOMPARE(rb.line, only(r, QStringLiteral("duplicate-key")).line);
        QVERIFY2(rb.check.contains(QStringLiteral("line 6")), qPrintable(rb.check));
        QVERIFY(rb.message.contains(QStringLiteral("workspace_id, handle")));
        QCOMPARE(rb.groupRows.first().value(0), QStringLiteral("ann"));
        QCOMPARE(rb.groupRows.first().value(2), QStringLiteral("3")); // workspaces per group
        // Without the down section there is nothing to restore, so no rollback finding.
        STRATA_REPORT(up, preflightOn(m_db, s.up));
        QVERIFY(!hasRule(up, QStringLiteral("rollback-infeasible")));
    }

    // While the checks' transaction is still open (so every lock it took is still held),
    // a second connection reads pg_locks for the checking backend.
    void checksTakeOnlyAccessShare()
    {
        auto checker = Connection::open(m_db);
        STRATA_VERIFY_OK(checker ? Error() : checker.error());
        auto observer = test::connectRw(m_db);
        STRATA_VERIFY_OK(observer ? Error() : observer.error());
        const int pid = (*checker)->info().backendPid;
        QStringList modes;
        int userTableLocks = 0;
        PreflightOptions o;
        o.dataChecks.beforeCommit = [&] {
            ResultSet l = (*observer)->exec(QStringLiteral(
                "SELECT c.relname, l.mode, c.relkind FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                " JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE l.pid = $1 AND l.locktype = 'relation' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"), {pid});
            for (int i = 0; i < l.rowCount(); ++i) {
                modes.append(l.text(i, 0) + u'=' + l.text(i, 1));
                if (l.text(i, 2) == u"r")
                    ++userTableLocks;
            }
        };
        const QString sql = QStringLiteral(
            "CREATE UNIQUE INDEX CONCURRENTLY x1 ON items (workspace_id, sku);\n"
            "ALTER TABLE items ALTER COLUMN workspace_id SET NOT NULL;\n"
            "ALTER TABLE children ADD CONSTRAINT fk FOREIGN KEY (parent_id) REFERENCES parents (id);\n"
            "ALTER TABLE items ADD CONSTRAINT ck CHECK (price > 0);\n"
            "ALTER TABLE items ALTER COLUMN qty TYPE integer;\n"
            "ALTER TABLE items ALTER COLUMN born TYPE date USING born::date;\n");
        auto r = Preflight::run(sql, checker->get(), o);
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        QVERIFY2(userTableLocks >= 3, qPrintable(modes.join(u' '))); // items, children, parents
        for (const QString &m : modes)
            QVERIFY2(m.endsWith(QStringLiteral("=AccessShareLock")), qPrintable(modes.join(u' ')));
        // And the session is read-only: the checks could not have written anything.
        QVERIFY((*checker)->exec(QStringLiteral("CREATE TABLE nope(i int)")).error.kind == Error::Kind::ReadOnly);
    }

    void checksAreCancellable()
    {
        // A slow check: a cross join the server has to grind through.
        cancelWhileRunning(QStringLiteral("ALTER TABLE items ADD CONSTRAINT slow CHECK ((SELECT count(*) FROM generate_series(1, 200000000)) > 0);"),
                           QStringLiteral("%IS FALSE%"));
    }

private:
    // Runs the pre-flight of `migration` in a Session, waits until pg_stat_activity shows
    // the session running a statement LIKE `activeLike` (the data check itself), cancels
    // it, and expects the whole run to end as Canceled.
    void cancelWhileRunning(const QString &migration, const QString &activeLike)
    {
        Session s;
        auto opened = s.open(m_db);
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        std::atomic_bool started{false};
        auto fut = s.run<PreflightReport>([&started, migration](Connection &c, JobControl &ctl) -> Result<PreflightReport> {
            started = true;
            PreflightOptions o;
            return Preflight::run(migration, &c, o, &ctl);
        });
        while (!started)
            QThread::msleep(5);
        auto observer = test::connectRw(m_db);
        STRATA_VERIFY_OK(observer ? Error() : observer.error());
        bool running = false;
        for (int i = 0; i < 2000 && !running; ++i) {
            ResultSet a = (*observer)->exec(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND query LIKE $2"),
                                            {s.info().backendPid, activeLike});
            running = a.rowCount() == 1;
            if (!running)
                QThread::msleep(10);
        }
        QVERIFY(running);
        s.cancel();
        fut.waitForFinished();
        QVERIFY(!fut.result().ok());
        QCOMPARE(fut.result().error().kind, Error::Kind::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestPreflightData)
#include "tst_preflight_data.moc"
