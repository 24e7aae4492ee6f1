// --max-replica-lag on a real streaming replica: a private primary, a pg_basebackup of it
// started as a second private server, replay paused with pg_wal_replay_pause(). The
// rollout throttles ("throttled: replica X lags N ms") and goes on when replay resumes.

#include "FleetFixture.h"
#include "fleet/ReplicaLag.h"
#include "fleet/Rollout.h"
#include "pg/ProcessUtil.h"
#include "runbook/RunbookBuilder.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <grp.h>
#include <mutex>
#include <thread>
#include <unistd.h>

using namespace strata;
using namespace strata::fleet;
using namespace strata::test::fleet;

class TestFleetReplica : public QObject
{
    Q_OBJECT

    ScratchServer m_primary;
    QString m_standbyData;
    QString m_standbySocket;
    int m_standbyPort = 0;
    qint64 m_standbyPid = -1;
    proc::Account m_account;
    bool m_drop = false;

    ConnectionProfile standby() const
    {
        ConnectionProfile p;
        p.host = m_standbySocket;
        p.port = QString::number(m_standbyPort);
        p.user = QStringLiteral("strata");
        p.dbname = QStringLiteral("postgres");
        return p;
    }

    static Error exec(const ConnectionProfile &p, const QString &sql)
    {
        SessionOptions o;
        o.readOnly = false;
        o.statementTimeoutMs = 0;
        auto c = Connection::open(p, o);
        if (!c)
            return c.error();
        return (*c)->execScript(sql).error;
    }

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(m_primary.start());
        m_drop = ::getuid() == 0;
        if (m_drop)
            m_account = proc::unprivilegedAccount();
        m_standbyData = m_primary.instanceDir() + QStringLiteral("/standby");
        m_standbySocket = m_primary.instanceDir() + QStringLiteral("/standby-socket");
        QVERIFY(QDir().mkpath(m_standbySocket));
        if (m_drop)
            QVERIFY(proc::chownRecursive(m_standbySocket, m_account.uid, m_account.gid));

        // pg_basebackup of the primary, with the standby's recovery settings (-R).
        QProcess p;
        p.setProgram(m_primary.binDir() + QStringLiteral("/pg_basebackup"));
        p.setArguments({QStringLiteral("-D"), m_standbyData, QStringLiteral("-h"), m_primary.socketDir(), QStringLiteral("-p"),
                        QString::number(m_primary.port()), QStringLiteral("-U"), QStringLiteral("strata"), QStringLiteral("-R"),
                        QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-c"), QStringLiteral("fast")});
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (m_drop) {
            const uid_t uid = m_account.uid;
            const gid_t gid = m_account.gid;
            p.setChildProcessModifier([uid, gid] {
                if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                    ::_exit(126);
            });
        }
        p.start();
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());

        m_standbyPort = proc::freeTcpPort();
        QString err;
        m_standbyPid = proc::spawnDetached(m_primary.binDir() + QStringLiteral("/postgres"),
                                           {QStringLiteral("-D"), m_standbyData, QStringLiteral("-k"), m_standbySocket, QStringLiteral("-p"),
                                            QString::number(m_standbyPort), QStringLiteral("-c"), QStringLiteral("listen_addresses="),
                                            QStringLiteral("-c"), QStringLiteral("hot_standby=on"), QStringLiteral("-c"),
                                            QStringLiteral("wal_receiver_status_interval=1"), QStringLiteral("-c"), QStringLiteral("fsync=off"),
                                            // at least the primary's (ScratchServer) settings, or recovery refuses to start
                                            QStringLiteral("-c"), QStringLiteral("max_connections=60"), QStringLiteral("-c"),
                                            QStringLiteral("max_locks_per_transaction=1024")},
                                           m_primary.instanceDir() + QStringLiteral("/standby.log"), m_account.uid, m_account.gid, m_drop, &err);
        QVERIFY2(m_standbyPid > 0, qPrintable(err));
        // Ready, and streaming from the primary.
        QElapsedTimer t;
        t.start();
        bool streaming = false;
        while (t.elapsed() < 60000 && !streaming) {
            auto c = Connection::open(m_primary.profile());
            if (c) {
                const ResultSet r = (*c)->exec(QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"));
                streaming = r.ok() && r.toInt64(0, 0) == 1;
            }
            if (!streaming)
                QThread::msleep(100);
        }
        if (!streaming) {
            QFile log(m_primary.instanceDir() + QStringLiteral("/standby.log"));
            log.open(QIODevice::ReadOnly);
            QFAIL(qPrintable(QStringLiteral("the standby did not start streaming:\n") + QString::fromUtf8(log.readAll().right(3000))));
        }
        QVERIFY(Connection::open(standby()));
    }

    void cleanupTestCase()
    {
        if (m_standbyPid > 0) {
            ::kill(pid_t(m_standbyPid), SIGTERM);
            for (int i = 0; i < 200 && proc::processAlive(m_standbyPid); ++i) {
                proc::reap(m_standbyPid);
                QThread::msleep(50);
            }
        }
        m_primary.stop();
    }

    void healthyReplicaDoesNotThrottle()
    {
        auto c = Connection::open(m_primary.profile());
        QVERIFY(c);
        ReplicaLagMonitor m(**c);
        auto rows = m.read();
        QVERIFY2(rows, qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 1);
        int throttles = 0;
        STRATA_VERIFY_OK(m.waitBelow(300, 100, {}, [&](const QString &, qint64) { ++throttles; }));
        QCOMPARE(throttles, 0);
    }

    void pausedReplayThrottlesTheRollout()
    {
        const QStringList dbs{QStringLiteral("replica_a"), QStringLiteral("replica_b")};
        QString lines;
        for (const QString &db : dbs) {
            STRATA_VERIFY_OK(m_primary.createDatabase(db));
            STRATA_VERIFY_OK(exec(m_primary.profile(db), applySql(3, false) + QStringLiteral("CREATE TABLE rollout_log (id serial PRIMARY KEY, target text);")));
        }
        // Let the standby catch up with the setup, then stop its replay.
        QTest::qWait(500);
        STRATA_VERIFY_OK(exec(standby(), QStringLiteral("SELECT pg_wal_replay_pause();")));

        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("20240301000000_throttled.sql"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- migrate:up\n"
                "INSERT INTO rollout_log (target) VALUES (current_database());\n"
                "SELECT pg_sleep(0.6);\n"
                "ALTER TABLE items ADD COLUMN rolled boolean;\n");
        f.close();
        auto rb = runbook::RunbookBuilder::fromMigrationFile(file);
        QVERIFY(rb);
        QCOMPARE(rb->steps.size(), 3);
        QList<Target> targets;
        for (const QString &db : dbs)
            targets.append(Target{db, m_primary.profile(db), {}});

        RolloutOptions o;
        o.maxReplicaLagMs = 300;
        o.lagPollMs = 100;
        o.jobs = 1;
        std::mutex mutex;
        QStringList throttled;
        Result<RolloutResult> result = Error();
        std::thread run([&] {
            result = Rollout::start(*rb, targets, tmp.filePath(QStringLiteral("rollout")), o, [&](const RolloutEvent &e) {
                if (e.state == TargetRunState::Throttled) {
                    std::lock_guard lock(mutex);
                    throttled.append(e.text);
                }
            });
        });
        auto throttleCount = [&] {
            std::lock_guard lock(mutex);
            return throttled.size();
        };
        QElapsedTimer t;
        t.start();
        while (throttleCount() < 5 && t.elapsed() < 30000)
            QThread::msleep(50);
        QVERIFY2(throttleCount() >= 5, "the rollout was not throttled");
        {
            std::lock_guard lock(mutex);
            QVERIFY2(throttled.first().startsWith(QStringLiteral("throttled: replica ")) && throttled.first().endsWith(QStringLiteral(" ms")),
                     qPrintable(throttled.first()));
        }
        // While throttled, the step after the slow one has not run anywhere.
        auto c = Connection::open(m_primary.profile(dbs[0]));
        QVERIFY(c);
        QCOMPARE((*c)->exec(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'rolled'")).toInt64(0, 0), 0);

        STRATA_VERIFY_OK(exec(standby(), QStringLiteral("SELECT pg_wal_replay_resume();")));
        run.join();
        QVERIFY2(result, qPrintable(result.error().fullText()));
        QCOMPARE(result->done, 2);
        QCOMPARE((*c)->exec(QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'rolled'")).toInt64(0, 0), 1);
    }
};

QTEST_GUILESS_MAIN(TestFleetReplica)
#include "tst_fleet_replica.moc"
