// The main window, offscreen: connect, status bar, object browser, the demo.
#include "TestServer.h"
#include "ErrorBanner.h"
#include "MainWindow.h"
#include "DiffSourcePicker.h"
#include "DiffView.h"
#include "HistoryView.h"
#include "PreflightView.h"
#include "RunbookView.h"
#include "items/RunbookStepsModel.h"
#include "SquashView.h"
#include "items/FindingsModel.h"
#include "items/HistoryTableModel.h"
#include "ObjectBrowser.h"
#include "items/CatalogFilterProxy.h"
#include "items/CatalogTreeModel.h"
#include "pg/Session.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QHeaderView>
#include <QTabWidget>
#include <QTreeView>
#include <QMenuBar>
#include <QAction>
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
        QStringList tabs;
        for (int i = 0; i < w.tabs()->count(); ++i)
            tabs << w.tabs()->tabText(i);
        QCOMPARE(tabs, (QStringList{QStringLiteral("Start"), QStringLiteral("History"), QStringLiteral("Squash"),
                                    QStringLiteral("Diff"), QStringLiteral("Pre-flight"), QStringLiteral("Runbook")}));
        QVERIFY(w.showTab(QStringLiteral("runbook")));
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
        // the Objects dock opens with every column in view, Size included
        QTreeView *tree = w.objectBrowser()->view();
        QTRY_VERIFY_WITH_TIMEOUT(tree->isExpanded(w.objectBrowser()->proxy()->mapFromSource(tables)), 10000);
        QTest::qWait(100); // the columns sized to their contents follow the rows now shown
        const QHeaderView *header = tree->header();
        const int right = header->sectionViewportPosition(CatalogTreeModel::SizeColumn) + header->sectionSize(CatalogTreeModel::SizeColumn);
        QVERIFY2(right <= tree->viewport()->width(), qPrintable(QStringLiteral("the Size column ends at %1 px, the tree is %2 px wide")
                                                                    .arg(right).arg(tree->viewport()->width())));
        // the ledger holds every migration but the pending one
        auto r = w.session()->query(QStringLiteral("SELECT count(*) FROM schema_migrations")).result();
        STRATA_VERIFY_OK(r.error);
        QVERIFY(r.toInt64(0, 0) >= 10);

        // the history loads the demo folder and hands the pending migration to Pre-flight
        QTRY_VERIFY_WITH_TIMEOUT(w.historyView()->model()->rowCount() > 10, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w.preflightView()->sql().contains(QStringLiteral("workspace_id")), 10000);
        QVERIFY(w.preflightView()->sourceName().contains(QStringLiteral("workspace_scoped_keys")));
        // the diff tab compares this database with the folder replayed
        QCOMPARE(w.diffView()->sourceA()->kind(), DiffSourcePicker::CurrentConnection);
        QVERIFY(w.diffView()->sourceB()->text().endsWith(QStringLiteral("db/migrations")));

        // running the check from the History tab switches to Pre-flight and finds the collisions
        QSignalSpy checked(w.preflightView(), &PreflightView::finished);
        QVERIFY(w.historyView()->selectFirstPending());
        w.historyView()->preflightSelected();
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.preflightView()));
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 120000);
        QCOMPARE(checked.first().first().toBool(), true);
        QVERIFY(w.preflightView()->model()->rowCount() > 0);
        // the seed data shares agent handles across workspaces: the down section's global
        // UNIQUE (handle) could not be restored after the forward step
        bool rollbackCollision = false;
        for (const auto &f : w.preflightView()->report().findings)
            rollbackCollision |= f.category == QStringLiteral("rollback") && f.table == QStringLiteral("agents") && f.count > 0;
        QVERIFY(rollbackCollision);

        QVERIFY(w.showTab(QStringLiteral("diff")));
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.diffView()));
        QVERIFY(!w.showTab(QStringLiteral("nonsense")));
        // the pending migration opens as a runbook: steps shown, nothing run
        QVERIFY(w.historyView()->selectFirstPending());
        w.historyView()->runbookSelected();
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.runbookView()));
        QTRY_VERIFY_WITH_TIMEOUT(w.runbookView()->model()->rowCount() > 5, 20000);
        auto still = w.session()->query(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'agents_workspace_id_handle_key'")).result();
        STRATA_VERIFY_OK(still.error);
        QCOMPARE(still.toInt64(0, 0), 0);
        // Runbook → Roll back what ran: offered only once something ran.
        QAction *rollback = nullptr;
        for (QAction *a : w.menuBar()->findChildren<QAction *>())
            if (a->text() == QStringLiteral("Roll &back what ran"))
                rollback = a;
        QVERIFY(rollback);
        QVERIFY(!rollback->isEnabled());
        QCOMPARE(rollback->isEnabled(), w.runbookView()->canRollBack());
        // the squash tab starts from the demo's folder
        QVERIFY(w.squashView()->folder().endsWith(QStringLiteral("db/migrations")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
