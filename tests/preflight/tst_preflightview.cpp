// The Pre-flight tab on the real demo: the pending migration's up section (its down
// section as the rollback), run on a read-only session, findings in the model, the
// chart, the drill-down, filter, copy and export; cancel; a parse error in place.
// With STRATA_SCREENSHOT_DIR set, it saves preflight.png of the view after the run.
#include "TestServer.h"
#include "ErrorBanner.h"
#include "FindingsChart.h"
#include "FindingsDetail.h"
#include "ViewActions.h"
#include "PreflightView.h"
#include "SqlView.h"
#include "demo/DemoProject.h"
#include "history/DbmateFormat.h"
#include "items/FindingsModel.h"
#include "pg/Session.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace strata;
using preflight::Severity;

namespace {
const char *kPending = "20240701090000_workspace_scoped_keys.sql";

int rowOf(const PreflightView &v, const QString &rule, const QString &table = {})
{
    for (int r = 0; r < v.proxy()->rowCount(); ++r) {
        const QModelIndex i = v.proxy()->index(r, 0);
        if (i.data(FindingsModel::RuleRole).toString() == rule
            && (table.isEmpty() || v.proxy()->index(r, FindingsModel::TableColumn).data().toString() == table))
            return r;
    }
    return -1;
}
} // namespace

class TestPreflightView : public QObject
{
    Q_OBJECT
    ConnectionProfile m_demo;
    MigrationFile m_pending;
    qint64 m_handleCollisions = -1;
    ConnectionProfile m_slow;

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(test::ensureServer());
        m_demo = test::server().profile(QStringLiteral("preflight_demo"));
        test::server().dropDatabase(m_demo.dbname);
        STRATA_VERIFY_OK(DemoProject::load(test::server(), m_demo.dbname)); // all but the pending migration
        QTemporaryDir project;
        QVERIFY(project.isValid());
        STRATA_VERIFY_OK(DemoProject::extractTo(project.path()));
        QFile f(project.filePath(QStringLiteral("db/migrations/")) + QString::fromLatin1(kPending));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto parsed = DbmateFormat::parse(QString::fromLatin1(kPending), QString::fromUtf8(f.readAll()));
        STRATA_VERIFY_OK(parsed ? Error() : parsed.error());
        m_pending = *parsed;
        QVERIFY(m_pending.upSql.contains(QStringLiteral("agents_workspace_id_handle_key")));
        QVERIFY(m_pending.downSql.contains(QStringLiteral("CREATE UNIQUE INDEX agents_handle_idx")));
        // The truth, asked independently: handles shared by more than one agent.
        auto c = test::connectRw(m_demo);
        STRATA_VERIFY_OK(c ? Error() : c.error());
        ResultSet n = (*c)->exec(QStringLiteral("SELECT count(*) FROM (SELECT handle FROM agents GROUP BY handle HAVING count(*) > 1) s"));
        QVERIFY(n.ok());
        m_handleCollisions = n.toInt64(0, 0);
        QVERIFY(m_handleCollisions > 0);

        auto slow = test::freshDatabase(QStringLiteral("pfview"));
        STRATA_VERIFY_OK(slow ? Error() : slow.error());
        m_slow = *slow;
        STRATA_VERIFY_OK(test::runScript(m_slow, QStringLiteral("CREATE TABLE items(id int PRIMARY KEY, price numeric); INSERT INTO items VALUES (1, 1), (2, -1);")));
    }

    void demoPendingMigrationShowsTheCollisions()
    {
        Session s;
        QVERIFY(s.open(m_demo).result().ok());
        PreflightView v;
        QAbstractItemModelTester tester(v.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(v.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        v.resize(1440, 900);
        v.setSession(&s);
        v.setSql(m_pending.upSql, m_pending.fileName, m_pending.downSql);
        QSignalSpy finished(&v, &PreflightView::finished);
        v.run();
        QVERIFY(v.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(v.banner()->text()));
        QVERIFY(!v.isRunning());
        QVERIFY(v.report().connected);
        QVERIFY(v.report().dataChecksRun > 0);

        // The rollback collision: the down section's UNIQUE (handle) against today's agents.
        const int row = rowOf(v, QStringLiteral("rollback-infeasible"), QStringLiteral("agents"));
        QVERIFY2(row >= 0, "no rollback-infeasible finding for agents");
        const QModelIndex count = v.proxy()->index(row, FindingsModel::CountColumn);
        QCOMPARE(count.data(FindingsModel::SortRole).toLongLong(), m_handleCollisions);
        QCOMPARE(v.proxy()->index(row, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Warning));
        // ... and the forward key is clean: no handle repeats inside a workspace.
        const int fwd = rowOf(v, QStringLiteral("duplicate-key"), QStringLiteral("agents"));
        QVERIFY(fwd >= 0);
        QCOMPARE(v.proxy()->index(fwd, FindingsModel::CountColumn).data(FindingsModel::SortRole).toLongLong(), 0);
        // The false alarms of the demo are gone: the PK is dropped and re-added in one ALTER
        // TABLE, and the backfill UPDATE fills messages.workspace_id before SET NOT NULL.
        QCOMPARE(rowOf(v, QStringLiteral("constraint-exists")), -1);
        for (int r = 0; r < v.proxy()->rowCount(); ++r)
            if (v.proxy()->index(r, 0).data(FindingsModel::RuleRole).toString() == u"null-values")
                QCOMPARE(v.proxy()->index(r, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Info));

        // The chart has the agents bar with the same count.
        QVERIFY(v.chart()->bars().contains(QStringLiteral("agents")));
        QCOMPARE(v.chart()->bars().value(QStringLiteral("agents")).warning, m_handleCollisions);
        QCOMPARE(v.chart()->chart()->series().size(), 1);

        // Drill-down: the groups, the member rows, the per-workspace breakdown, the statement marked.
        v.table()->selectRow(row);
        QCOMPARE(v.detail()->groupsModel()->rowCount(), int(qMin<qint64>(m_handleCollisions, 10)));
        QVERIFY(v.detail()->samplesModel()->rowCount() > 0);
        QVERIFY(v.detail()->samplesModel()->columns().contains(QStringLiteral("handle")));
        QVERIFY(v.detail()->breakdownModel()->rowCount() > 0);
        QVERIFY(!v.detail()->statementView()->lineMarks().isEmpty());
        QVERIFY(v.detail()->statementView()->sql().contains(QStringLiteral("agents_workspace_id_handle_key")));
        QVERIFY(v.detail()->queryView()->sql().contains(QStringLiteral("GROUP BY")));
        QAbstractItemModelTester groupsTester(v.detail()->groupsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Ctrl+C text of the selected row.
        const QString copied = selectionAsTsv(v.table());
        QVERIFY2(copied.startsWith(QStringLiteral("Severity\tLine\tTable")), qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("agents")));

        // Filter and sort.
        v.filter()->setText(QStringLiteral("rollback is not"));
        QCOMPARE(v.proxy()->rowCount(), 1);
        v.filter()->clear();
        v.table()->sortByColumn(FindingsModel::CountColumn, Qt::DescendingOrder);
        QVERIFY(v.proxy()->index(0, FindingsModel::CountColumn).data(FindingsModel::SortRole).toLongLong() >= m_handleCollisions);

        // Export, written off the GUI thread.
        QTemporaryDir out;
        for (auto [format, name, needle] : {std::tuple{PreflightView::ExportFormat::Markdown, "a.md", "# Migration pre-flight audit"},
                                            std::tuple{PreflightView::ExportFormat::Html, "a.html", "<html"},
                                            std::tuple{PreflightView::ExportFormat::Json, "a.json", "\"format_version\""}}) {
            QFuture<Error> w = v.exportReport(format, out.filePath(QString::fromLatin1(name)));
            w.waitForFinished();
            STRATA_VERIFY_OK(w.result());
            QFile f(out.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY2(text.contains(needle), name);
            QVERIFY(text.contains("rollback-infeasible"));
        }

        const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            v.table()->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
            v.table()->selectRow(rowOf(v, QStringLiteral("rollback-infeasible"), QStringLiteral("agents")));
            v.show();
            QTest::qWait(400);
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(v.grab().save(QDir(dir).filePath(QStringLiteral("preflight.png"))));
        }
    }

    void cancelAndSupersede()
    {
        Session s;
        QVERIFY(s.open(m_slow).result().ok());
        PreflightView v;
        v.setSession(&s);
        v.setSql(QStringLiteral("ALTER TABLE items ADD CONSTRAINT slow CHECK ((SELECT count(*) FROM generate_series(1, 300000000)) > 0);"), QString());
        QSignalSpy finished(&v, &PreflightView::finished);
        v.run();
        QVERIFY(v.isRunning());
        QVERIFY(v.cancelButton()->isEnabled());
        QVERIFY(!v.runButton()->isEnabled());
        // Cancel once the check runs on the server.
        auto observer = test::connectRw(m_slow);
        STRATA_VERIFY_OK(observer ? Error() : observer.error());
        bool running = false;
        for (int i = 0; i < 1000 && !running; ++i) {
            QTest::qWait(10);
            running = (*observer)->exec(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND query LIKE '%IS FALSE%'"),
                                        {s.info().backendPid}).rowCount() == 1;
        }
        QVERIFY(running);
        v.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!v.isRunning());
        QVERIFY2(v.banner()->text().contains(QStringLiteral("canceled")), qPrintable(v.banner()->text()));

        // A second run supersedes the first: only the second one's result arrives.
        finished.clear();
        v.run();
        QTest::qWait(200);
        v.setSql(QStringLiteral("ALTER TABLE items ADD CONSTRAINT positive CHECK (price > 0);"), QStringLiteral("fast.sql"));
        v.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(v.report().source, QStringLiteral("fast.sql"));
        const int row = rowOf(v, QStringLiteral("check-violation"));
        QVERIFY(row >= 0);
        QCOMPARE(v.proxy()->index(row, FindingsModel::CountColumn).data(FindingsModel::SortRole).toLongLong(), 1);
        QCOMPARE(v.chart()->bars().value(QStringLiteral("items")).blocking, 1);
    }

    void parseErrorInPlace()
    {
        PreflightView v;  // no session: the parse happens all the same
        v.setSql(QStringLiteral("ALTER TABLE agents\n  ADD COLUMN x int,,;\n"), QStringLiteral("bad.sql"));
        QSignalSpy finished(&v, &PreflightView::finished);
        v.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!v.banner()->isHidden());
        QVERIFY2(v.banner()->text().contains(QStringLiteral("line 2, column 20")), qPrintable(v.banner()->text()));
        QCOMPARE(v.banner()->error().kind, Error::Kind::Parse);
        QCOMPARE(v.editor()->textCursor().blockNumber(), 1);   // the cursor sits on line 2
        QCOMPARE(v.editor()->extraSelections().size(), 2);     // line mark + the character
        QCOMPARE(v.model()->rowCount(), 0);
    }

    void offlineWithoutSession()
    {
        PreflightView v;
        v.setSql(QStringLiteral("CREATE INDEX i ON t (a);"), QString());
        QSignalSpy finished(&v, &PreflightView::finished);
        v.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!v.report().connected);
        QVERIFY(rowOf(v, QStringLiteral("require-concurrent-index-creation")) >= 0);
        QCOMPARE(rowOf(v, QStringLiteral("relation-missing")), -1); // offline knows no catalog: no "sure" errors
        QVERIFY(v.chart()->bars().isEmpty());
    }

    // A long source name is elided in its label: it does not set the view's (and the
    // main window's) minimum width, and the label still holds the whole text.
    void longSourceNameDoesNotWidenTheView()
    {
        PreflightView v;
        v.setSql(QStringLiteral("SELECT 1;"), QStringLiteral("short.sql"));
        const int base = v.minimumSizeHint().width();
        const QString longName = QStringLiteral("%1_a_migration_with_a_very_long_descriptive_name.sql").arg(QString(200, u'x'));
        v.setSql(QStringLiteral("SELECT 1;\n-- migrate:down\nSELECT 2;"), longName);
        auto *label = v.findChild<QLabel *>(QStringLiteral("sourceLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(longName));
        v.resize(900, 600);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCOMPARE(v.minimumSizeHint().width(), base);
        QVERIFY(label->width() < label->fontMetrics().horizontalAdvance(label->text()));
    }
};

QTEST_MAIN(TestPreflightView)
#include "tst_preflightview.moc"
