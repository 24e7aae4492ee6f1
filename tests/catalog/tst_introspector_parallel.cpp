// The parallel capture (several connections in one exported snapshot) against a real
// server: it reads exactly what the sequential capture reads (fixture with quoted,
// mixed-case and non-ASCII names), its extra connections see the exported snapshot and
// not later changes, and it falls back to one connection when it must.

#include "CatalogTestUtil.h"
#include "pg/Session.h"

using namespace strata;
using namespace strata::catalog;

class TestIntrospectorParallel : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;
    Snapshot m_sequential;

    static IntrospectOptions parallel(const ConnectionProfile &db, int connections, int *opened = nullptr)
    {
        IntrospectOptions o;
        o.connections = connections;
        o.openConnection = [db, opened] {
            if (opened)
                ++*opened;
            return Connection::open(db);
        };
        return o;
    }

private slots:
    void initTestCase()
    {
        auto db = test::fixtureDatabase(QStringLiteral("introspect_par"));
        STRATA_VERIFY_RESULT(db);
        m_db = *db;
        IntrospectReport report;
        auto s = test::snapshotOf(m_db, {}, &report);
        STRATA_VERIFY_RESULT(s);
        QCOMPARE(report.connections, 1);
        m_sequential = *s;
        QVERIFY(m_sequential.tables.size() > 5);
    }

    void parallelEqualsSequential_data()
    {
        QTest::addColumn<int>("connections");
        QTest::addColumn<bool>("clientDeparse");
        QTest::newRow("2") << 2 << true;
        QTest::newRow("3") << 3 << true;
        QTest::newRow("5") << 5 << true;
        QTest::newRow("2, server prints") << 2 << false;
        QTest::newRow("3, server prints") << 3 << false;
    }

    void parallelEqualsSequential()
    {
        QFETCH(int, connections);
        QFETCH(bool, clientDeparse);
        int opened = 0;
        IntrospectReport report;
        IntrospectOptions o = parallel(m_db, connections, &opened);
        o.clientDeparse = clientDeparse;
        auto s = test::snapshotOf(m_db, o, &report);
        STRATA_VERIFY_RESULT(s);
        QCOMPARE(opened, connections - 1);
        QCOMPARE(report.connections, connections);
        // When the server prints expressions (it opens each table it prints for), each
        // per-table query runs once per connection, split by table oid; otherwise each
        // query is one scan of its catalog and runs once, whole, on whichever connection is free.
        int indexParts = 0, indexWhole = 0;
        for (const auto &step : report.stepMs) {
            if (step.first.startsWith(u"indexes "))
                ++indexParts;
            else if (step.first == u"indexes")
                ++indexWhole;
        }
        QCOMPARE(indexParts, clientDeparse ? 0 : connections);
        QCOMPARE(indexWhole, clientDeparse ? 1 : 0);
        QString difference;
        QVERIFY2(test::compareSnapshots(*s, m_sequential, &difference), qPrintable(difference));
        QCOMPARE(SnapshotJson::write(*s).size(), SnapshotJson::write(m_sequential).size());
    }

    void extraConnectionsReadTheExportedSnapshot()
    {
        // Changes committed after the export (here: while the capture opens its extra
        // connections) are not seen by any connection: every table gets a column, an
        // index and a CHECK constraint that must not show up.
        auto db = test::freshDatabase(QStringLiteral("par_snapshot"));
        STRATA_VERIFY_RESULT(db);
        STRATA_VERIFY_OK(test::runScript(*db, QStringLiteral(
            "CREATE SCHEMA \"Odd Schema\";"
            "DO $$ BEGIN FOR i IN 1..12 LOOP"
            // A varying number of objects per table spreads the table oids over the parts.
            " EXECUTE format('CREATE TABLE \"Odd Schema\".%I (id int PRIMARY KEY, a text%s)', 'Tab ' || i,"
            "   CASE WHEN i % 2 = 0 THEN ' UNIQUE' ELSE '' END);"
            " END LOOP; END $$;")));
        auto before = test::snapshotOf(*db);
        STRATA_VERIFY_RESULT(before);
        QCOMPARE(before->tables.size(), 12);

        IntrospectOptions o = parallel(*db, 3);
        const ConnectionProfile profile = *db;
        bool changed = false;
        o.openConnection = [profile, &changed]() -> Result<std::unique_ptr<Connection>> {
            if (!changed) {
                changed = true;
                if (Error e = test::runScript(profile, QStringLiteral(
                        "DO $$ DECLARE r record; BEGIN FOR r IN SELECT c.oid::regclass AS t FROM pg_class c"
                        " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'Odd Schema' AND c.relkind = 'r' LOOP"
                        " EXECUTE format('ALTER TABLE %s ADD COLUMN late int CHECK (late > 0)', r.t);"
                        " EXECUTE format('CREATE INDEX ON %s (late)', r.t);"
                        " END LOOP; END $$;")))
                    return e;
            }
            return Connection::open(profile);
        };
        IntrospectReport report;
        auto during = test::snapshotOf(*db, o, &report);
        STRATA_VERIFY_RESULT(during);
        QVERIFY(changed);
        QCOMPARE(report.connections, 3);
        QString difference;
        QVERIFY2(test::compareSnapshots(*during, *before, &difference), qPrintable(difference));

        auto after = test::snapshotOf(*db, parallel(*db, 3));
        STRATA_VERIFY_RESULT(after);
        QCOMPARE(after->indexes.size(), 30);
        for (const TableDef &t : after->tables)
            QCOMPARE(t.columns.size(), 3);
    }

    void fallsBackToOneConnection()
    {
        // No extra connection can be opened: sequential on the given one.
        IntrospectOptions o;
        o.connections = 3;
        int calls = 0;
        o.openConnection = [&calls]() -> Result<std::unique_ptr<Connection>> {
            ++calls;
            return Error(Error::Kind::Connection, QStringLiteral("too many connections"));
        };
        IntrospectReport report;
        auto s = test::snapshotOf(m_db, o, &report);
        STRATA_VERIFY_RESULT(s);
        QCOMPARE(calls, 1);
        QCOMPARE(report.connections, 1);
        QString first;
        QVERIFY2(test::compareSnapshots(*s, m_sequential, &first), qPrintable(first));

        // Inside the caller's transaction the capture stays on that connection.
        auto c = test::connectRw(m_db);
        STRATA_VERIFY_RESULT(c);
        STRATA_VERIFY_OK((*c)->exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")).error);
        int opened = 0;
        IntrospectReport inTx;
        auto t = Introspector::capture(**c, parallel(m_db, 3, &opened), nullptr, &inTx);
        STRATA_VERIFY_RESULT(t);
        QCOMPARE(opened, 0);
        QCOMPARE(inTx.connections, 1);
        QString difference;
        QVERIFY2(test::compareSnapshots(*t, m_sequential, &difference), qPrintable(difference));
        STRATA_VERIFY_OK((*c)->exec(QStringLiteral("COMMIT")).error);
    }

    void cancelInParallel()
    {
        // Cancel while several connections read: the capture stops with Canceled and the
        // given connection stays usable.
        auto c = Connection::open(m_db);
        STRATA_VERIFY_RESULT(c);
        IntrospectOptions o = parallel(m_db, 2);
        o.includeSchemas = {QStringLiteral("app")};
        int calls = 0;
        JobControl ctl([&calls] { return ++calls > 4; }, [](int, int, const QString &) {});
        auto s = Introspector::capture(**c, o, &ctl);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::Canceled);
        ResultSet r = (*c)->exec(QStringLiteral("SELECT 1"));
        STRATA_VERIFY_OK(r.error);
        auto again = Introspector::capture(**c, parallel(m_db, 2));
        STRATA_VERIFY_RESULT(again);
        QString difference;
        QVERIFY2(test::compareSnapshots(*again, m_sequential, &difference), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestIntrospectorParallel)
#include "tst_introspector_parallel.moc"
