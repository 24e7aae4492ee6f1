// The Fleet tab on a generated fleet of real databases: status with the chart, a click
// on a target, pre-flight on every target, a rollout with per-target progress, pause
// and stop; the item model passes QAbstractItemModelTester. With STRATA_SCREENSHOT_DIR
// set, saves fleet.png for the README.

#include "FleetChart.h"
#include "FleetFixture.h"
#include "ErrorBanner.h"
#include "FleetView.h"
#include "fleet/FleetTargetsModel.h"
#include "pg/ScratchServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace strata;
using namespace strata::fleet;
using namespace strata::test;
using namespace strata::test::fleet;

namespace {

bool waitSpy(QSignalSpy &spy, int ms = 120000)
{
    QElapsedTimer t;
    t.start();
    while (spy.isEmpty() && t.elapsed() < ms)
        QTest::qWait(50);
    return !spy.isEmpty();
}

const QStringList kNames{QStringLiteral("acme"),    QStringLiteral("globex"),  QStringLiteral("initech"), QStringLiteral("umbrella"),
                         QStringLiteral("hooli"),   QStringLiteral("stark"),   QStringLiteral("wayne"),   QStringLiteral("tyrell"),
                         QStringLiteral("cyberdyne"), QStringLiteral("soylent"), QStringLiteral("wonka"),  QStringLiteral("aperture")};

} // namespace

class TestFleetView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_targetsFile;
    QList<ConnectionProfile> m_dbs;

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return path;
    }

    // The migration the pre-flight and the screenshot use (written by whichever runs, so
    // the screenshot also works when run alone).
    QString uniqueHandleMigration()
    {
        return writeFile(QStringLiteral("unique_handle.sql"), "ALTER TABLE items ADD CONSTRAINT items_handle_key UNIQUE (handle);\n");
    }

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(ensureServer());
        m_dir = m_tmp.filePath(QStringLiteral("migrations"));
        QVERIFY(writeMigrations(m_dir));
        QString lines;
        for (int i = 0; i < kNames.size(); ++i) {
            auto db = freshDatabase(QStringLiteral("fv_") + kNames[i]);
            QVERIFY(db);
            const Expected x = expectedFor(i);
            QString sql = applySql(x.applied, x.drift);
            // Agents' handles: some tenants have handles that collide.
            sql += QStringLiteral("INSERT INTO items (id, name, handle) SELECT g, 'item ' || g, 'h' || (g % %1) FROM generate_series(1, 40) g;\n")
                       .arg(i % 4 == 3 ? 30 : 100);
            if (i == 7) // a few extra differences for the chart
                sql += QStringLiteral("CREATE INDEX items_name_idx ON items (name); CREATE TABLE scratch_notes (id int);\n");
            STRATA_VERIFY_OK(runScript(*db, sql));
            m_dbs.append(*db);
            lines += kNames[i] + u'\t' + db->displayString() + u'\n';
        }
        m_targetsFile = writeFile(QStringLiteral("fleet.targets"), lines.toUtf8());
    }

    void statusTableChartAndDetail()
    {
        FleetView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setTargetsFile(m_targetsFile);
        view.setMigrationFolder(m_dir);
        QSignalSpy spy(&view, &FleetView::statusFinished);
        view.checkStatus();
        QVERIFY(view.isBusy());
        QVERIFY(waitSpy(spy));
        QVERIFY(spy.first().first().toBool());
        FleetTargetsModel *m = view.model();
        QCOMPARE(m->rowCount(), kNames.size());
        for (int i = 0; i < kNames.size(); ++i) {
            const Expected x = expectedFor(i);
            QCOMPARE(m->index(i, FleetTargetsModel::NameColumn).data().toString(), kNames[i]);
            QCOMPARE(m->index(i, FleetTargetsModel::PendingColumn).data().toInt(), 3 - x.applied);
            const QString state = m->index(i, FleetTargetsModel::StateColumn).data(FleetTargetsModel::StateIdRole).toString();
            QCOMPARE(state, (x.drift || i == 7) ? QStringLiteral("drift") : x.applied < 3 ? QStringLiteral("pending") : QStringLiteral("clean"));
        }
        // The chart shows the targets with drift or pending migrations, the most first.
        QVERIFY(!view.chart()->shown().isEmpty());
        QCOMPARE(view.chart()->shown().first(), QStringLiteral("tyrell"));
        // A click on a drifted target shows its differences.
        const QModelIndex src = m->index(2, 0); // initech: drift
        view.table()->setCurrentIndex(static_cast<QSortFilterProxyModel *>(view.table()->model())->mapFromSource(src));
        QVERIFY2(view.detailText().contains(QStringLiteral("table:public.items")), qPrintable(view.detailText()));
        QVERIFY(view.detailText().contains(QStringLiteral("replayed up to 20240101000003")));
    }

    void preflightMarksTheTargetsThatWouldFail()
    {
        FleetView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setTargetsFile(m_targetsFile);
        view.setMigrationFile(uniqueHandleMigration());
        QSignalSpy spy(&view, &FleetView::preflightFinished);
        view.runPreflight();
        QVERIFY(waitSpy(spy));
        QVERIFY(spy.first().first().toBool());
        for (int i = 0; i < kNames.size(); ++i) {
            const QString cell = view.model()->index(i, FleetTargetsModel::PreflightColumn).data().toString();
            QVERIFY2(cell.startsWith(QStringLiteral("would fail")) == (i % 4 == 3), qPrintable(QStringLiteral("%1: %2").arg(i).arg(cell)));
        }
    }

    void rolloutWithProgressAndStop()
    {
        // A slow rollout, stopped: nothing half done, the running step rolled back.
        FleetView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setTargetsFile(m_targetsFile);
        view.setMigrationFile(writeFile(QStringLiteral("20240402000000_slow.sql"), "-- migrate:up\nALTER TABLE items ADD COLUMN slow_flag boolean;\nSELECT pg_sleep(30);\n"));
        view.setJournalDir(m_tmp.filePath(QStringLiteral("stopped")));
        QSignalSpy spy(&view, &FleetView::rolloutFinished);
        view.startRollout();
        QVERIFY(view.isRolloutRunning());
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000) {
            bool running = false;
            for (int i = 0; i < view.model()->rowCount(); ++i)
                running = running || view.model()->index(i, FleetTargetsModel::RolloutColumn).data().toString().startsWith(QStringLiteral("step 2"));
            if (running)
                break;
            QTest::qWait(50);
        }
        view.pauseRollout(true);
        view.stopRollout();
        QVERIFY(waitSpy(spy, 60000));
        QVERIFY(!spy.first().first().toBool());
        QVERIFY(!view.isRolloutRunning());
        int stopped = 0;
        for (int i = 0; i < view.model()->rowCount(); ++i)
            stopped += view.model()->index(i, FleetTargetsModel::RolloutColumn).data(FleetTargetsModel::RolloutStateRole).toInt() == int(TargetRunState::Stopped) ? 1 : 0;
        QStringList states;
        for (int i = 0; i < view.model()->rowCount(); ++i)
            states << view.model()->index(i, FleetTargetsModel::RolloutColumn).data().toString();
        QVERIFY2(stopped > 0, qPrintable(states.join(QStringLiteral(" | ")) + view.banner()->text()));

        // A quick rollout runs everywhere.
        QSignalSpy done(&view, &FleetView::rolloutFinished);
        view.setMigrationFile(writeFile(QStringLiteral("20240401000000_flag.sql"), "-- migrate:up\nALTER TABLE items ADD COLUMN flag boolean;\n"));
        view.setJournalDir(m_tmp.filePath(QStringLiteral("quick")));
        view.startRollout();
        QVERIFY(waitSpy(done));
        QVERIFY(done.first().first().toBool());
        for (int i = 0; i < kNames.size(); ++i) {
            QCOMPARE(view.model()->index(i, FleetTargetsModel::RolloutColumn).data().toString(), QStringLiteral("done"));
            QCOMPARE(scalar(m_dbs[i], QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'flag'")), 1);
        }
    }

    // A tenant database whose login needs a password that only the keychain has: the
    // lookup (the keychain in the app) is asked once for the database's key and the
    // status is read; without it the login fails and the banner says so. A rollout's
    // resume asks it again (the saved plan keeps no passwords).
    void passwordsComeFromTheLookup()
    {
        ScratchOptions so;
        so.listenTcp = true;
        ScratchServer server(so);
        STRATA_VERIFY_OK(server.start());
        STRATA_VERIFY_OK(server.createDatabase(QStringLiteral("locked")));
        STRATA_VERIFY_OK(runScript(server.profile(QStringLiteral("locked")),
                                   QStringLiteral("CREATE SCHEMA t_a; CREATE SCHEMA t_b;"
                                                  "CREATE TABLE t_a.schema_migrations (version varchar(128) PRIMARY KEY);"
                                                  "CREATE TABLE t_b.schema_migrations (version varchar(128) PRIMARY KEY);")));
        ConnectionProfile tcp = server.tcpProfile(QStringLiteral("locked"));
        const QString key = tcp.keychainKey();
        tcp.transientPassword.clear();
        const QString uri = tcp.displayString();
        QVERIFY(!uri.contains(server.password()));
        qunsetenv("PGPASSWORD");

        for (const bool known : {true, false}) {
            FleetView view;
            QAtomicInt asked = 0;
            view.setPasswordLookup([&, known](const ConnectionProfile &p) {
                asked.fetchAndAddOrdered(1);
                return known && p.keychainKey() == key ? server.password() : QString();
            });
            view.setTenantDatabase(uri, QStringLiteral("t\\_%"));
            QSignalSpy spy(&view, &FleetView::statusFinished);
            view.checkStatus();
            QVERIFY(waitSpy(spy));
            QCOMPARE(asked.loadAcquire(), 1);
            QCOMPARE(spy.first().first().toBool(), known);
            if (known) {
                QCOMPARE(view.model()->rowCount(), 2);
            } else {
                QVERIFY(view.banner()->isVisibleTo(&view));
                QVERIFY2(view.banner()->text().contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(view.banner()->text()));
            }
        }

        // A rollout's saved plan keeps no passwords: resuming it asks the lookup again.
        // t_b fails (a table it lacks), is fixed, and the rollout is resumed.
        STRATA_VERIFY_OK(runScript(server.profile(QStringLiteral("locked")), QStringLiteral("CREATE TABLE t_a.needed (id int);")));
        const QString journal = m_tmp.filePath(QStringLiteral("locked-rollout"));
        const QString migration = writeFile(QStringLiteral("20240501000000_probe.sql"),
                                            "-- migrate:up\nCREATE TABLE probe_flag (id int);\nINSERT INTO needed (id) VALUES (1);\n");
        auto rollout = [&](bool known) {
            FleetView view;
            view.setPasswordLookup([&, known](const ConnectionProfile &p) {
                return known && p.keychainKey() == key ? server.password() : QString();
            });
            view.setTenantDatabase(uri, QStringLiteral("t\\_%"));
            view.setMigrationFile(migration);
            view.setJournalDir(journal);
            QSignalSpy spy(&view, &FleetView::rolloutFinished);
            view.startRollout();
            const bool finished = waitSpy(spy, 60000);
            QStringList states;
            for (int i = 0; i < view.model()->rowCount(); ++i)
                states << view.model()->index(i, FleetTargetsModel::RolloutColumn).data().toString();
            return std::make_tuple(finished && spy.first().first().toBool(), QString(states.join(QStringLiteral(" | ")) + view.banner()->text()));
        };
        auto [firstOk, firstStates] = rollout(true);
        QVERIFY2(!firstOk, qPrintable(firstStates)); // t_b has no table "needed"
        QVERIFY(QFileInfo::exists(QDir(journal).filePath(QStringLiteral("fleet.json"))));
        STRATA_VERIFY_OK(runScript(server.profile(QStringLiteral("locked")), QStringLiteral("CREATE TABLE t_b.needed (id int);")));
        auto [blindOk, blindStates] = rollout(false);
        QVERIFY2(!blindOk && blindStates.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(blindStates));
        auto [resumedOk, resumedStates] = rollout(true);
        QVERIFY2(resumedOk, qPrintable(resumedStates));
        QCOMPARE(scalar(server.profile(QStringLiteral("locked")), QStringLiteral("SELECT count(*) FROM t_b.needed")), 1);
        QCOMPARE(scalar(server.profile(QStringLiteral("locked")), QStringLiteral("SELECT count(*) FROM t_a.needed")), 1);
        STRATA_VERIFY_OK(server.stop());
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("STRATA_SCREENSHOT_DIR is not set");
        FleetView view;
        view.resize(1440, 900);
        view.setTargetsFile(m_targetsFile);
        view.setMigrationFolder(m_dir);
        view.setMigrationFile(uniqueHandleMigration());
        view.setJournalDir(m_tmp.filePath(QStringLiteral("quick")));
        view.show();
        QSignalSpy s1(&view, &FleetView::statusFinished);
        view.checkStatus();
        QVERIFY(waitSpy(s1));
        QSignalSpy s2(&view, &FleetView::preflightFinished);
        view.runPreflight();
        QVERIFY(waitSpy(s2));
        const QModelIndex tyrell = view.model()->index(int(kNames.indexOf(QStringLiteral("tyrell"))), 0);
        view.table()->setCurrentIndex(static_cast<QSortFilterProxyModel *>(view.table()->model())->mapFromSource(tyrell));
        QTest::qWait(400);
        QDir().mkpath(dir);
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("fleet.png"))));
    }
};

QTEST_MAIN(TestFleetView)
#include "tst_fleetview.moc"
