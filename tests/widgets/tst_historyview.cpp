// The History tab on the real demo: ledger written by the demo loader, folder on disk.
#include "TestServer.h"
#include "ErrorBanner.h"
#include "HistoryTimeline.h"
#include "HistoryView.h"
#include "RevisionGraph.h"
#include "SqlView.h"
#include "demo/DemoProject.h"
#include "items/HistoryTableModel.h"
#include "pg/Session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextStream>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

class TestHistoryView : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;
    QTemporaryDir m_project;
    int m_files = 0;

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(test::ensureServer());
        m_db = test::server().profile(QStringLiteral("history_demo"));
        STRATA_VERIFY_OK(DemoProject::load(test::server(), m_db.dbname));
        QVERIFY(m_project.isValid());
        STRATA_VERIFY_OK(DemoProject::extractTo(m_project.path()));
        m_files = int(QDir(m_project.path() + QStringLiteral("/db/migrations")).entryList({QStringLiteral("*.sql")}).size());
        QVERIFY(m_files >= 10);
    }

    void showsAppliedAndPendingFromLedgerAndFolder()
    {
        Session s;
        QVERIFY(s.open(m_db).result().ok());
        HistoryView v;
        QAbstractItemModelTester tester(v.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(v.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        v.resize(1000, 700);
        v.setSession(&s);
        v.setFolder(m_project.path() + QStringLiteral("/db/migrations"));
        QSignalSpy loaded(&v, &HistoryView::loaded);
        v.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(loaded.first().first().toBool(), true);
        const HistoryResult &r = v.model()->result();
        QCOMPARE(r.ledgerTool, QStringLiteral("dbmate"));
        QCOMPARE(v.model()->rowCount(), m_files);
        QCOMPARE(r.summary.applied, m_files - 1);
        QCOMPARE(r.summary.pending, 1);
        // the pending one is the last file
        QCOMPARE(r.entries.last().state, HistoryEntry::State::Pending);
        QVERIFY(v.summaryLabel()->text().contains(QStringLiteral("1 pending")));

        // filter: only pending
        v.stateFilter()->setCurrentIndex(v.stateFilter()->findData(QStringLiteral("pending")));
        QCOMPARE(v.proxy()->rowCount(), 1);
        v.stateFilter()->setCurrentIndex(0);
        QCOMPARE(v.proxy()->rowCount(), m_files);

        // the graph has one node per migration, a chain for a linear tool
        QCOMPARE(v.graph()->nodeCount(), m_files);
        QCOMPARE(v.graph()->edgeCount(), m_files - 1);
        // the timeline counts every applied migration and the pending one
        int applied = 0, pending = 0;
        const auto months = HistoryTimeline::bucket(r);
        for (const auto &p : months) {
            applied += p.first;
            pending += p.second;
        }
        QCOMPARE(applied, m_files - 1);
        QCOMPARE(pending, 1);

        // the pending migration goes to the Pre-flight tab with its forward SQL only
        QSignalSpy preflight(&v, &HistoryView::preflightRequested);
        v.table()->clearSelection();
        v.preflightSelected();
        QCOMPARE(preflight.count(), 0); // nothing selected, nothing sent
        v.stateFilter()->setCurrentIndex(v.stateFilter()->findData(QStringLiteral("pending")));
        v.table()->selectRow(0);
        v.table()->setCurrentIndex(v.proxy()->index(0, 0));
        QVERIFY(v.selectedFile());
        v.preflightSelected();
        QCOMPARE(preflight.count(), 1);
        const QString sql = preflight.first().at(0).toString();
        QVERIFY2(sql.contains(QStringLiteral("workspace_id")), qPrintable(sql));
        QVERIFY(!sql.contains(QStringLiteral("migrate:down")));
        QVERIFY(preflight.first().at(1).toString().endsWith(QStringLiteral(".sql")));
        // the down section goes along, for the rollback checks
        QVERIFY(preflight.first().at(2).toString().contains(QStringLiteral("agents_handle_idx")));
        // with the file line the up section starts at (issue 22.8): the report names file lines
        const MigrationFile *f = v.selectedFile();
        QVERIFY(f->upLine > 1);
        QCOMPARE(preflight.first().at(4).toInt(), f->upLine);
    }

    // issue 19: dbmate records only the version: no empty Applied / By / Duration columns.
    // issue 22: a migration's SQL can be read without running anything.
    void hidesEmptyColumnsAndShowsTheSql()
    {
        Session s;
        QVERIFY(s.open(m_db).result().ok());
        HistoryView v;
        v.resize(1000, 700);
        v.setSession(&s);
        v.setFolder(m_project.path() + QStringLiteral("/db/migrations"));
        QSignalSpy loaded(&v, &HistoryView::loaded);
        v.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(v.model()->result().ledgerTool, QStringLiteral("dbmate"));
        QVERIFY(v.table()->isColumnHidden(HistoryTableModel::AppliedAtColumn));
        QVERIFY(v.table()->isColumnHidden(HistoryTableModel::AppliedByColumn));
        QVERIFY(v.table()->isColumnHidden(HistoryTableModel::DurationColumn));
        QVERIFY(!v.table()->isColumnHidden(HistoryTableModel::VersionColumn));
        QVERIFY(!v.table()->isColumnHidden(HistoryTableModel::FileColumn));

        QVERIFY(v.selectFirstPending());
        const MigrationFile *f = v.selectedFile();
        QVERIFY(f);
        QVERIFY2(v.sqlView()->sql().startsWith(f->upSql), qPrintable(v.sqlView()->sql().left(200)));
        QVERIFY(v.sqlView()->sql().contains(QStringLiteral("agents_handle_idx"))); // the down section too

        // another connection: the ledger and what was drawn from it go
        Session other;
        QVERIFY(other.open(m_db).result().ok());
        v.setSession(&other);
        QCOMPARE(v.model()->rowCount(), 0);
        QVERIFY(v.summaryLabel()->text().isEmpty());
        QVERIFY(v.sqlView()->sql().isEmpty());
        QCOMPARE(v.graph()->nodeCount(), 0);
    }

    // issue 19: a Prisma migration folder's name is not shown twice ("20240824000000_init / init").
    void prismaNamesAreShownOnce()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("20240824000000_init")));
        QFile sql(dir.path() + QStringLiteral("/20240824000000_init/migration.sql"));
        QVERIFY(sql.open(QIODevice::WriteOnly));
        sql.write("CREATE TABLE \"User\" (id serial PRIMARY KEY);\n");
        sql.close();
        QFile lock(dir.path() + QStringLiteral("/migration_lock.toml"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("provider = \"postgresql\"\n");
        lock.close();
        // Prisma's ledger: the migration applied, and one whose folder is gone (a ghost)
        ConnectionProfile db = m_db;
        db.dbname = QStringLiteral("history_prisma");
        STRATA_VERIFY_OK(test::server().createDatabase(db.dbname));
        STRATA_VERIFY_OK(test::runScript(db, QStringLiteral(
            "CREATE TABLE \"_prisma_migrations\" (\"id\" VARCHAR(36) PRIMARY KEY NOT NULL, \"checksum\" VARCHAR(64) NOT NULL,"
            " \"finished_at\" TIMESTAMPTZ, \"migration_name\" VARCHAR(255) NOT NULL, \"logs\" TEXT, \"rolled_back_at\" TIMESTAMPTZ,"
            " \"started_at\" TIMESTAMPTZ NOT NULL DEFAULT now(), \"applied_steps_count\" INTEGER NOT NULL DEFAULT 0);"
            "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES"
            " ('a', 'x', now(), '20240824000000_init', 1), ('b', 'y', now(), '20240901000000_gone', 1);")));
        Session s;
        QVERIFY(s.open(db).result().ok());
        HistoryView v;
        v.setSession(&s);
        v.setFolder(dir.path());
        QSignalSpy loaded(&v, &HistoryView::loaded);
        v.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(v.model()->rowCount(), 2);
        QStringList shown;
        for (int r = 0; r < 2; ++r)
            shown << v.model()->index(r, HistoryTableModel::VersionColumn).data().toString() + u'|'
                         + v.model()->index(r, HistoryTableModel::NameColumn).data().toString();
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("20240824000000|init"), QStringLiteral("20240901000000|gone")}));
    }

    void ghostWhenAFileDisappears()
    {
        QTemporaryDir copy;
        STRATA_VERIFY_OK(DemoProject::extractTo(copy.path()));
        const QString dir = copy.path() + QStringLiteral("/db/migrations");
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QVERIFY(QFile::remove(dir + u'/' + files.first())); // what a squash leaves behind
        Session s;
        QVERIFY(s.open(m_db).result().ok());
        HistoryView v;
        v.setSession(&s);
        v.setFolder(dir);
        QSignalSpy loaded(&v, &HistoryView::loaded);
        v.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        QCOMPARE(v.model()->result().summary.ghost, 1);
        v.stateFilter()->setCurrentIndex(v.stateFilter()->findData(QStringLiteral("problems")));
        QCOMPARE(v.proxy()->rowCount(), 2); // the ghost and the pending one
    }

    void errorsShowInPlace()
    {
        HistoryView v;
        QSignalSpy loaded(&v, &HistoryView::loaded);
        v.reload(); // no session
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!v.banner()->isHidden());

        Session s;
        QVERIFY(s.open(m_db).result().ok());
        v.setSession(&s);
        v.setFolder(QStringLiteral("/nonexistent/migrations"));
        v.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
        QCOMPARE(loaded.last().first().toBool(), false);
        QVERIFY(!v.banner()->error().message.isEmpty());
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
