#include "TestServer.h"
#include "pg/ProcessUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <signal.h>
#include <thread>
#include <unistd.h>

using namespace strata;

class TestScratchServer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void acceptsConnectionsOnPrivateSocketOnly()
    {
        ScratchServer &s = test::server();
        QVERIFY(s.isRunning());
        QVERIFY(QFile::exists(s.socketDir() + QStringLiteral("/.s.PGSQL.%1").arg(s.port())));
        auto c = test::connectRw(s.profile());
        STRATA_VERIFY_OK(c ? Error() : c.error());
        ResultSet r = (*c)->exec(QStringLiteral("SELECT current_user, current_setting('listen_addresses'), current_setting('server_version_num')::int"));
        STRATA_VERIFY_OK(r.error);
        QCOMPARE(r.text(0, 0), QStringLiteral("strata"));
        QCOMPARE(r.text(0, 1), QString()); // no TCP unless asked
        QVERIFY(r.toInt64(0, 2) >= 150000);
        QCOMPARE(s.majorVersion(), int(r.toInt64(0, 2) / 10000));
    }

    void serverRunsUnprivileged()
    {
        // initdb and postgres refuse root: as root the cluster must run as another account.
        QFile status(QStringLiteral("/proc/%1/status").arg(test::server().postmasterPid()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        uint uid = 0;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Uid:"))
                uid = line.mid(4).trimmed().split('\t').first().toUInt();
        if (::geteuid() == 0)
            QVERIFY2(uid != 0, "postmaster runs as root");
        else
            QCOMPARE(uid, uint(::geteuid()));
    }

    void createsDatabasesWithAwkwardNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"");
        QTest::newRow("spaces and caps") << QStringLiteral("My Database");
        QTest::newRow("63 bytes") << QString(63, u'd');
        QTest::newRow("unicode") << QStringLiteral("données_überall_日本");
        QTest::newRow("looks like a conninfo") << QStringLiteral("host=/nonexistent dbname=postgres");
        QTest::newRow("looks like a URI") << QStringLiteral("postgresql://evil@nowhere/db");
    }
    void createsDatabasesWithAwkwardNames()
    {
        QFETCH(QString, name);
        ScratchServer &s = test::server();
        STRATA_VERIFY_OK(s.createDatabase(name));
        // The name is a name: connecting must reach exactly that database.
        auto c = Connection::open(s.profile(name));
        STRATA_VERIFY_OK(c ? Error() : c.error());
        ResultSet r = (*c)->exec(QStringLiteral("SELECT current_database()"));
        STRATA_VERIFY_OK(r.error);
        QCOMPARE(r.text(0, 0), name);
        c->reset();
        STRATA_VERIFY_OK(s.dropDatabase(name));
    }

    void listensOnTcpWhenAsked()
    {
        ScratchOptions o;
        o.listenTcp = true;
        ScratchServer s(o);
        STRATA_VERIFY_OK(s.start());
        const ConnectionProfile p = s.tcpProfile();
        QCOMPARE(p.host, QStringLiteral("127.0.0.1"));
        auto c = Connection::open(p);
        STRATA_VERIFY_OK(c ? Error() : c.error());
        QCOMPARE((*c)->exec(QStringLiteral("SELECT inet_server_port()")).toInt64(0, 0), qint64(s.port()));
    }

    // The first start with an empty cache runs initdb and keeps its cluster; the next
    // copies it. Both clusters work, each in its own 0700 folder; an entry without its
    // "complete" marker (a copy cut short) is never used.
    void reusesAFreshClusterFromTheCache()
    {
        QTemporaryDir cache;
        QVERIFY(cache.isValid());
        ScratchOptions o;
        o.templateCache = cache.path();
        ScratchServer first(o);
        STRATA_VERIFY_OK(first.start());
        QVERIFY(!first.startedFromTemplate());
        const QStringList entries = QDir(cache.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(entries.size(), 1);
        const QString entry = cache.filePath(entries.first());
        QVERIFY(QFile::exists(entry + QStringLiteral("/complete")));
        QVERIFY(!QFile::exists(entry + QStringLiteral("/data/postmaster.pid"))); // kept before the first start

        ScratchServer second(o);
        STRATA_VERIFY_OK(second.start());
        QVERIFY(second.startedFromTemplate());
        QVERIFY(second.dataDir() != first.dataDir());
        QCOMPARE(QFileInfo(second.dataDir()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(second.majorVersion(), first.majorVersion());
        for (ScratchServer *s : {&first, &second}) {
            auto c = test::connectRw(s->profile());
            STRATA_VERIFY_OK(c ? Error() : c.error());
            STRATA_VERIFY_OK((*c)->exec(QStringLiteral("CREATE TABLE t (id int)")).error);
            STRATA_VERIFY_OK((*c)->exec(QStringLiteral("INSERT INTO t VALUES (%1)").arg(s->port())).error);
            QCOMPARE((*c)->exec(QStringLiteral("SELECT id FROM t")).toInt64(0, 0), qint64(s->port()));
            QCOMPARE((*c)->exec(QStringLiteral("SELECT current_user")).text(0, 0), QStringLiteral("strata"));
        }
        STRATA_VERIFY_OK(second.stop());

        // A broken entry (no marker) is made again; the entry of the same binaries under
        // another key (the cluster of a package version gone since) is removed.
        QVERIFY(QFile::remove(entry + QStringLiteral("/complete")));
        const QString stale = cache.filePath(QStringLiteral("0123456789abcdef01234567"));
        QVERIFY(QDir().mkpath(stale + QStringLiteral("/data")));
        {
            QFile marker(stale + QStringLiteral("/complete"));
            QVERIFY(marker.open(QIODevice::WriteOnly));
            marker.write(QFileInfo(first.binDir()).canonicalFilePath().toUtf8() + '\n');
        }
        ScratchServer third(o);
        STRATA_VERIFY_OK(third.start());
        QVERIFY(!third.startedFromTemplate());
        STRATA_VERIFY_OK(third.stop());
        QVERIFY(QFile::exists(entry + QStringLiteral("/complete")));
        QVERIFY(!QFileInfo::exists(stale));
        ScratchServer fifth(o);
        STRATA_VERIFY_OK(fifth.start());
        QVERIFY(fifth.startedFromTemplate());
        STRATA_VERIFY_OK(fifth.stop());

        o.templateCache.clear(); // no cache: initdb every time, nothing written
        ScratchServer fourth(o);
        STRATA_VERIFY_OK(fourth.start());
        QVERIFY(!fourth.startedFromTemplate());
        STRATA_VERIFY_OK(fourth.stop());
        STRATA_VERIFY_OK(first.stop());
    }

    void stopRemovesEverything()
    {
        ScratchServer s;
        STRATA_VERIFY_OK(s.start());
        const QString dir = s.instanceDir();
        const qint64 pid = s.postmasterPid();
        QVERIFY(QDir(dir).exists());
        STRATA_VERIFY_OK(s.stop());
        QVERIFY(!QDir(dir).exists());
        QVERIFY(!proc::processAlive(pid));
        // reaped too: no defunct postgres left behind (processAlive counts a zombie as gone)
        QVERIFY2(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)),
                 qPrintable(QStringLiteral("postmaster %1 is left as a zombie").arg(pid)));
    }

    void destroyingAServerLeavesNoZombie()
    {
        qint64 pid = 0;
        {
            ScratchServer s;
            STRATA_VERIFY_OK(s.start());
            pid = s.postmasterPid();
        }
        QVERIFY(pid > 0);
        QVERIFY2(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)),
                 qPrintable(QStringLiteral("postmaster %1 is left as a zombie").arg(pid)));
    }

    void cleansUpAfterACrashedOwner()
    {
        // A real strata-cli holding a scratch server is SIGKILLed; the next start cleans up.
        QProcess cli;
        cli.start(QStringLiteral(STRATA_CLI_PATH), {QStringLiteral("scratch")});
        QVERIFY(cli.waitForStarted());
        QByteArray line;
        for (int i = 0; i < 600 && !line.contains('\n'); ++i) {
            cli.waitForReadyRead(100);
            line += cli.readAllStandardOutput();
        }
        QVERIFY2(line.contains("host="), line.constData());
        // "postgresql://strata@/postgres?host=<dir>&port=N"
        const QString uri = QString::fromUtf8(line.trimmed().split('\n').first());
        auto p = ConnectionProfile::fromConnectionString(uri);
        QVERIFY(p.ok());
        const QString dir = p->host;
        QVERIFY(QDir(dir).exists());
        const qint64 pm = QString::fromUtf8([&] { QFile f(dir + QStringLiteral("/data/postmaster.pid")); f.open(QIODevice::ReadOnly); return f.readLine(); }()).trimmed().toLongLong();
        QVERIFY(proc::processAlive(pm));
        ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished());
        QVERIFY(proc::processAlive(pm)); // the orphan keeps running...
        // ...until the next start cleans it (this call, or under a parallel ctest another
        // test's scratch server start in the same base directory, which may come first:
        // what counts is that the orphan goes).
        ScratchServer::cleanupLeftovers();
        QTRY_VERIFY_WITH_TIMEOUT(!proc::processAlive(pm), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(dir).exists(), 10000);
        // our own live server is left alone
        QVERIFY(test::server().isRunning());
    }

    void twoCleanupsAtOnceRemoveALeftover()
    {
        // Parallel starts (ctest -j) clean the same base directory at the same time: each
        // removes entries the other is about to remove, and neither may leave the tree.
        QTemporaryDir base;
        QVERIFY(base.isValid());
        QProcess done;
        done.start(QStringLiteral("true"), {});
        QVERIFY(done.waitForFinished());
        const QByteArray owner = QByteArray::number(done.processId()) + " 1\n"; // an owner that has exited
        for (int round = 0; round < 20; ++round) {
            const QString dir = base.filePath(QStringLiteral("i-left-%1").arg(round));
            for (int d = 0; d < 8; ++d) {
                const QString sub = dir + QStringLiteral("/data/base/%1").arg(d);
                QVERIFY(QDir().mkpath(sub));
                for (int f = 0; f < 200; ++f) {
                    QFile file(sub + u'/' + QString::number(f));
                    QVERIFY(file.open(QIODevice::WriteOnly));
                }
            }
            QFile o(dir + QStringLiteral("/owner"));
            QVERIFY(o.open(QIODevice::WriteOnly) && o.write(owner) == owner.size());
            o.close();
            std::thread other([&] { ScratchServer::cleanupLeftovers(base.path()); });
            ScratchServer::cleanupLeftovers(base.path());
            other.join();
            QVERIFY2(!QDir(dir).exists(), qPrintable(QStringLiteral("round %1: %2 is left").arg(round).arg(dir)));
        }
    }

    void clearErrorWithoutServerBinaries()
    {
        auto r = ScratchServer::findBinDir(QStringLiteral("/nonexistent/bin"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Environment);
        QVERIFY(r.error().message.contains(QStringLiteral("/nonexistent/bin")));
        ScratchOptions o;
        o.binDir = QDir::tempPath();
        ScratchServer s(o);
        const Error e = s.start();
        QCOMPARE(e.kind, Error::Kind::Environment);
        QVERIFY(!s.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestScratchServer)
#include "tst_scratchserver.moc"
