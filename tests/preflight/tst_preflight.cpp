// Statement analysis against a real server: sure errors from the live catalog, lints,
// binary-coercible type changes, size estimates, current lock holders, exporters.
#include "PreflightTestUtil.h"
#include "preflight/ReportExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace strata;
using namespace strata::preflight;
using strata::test::findingsFor;
using strata::test::hasRule;
using strata::test::preflightOn;
using strata::test::rulesOf;

class TestPreflight : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;

private slots:
    void initTestCase()
    {
        auto db = test::freshDatabase(QStringLiteral("pf"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_db = *db;
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE accounts(id bigint PRIMARY KEY, name varchar(20), code text, amount numeric(10,2), note varchar(40));"
            "CREATE INDEX accounts_name_idx ON accounts(name);"
            "INSERT INTO accounts SELECT g, 'n' || g, g::text, g, 'x' FROM generate_series(1, 2000) g;"
            "CREATE TYPE mood AS ENUM ('low', 'medium', 'high');"
            "ANALYZE accounts;")));
    }

    void sureErrorsFromTheCatalog()
    {
        const QString sql = QStringLiteral(
            "SET lock_timeout = '2s';\n"
            "CREATE INDEX CONCURRENTLY accounts_name_idx ON accounts (name);\n"   // name exists
            "ALTER TABLE accounts ALTER COLUMN nosuch SET NOT NULL;\n"            // column missing
            "ALTER TABLE accounts ADD COLUMN code text;\n"                        // column exists
            "ALTER TABLE nosuch_table ADD COLUMN x int;\n"                        // table missing
            "BEGIN;\nCREATE INDEX CONCURRENTLY accounts_code_idx ON accounts (code);\nCOMMIT;\n"
            "ALTER TABLE accounts ADD COLUMN fresh text;\n"
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_fresh_idx ON accounts (fresh);\n" // column added above: fine
            "ALTER TABLE accounts DROP CONSTRAINT nosuch_constraint;\n"
            "ALTER TYPE mood ADD VALUE 'medium';\n"
            "ALTER TYPE mood ADD VALUE 'x' AFTER 'nosuch';\n");
        STRATA_REPORT(r, preflightOn(m_db, sql));
        QVERIFY2(hasRule(r, QStringLiteral("relation-exists")), qPrintable(rulesOf(r)));
        const auto missing = findingsFor(r, QStringLiteral("column-missing"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().line, 3);
        QVERIFY(missing.first().message.contains(QStringLiteral("nosuch")));
        QVERIFY(hasRule(r, QStringLiteral("column-exists")));
        QVERIFY(hasRule(r, QStringLiteral("relation-missing")));
        const auto conc = findingsFor(r, QStringLiteral("concurrently-in-transaction"));
        QCOMPARE(conc.size(), 1);
        QCOMPARE(conc.first().line, 7);
        QVERIFY(hasRule(r, QStringLiteral("constraint-missing")));
        QVERIFY(hasRule(r, QStringLiteral("enum-value-exists")));
        QVERIFY(hasRule(r, QStringLiteral("enum-neighbor-missing")));
        for (const Finding &f : r.findings)
            QVERIFY2(!(f.rule == u"column-missing" && f.message.contains(QStringLiteral("fresh"))), "a column added earlier in the script is not missing");
        QVERIFY(r.hasBlocking());
    }

    void cleanScriptHasNoSureErrors()
    {
        const QString sql = QStringLiteral(
            "SET lock_timeout = '2s';\nSET statement_timeout = '10min';\n"
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_code_idx ON accounts (code);\n"
            "ALTER TABLE accounts ALTER COLUMN name SET STATISTICS 500;\n");
        STRATA_REPORT(r, preflightOn(m_db, sql));
        QVERIFY2(!r.hasBlocking(), qPrintable(rulesOf(r)));
        QCOMPARE(r.count(Severity::Warning), 0);
        QCOMPARE(r.statements[2].locks.first().level, LockLevel::ShareUpdateExclusive);
        QVERIFY(r.statements[2].indexBuild);
        QVERIFY(r.statements[2].bytesTouched > 0);    // from pg_relation_size
        QVERIFY(r.statements[2].estimatedSeconds > 0);
    }

    void squawkLints()
    {
        const QString sql = QStringLiteral(
            "CREATE INDEX accounts_code_idx2 ON accounts (code);\n"
            "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (amount >= 0);\n"
            "ALTER TABLE accounts ALTER COLUMN code SET NOT NULL;\n"
            "ALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid();\n"
            "ALTER TABLE accounts ADD COLUMN created timestamptz DEFAULT now();\n"
            "ALTER TABLE accounts ALTER COLUMN amount TYPE bigint;\n"
            "ALTER TABLE accounts RENAME COLUMN note TO remark;\n"
            "ALTER TABLE accounts DROP COLUMN remark;\n"
            "ALTER TABLE accounts ADD CONSTRAINT accounts_code_key UNIQUE (code);\n"
            "ALTER TABLE accounts ADD COLUMN flag char(1), ADD COLUMN counter int, ADD COLUMN label varchar(10);\n"
            "DROP INDEX accounts_name_idx;\n"
            "ALTER TYPE mood ADD VALUE 'critical';\n"
            "DROP TABLE accounts;\n");
        PreflightOptions o;
        o.runDataChecks = false;
        STRATA_REPORT(r, preflightOn(m_db, sql, o));
        for (const char *rule : {"require-lock-timeout", "require-statement-timeout", "require-concurrent-index-creation",
                                 "constraint-missing-not-valid", "setting-not-nullable-field", "adding-field-with-volatile-default",
                                 "changing-column-type", "renaming-column", "ban-drop-column", "disallowed-unique-constraint",
                                 "ban-char-field", "prefer-bigint-over-int", "prefer-text-field", "require-concurrent-index-deletion",
                                 "enum-value-order", "ban-drop-table"})
            QVERIFY2(hasRule(r, QString::fromLatin1(rule)), rule);
        // now() is STABLE: no rewrite, no lint for that column.
        for (const Finding &f : findingsFor(r, QStringLiteral("adding-field-with-volatile-default")))
            QVERIFY(!f.message.contains(QStringLiteral("created")));
        QVERIFY(r.statements[3].rewrite);
        QVERIFY(!r.statements[4].rewrite);
        QVERIFY(r.statements[5].rewrite);
        // Every warning explains the safe alternative.
        for (const Finding &f : r.findings)
            if (f.severity != Severity::Info)
                QVERIFY2(!f.advice.isEmpty(), qPrintable(f.rule));
        const Finding enumOrder = findingsFor(r, QStringLiteral("enum-value-order")).first();
        QVERIFY2(enumOrder.message.contains(QStringLiteral("after high")), qPrintable(enumOrder.message));
    }

    void dropIndexAloneLocksItsTable()
    {
        // The script never names the table: the catalog pass loads it through the index.
        PreflightOptions o;
        o.runDataChecks = false;
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("DROP INDEX accounts_name_idx;\n"), o));
        QCOMPARE(r.statements.size(), 1);
        QCOMPARE(r.statements[0].locks.size(), 1);
        QCOMPARE(r.statements[0].locks.first().table, QStringLiteral("accounts"));
        QCOMPARE(r.statements[0].locks.first().level, LockLevel::AccessExclusive);
        const auto lint = findingsFor(r, QStringLiteral("require-concurrent-index-deletion"));
        QCOMPARE(lint.size(), 1);
        STRATA_REPORT(c, preflightOn(m_db, QStringLiteral("DROP INDEX CONCURRENTLY accounts_name_idx;\n"
                                                          "DROP INDEX IF EXISTS accounts_nosuch_idx;\n"), o));
        QCOMPARE(c.statements.size(), 2);
        QCOMPARE(c.statements[0].locks.size(), 1);
        QCOMPARE(c.statements[0].locks.first().table, QStringLiteral("accounts"));
        QCOMPARE(c.statements[0].locks.first().level, LockLevel::ShareUpdateExclusive);
        QVERIFY(c.statements[1].locks.isEmpty());
        QVERIFY(!hasRule(c, QStringLiteral("require-concurrent-index-deletion")));
        QCOMPARE(lint.first().table, QStringLiteral("accounts"));
    }

    // VACUUM and ANALYZE name their tables in VacuumRelation nodes: the locks land on them.
    void vacuumLocksItsTables()
    {
        PreflightOptions o;
        o.runDataChecks = false;
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("VACUUM FULL accounts;\nVACUUM (ANALYZE) accounts;\nANALYZE accounts;\n"), o));
        QCOMPARE(r.statements.size(), 3);
        QCOMPARE(r.statements[0].locks.size(), 1);
        QCOMPARE(r.statements[0].locks.first().table, QStringLiteral("accounts"));
        QCOMPARE(r.statements[0].locks.first().level, LockLevel::AccessExclusive);
        QVERIFY(r.statements[0].rewrite);
        QVERIFY(hasRule(r, QStringLiteral("table-rewrite")));
        QCOMPARE(r.statements[1].locks.size(), 1);
        QCOMPARE(r.statements[1].locks.first().level, LockLevel::ShareUpdateExclusive);
        QVERIFY(!r.statements[1].rewrite);
        QCOMPARE(r.statements[2].locks.size(), 1);
        QCOMPARE(r.statements[2].locks.first().level, LockLevel::ShareUpdateExclusive);
    }

    // Partitioned tables: ATTACH/DETACH lock the partition too (ACCESS EXCLUSIVE unless
    // DETACH ... CONCURRENTLY); CREATE INDEX CONCURRENTLY on the parent is a sure error. A DO
    // block is reported as not analysed.
    void partitionsAndDoBlocks()
    {
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE measures (id int, d date) PARTITION BY RANGE (d);"
            "CREATE TABLE measures_2024 PARTITION OF measures FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');"
            "CREATE TABLE measures_2025 (id int, d date);")));
        PreflightOptions o;
        o.runDataChecks = false;
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral(
            "ALTER TABLE measures ATTACH PARTITION measures_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n"
            "ALTER TABLE measures DETACH PARTITION measures_2024 CONCURRENTLY;\n"
            "CREATE INDEX CONCURRENTLY measures_d_idx ON measures (d);\n"
            "DO $$ BEGIN PERFORM 1; END $$;\n"), o));
        QCOMPARE(r.statements.size(), 4);
        auto levelOn = [](const StatementReport &s, const QString &table) {
            for (const TableLock &l : s.locks)
                if (l.table == table)
                    return l.level;
            return LockLevel::None;
        };
        QCOMPARE(levelOn(r.statements[0], QStringLiteral("measures")), LockLevel::ShareUpdateExclusive);
        QCOMPARE(levelOn(r.statements[0], QStringLiteral("measures_2025")), LockLevel::AccessExclusive);
        QCOMPARE(levelOn(r.statements[1], QStringLiteral("measures_2024")), LockLevel::ShareUpdateExclusive);
        const auto conc = findingsFor(r, QStringLiteral("concurrently-on-partitioned"));
        QCOMPARE(conc.size(), 1);
        QCOMPARE(conc.first().severity, Severity::Blocking);
        QCOMPARE(conc.first().line, 3);
        QVERIFY(hasRule(r, QStringLiteral("do-block")));
        // On a plain table, no such error.
        STRATA_REPORT(p, preflightOn(m_db, QStringLiteral("CREATE INDEX CONCURRENTLY measures_2025_d_idx ON measures_2025 (d);\n"), o));
        QVERIFY(!hasRule(p, QStringLiteral("concurrently-on-partitioned")));
    }

    void binaryCoercibleTypeChanges()
    {
        const QString sql = QStringLiteral(
            "ALTER TABLE accounts ALTER COLUMN name TYPE varchar(40);\n"
            "ALTER TABLE accounts ALTER COLUMN note TYPE text;\n"
            "ALTER TABLE accounts ALTER COLUMN amount TYPE numeric(12,2);\n"
            "ALTER TABLE accounts ALTER COLUMN name TYPE varchar(10);\n"
            "ALTER TABLE accounts ALTER COLUMN id TYPE integer;\n");
        PreflightOptions o;
        o.runDataChecks = false;
        STRATA_REPORT(r, preflightOn(m_db, sql, o));
        QVERIFY(!r.statements[0].rewrite);
        QVERIFY(!r.statements[1].rewrite);
        QVERIFY(!r.statements[2].rewrite);
        QVERIFY(r.statements[3].rewrite);
        QVERIFY(r.statements[4].rewrite);
        QVERIFY(!r.statements[0].notes.isEmpty());
        QCOMPARE(r.statements[0].locks.first().level, LockLevel::AccessExclusive);
    }

    void setNotNullProvenByValidCheckSkipsScan()
    {
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE proven(id int, v text); INSERT INTO proven VALUES (1, 'a');"
            "ALTER TABLE proven ADD CONSTRAINT v_nn CHECK (v IS NOT NULL);")));
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("ALTER TABLE proven ALTER COLUMN v SET NOT NULL;\nALTER TABLE proven ALTER COLUMN id SET NOT NULL;")));
        QVERIFY(!r.statements[0].scan);
        QVERIFY(r.statements[1].scan);
        QCOMPARE(findingsFor(r, QStringLiteral("setting-not-nullable-field")).size(), 1);
    }

    // Names that need quotes: the valid CHECK that proves SET NOT NULL is recognised as
    // the server prints it (inner quotes doubled), and the checks' labels are SQL, with
    // the names quoted where PostgreSQL quotes them.
    void quotedNamesInProofsAndLabels()
    {
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE \"Odd \"\"T\"\"\"(\"Tenant Id\" int, \"Say \"\"Hi\"\"\" text, plain text);"
            "INSERT INTO \"Odd \"\"T\"\"\" VALUES (1, 'a', 'p');"
            "ALTER TABLE \"Odd \"\"T\"\"\" ADD CONSTRAINT hi_nn CHECK (\"Say \"\"Hi\"\"\" IS NOT NULL);"
            "ANALYZE \"Odd \"\"T\"\"\";")));
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral(
            "ALTER TABLE \"Odd \"\"T\"\"\" ALTER COLUMN \"Say \"\"Hi\"\"\" SET NOT NULL;\n"
            "ALTER TABLE \"Odd \"\"T\"\"\" ALTER COLUMN \"Tenant Id\" SET NOT NULL;\n"
            "CREATE UNIQUE INDEX odd_key ON \"Odd \"\"T\"\"\" (\"Tenant Id\", lower(plain), plain);")));
        QVERIFY(!r.statements[0].scan);  // proven by hi_nn
        QVERIFY(r.statements[1].scan);
        QStringList checks;
        for (const Finding &f : r.findings)
            if (f.category == u"data")
                checks.append(f.check);
        QVERIFY2(checks.contains(QStringLiteral("SET NOT NULL \"Tenant Id\"")), qPrintable(checks.join(u'|')));
        QVERIFY2(checks.contains(QStringLiteral("UNIQUE (\"Tenant Id\", lower(plain), plain)")), qPrintable(checks.join(u'|')));
    }

    void conflictingLockHoldersNow()
    {
        auto other = test::connectRw(m_db);
        STRATA_VERIFY_OK(other ? Error() : other.error());
        STRATA_VERIFY_OK((*other)->exec(QStringLiteral("BEGIN")).error);
        STRATA_VERIFY_OK((*other)->exec(QStringLiteral("SELECT count(*) FROM accounts")).error);
        const int pid = (*other)->info().backendPid;
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("ALTER TABLE accounts ALTER COLUMN name SET STATISTICS 100;\n"
                                                          "ALTER TABLE accounts ADD COLUMN z text;")));
        const auto holders = findingsFor(r, QStringLiteral("conflicting-lock-holder"));
        QCOMPARE(holders.size(), 1);  // ACCESS SHARE conflicts with ACCESS EXCLUSIVE only
        QCOMPARE(holders.first().line, 2);
        QVERIFY(holders.first().message.contains(QString::number(pid)));
        bool seen = false;
        for (const LockHolder &h : r.lockHolders)
            seen = seen || (h.pid == pid && h.mode == u"AccessShareLock" && h.table == u"accounts");
        QVERIFY(seen);
        (*other)->exec(QStringLiteral("ROLLBACK"));
        STRATA_REPORT(r2, preflightOn(m_db, QStringLiteral("ALTER TABLE accounts ADD COLUMN z text;")));
        QVERIFY(!hasRule(r2, QStringLiteral("conflicting-lock-holder")));
    }

    void exporters()
    {
        STRATA_REPORT(r, preflightOn(m_db, QStringLiteral("CREATE INDEX \"i_<b>\" ON accounts (name);\nALTER TABLE accounts ALTER COLUMN code SET NOT NULL;")));
        const QJsonObject j = QJsonDocument::fromJson(ReportExport::toJson(r)).object();
        QCOMPARE(j.value(QStringLiteral("format_version")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("statements")).toArray().size(), 2);
        QCOMPARE(j.value(QStringLiteral("findings")).toArray().size() + j.value(QStringLiteral("style_notes")).toArray().size(),
                 r.findings.size());
        QCOMPARE(j.value(QStringLiteral("blocking")).toBool(), r.hasBlocking());
        const QJsonObject s0 = j.value(QStringLiteral("statements")).toArray().first().toObject();
        QCOMPARE(s0.value(QStringLiteral("locks")).toArray().first().toObject().value(QStringLiteral("lock")).toString(), QStringLiteral("SHARE"));
        const QString md = ReportExport::toMarkdown(r);
        QVERIFY(md.startsWith(QStringLiteral("# Migration pre-flight audit")));
        QVERIFY(md.contains(QStringLiteral("require-concurrent-index-creation")));
        QVERIFY(md.contains(QStringLiteral("Safe alternative")));
        const QString html = ReportExport::toHtml(r);
        QVERIFY(html.contains(QStringLiteral("i_&lt;b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("i_<b>")));
    }

    void parseErrorPointsAtLineAndColumn()
    {
        auto r = preflightOn(m_db, QStringLiteral("SELECT 1;\nALTER TABLE accounts\n  ADD COLUMN x int,,;"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Parse);
        QVERIFY2(r.error().message.contains(QStringLiteral("line 3, column 20")), qPrintable(r.error().message));
    }

    void garbageInputIsAnError()
    {
        auto r = preflightOn(m_db, QStringLiteral("\x01\x02 not sql at all ((("));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Parse);
        // 63-byte names and quotes survive.
        const QString longName = QString(63, u'q');
        STRATA_REPORT(r2, preflightOn(m_db, QStringLiteral("CREATE INDEX \"%1\" ON \"acc\"\"ounts\" (\"we\"\"ird\");").arg(longName)));
        QVERIFY(hasRule(r2, QStringLiteral("relation-missing")));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
