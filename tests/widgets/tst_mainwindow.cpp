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
#include <QTemporaryDir>
#include <QHeaderView>
#include <QTabWidget>
#include <QTreeView>
#include <QMenuBar>
#include <QAction>
#include <QTest>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QListWidget>
#include "SqlView.h"
#include "DiffChart.h"
#include "items/DiffTreeModel.h"

using namespace strata;

namespace {
QModelIndex childNamed(const QAbstractItemModel *m, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < m->rowCount(parent); ++r)
        if (m->index(r, 0, parent).data().toString() == name)
            return m->index(r, 0, parent);
    return {};
}

// Connects the window and waits until it is connected.
bool connectAndWait(MainWindow &w, const ConnectionProfile &p)
{
    QSignalSpy connected(&w, &MainWindow::connected);
    w.connectTo(p);
    return QTest::qWaitFor([&connected] { return connected.count() > 0; }, 15000);
}

// Compares the Diff tab's A (the connection) with database b and waits; true when it compared.
bool compareWith(DiffView *d, const ConnectionProfile &b)
{
    d->sourceB()->setSpec(b.displayString());
    QSignalSpy compared(d, &DiffView::finished);
    d->compare();
    return QTest::qWaitFor([&compared] { return compared.count() > 0; }, 60000) && compared.first().first().toBool();
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
                                    QStringLiteral("Diff"), QStringLiteral("Pre-flight"), QStringLiteral("Runbook"), QStringLiteral("Fleet")}));
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

    // issue 19: opened on a connection (the command line's), the Diff tab starts from it.
    void diffStartsFromTheConnection()
    {
        auto db = test::freshDatabase(QStringLiteral("diffa"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        MainWindow w;
        w.show();
        QVERIFY(connectAndWait(w, *db));
        QCOMPARE(w.diffView()->sourceA()->kind(), DiffSourcePicker::CurrentConnection);
    }

    // issue 22: a failed attempt (missing database, wrong password) leaves the session as it was.
    void failedConnectKeepsTheSession()
    {
        auto db = test::freshDatabase(QStringLiteral("keep"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        MainWindow w;
        w.show();
        QSignalSpy connected(&w, &MainWindow::connected);
        w.connectTo(*db);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        Session *before = w.session();
        ConnectionProfile missing = *db;
        missing.dbname = QStringLiteral("no_such_database");
        w.connectTo(missing);
        QTRY_VERIFY_WITH_TIMEOUT(!w.banner()->isHidden(), 15000);
        QCOMPARE(w.banner()->error().kind, Error::Kind::MissingDatabase);
        QCOMPARE(w.session(), before);
        QVERIFY(w.session()->isOpen());
        QVERIFY2(w.statusText().contains(db->dbname), qPrintable(w.statusText()));
        QCOMPARE(connected.count(), 1);
        // the views still work on it
        auto *model = w.objectBrowser()->model();
        QTRY_VERIFY_WITH_TIMEOUT(childNamed(model, {}, QStringLiteral("public")).isValid(), 10000);
    }

    // issue 22: results are tied to the connection they came from.
    void connectingElsewhereClearsStaleResults()
    {
        auto db1 = test::freshDatabase(QStringLiteral("stale1"));
        STRATA_VERIFY_OK(db1 ? Error() : db1.error());
        auto db2 = test::freshDatabase(QStringLiteral("stale2"));
        STRATA_VERIFY_OK(db2 ? Error() : db2.error());
        STRATA_VERIFY_OK(test::runScript(*db2, QStringLiteral("CREATE TABLE public.only_in_b(id int PRIMARY KEY)")));
        // a dbmate ledger in db1
        STRATA_VERIFY_OK(test::runScript(*db1, QStringLiteral("CREATE TABLE public.schema_migrations(version varchar(128) PRIMARY KEY);"
                                                              "INSERT INTO public.schema_migrations VALUES ('20240101000000'), ('20240202000000');")));
        MainWindow w;
        w.show();
        QVERIFY(connectAndWait(w, *db1));

        // Diff: A = this connection, B = the other database
        DiffView *d = w.diffView();
        QVERIFY(compareWith(d, *db2));
        QVERIFY(d->comparison());
        QVERIFY(d->runbookButton()->isEnabled());
        // History of db1 (its ledger: none)
        QSignalSpy loaded(w.historyView(), &HistoryView::loaded);
        w.historyView()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(w.historyView()->model()->rowCount(), 2);
        QVERIFY(!w.historyView()->summaryLabel()->text().isEmpty());
        // a runbook built for db1
        w.runbookView()->loadSql(QStringLiteral("CREATE TABLE public.t1(id int);"), QStringLiteral("t1.sql"));
        QTRY_VERIFY_WITH_TIMEOUT(w.runbookView()->runButton()->isEnabled(), 15000);

        QVERIFY(connectAndWait(w, *db2));
        // the diff of the previous connection is gone and cannot go to the runbook
        QVERIFY(!d->comparison());
        QCOMPARE(d->model()->rowCount(), 0);
        QVERIFY(d->scriptView()->sql().isEmpty());
        QVERIFY(!d->runbookButton()->isEnabled());
        QVERIFY(!d->canOpenInRunbook());
        // History dropped db1's ledger
        QCOMPARE(w.historyView()->model()->rowCount(), 0);
        QVERIFY(w.historyView()->summaryLabel()->text().isEmpty());
        // the runbook stays built for db1 and does not run against db2
        QCOMPARE(w.runbookView()->targetProfile().dbname, db1->dbname);
        QVERIFY(!w.runbookView()->isOnTarget());
        QVERIFY(!w.runbookView()->runButton()->isEnabled());
        QVERIFY(!w.runbookView()->retargetButton()->isHidden());
        QVERIFY(w.runbookView()->errorBanner()->text().contains(db1->dbname));
        w.runbookView()->runStep(); // refused
        QTest::qWait(300);
        auto c = test::connectRw(*db2);
        STRATA_VERIFY_OK(c ? Error() : c.error());
        QCOMPARE((*c)->exec(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 't1'")).toInt64(0, 0), 0);
        // re-targeted explicitly, it runs here
        w.runbookView()->retarget();
        QCOMPARE(w.runbookView()->targetProfile().dbname, db2->dbname);
        QTRY_VERIFY_WITH_TIMEOUT(w.runbookView()->runButton()->isEnabled(), 15000);
        QVERIFY(w.runbookView()->retargetButton()->isHidden());
    }

    // issue 19: the window does not resize itself when a compare fills the Diff tab.
    void compareDoesNotResizeTheWindow()
    {
        auto db1 = test::freshDatabase(QStringLiteral("size1"));
        STRATA_VERIFY_OK(db1 ? Error() : db1.error());
        auto db2 = test::freshDatabase(QStringLiteral("size2"));
        STRATA_VERIFY_OK(db2 ? Error() : db2.error());
        STRATA_VERIFY_OK(test::runScript(*db2, QStringLiteral(
            "CREATE TABLE public.a_table_with_a_rather_long_name_for_the_summary_line(id int PRIMARY KEY);"
            "CREATE TABLE public.second(id int); CREATE VIEW public.v AS SELECT 1 AS one;")));
        MainWindow w;
        w.show();
        QVERIFY(connectAndWait(w, *db1));
        QVERIFY(w.showTab(QStringLiteral("diff")));
        // the smallest size the window allows: any growth of the content's minimum would show
        w.resize(w.minimumSize());
        QTest::qWait(50);
        const QSize before = w.size();
        for (int round = 1; round <= 2; ++round) {
            QVERIFY(compareWith(w.diffView(), *db2));
            QTest::qWait(100); // layouts settle
            QCOMPARE(w.size(), before);
        }
    }

    // issue 22: a failed compare does not leave the old result under its error.
    void failedCompareClearsTheOldResult()
    {
        auto db1 = test::freshDatabase(QStringLiteral("fail1"));
        STRATA_VERIFY_OK(db1 ? Error() : db1.error());
        STRATA_VERIFY_OK(test::runScript(*db1, QStringLiteral("CREATE TABLE public.x(id int)")));
        auto db2 = test::freshDatabase(QStringLiteral("fail2"));
        STRATA_VERIFY_OK(db2 ? Error() : db2.error());
        MainWindow w;
        w.show();
        QVERIFY(connectAndWait(w, *db1));
        DiffView *d = w.diffView();
        QVERIFY(compareWith(d, *db2));
        QVERIFY(d->model()->rowCount() > 0);
        ConnectionProfile gone = *db2;
        gone.dbname = QStringLiteral("no_such_database");
        QVERIFY(!compareWith(d, gone));
        QVERIFY(!d->banner()->isHidden());
        QVERIFY(!d->comparison());
        QCOMPARE(d->model()->rowCount(), 0);
        QVERIFY(d->scriptView()->sql().isEmpty());
        QVERIFY(!d->runbookButton()->isEnabled());
    }

    // issue 22: the status bar does not say "read-only" while a runbook step writes.
    void statusBarSaysWhenARunbookWrites()
    {
        auto db = test::freshDatabase(QStringLiteral("writes"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        MainWindow w;
        w.show();
        QTemporaryDir journals;
        w.runbookView()->setJournalFolder(journals.path());
        QVERIFY(connectAndWait(w, *db));
        QVERIFY(w.statusText().contains(QStringLiteral("Review (read-only)")));
        w.runbookView()->loadSql(QStringLiteral("CREATE TABLE public.slow AS SELECT pg_sleep(2) AS s;"), QStringLiteral("slow.sql"));
        QTRY_VERIFY_WITH_TIMEOUT(w.runbookView()->runButton()->isEnabled(), 15000);
        QSignalSpy done(w.runbookView(), &RunbookView::stepFinished);
        w.runbookView()->runStep();
        QTRY_VERIFY_WITH_TIMEOUT(w.statusText().contains(QStringLiteral("Runbook writing")), 5000);
        QVERIFY2(!w.statusText().contains(QStringLiteral("read-only")), qPrintable(w.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY2(w.statusText().contains(QStringLiteral("Review (read-only)")), qPrintable(w.statusText()));
    }

    // issue 22: stopping before the first step names no journal.
    void stopBeforeTheFirstStepNamesNoJournal()
    {
        RunbookView v;
        v.loadSql(QStringLiteral("CREATE TABLE public.t(id int);"), QStringLiteral("t.sql"));
        v.stopRun();
        const QString text = v.errorBanner()->text();
        QVERIFY2(!text.contains(QStringLiteral("journal  can")) && !text.contains(QStringLiteral("journal %1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("nothing ran")), qPrintable(text));
    }

    // issue 22: Ctrl+F works from every tab; Ctrl+P and Ctrl+Shift+Z are in the menus.
    void shortcutsAreWindowWideAndInTheMenus()
    {
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.showTab(QStringLiteral("preflight")));
        w.preflightView()->editor()->setFocus();
        QTRY_VERIFY(w.preflightView()->editor()->hasFocus());
        QTest::keyClick(w.preflightView()->editor(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w.objectBrowser()->filterEdit()->hasFocus());

        QStringList shortcuts;
        for (QAction *menu : w.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (!a->shortcut().isEmpty())
                    shortcuts << a->shortcut().toString(QKeySequence::PortableText);
        QVERIFY2(shortcuts.contains(QStringLiteral("Ctrl+F")), qPrintable(shortcuts.join(u',')));
        QVERIFY2(shortcuts.contains(QStringLiteral("Ctrl+P")), qPrintable(shortcuts.join(u',')));
        QVERIFY2(shortcuts.contains(QStringLiteral("Ctrl+Shift+Z")), qPrintable(shortcuts.join(u',')));
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
        // grouped as dbmate runs it (one transaction with every statement of the up section),
        // ending with the version recorded in schema_migrations as dbmate does
        // after a backup step for each table it writes
        QTRY_COMPARE_WITH_TIMEOUT(w.runbookView()->model()->runbook().steps.value(w.runbookView()->model()->rowCount() - 1).ledger.version,
                                  QStringLiteral("20240701090000"), 60000);
        const auto &demoSteps = w.runbookView()->model()->runbook().steps;
        QVERIFY(demoSteps.size() >= 2);
        for (int i = 0; i + 1 < demoSteps.size(); ++i)
            QCOMPARE(demoSteps[i].mode, strata::runbook::StepMode::Backup);
        QVERIFY(demoSteps.last().statements.size() >= 10);
        // the pre-flight's rollback finding travels with the step
        QVERIFY2(demoSteps.last().findings.join(u'\n').contains(QStringLiteral("Rollback is NOT possible with today's data")),
                 qPrintable(demoSteps.last().findings.join(u'\n')));
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
