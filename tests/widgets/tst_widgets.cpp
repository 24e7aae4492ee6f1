// Widget smoke tests, offscreen, against a real server.
#include "TestServer.h"
#include "ConnectionDialog.h"
#include "ErrorBanner.h"
#include "ObjectBrowser.h"
#include "StartPage.h"
#include "items/CatalogTreeModel.h"
#include "pg/ProfileStore.h"
#include "pg/Session.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace strata;

class TestWidgets : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("StrataTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_widgets"));
        auto db = test::freshDatabase(QStringLiteral("widgets"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_db = *db;
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral("CREATE TABLE public.items(id int); CREATE VIEW public.v AS SELECT 1 AS one;")));
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
        QTRY_VERIFY(b.view()->isExpanded(pub));
        const QModelIndex tables = b.model()->index(0, 0, pub);
        b.view()->expand(tables); // the view fetches on expand
        QTRY_COMPARE_WITH_TIMEOUT(b.model()->rowCount(tables), 1, 10000);
        QCOMPARE(b.model()->index(0, 0, tables).data().toString(), QStringLiteral("items"));
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
