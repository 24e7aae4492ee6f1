#include "sql/StatementClassifier.h"

#include "TestServer.h"

#include <QTest>

using namespace strata;

namespace {

ClassifiedStatement one(const QString &sql)
{
    auto r = StatementClassifier::classify(sql);
    if (!r)
        qFatal("parse failed: %s", qPrintable(r.error().message));
    if (r->size() != 1)
        qFatal("expected one statement in: %s", qPrintable(sql));
    return r->first();
}

// "schema.name:access" for each relation, in order.
QString relations(const ClassifiedStatement &c)
{
    QStringList out;
    for (const RelationRef &r : c.relations)
        out.append((r.schema.isEmpty() ? r.name : r.schema + u'.' + r.name) + u':'
                   + StatementClassifier::accessName(r.access));
    return out.join(u',');
}

} // namespace

class TestStatementClassifier : public QObject
{
    Q_OBJECT
private slots:
    void kindsAndRelations_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("relations");
        QTest::addColumn<QString>("flags"); // c = concurrently, o = outside transaction, d = destructive, t = transaction control

        auto row = [](const char *name, const char *sql, const char *kind, const char *rels, const char *flags = "") {
            QTest::newRow(name) << QString::fromUtf8(sql) << QString::fromUtf8(kind) << QString::fromUtf8(rels)
                                << QString::fromUtf8(flags);
        };
        row("create table with fk and inherits",
            "CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id int REFERENCES app.customers(id), "
            "CONSTRAINT fk2 FOREIGN KEY (x) REFERENCES other (id)) INHERITS (base)",
            "create_table", "app.orders:ddl,app.customers:read,other:read,base:read");
        row("create table as", "CREATE TABLE n AS SELECT * FROM t JOIN u USING (id)", "create_table_as",
            "n:ddl,t:read,u:read");
        row("select into", "SELECT * INTO n FROM t", "create_table_as", "n:ddl,t:read");
        row("alter table", "ALTER TABLE ONLY public.t ADD COLUMN c int", "alter_table", "public.t:ddl");
        row("alter table fk", "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES s.p (id) NOT VALID",
            "alter_table", "t:ddl,s.p:read");
        row("alter table drop column", "ALTER TABLE t DROP COLUMN c", "alter_table", "t:ddl", "d");
        row("detach concurrently", "ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY", "alter_table", "p:ddl,p1:ddl",
            "co");
        row("create index", "CREATE INDEX i ON s.t (a)", "create_index", "s.t:ddl");
        row("create index concurrently", "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (lower(a)) WHERE b",
            "create_index", "t:ddl", "co");
        row("drop index", "DROP INDEX s.i", "drop_index", "s.i:ddl");
        row("drop index concurrently", "DROP INDEX CONCURRENTLY IF EXISTS i", "drop_index", "i:ddl", "co");
        row("reindex concurrently", "REINDEX TABLE CONCURRENTLY t", "reindex", "t:ddl", "co");
        row("reindex", "REINDEX INDEX i", "reindex", "i:ddl");
        row("drop table", "DROP TABLE a, s.b", "drop", "a:ddl,s.b:ddl", "d");
        row("drop view", "DROP VIEW v", "drop", "v:ddl");
        row("drop type cascade", "DROP TYPE mood CASCADE", "drop", "", "d");
        row("drop function", "DROP FUNCTION f(int)", "drop", "");
        row("drop schema", "DROP SCHEMA s", "drop", "", "d");
        row("create view", "CREATE OR REPLACE VIEW v AS SELECT * FROM t WHERE x IN (SELECT y FROM u)", "create_view",
            "v:ddl,t:read,u:read");
        row("create matview", "CREATE MATERIALIZED VIEW mv AS SELECT 1 FROM t", "create_materialized_view",
            "mv:ddl,t:read");
        row("refresh matview", "REFRESH MATERIALIZED VIEW CONCURRENTLY mv", "refresh_materialized_view", "mv:write",
            "c");
        row("create function", "CREATE FUNCTION s.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$", "create_function", "");
        row("create function atomic", "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END",
            "create_function", "");
        row("create trigger", "CREATE TRIGGER tr BEFORE INSERT ON s.t FOR EACH ROW EXECUTE FUNCTION f()",
            "create_trigger", "s.t:ddl");
        row("create enum", "CREATE TYPE mood AS ENUM ('sad', 'ok')", "create_enum", "");
        row("create composite", "CREATE TYPE pair AS (a int, b text)", "create_type", "");
        row("create domain", "CREATE DOMAIN posint AS int CHECK (VALUE > 0)", "create_domain", "");
        row("alter type add value", "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'happy' AFTER 'ok'", "alter_type", "");
        row("create policy", "CREATE POLICY p ON t USING (owner = current_user)", "create_policy", "t:ddl");
        row("grant", "GRANT SELECT, UPDATE ON t, s.u TO bob", "grant", "t:ddl,s.u:ddl");
        row("grant schema", "GRANT USAGE ON SCHEMA s TO bob", "grant", "");
        row("revoke", "REVOKE ALL ON t FROM bob", "revoke", "t:ddl");
        row("insert select with cte", "WITH x AS (SELECT * FROM a) INSERT INTO t (c) SELECT c FROM x, b",
            "insert", "t:write,a:read,b:read");
        row("insert on conflict", "INSERT INTO t VALUES (1) ON CONFLICT (id) DO UPDATE SET v = excluded.v", "insert",
            "t:write");
        row("update with where", "UPDATE t SET a = 1 FROM u WHERE t.id = u.id", "update", "t:write,u:read");
        row("update without where", "UPDATE t SET a = 1", "update", "t:write", "d");
        row("delete with where", "DELETE FROM s.t WHERE id IN (SELECT id FROM gone)", "delete", "s.t:write,gone:read");
        row("delete without where", "DELETE FROM ONLY t USING u", "delete", "t:write,u:read", "d");
        row("data-modifying cte", "WITH d AS (DELETE FROM old RETURNING *) INSERT INTO archive SELECT * FROM d",
            "insert", "archive:write,old:write");
        row("merge", "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", "merge", "t:write,s:read");
        row("truncate", "TRUNCATE a, b RESTART IDENTITY", "truncate", "a:write,b:write", "d");
        row("copy from", "COPY t (a) FROM STDIN", "copy", "t:write");
        row("copy to", "COPY (SELECT * FROM t) TO STDOUT", "copy", "t:read");
        row("select", "SELECT * FROM a JOIN s.b ON true WHERE EXISTS (SELECT 1 FROM c) FOR UPDATE", "select",
            "a:read,s.b:read,c:read");
        row("begin", "BEGIN ISOLATION LEVEL SERIALIZABLE", "transaction_control", "", "t");
        row("commit", "COMMIT", "transaction_control", "", "t");
        row("savepoint", "SAVEPOINT s1", "transaction_control", "", "t");
        row("set", "SET lock_timeout = '2s'", "set", "");
        row("set local", "SET LOCAL statement_timeout = 0", "set", "");
        row("show", "SHOW search_path", "show", "");
        row("vacuum", "VACUUM (ANALYZE) t", "vacuum", "t:write", "o");
        row("analyze", "ANALYZE t", "analyze", "t:read");
        row("cluster all", "CLUSTER", "cluster", "", "o");
        row("lock", "LOCK TABLE t IN SHARE MODE", "lock", "t:read");
        row("create database", "CREATE DATABASE x", "create_database", "", "o");
        row("drop database", "DROP DATABASE IF EXISTS x", "drop_database", "", "od");
        row("alter database tablespace", "ALTER DATABASE x SET TABLESPACE ts", "alter_database", "", "o");
        row("alter database set", "ALTER DATABASE x SET work_mem = '4MB'", "alter_database", "");
        row("alter system", "ALTER SYSTEM SET work_mem = '4MB'", "alter_system", "", "o");
        row("comment on table", "COMMENT ON TABLE s.t IS 'x'", "comment", "s.t:ddl");
        row("comment on column", "COMMENT ON COLUMN s.t.c IS 'x'", "comment", "s.t:ddl");
        row("do", "DO $$ BEGIN PERFORM 1; END $$", "do", "");
        row("rename", "ALTER TABLE t RENAME COLUMN a TO b", "rename", "t:ddl");
        row("sequence", "CREATE SEQUENCE s.seq", "create_sequence", "s.seq:ddl");
        row("schema", "CREATE SCHEMA IF NOT EXISTS app", "create_schema", "");
        row("extension", "CREATE EXTENSION IF NOT EXISTS pgcrypto", "create_extension", "");
        row("drop owned", "DROP OWNED BY bob", "other", "", "d");
    }

    void kindsAndRelations()
    {
        QFETCH(QString, sql);
        QFETCH(QString, kind);
        QFETCH(QString, relations);
        QFETCH(QString, flags);
        const ClassifiedStatement c = one(sql);
        QCOMPARE(StatementClassifier::kindName(c.kind), kind);
        QCOMPARE(::relations(c), relations);
        QCOMPARE(c.concurrently, flags.contains(u'c'));
        QCOMPARE(c.mustRunOutsideTransaction, flags.contains(u'o'));
        QCOMPARE(c.isDestructive, flags.contains(u'd'));
        QCOMPARE(c.isDestructive, !c.destructiveReason.isEmpty());
        QCOMPARE(c.isTransactionControl, flags.contains(u't'));
        QCOMPARE(c.statement.text, sql);
    }

    void quotedNames()
    {
        const ClassifiedStatement c = one(QStringLiteral(
            "ALTER TABLE \"Sales Data\".\"Größe Ü\" ADD COLUMN \"Naïve Col\" varchar(20) NOT NULL DEFAULT 'x'"));
        QCOMPARE(c.target.schema, QStringLiteral("Sales Data"));
        QCOMPARE(c.target.name, QStringLiteral("Größe Ü"));
        QCOMPARE(c.alterCommands.size(), 1);
        QCOMPARE(c.alterCommands[0].name, QStringLiteral("Naïve Col"));
        QCOMPARE(c.alterCommands[0].typeName, QStringLiteral("varchar(20)"));

        const ClassifiedStatement idx = one(QStringLiteral(
            "CREATE INDEX CONCURRENTLY \"Idx 😀\" ON \"MySchema\".\"Orders\" (\"CustomerId\")"));
        QCOMPARE(idx.target.schema, QStringLiteral("MySchema"));
        QCOMPARE(idx.target.name, QStringLiteral("Idx 😀"));
        QCOMPARE(::relations(idx), QStringLiteral("MySchema.Orders:ddl"));

        // Unquoted names fold to lower case, as in PostgreSQL.
        const ClassifiedStatement folded = one(QStringLiteral("DROP TABLE Public.MyTable"));
        QCOMPARE(::relations(folded), QStringLiteral("public.mytable:ddl"));
        QVERIFY2(folded.destructiveReason.contains(QStringLiteral("public.mytable")), qPrintable(folded.destructiveReason));

        const ClassifiedStatement quoted = one(QStringLiteral("DROP TABLE \"Public\".\"My \"\"T\"\"\""));
        QCOMPARE(quoted.target.name, QStringLiteral("My \"T\""));
        QVERIFY2(quoted.destructiveReason.contains(QStringLiteral("\"Public\".\"My \"\"T\"\"\"")),
                 qPrintable(quoted.destructiveReason));
    }

    void alterTableCommands()
    {
        const ClassifiedStatement c = one(QStringLiteral(
            "ALTER TABLE public.t "
            "ADD COLUMN x int NOT NULL DEFAULT 0, "
            "ADD COLUMN y text REFERENCES r(id), "
            "ALTER COLUMN y SET NOT NULL, "
            "ALTER COLUMN y DROP NOT NULL, "
            "ALTER COLUMN z TYPE bigint USING z::bigint, "
            "ALTER COLUMN w TYPE numeric(12,2)[], "
            "ALTER COLUMN v SET DEFAULT now(), "
            "ADD CONSTRAINT c CHECK (x > 0) NOT VALID, "
            "ADD CONSTRAINT pk PRIMARY KEY USING INDEX t_pk_idx, "
            "ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES other.p (id) NOT VALID, "
            "VALIDATE CONSTRAINT c, "
            "DROP CONSTRAINT IF EXISTS d CASCADE, "
            "DROP COLUMN e"));
        QCOMPARE(c.kind, StatementKind::AlterTable);
        QCOMPARE(c.objectType, QStringLiteral("OBJECT_TABLE"));
        const auto &a = c.alterCommands;
        QStringList subtypes;
        for (const AlterTableCommand &cmd : a)
            subtypes.append(cmd.subtype);
        QCOMPARE(subtypes, (QStringList{
            QStringLiteral("AT_AddColumn"), QStringLiteral("AT_AddColumn"), QStringLiteral("AT_SetNotNull"),
            QStringLiteral("AT_DropNotNull"), QStringLiteral("AT_AlterColumnType"), QStringLiteral("AT_AlterColumnType"),
            QStringLiteral("AT_ColumnDefault"), QStringLiteral("AT_AddConstraint"), QStringLiteral("AT_AddConstraint"),
            QStringLiteral("AT_AddConstraint"), QStringLiteral("AT_ValidateConstraint"),
            QStringLiteral("AT_DropConstraint"), QStringLiteral("AT_DropColumn")}));

        QCOMPARE(a[0].name, QStringLiteral("x"));
        QCOMPARE(a[0].typeName, QStringLiteral("int4"));
        QVERIFY(a[0].notNull);
        QVERIFY(a[0].hasDefault);
        QCOMPARE(a[0].columnConstraints, (QStringList{QStringLiteral("CONSTR_NOTNULL"), QStringLiteral("CONSTR_DEFAULT")}));
        QVERIFY(!a[1].notNull);
        QVERIFY(!a[1].hasDefault);
        QCOMPARE(a[1].referencedTable.name, QStringLiteral("r"));
        QCOMPARE(a[2].name, QStringLiteral("y"));
        QCOMPARE(a[4].name, QStringLiteral("z"));
        QCOMPARE(a[4].typeName, QStringLiteral("int8"));
        QVERIFY(a[4].hasUsing);
        QCOMPARE(a[5].typeName, QStringLiteral("numeric(12,2)[]"));
        QVERIFY(!a[5].hasUsing);
        QVERIFY(a[6].hasDefault);
        QCOMPARE(a[7].constraintType, QStringLiteral("CONSTR_CHECK"));
        QCOMPARE(a[7].name, QStringLiteral("c"));
        QVERIFY(a[7].notValid);
        QCOMPARE(a[8].constraintType, QStringLiteral("CONSTR_PRIMARY"));
        QCOMPARE(a[8].usingIndex, QStringLiteral("t_pk_idx"));
        QVERIFY(!a[8].notValid);
        QCOMPARE(a[9].constraintType, QStringLiteral("CONSTR_FOREIGN"));
        QCOMPARE(a[9].referencedTable.schema, QStringLiteral("other"));
        QCOMPARE(a[9].referencedTable.name, QStringLiteral("p"));
        QVERIFY(a[9].notValid);
        QCOMPARE(a[10].name, QStringLiteral("c"));
        QCOMPARE(a[11].name, QStringLiteral("d"));
        QVERIFY(a[11].missingOk);
        QVERIFY(a[11].cascade);
        QCOMPARE(a[12].name, QStringLiteral("e"));
        QVERIFY(c.isDestructive);
        QVERIFY(c.destructiveReason.contains(QStringLiteral("public.t")));
        QCOMPARE(::relations(c), QStringLiteral("public.t:ddl,r:read,other.p:read"));
    }

    void transactionActions()
    {
        auto r = StatementClassifier::classify(QStringLiteral(
            "BEGIN; START TRANSACTION; COMMIT; END; ROLLBACK; ABORT; SAVEPOINT a; RELEASE a; ROLLBACK TO a; "
            "PREPARE TRANSACTION 'x'; COMMIT PREPARED 'x'; ROLLBACK PREPARED 'x'"));
        QVERIFY(r.ok());
        QStringList names;
        for (const ClassifiedStatement &c : *r) {
            QVERIFY(c.isTransactionControl);
            names.append(StatementClassifier::transactionName(c.transaction));
        }
        QCOMPARE(names.join(u' '), QStringLiteral("begin begin commit commit rollback rollback savepoint release "
                                                  "rollback_to prepare_transaction commit_prepared rollback_prepared"));
    }

    void groupsSteps()
    {
        auto r = StatementClassifier::classify(QStringLiteral(
            "CREATE TABLE a (id int);\n"                       // 0: step
            "BEGIN;\n"                                         // 1
            "ALTER TABLE a ADD COLUMN b int;\n"                // 2
            "UPDATE a SET b = 1 WHERE id > 0;\n"               // 3
            "COMMIT;\n"                                        // 4 -> step 1..4
            "CREATE INDEX CONCURRENTLY ai ON a (b);\n"         // 5: step, outside
            "START TRANSACTION;\n"                             // 6
            "DELETE FROM a WHERE id = 3;\n"                    // 7
            "ROLLBACK;\n"                                      // 8 -> step 6..8
            "SELECT 1;"));                                     // 9
        QVERIFY(r.ok());
        const StepPlan plan = StatementClassifier::groupSteps(*r);
        QVERIFY(plan.problems.isEmpty());
        QCOMPARE(plan.steps.size(), 5);
        QCOMPARE(plan.steps[0].first, 0);
        QCOMPARE(plan.steps[0].count(), 1);
        QVERIFY(!plan.steps[0].explicitTransaction);
        QCOMPARE(plan.steps[1].first, 1);
        QCOMPARE(plan.steps[1].last, 4);
        QVERIFY(plan.steps[1].explicitTransaction);
        QVERIFY(!plan.steps[1].endsWithRollback);
        QCOMPARE(plan.steps[2].first, 5);
        QVERIFY(plan.steps[2].mustRunOutsideTransaction);
        QCOMPARE(plan.steps[3].first, 6);
        QCOMPARE(plan.steps[3].last, 8);
        QVERIFY(plan.steps[3].endsWithRollback);
        QCOMPARE(plan.steps[4].first, 9);
    }

    void reportsBlockProblems()
    {
        auto r = StatementClassifier::classify(QStringLiteral(
            "COMMIT;\n"                                   // unmatched
            "BEGIN;\n"
            "BEGIN;\n"                                    // nested
            "CREATE INDEX CONCURRENTLY i ON t (a);\n"     // not allowed in block
            "VACUUM t;\n"                                 // not allowed in block
            "ALTER TABLE t ADD COLUMN c int;"));          // never committed
        QVERIFY(r.ok());
        const StepPlan plan = StatementClassifier::groupSteps(*r);
        QCOMPARE(plan.steps.size(), 2);
        QVERIFY(plan.steps[1].unterminated);
        QCOMPARE(plan.steps[1].first, 1);
        QCOMPARE(plan.steps[1].last, 5);
        QList<StepProblem::Kind> kinds;
        for (const StepProblem &p : plan.problems)
            kinds.append(p.kind);
        using PK = StepProblem::Kind;
        QCOMPARE(kinds, (QList<PK>{PK::UnmatchedEnd, PK::NestedBegin, PK::NotAllowedInBlock, PK::NotAllowedInBlock,
                                   PK::UnterminatedBlock}));
        QVERIFY2(plan.problems[0].message.contains(QStringLiteral("line 1")), qPrintable(plan.problems[0].message));
        QVERIFY2(plan.problems[2].message.contains(QStringLiteral("line 4")), qPrintable(plan.problems[2].message));
        QVERIFY2(plan.problems[4].message.contains(QStringLiteral("line 2")), qPrintable(plan.problems[4].message));
        QCOMPARE(plan.problems[3].statement, 4);
    }

    void emptyScript()
    {
        auto r = StatementClassifier::classify(QStringLiteral("-- nothing here\n"));
        QVERIFY(r.ok());
        QVERIFY(r->isEmpty());
        QVERIFY(StatementClassifier::groupSteps(*r).steps.isEmpty());
    }

    void syntaxErrorIsAnError()
    {
        auto r = StatementClassifier::classify(QStringLiteral("SELECT 1;\nALTER TABLE t ADD COLUMN;"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Parse);
        QVERIFY2(r.error().message.contains(QStringLiteral("line 2")), qPrintable(r.error().message));
    }

    // The server is the judge of mustRunOutsideTransaction: inside BEGIN, exactly the
    // statements we flag fail with SQLSTATE 25001 (active_sql_transaction).
    void outsideTransactionMatchesServer()
    {
        auto profile = test::freshDatabase(QStringLiteral("classify"));
        QVERIFY2(profile.ok(), qPrintable(profile.error().fullText()));
        STRATA_VERIFY_OK(test::runScript(*profile, QStringLiteral(
            "CREATE TABLE t (a int, b text);"
            "CREATE INDEX t_a ON t (a);"
            "CREATE TYPE mood AS ENUM ('ok');"
            "CREATE MATERIALIZED VIEW mv AS SELECT a FROM t;"
            "CREATE TABLE p (k int) PARTITION BY RANGE (k);"
            "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);")));
        auto conn = test::connectRw(*profile);
        QVERIFY2(conn.ok(), qPrintable(conn.error().fullText()));
        Connection &c = **conn;
        const QString db = c.quoteIdentifier(profile->dbname);

        const QStringList statements{
            QStringLiteral("CREATE INDEX CONCURRENTLY t_b ON t (b)"),
            QStringLiteral("CREATE INDEX t_b2 ON t (b)"),
            QStringLiteral("DROP INDEX CONCURRENTLY t_a"),
            QStringLiteral("DROP INDEX t_a"),
            QStringLiteral("REINDEX TABLE CONCURRENTLY t"),
            QStringLiteral("REINDEX TABLE t"),
            QStringLiteral("REINDEX DATABASE ") + db,
            QStringLiteral("VACUUM t"),
            QStringLiteral("VACUUM (ANALYZE) t"),
            QStringLiteral("ANALYZE t"),
            QStringLiteral("CLUSTER"),
            QStringLiteral("CREATE DATABASE never_created"),
            QStringLiteral("DROP DATABASE IF EXISTS never_created"),
            QStringLiteral("ALTER SYSTEM SET work_mem = '4MB'"),
            QStringLiteral("ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY"),
            QStringLiteral("ALTER TABLE p DETACH PARTITION p1"),
            QStringLiteral("ALTER TYPE mood ADD VALUE 'fine'"),
            QStringLiteral("REFRESH MATERIALIZED VIEW mv"),
            QStringLiteral("TRUNCATE t"),
            QStringLiteral("ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE u (id int PRIMARY KEY)"),
        };
        int flagged = 0;
        for (const QString &sql : statements) {
            const ClassifiedStatement cls = one(sql);
            QVERIFY(c.exec(QStringLiteral("BEGIN")).ok());
            const ResultSet rs = c.exec(sql);
            QVERIFY(c.exec(QStringLiteral("ROLLBACK")).ok());
            const bool rejected = rs.error.sqlState == u"25001";
            if (!cls.mustRunOutsideTransaction)
                QVERIFY2(rs.ok(), qPrintable(sql + u": " + rs.error.fullText()));
            QVERIFY2(rejected == cls.mustRunOutsideTransaction,
                     qPrintable(sql + QStringLiteral(": server said ") + rs.error.sqlState + u' ' + rs.error.message));
            flagged += cls.mustRunOutsideTransaction ? 1 : 0;
        }
        QCOMPARE(flagged, 11);
    }
};

QTEST_GUILESS_MAIN(TestStatementClassifier)
#include "tst_statementclassifier.moc"
