// The main window, offscreen: connect, status bar, object browser, the demo.
#include "TestServer.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "ObjectBrowser.h"
#include "items/CatalogTreeModel.h"
#include "pg/Session.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace strata;

namespace {
QModelIndex childNamed(const QAbstractItemModel *m, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < m->rowCount(parent); ++r)
        if (m->index(r, 0, parent).data().toString() == name)
            return m->index(r, 0, parent);
    return {};
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void connectsInReviewModeAndBrowses()
    {
        auto db = test::freshDatabase(QStringLiteral("mainwindow"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        STRATA_VERIFY_OK(test::runScript(*db, QStringLiteral("CREATE TABLE public.orders(id int)")));
        MainWindow w;
        w.show();
        QSignalSpy connected(&w, &MainWindow::connected);
        w.connectTo(*db);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QVERIFY2(w.statusText().contains(QStringLiteral("Review (read-only)")), qPrintable(w.statusText()));
        QVERIFY(w.statusText().contains(QStringLiteral("PostgreSQL 1")));
        QVERIFY(w.statusText().contains(QStringLiteral("sslmode=disable")));
        QVERIFY(w.session()->info().readOnly);
        auto *model = w.objectBrowser()->model();
        QTRY_VERIFY_WITH_TIMEOUT(childNamed(model, {}, QStringLiteral("public")).isValid(), 10000);
        QCOMPARE(w.tabs()->count(), 5);
    }

    void connectionFailureShowsBannerInPlace()
    {
        ConnectionProfile p = test::server().profile(QStringLiteral("does_not_exist"));
        MainWindow w;
        w.show();
        w.connectTo(p);
        QTRY_VERIFY_WITH_TIMEOUT(!w.banner()->isHidden(), 15000);
        QCOMPARE(w.banner()->error().kind, Error::Kind::MissingDatabase);
        QVERIFY(w.statusText().contains(QStringLiteral("Not connected")));
    }

    void opensTheDemo()
    {
        MainWindow w;
        w.show();
        QSignalSpy connected(&w, &MainWindow::connected);
        w.openDemo();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 120000);
        QCOMPARE(w.session()->info().dbname, QStringLiteral("strata_demo"));
        auto *model = w.objectBrowser()->model();
        QTRY_VERIFY_WITH_TIMEOUT(childNamed(model, {}, QStringLiteral("public")).isValid(), 10000);
        const QModelIndex tables = model->index(0, 0, childNamed(model, {}, QStringLiteral("public")));
        if (model->canFetchMore(tables))
            model->fetchMore(tables);
        QTRY_VERIFY_WITH_TIMEOUT(childNamed(model, tables, QStringLiteral("agents")).isValid(), 10000);
        QVERIFY(childNamed(model, tables, QStringLiteral("schema_migrations")).isValid());
        // the ledger holds every migration but the pending one
        auto r = w.session()->query(QStringLiteral("SELECT count(*) FROM schema_migrations")).result();
        STRATA_VERIFY_OK(r.error);
        QVERIFY(r.toInt64(0, 0) >= 10);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
