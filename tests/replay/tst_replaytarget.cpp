// --replay-on: a replay on a server the user names. A uniquely named throwaway database
// is created, replayed, read and dropped on every way out (success, error, cancel); it is
// recorded first, so that a killed run's leftover is dropped by the next replay there; a
// user who may not create databases gets one sentence. The "named server" here is the
// test server reached through its own profile, as a user would give it.

#include "TestServer.h"
#include "pg/Connection.h"
#include "pg/Session.h"
#include "replay/FolderReplay.h"
#include "replay/ReplayRegistry.h"
#include "replay/ReplayTarget.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::replay;

namespace {

bool write(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int throwawayDatabases()
{
    auto c = test::connectRw(test::server().profile());
    if (!c)
        return -1;
    const ResultSet r = (*c)->exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'strata\\_replay\\_%'"));
    return r.ok() ? r.text(0, 0).toInt() : -1;
}

} // namespace

class TestReplayTarget : public QObject
{
    Q_OBJECT
    QTemporaryDir m_state;
    QTemporaryDir m_folder;

private slots:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        qputenv("STRATA_STATE_DIR", QFile::encodeName(m_state.path()));
        STRATA_VERIFY_OK(test::ensureServer());
        const QDir d(m_folder.path());
        QVERIFY(write(d, QStringLiteral("20240101000001_a.sql"), "-- migrate:up\nCREATE TABLE a (id int);\nGRANT SELECT ON a TO target_reader;\n-- migrate:down\n"));
        QVERIFY(write(d, QStringLiteral("20240101000002_b.sql"), "-- migrate:up\nCREATE TABLE b (id int);\n-- migrate:down\n"));
    }

    void replaysOnANamedServerAndDrops()
    {
        ReplayOptions o;
        o.server = test::server().profile();
        Findings findings;
        o.findings = &findings;
        auto snap = FolderReplay::replay(m_folder.path(), o);
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        QVERIFY(snap->table(QStringLiteral("public"), QStringLiteral("b")));
        QCOMPARE(throwawayDatabases(), 0);
        QVERIFY(ReplayRegistry::entries().isEmpty());
        // The role made for it went with the database.
        auto c = test::connectRw(test::server().profile());
        QVERIFY(c);
        const ResultSet r = (*c)->exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'target_reader'"));
        QCOMPARE(r.text(0, 0), QStringLiteral("0"));
    }

    void errorAndCancelDropToo()
    {
        QTemporaryDir bad;
        QVERIFY(write(QDir(bad.path()), QStringLiteral("20240101000001_x.sql"), "-- migrate:up\nCREATE TABLE x (id nosuchtype);\n-- migrate:down\n"));
        ReplayOptions o;
        o.server = test::server().profile();
        auto failed = FolderReplay::replay(bad.path(), o);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QStringLiteral("20240101000001_x.sql")), qPrintable(failed.error().fullText()));
        QCOMPARE(throwawayDatabases(), 0);
        JobControl canceled([] { return true; }, [](int, int, const QString &) {});
        auto c = FolderReplay::replay(m_folder.path(), o, &canceled);
        QVERIFY(!c);
        QCOMPARE(c.error().kind, Error::Kind::Canceled);
        QCOMPARE(throwawayDatabases(), 0);
        QVERIFY(ReplayRegistry::entries().isEmpty());
    }

    void leftoverOfAKilledRunIsDroppedNextTime()
    {
        // A finished process's pid stands for the killed run.
        QProcess p;
        p.start(QStringLiteral("true"));
        QVERIFY(p.waitForFinished());
        const qint64 deadPid = p.processId() > 0 ? p.processId() : 999999;
        auto admin = test::connectRw(test::server().profile());
        QVERIFY(admin);
        QVERIFY((*admin)->exec(QStringLiteral("CREATE DATABASE strata_replay_killed_0_abc")).ok());
        QVERIFY((*admin)->exec(QStringLiteral("CREATE ROLE killed_run_role NOLOGIN")).ok());
        RegistryEntry e;
        e.pid = deadPid;
        e.started = 1;
        e.server = ReplayRegistry::serverKey(**admin);
        e.database = QStringLiteral("strata_replay_killed_0_abc");
        e.roles = {QStringLiteral("killed_run_role")};
        QVERIFY(ReplayRegistry::add(e));
        QCOMPARE(throwawayDatabases(), 1);
        auto target = ReplayTarget::open(test::server().profile());
        QVERIFY2(target, qPrintable(target.error().fullText()));
        QCOMPARE(throwawayDatabases(), 0);
        QVERIFY(ReplayRegistry::entries().isEmpty());
        const ResultSet r = (*admin)->exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'killed_run_role'"));
        QCOMPARE(r.text(0, 0), QStringLiteral("0"));
    }

    void userWhoMayNotCreateDatabases()
    {
        auto admin = test::connectRw(test::server().profile());
        QVERIFY(admin);
        QVERIFY((*admin)->exec(QStringLiteral("CREATE ROLE replay_nocreatedb LOGIN NOCREATEDB")).ok());
        ConnectionProfile p = test::server().profile();
        p.user = QStringLiteral("replay_nocreatedb");
        ReplayOptions o;
        o.server = p;
        auto snap = FolderReplay::replay(m_folder.path(), o);
        QVERIFY(!snap);
        QVERIFY2(snap.error().message.contains(QStringLiteral("“replay_nocreatedb” may not create databases")), qPrintable(snap.error().fullText()));
        QVERIFY(!snap.error().message.contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestReplayTarget)
#include "tst_replaytarget.moc"
