// The key property the schema diff relies on: the canonical DDL of a snapshot, run
// on an EMPTY database, makes a database whose snapshot equals the original (so the
// DDL and the introspection are faithful), and equal objects print equal DDL.

#include "CatalogTestUtil.h"
#include "catalog/DdlWriter.h"

using namespace strata;
using namespace strata::catalog;

class TestDdlRoundTrip : public QObject
{
    Q_OBJECT
    Snapshot m_original;

    static QString body(const QString &script)
    {
        // Without the first comment line (it names the database).
        return script.mid(script.indexOf(u'\n') + 1);
    }

private slots:
    void initTestCase()
    {
        auto db = test::fixtureDatabase(QStringLiteral("ddl_src"));
        STRATA_VERIFY_RESULT(db);
        auto s = test::snapshotOf(*db);
        STRATA_VERIFY_RESULT(s);
        m_original = *s;
        QVERIFY(m_original.objectCount() > 80);
    }

    void scriptRecreatesTheSchema()
    {
        const QString script = DdlWriter().script(m_original);
        auto target = test::freshDatabase(QStringLiteral("ddl_dst"));
        STRATA_VERIFY_RESULT(target);
        const Error e = test::runScript(*target, script);
        if (e)
            QFAIL(qPrintable(e.fullText() + QStringLiteral("\nposition %1 near: ").arg(e.position)
                             + script.mid(std::max(0, e.position - 200), 300)));
        auto copy = test::snapshotOf(*target);
        STRATA_VERIFY_RESULT(copy);
        QString diff;
        QVERIFY2(test::compareSnapshots(m_original, *copy, &diff), qPrintable(diff));
        // Equal snapshots print equal DDL.
        QCOMPARE(body(DdlWriter().script(*copy)), body(script));
    }

    void roundTripWithoutOwnersAndGrants()
    {
        auto src = test::fixtureDatabase(QStringLiteral("ddl_src_plain"));
        STRATA_VERIFY_RESULT(src);
        IntrospectOptions o;
        o.owners = false;
        o.grants = false;
        auto s = test::snapshotOf(*src, o);
        STRATA_VERIFY_RESULT(s);
        DdlOptions d;
        d.owners = false;
        d.grants = false;
        const QString script = DdlWriter(d).script(*s);
        QVERIFY(!script.contains(u"OWNER TO"));
        QVERIFY(!script.contains(u"GRANT "));
        auto target = test::freshDatabase(QStringLiteral("ddl_dst_plain"));
        STRATA_VERIFY_RESULT(target);
        STRATA_VERIFY_OK(test::runScript(*target, script));
        auto copy = test::snapshotOf(*target, o);
        STRATA_VERIFY_RESULT(copy);
        QString diff;
        QVERIFY2(test::compareSnapshots(*s, *copy, &diff), qPrintable(diff));
    }

    void objectDdlIsCanonical()
    {
        DdlWriter w;
        const TableDef *users = test::findByKey(m_original.tables, QStringLiteral("table:app.users"));
        QVERIFY(users);
        const QString ddl = w.table(*users);
        QVERIFY(ddl.startsWith(u"CREATE TABLE app.users (\n    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.users_id_seq START WITH 100 INCREMENT BY 2"));
        QVERIFY(ddl.contains(u"    \"Display Name\" text COLLATE pg_catalog.\"C\",\n"));
        QVERIFY(ddl.contains(u"    email_lower text GENERATED ALWAYS AS (lower(email)) STORED,\n"));
        QVERIFY(ddl.contains(u") WITH (fillfactor=80);\n"));
        QVERIFY(ddl.contains(u"ALTER TABLE app.users FORCE ROW LEVEL SECURITY;\n"));
        QVERIFY(ddl.contains(u"COMMENT ON COLUMN app.users.email IS 'login e-mail';\n"));
        QVERIFY(ddl.contains(u"GRANT UPDATE ON TABLE app.users TO \"Strata Writer\" WITH GRANT OPTION;\n"));
        QVERIFY(ddl.contains(u"GRANT INSERT, SELECT ON TABLE app.users TO strata_reader;\n"));
        // A copy prints the same text; a changed copy does not.
        TableDef copy = *users;
        QCOMPARE(w.table(copy), ddl);
        copy.columns[1].notNull = false;
        QVERIFY(w.table(copy) != ddl);

        const TypeDef *mood = test::findByKey(m_original.types, QStringLiteral("type:app.mood"));
        QVERIFY(w.type(*mood).startsWith(u"CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy', 'it''s \"fine\"');\n"));
        const FunctionDef *secret = test::findByKey(m_original.functions, QStringLiteral("function:app.secret()"));
        QVERIFY(w.function(*secret).contains(u"REVOKE EXECUTE ON FUNCTION app.secret() FROM PUBLIC;\n"));
        const ConstraintDef *inherited = test::findByKey(m_original.constraints, QStringLiteral("constraint:app.events_2024.events_2024_pkey"));
        QVERIFY(w.constraint(*inherited).isEmpty());
        const TableDef *p2025 = test::findByKey(m_original.tables, QStringLiteral("table:app.events_2025"));
        const QString part = w.table(*p2025, m_original.table(QStringLiteral("app"), QStringLiteral("events")));
        QVERIFY(part.startsWith(u"CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY RANGE (at);\n"));
        QVERIFY(part.contains(u"ALTER TABLE app.events_2025 ALTER COLUMN kind SET DEFAULT 'y2025'::text;\n"));
        const TableDef *odd = test::findByKey(m_original.tables, QStringLiteral("table:\"Odd Schema\".\"Mixed Case \"\"Table\"\"\""));
        QVERIFY(w.table(*odd).startsWith(u"CREATE TABLE \"Odd Schema\".\"Mixed Case \"\"Table\"\"\" (\n    \"Id\" integer NOT NULL,\n    \"select\" text,\n    \"üñí©ødé\" text,\n"));
        QCOMPARE(DdlWriter::literal(QStringLiteral("it's")), QStringLiteral("'it''s'"));
    }
};

QTEST_GUILESS_MAIN(TestDdlRoundTrip)
#include "tst_ddlroundtrip.moc"
