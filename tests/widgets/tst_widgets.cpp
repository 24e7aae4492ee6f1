// Widget smoke tests, offscreen, against a real server.
#include "TestServer.h"
#include "ChartAxes.h"
#include "ConnectionDialog.h"
#include "ElidedLabel.h"
#include "ErrorBanner.h"
#include "ObjectBrowser.h"
#include "StartPage.h"
#include "ViewActions.h"
#include "items/CatalogFilterProxy.h"
#include "items/CatalogTreeModel.h"
#include "pg/ProfileStore.h"
#include "pg/Session.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <QTableView>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QChartView>
#include <QChart>
#include <QValueAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFile>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QScrollBar>
#include <QImage>

using namespace strata;

class TestWidgets : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;

private slots:
    // Count axes: whole "nice" steps from 0, never more intervals than asked, and
    // the end above the tallest bar with the step before it too small.
    void countAxisSteps()
    {
        struct Case { qint64 max; int intervals; qint64 step; double end; };
        const Case cases[] = {{0, 4, 1, 1}, {1, 4, 1, 2}, {3, 4, 1, 4}, {4, 4, 2, 6}, {6, 4, 2, 8},
                              {9, 4, 5, 10}, {37, 4, 10, 40}, {6, 8, 1, 7}, {5010, 4, 2000, 6000},
                              {123456, 4, 50000, 150000}};
        for (const Case &c : cases) {
            QValueAxis axis;
            const qint64 step = strata::setCountAxis(&axis, c.max, c.intervals);
            const QString what = QStringLiteral("max %1 intervals %2").arg(c.max).arg(c.intervals);
            QVERIFY2(step == c.step, qPrintable(what + QStringLiteral(": step %1").arg(step)));
            QCOMPARE(axis.min(), 0.0);
            QCOMPARE(axis.max(), c.end);
            QCOMPARE(axis.tickInterval(), double(c.step));
            QCOMPARE(axis.tickType(), QValueAxis::TicksDynamic);
            QVERIFY(axis.max() > double(c.max));
            QVERIFY(axis.max() / axis.tickInterval() <= c.intervals);
        }
    }

    // A short chart shows fewer labels instead of "..." for each: the step is fitted to
    // the plot's height again whenever the chart is resized.
    void countAxisFollowsTheChartsHeight()
    {
        QChartView view;
        auto *chart = new QChart;
        auto *series = new QBarSeries;
        auto *set = new QBarSet(QStringLiteral("n"));
        *set << 4 << 1;
        series->append(set);
        chart->addSeries(series);
        auto *y = new QValueAxis;
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        strata::fitCountAxis(chart, y, 4, 4);
        view.setChart(chart);
        view.resize(400, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(y->tickInterval(), 2.0); // 0, 2, 4, 6: room for all
        QCOMPARE(y->max(), 6.0);
        view.resize(400, 130);
        QTRY_COMPARE(y->tickInterval(), 5.0); // 0 and 5 only
        QCOMPARE(y->max(), 5.0);
        const qreal line = QFontMetricsF(y->labelsFont()).height();
        QVERIFY2(chart->plotArea().height() / (y->max() / y->tickInterval()) >= 2 * line || y->max() == y->tickInterval(),
                 qPrintable(QStringLiteral("plot %1 px").arg(chart->plotArea().height())));
        view.resize(400, 600);
        QTRY_COMPARE(y->tickInterval(), 2.0);
    }

    void copiesSelectionAsTsv()
    {
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("table"), QStringLiteral("rows"), QStringLiteral("note")});
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                model.setItem(r, c, new QStandardItem(QStringLiteral("r%1c%2").arg(r).arg(c)));
        model.item(1, 2)->setText(QStringLiteral("tab\there"));
        QTableView view;
        view.setModel(&model);
        view.resize(400, 300);
        view.show();
        installCopyAction(&view);
        QVERIFY(selectionAsTsv(&view).isEmpty());
        view.selectionModel()->select(model.index(1, 0), QItemSelectionModel::Select);
        view.selectionModel()->select(model.index(1, 2), QItemSelectionModel::Select);
        view.selectionModel()->select(model.index(0, 0), QItemSelectionModel::Select);
        QCOMPARE(selectionAsTsv(&view), QStringLiteral("table\tnote\nr0c0\t\nr1c0\ttab here\n"));
        QVERIFY(!view.actions().isEmpty());
    }

    void exportsChartsAsPngAndSvg()
    {
        auto *chart = new QChart;
        auto *set = new QBarSet(QStringLiteral("Applied"));
        *set << 3 << 5;
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        chart->setTitle(QStringLiteral("Migrations per month"));
        QChartView view(chart);
        view.resize(480, 320);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("c.png")), svg = dir.filePath(QStringLiteral("c.svg"));
        QString error;
        QVERIFY(!exportChart(&view, dir.filePath(QStringLiteral("c.gif")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(exportChart(&view, png));
        QVERIFY(exportChart(&view, svg));
        QTRY_VERIFY(QFile::exists(png) && QFile::exists(svg));
        QImage image;
        QTRY_VERIFY(image.load(png));
        QCOMPARE(image.width(), view.grab().toImage().width());
        QFile f(svg);
        QTRY_VERIFY(f.size() > 200);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Migrations per month"));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_widgets"));
        auto db = test::freshDatabase(QStringLiteral("widgets"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_db = *db;
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral("CREATE TABLE public.items(id int); CREATE VIEW public.v AS SELECT 1 AS one;"
            "CREATE SCHEMA other; CREATE TABLE other.big_orders(id int, note text);"
            "INSERT INTO other.big_orders SELECT g, repeat('x', 200) FROM generate_series(1, 2000) g;"
            "CREATE TABLE other.small_orders(id int); INSERT INTO other.small_orders VALUES (1), (2), (3);"
            "ANALYZE other.big_orders; ANALYZE other.small_orders;"
            "CREATE VIEW other.\"Order view\" AS SELECT 1 AS one; CREATE FUNCTION other.f() RETURNS int LANGUAGE sql AS 'SELECT 1';")));
    }

    void errorBannerShowsSentenceAndHint()
    {
        ErrorBanner b;
        b.resize(500, 80);
        Error e(Error::Kind::ReadOnly, QStringLiteral("cannot execute INSERT in a read-only transaction"), {}, QStringLiteral("Use a runbook."));
        e.sqlState = QStringLiteral("25006");
        b.showError(e);
        QVERIFY(b.isVisibleTo(nullptr) || !b.isHidden());
        QCOMPARE(b.text(), e.message);
        QCOMPARE(b.error().sqlState, QStringLiteral("25006"));
    }

    // Issue 21.5: a malformed URI's error (libpq quotes it) and any error text that
    // repeats a connection string show the password masked, in the message and details.
    void errorBannerNeverShowsAPassword()
    {
        ConnectionDialog dlg;
        dlg.connectionStringEdit()->setText(QStringLiteral("postgresql://app:Sup3rSecretPw@[::1/app"));
        QTest::keyClick(dlg.connectionStringEdit(), Qt::Key_Return);
        QVERIFY(!dlg.banner()->isHidden());
        const Error shown = dlg.banner()->error();
        QVERIFY2(!shown.detail.isEmpty(), "libpq's reason is shown");
        QVERIFY2(!shown.fullText().contains(QStringLiteral("Sup3rSecretPw")), qPrintable(shown.fullText()));
        for (const QLabel *l : dlg.banner()->findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(QStringLiteral("Sup3rSecretPw")), qPrintable(l->text()));

        ErrorBanner b;
        Error e(Error::Kind::Connection, QStringLiteral("failed"));
        e.detail = QStringLiteral("while opening host=db password=Sup3rSecretPw dbname=x"); // set after construction
        e.message = QStringLiteral("“postgresql://app:Sup3rSecretPw@db/x” could not be reached");
        b.showError(e);
        QVERIFY2(!b.text().contains(QStringLiteral("Sup3rSecretPw")), qPrintable(b.text()));
        QVERIFY(b.text().contains(QStringLiteral("postgresql://app:****@db/x")));
        QVERIFY(!b.error().detail.contains(QStringLiteral("Sup3rSecretPw")));
        for (const QLabel *l : b.findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(QStringLiteral("Sup3rSecretPw")), qPrintable(l->text()));
    }

    void connectionDialogParsesUriAndTests()
    {
        ConnectionDialog dlg;
        dlg.connectionStringEdit()->setText(m_db.displayString());
        QTest::keyClick(dlg.connectionStringEdit(), Qt::Key_Return);
        const ConnectionProfile p = dlg.profile();
        QCOMPARE(p.host, m_db.host);
        QCOMPARE(p.dbname, m_db.dbname);
        QCOMPARE(p.user, m_db.user);
        QVERIFY(dlg.connectionStringEdit()->text().isEmpty()); // may have held a password
        QSignalSpy done(&dlg, &ConnectionDialog::testFinished);
        dlg.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(dlg.banner()->text().contains(QStringLiteral("PostgreSQL")));
    }

    // issue 22: "Fill in" with a connection string does not keep the selected saved profile's name.
    void connectionDialogFillInIsANewConnection()
    {
        ConnectionProfile prod;
        prod.name = QStringLiteral("prod");
        prod.host = QStringLiteral("prod.example.com");
        prod.dbname = QStringLiteral("app");
        prod.user = QStringLiteral("admin");
        ProfileStore::saveProfiles({prod});
        ConnectionDialog dlg;
        auto *list = dlg.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        QCOMPARE(dlg.profile().name, QStringLiteral("prod"));
        dlg.connectionStringEdit()->setText(m_db.displayString());
        QTest::keyClick(dlg.connectionStringEdit(), Qt::Key_Return);
        const ConnectionProfile p = dlg.profile();
        QCOMPARE(p.host, m_db.host);
        QVERIFY2(p.name != QStringLiteral("prod"), qPrintable(p.name));
        ProfileStore::saveProfiles({});
    }

    void connectionDialogShowsErrorsInPlace()
    {
        ConnectionDialog dlg;
        dlg.connectionStringEdit()->setText(QStringLiteral("host='unterminated"));
        QTest::keyClick(dlg.connectionStringEdit(), Qt::Key_Return);
        QVERIFY(!dlg.banner()->isHidden());
        QCOMPARE(dlg.banner()->error().kind, Error::Kind::Usage);

        ConnectionProfile bad = m_db;
        bad.dbname = QStringLiteral("no such db");
        dlg.setProfile(bad);
        QSignalSpy done(&dlg, &ConnectionDialog::testFinished);
        dlg.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 15000);
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(dlg.banner()->error().kind, Error::Kind::MissingDatabase);
    }

    void objectBrowserFillsLazily()
    {
        Session s;
        QVERIFY(s.open(m_db).result().ok());
        ObjectBrowser b;
        b.resize(400, 300);
        b.show();
        b.setSession(&s);
        b.model()->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(b.model()->rowCount() > 0, 10000);
        const QModelIndex pub = b.model()->index(0, 0);
        QCOMPARE(pub.data().toString(), QStringLiteral("public"));
        QTRY_VERIFY(b.view()->isExpanded(b.proxy()->mapFromSource(pub)));
        const QModelIndex tables = b.model()->index(0, 0, pub);
        b.view()->expand(b.proxy()->mapFromSource(tables)); // the view fetches on expand
        QTRY_VERIFY_WITH_TIMEOUT(b.model()->rowCount(tables) >= 1, 10000);
        QCOMPARE(b.model()->index(0, 0, tables).data().toString(), QStringLiteral("items"));
        // Schemas the user never opened stay unloaded.
        bool otherLoaded = false;
        for (int r = 0; r < b.model()->rowCount(); ++r) {
            const QModelIndex schema = b.model()->index(r, 0);
            if (schema.data().toString() == u"other")
                otherLoaded = !b.model()->canFetchMore(b.model()->index(0, 0, schema));
        }
        QVERIFY(!otherLoaded);

        // A narrow dock scrolls sideways instead of squeezing the names to "..."; a wide
        // one gives Name all the room the other columns leave.
        QHeaderView *header = b.view()->header();
        b.resize(200, 300);
        QTRY_VERIFY(header->sectionSize(CatalogTreeModel::NameColumn) >= b.nameColumnFloor());
        QTRY_VERIFY(b.view()->horizontalScrollBar()->maximum() > 0);
        b.resize(900, 300);
        QTRY_COMPARE(header->length(), b.view()->viewport()->width());
        QVERIFY(header->sectionSize(CatalogTreeModel::NameColumn) > b.nameColumnFloor());
        QCOMPARE(b.view()->horizontalScrollBar()->maximum(), 0);
    }

    // The filter finds objects in schemas that were never opened (it loads every
    // schema's groups), keeps only the path down to what matches, and the tree sorts
    // tables by row estimate and size, not by the text shown.
    void objectBrowserFiltersAndSorts()
    {
        Session s;
        QVERIFY(s.open(m_db).result().ok());
        ObjectBrowser b;
        b.resize(400, 400);
        b.show();
        QAbstractItemModelTester tester(b.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        b.setSession(&s);
        b.model()->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(b.model()->rowCount() >= 2, 10000);

        QTest::keyClick(&b, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(b.filterEdit()->hasFocus());
        QTest::keyClicks(b.filterEdit(), QStringLiteral("ORDER"));
        // Only schema "other" has matches: other > Tables > big_orders, small_orders;
        // other > Views > "Order view"; public and its groups disappear.
        QTRY_COMPARE_WITH_TIMEOUT(b.proxy()->rowCount(), 1, 10000);
        const QModelIndex other = b.proxy()->index(0, 0);
        QCOMPARE(other.data().toString(), QStringLiteral("other"));
        QTRY_COMPARE_WITH_TIMEOUT(b.proxy()->rowCount(other), 2, 10000); // Tables, Views (no Functions)
        const QModelIndex tables = b.proxy()->index(0, 0, other);
        QTRY_COMPARE_WITH_TIMEOUT(b.proxy()->rowCount(tables), 2, 10000);
        QCOMPARE(b.proxy()->index(1, 0, other).data().toString(), QStringLiteral("Views"));
        QTRY_COMPARE(b.proxy()->rowCount(b.proxy()->index(1, 0, other)), 1);
        QCOMPARE(b.proxy()->index(0, 0, b.proxy()->index(1, 0, other)).data().toString(), QStringLiteral("Order view"));
        QVERIFY(b.view()->isExpanded(tables));
        // "schema.name" matches too.
        b.filterEdit()->setText(QStringLiteral("public.ite"));
        QTRY_COMPARE(b.proxy()->rowCount(), 1);
        QCOMPARE(b.proxy()->index(0, 0).data().toString(), QStringLiteral("public"));

        // Sorting by rows: small_orders (3 rows) sorts below big_orders (2,000) in
        // descending order although "3" > "2,000" as text.
        b.filterEdit()->setText(QStringLiteral("_orders"));
        QTRY_COMPARE(b.proxy()->rowCount(), 1);
        const QModelIndex t = b.proxy()->index(0, 0, b.proxy()->index(0, 0));
        QTRY_COMPARE(b.proxy()->rowCount(t), 2);
        b.view()->sortByColumn(CatalogTreeModel::RowsColumn, Qt::DescendingOrder);
        QCOMPARE(b.proxy()->index(0, 0, t).data().toString(), QStringLiteral("big_orders"));
        QCOMPARE(b.proxy()->index(1, 0, t).data().toString(), QStringLiteral("small_orders"));
        b.view()->sortByColumn(CatalogTreeModel::SizeColumn, Qt::AscendingOrder);
        QCOMPARE(b.proxy()->index(0, 0, t).data().toString(), QStringLiteral("small_orders"));
        // Schemas keep the server's order whatever the sort: public stays first.
        b.filterEdit()->clear();
        QTRY_VERIFY(b.proxy()->rowCount() >= 2);
        QCOMPARE(b.proxy()->index(0, 0).data().toString(), QStringLiteral("public"));
    }

    void elidedLabelShrinksAndKeepsItsText()
    {
        const QString text = QStringLiteral("Source: 20240701090000_workspace_scoped_keys.sql · its down section is checked for the rollback");
        ElidedLabel label(text);
        QLabel plain(text);
        QCOMPARE(label.text(), text);
        QCOMPARE(label.sizeHint(), plain.sizeHint());                       // wants the whole text
        QVERIFY(label.minimumSizeHint().width() < plain.minimumSizeHint().width() / 4); // but can shrink
        QCOMPARE(label.minimumSizeHint().height(), plain.minimumSizeHint().height());
        label.resize(plain.sizeHint());
        QVERIFY(!label.isElided());
        label.resize(120, label.height());
        QVERIFY(label.isElided());
        QCOMPARE(label.text(), text);
        // It paints the cut text: the right end of a narrow label is not blank.
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        const QImage img = label.grab().toImage();
        bool ink = false;
        for (int x = img.width() * 3 / 4; x < img.width() - 2 && !ink; ++x)
            for (int y = 0; y < img.height() && !ink; ++y)
                ink = qGray(img.pixel(x, y)) < 128;
        QVERIFY(ink);
    }

    void startPageListsRecentConnections()
    {
        StartPage page;
        auto *list = page.findChild<QListWidget *>(QStringLiteral("recentConnections"));
        QVERIFY(list);
        QSignalSpy spy(&page, &StartPage::recentRequested);
        ProfileStore::addRecent(m_db);
        page.refreshRecent();
        QVERIFY(list->count() >= 1);
        emit list->itemActivated(list->item(0));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<ConnectionProfile>().dbname, m_db.dbname);
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
