#include "TestServer.h"
#include "items/CatalogTreeModel.h"
#include "pg/Session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace strata;

class TestCatalogTreeModel : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;

    static QModelIndex find(const QAbstractItemModel &m, const QModelIndex &parent, const QString &name)
    {
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            if (i.data().toString() == name)
                return i;
        }
        return {};
    }
    // Views call fetchMore() while they handle another insertion, so rows must never be
    // inserted inside it; watchInsertions() fails the test if they are.
    static inline bool s_insideFetch = false;
    static void watchInsertions(CatalogTreeModel &m)
    {
        QObject::connect(&m, &QAbstractItemModel::rowsAboutToBeInserted, &m, [] { QVERIFY(!s_insideFetch); });
    }
    static void fetch(CatalogTreeModel &m, const QModelIndex &i)
    {
        if (m.canFetchMore(i)) {
            s_insideFetch = true;
            m.fetchMore(i);
            s_insideFetch = false;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m.isLoading(), 10000);
    }

private slots:
    void initTestCase()
    {
        auto db = test::freshDatabase(QStringLiteral("browser"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_db = *db;
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(R"sql(
            CREATE SCHEMA "Sales Data";
            CREATE TABLE public.users(id int primary key, name text);
            INSERT INTO public.users SELECT g, 'u' || g FROM generate_series(1, 500) g;
            ANALYZE public.users;
            CREATE TABLE public.never_analyzed(x int);
            CREATE TABLE "Sales Data"."Orders ü"(id bigint) PARTITION BY RANGE (id);
            CREATE TABLE "Sales Data".orders_1 PARTITION OF "Sales Data"."Orders ü" FOR VALUES FROM (0) TO (100);
            CREATE VIEW public.active_users AS SELECT * FROM public.users;
            CREATE MATERIALIZED VIEW public.user_count AS SELECT count(*) FROM public.users;
            CREATE FUNCTION public.add(a int, b int) RETURNS int LANGUAGE sql AS 'SELECT a + b';
            CREATE FUNCTION public.add(a text, b text) RETURNS text LANGUAGE sql AS 'SELECT a || b';
            CREATE PROCEDURE public.noop() LANGUAGE sql AS 'SELECT 1';
        )sql")));
    }

    void browsesLazilyAndPassesTheTester()
    {
        Session s;
        QVERIFY(s.open(m_db).result().ok());
        CatalogTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        watchInsertions(m);
        QCOMPARE(m.rowCount(), 0);
        m.setSession(&s);
        QVERIFY(m.hasChildren());
        QCOMPARE(m.rowCount(), 0); // nothing is loaded before the view asks
        fetch(m, {});
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.index(0, 0).data().toString(), QStringLiteral("public")); // public first
        const QModelIndex pub = find(m, {}, QStringLiteral("public"));
        fetch(m, pub);
        QCOMPARE(m.rowCount(pub), 3);
        const QModelIndex tables = m.index(0, 0, pub);
        fetch(m, tables);
        QCOMPARE(m.rowCount(tables), 2);
        const QModelIndex users = find(m, tables, QStringLiteral("users"));
        QVERIFY(users.isValid());
        QCOMPARE(users.siblingAtColumn(CatalogTreeModel::RowsColumn).data(CatalogTreeModel::RowEstimateRole).toLongLong(), 500);
        QVERIFY(users.data(CatalogTreeModel::SizeBytesRole).toLongLong() > 0);
        const QModelIndex never = find(m, tables, QStringLiteral("never_analyzed"));
        QCOMPARE(never.data(CatalogTreeModel::RowEstimateRole).toLongLong(), -1);
        QVERIFY(!never.siblingAtColumn(CatalogTreeModel::RowsColumn).data().toString().isEmpty());

        const QModelIndex views = m.index(1, 0, pub);
        fetch(m, views);
        QCOMPARE(m.rowCount(views), 2);
        const QModelIndex funcs = m.index(2, 0, pub);
        fetch(m, funcs);
        QCOMPARE(m.rowCount(funcs), 3); // two overloads + a procedure
        QVERIFY(find(m, funcs, QStringLiteral("add(a integer, b integer)")).isValid());
        QVERIFY(find(m, funcs, QStringLiteral("add(a text, b text)")).isValid());

        const QModelIndex sales = find(m, {}, QStringLiteral("Sales Data"));
        fetch(m, sales);
        const QModelIndex salesTables = m.index(0, 0, sales);
        fetch(m, salesTables);
        QCOMPARE(m.rowCount(salesTables), 1); // partitions are not listed beside their parent
        QCOMPARE(m.index(0, 0, salesTables).data().toString(), QStringLiteral("Orders ü"));
        QCOMPARE(m.index(0, 0, salesTables).data(CatalogTreeModel::KindRole).toInt(), int(CatalogTreeModel::NodeKind::PartitionedTable));

        // an empty group stops claiming children
        const QModelIndex salesViews = m.index(1, 0, sales);
        fetch(m, salesViews);
        QCOMPARE(m.rowCount(salesViews), 0);
        QVERIFY(!m.hasChildren(salesViews));
    }

    void dropsResultsOfSupersededRequests()
    {
        Session s;
        QVERIFY(s.open(m_db).result().ok());
        CatalogTreeModel m; // no tester here: it would fetch again on reset by itself
        m.setSession(&s);
        m.fetchMore({});
        m.reload(); // the first answer must be ignored
        QCOMPARE(m.rowCount(), 0);
        QTest::qWait(300);
        QCOMPARE(m.rowCount(), 0);
        fetch(m, {});
        QCOMPARE(m.rowCount(), 2);
    }

    void reportsErrorsInsteadOfHanging()
    {
        Session s;
        QVERIFY(s.open(m_db).result().ok());
        CatalogTreeModel m;
        QSignalSpy failed(&m, &CatalogTreeModel::loadFailed);
        m.setSession(&s);
        // the connection dies under the model
        auto admin = test::connectRw(m_db);
        QVERIFY(admin.ok());
        (*admin)->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {s.info().backendPid});
        m.fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(!m.isLoading());
        QVERIFY(!failed.first().first().value<Error>().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogTreeModel)
#include "tst_catalogtreemodel.moc"
