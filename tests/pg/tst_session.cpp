#include "TestServer.h"
#include "common/Deliver.h"
#include "catalog/QuoteIdent.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

using namespace strata;

namespace {
template<class T>
T await(QFuture<T> f, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!f.isFinished() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    if (!f.isFinished())
        qFatal("future did not finish in %d ms", ms);
    QCoreApplication::processEvents();
    return f.result();
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;

private slots:
    void initTestCase()
    {
        auto db = test::freshDatabase(QStringLiteral("session"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_db = *db;
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral("CREATE TABLE t(id int primary key, note text); CREATE SEQUENCE s")));
    }

    void opensAndReportsServer()
    {
        Session s;
        QSignalSpy opened(&s, &Session::opened);
        auto info = await(s.open(m_db));
        STRATA_VERIFY_OK(info ? Error() : info.error());
        QVERIFY(info->serverVersionNum >= 150000);
        QCOMPARE(info->dbname, m_db.dbname);
        QVERIFY(info->readOnly);
        QVERIFY(info->backendPid > 0);
        QVERIFY(s.isOpen());
        QCOMPARE(opened.count(), 1);
    }

    void parametersRoundTrip()
    {
        Session s;
        await(s.open(m_db));
        const QString tricky = QStringLiteral("O'Hara \"x\"; DROP TABLE t; -- ü");
        ResultSet r = await(s.query(QStringLiteral("SELECT $1::int + 1 AS n, $2::text AS s, $3::text IS NULL AS isnull, $4::bool AS b"),
                                    {41, tricky, QVariant(), true}));
        STRATA_VERIFY_OK(r.error);
        QCOMPARE(r.rowCount(), 1);
        QCOMPARE(r.columns, QStringList({QStringLiteral("n"), QStringLiteral("s"), QStringLiteral("isnull"), QStringLiteral("b")}));
        QCOMPARE(r.value(0, 0), QVariant(qlonglong(42)));
        QCOMPARE(r.text(0, 1), tricky);
        QCOMPARE(r.value(0, 2), QVariant(true));
        QCOMPARE(r.value(0, 3), QVariant(true));
        ResultSet nulls = await(s.query(QStringLiteral("SELECT NULL::text, ''::text")));
        QVERIFY(nulls.isNull(0, 0));
        QVERIFY(!nulls.isNull(0, 1));
        QVERIFY(!nulls.value(0, 0).isValid());
    }

    void jobsRunOnTheWorkerThread()
    {
        Session s;
        await(s.open(m_db));
        QThread *main = QThread::currentThread();
        auto r = await(s.run<bool>([main](Connection &c, JobControl &) -> Result<bool> {
            return QThread::currentThread() != main && c.isAlive();
        }));
        QVERIFY(r.ok());
        QVERIFY(*r);
    }

    // A result reaches the GUI side on a later turn of the event loop, never inside the
    // call that asked for it, even when the work finished before the handler was attached
    // (as a fast query can on a busy machine), and exactly once. QFuture::then(context)
    // calls the handler at once then (a model inserting rows there would nest insertions).
    void resultsAreDeliveredOnALaterTurn()
    {
        Session s;
        QVERIFY(s.open(m_db).result().ok());
        // (QFuture::then(context) is not shown here: on a future whose wait has just
        // returned, Qt 6.4 calls the continuation at once and once more from the worker.)
        QFuture<ResultSet> done = s.query(QStringLiteral("SELECT 42"));
        done.waitForFinished();

        int delivered = 0;
        QString value;
        deliver(done, this, [&](const ResultSet &rs) { ++delivered; value = rs.text(0, 0); });
        QCOMPARE(delivered, 0);
        QTRY_COMPARE(delivered, 1);
        QCOMPARE(value, QStringLiteral("42"));
        QTest::qWait(50);
        QCOMPARE(delivered, 1); // once

        // Pending work: delivered once it finishes, on this thread.
        Qt::HANDLE thread = nullptr;
        deliver(s.query(QStringLiteral("SELECT pg_sleep(0.05)")), this, [&](const ResultSet &rs) {
            QVERIFY(rs.ok());
            thread = QThread::currentThreadId();
            ++delivered;
        });
        QTRY_COMPARE(delivered, 2);
        QCOMPARE(thread, QThread::currentThreadId());

        // The receiver is gone before its turn comes: nothing is called.
        auto *receiver = new QObject;
        deliver(done, receiver, [&](const ResultSet &) { ++delivered; });
        delete receiver;
        QTest::qWait(50);
        QCOMPARE(delivered, 2);
    }

    void cancelInterruptsRunningStatement()
    {
        Session s;
        await(s.open(m_db));
        QElapsedTimer t;
        t.start();
        auto f = s.query(QStringLiteral("SELECT pg_sleep(30)"));
        QTest::qWait(300);
        s.cancel();
        ResultSet r = await(f, 10000);
        QCOMPARE(r.error.kind, Error::Kind::Canceled);
        QCOMPARE(r.error.sqlState, QStringLiteral("57014"));
        QVERIFY2(t.elapsed() < 10000, "cancel did not interrupt pg_sleep");
        // the session stays usable
        QCOMPARE(await(s.query(QStringLiteral("SELECT 1"))).text(0, 0), QStringLiteral("1"));
    }

    void noticesAreCaptured()
    {
        Session s;
        await(s.open(m_db));
        QSignalSpy spy(&s, &Session::notice);
        ResultSet r = await(s.query(QStringLiteral("DO $$ BEGIN RAISE NOTICE 'hello %', 42; RAISE WARNING 'careful'; END $$")));
        STRATA_VERIFY_OK(r.error);
        QCOMPARE(r.notices.size(), 2);
        QCOMPARE(r.notices[0].message, QStringLiteral("hello 42"));
        QCOMPARE(r.notices[0].severity, QStringLiteral("NOTICE"));
        QCOMPARE(r.notices[1].severity, QStringLiteral("WARNING"));
        QTRY_COMPARE(spy.count(), 2);
    }

    void reviewSessionRefusesWrites()
    {
        Session s;
        await(s.open(m_db)); // default options: read-only review
        for (const char *sql : {"INSERT INTO t VALUES (1, 'x')", "CREATE TABLE u(x int)", "DROP TABLE t",
                                "UPDATE t SET note = 'y'", "SELECT nextval('s'::regclass)"}) {
            ResultSet r = await(s.query(QString::fromLatin1(sql)));
            QCOMPARE(r.error.kind, Error::Kind::ReadOnly);
            QCOMPARE(r.error.sqlState, QStringLiteral("25006"));
            QVERIFY(!r.error.hint.isEmpty());
        }
        await(s.query(QStringLiteral("ROLLBACK")));
        // a writable session (the runbook's) can write
        SessionOptions rw;
        rw.readOnly = false;
        Session w;
        await(w.open(m_db, rw));
        STRATA_VERIFY_OK(await(w.query(QStringLiteral("INSERT INTO t VALUES (1, 'x')"))).error);
        QCOMPARE(await(s.query(QStringLiteral("SELECT count(*) FROM t"))).text(0, 0), QStringLiteral("1"));
    }

    void statementTimeoutApplies()
    {
        SessionOptions o;
        o.statementTimeoutMs = 200;
        Session s;
        await(s.open(m_db, o));
        ResultSet r = await(s.query(QStringLiteral("SELECT pg_sleep(5)")));
        QCOMPARE(r.error.kind, Error::Kind::Timeout);
        QCOMPARE(await(s.query(QStringLiteral("SHOW statement_timeout"))).text(0, 0), QStringLiteral("200ms"));
    }

    // Strata's literals are standard strings: a database that defaults to backslash escapes
    // still gets standard_conforming_strings = on in every session, review or writing.
    void everySessionReadsStandardStrings()
    {
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral("ALTER DATABASE %1 SET standard_conforming_strings = off").arg(catalog::quoteIdent(m_db.dbname))));
        for (bool readOnly : {true, false}) {
            SessionOptions o;
            o.readOnly = readOnly;
            Session s;
            await(s.open(m_db, o));
            QCOMPARE(await(s.query(QStringLiteral("SHOW standard_conforming_strings"))).text(0, 0), QStringLiteral("on"));
            QCOMPARE(await(s.query(QStringLiteral("SELECT length('a\\b')"))).text(0, 0), QStringLiteral("3"));
        }
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral("ALTER DATABASE %1 RESET standard_conforming_strings").arg(catalog::quoteIdent(m_db.dbname))));
    }

    void serverGoneMidQueryIsAnErrorNotACrash()
    {
        Session s;
        QSignalSpy lost(&s, &Session::connectionLost);
        auto info = await(s.open(m_db));
        auto f = s.query(QStringLiteral("SELECT pg_sleep(30)"));
        QTest::qWait(300);
        auto admin = test::connectRw(m_db);
        STRATA_VERIFY_OK(admin ? Error() : admin.error());
        STRATA_VERIFY_OK((*admin)->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {info->backendPid}).error);
        ResultSet r = await(f, 10000);
        QCOMPARE(r.error.kind, Error::Kind::ServerGone);
        QVERIFY(!r.error.message.isEmpty());
        QTRY_COMPARE(lost.count(), 1);
        // further work fails cleanly, no hang
        ResultSet again = await(s.query(QStringLiteral("SELECT 1")), 10000);
        QVERIFY(again.error.isError());
    }

    void connectionErrorsAreSentences_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind");
        QTest::newRow("missing database") << "dbname" << "no_such_db" << int(Error::Kind::MissingDatabase);
        QTest::newRow("dbname is never expanded") << "dbname" << "host=/nonexistent dbname=postgres" << int(Error::Kind::MissingDatabase);
        QTest::newRow("no server at socket") << "host" << "/nonexistent-dir" << int(Error::Kind::Connection);
        QTest::newRow("unknown host") << "host" << "no-such-host.invalid" << int(Error::Kind::Connection);
        QTest::newRow("bad sslmode") << "sslmode" << "sometimes" << int(Error::Kind::Usage);
    }
    void connectionErrorsAreSentences()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, kind);
        ConnectionProfile p = m_db;
        if (field == u"dbname")
            p.dbname = value;
        else if (field == u"host")
            p.host = value;
        else
            p.sslmode = value;
        Session s;
        auto r = await(s.open(p), 30000);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().detail.isEmpty()); // libpq's own words stay available
        if (field == u"dbname")
            QVERIFY(r.error().message.contains(value));
        QVERIFY(!s.isOpen());
        QVERIFY(await(s.query(QStringLiteral("SELECT 1"))).error.isError());
    }

    void serviceFilesAndEnvironmentAreHonoured()
    {
        // A service entry (pg_service.conf) and PG* variables fill what the profile leaves empty.
        QTemporaryFile services;
        QVERIFY(services.open());
        services.write(QStringLiteral("[strata_test]\nhost=%1\nport=%2\ndbname=%3\nuser=%4\n")
                           .arg(m_db.host, m_db.port, m_db.dbname, m_db.user).toUtf8());
        services.close();
        qputenv("PGSERVICEFILE", QFile::encodeName(services.fileName()));
        ConnectionProfile viaService;
        viaService.service = QStringLiteral("strata_test");
        auto c = Connection::open(viaService);
        qunsetenv("PGSERVICEFILE");
        STRATA_VERIFY_OK(c ? Error() : c.error());
        QCOMPARE((*c)->info().dbname, m_db.dbname);

        qputenv("PGHOST", QFile::encodeName(m_db.host));
        qputenv("PGPORT", m_db.port.toUtf8());
        qputenv("PGUSER", m_db.user.toUtf8());
        qputenv("PGDATABASE", m_db.dbname.toUtf8());
        auto viaEnv = Connection::open(ConnectionProfile());
        for (const char *v : {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE"})
            qunsetenv(v);
        STRATA_VERIFY_OK(viaEnv ? Error() : viaEnv.error());
        QCOMPARE((*viaEnv)->info().dbname, m_db.dbname);
    }

    void passwordsNeededAndRejected()
    {
        ScratchOptions o;
        o.listenTcp = true;
        ScratchServer srv(o);
        STRATA_VERIFY_OK(srv.start());
        auto admin = test::connectRw(srv.profile());
        STRATA_VERIFY_OK(admin ? Error() : admin.error());
        STRATA_VERIFY_OK((*admin)->execScript(QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'wonderland'")).error);
        ConnectionProfile p = srv.profile();
        p.host = QStringLiteral("127.0.0.1");
        p.user = QStringLiteral("alice");
        qputenv("PGPASSFILE", "/nonexistent");
        auto none = Connection::open(p);
        QCOMPARE(none.error().kind, Error::Kind::NeedsPassword);
        p.transientPassword = QStringLiteral("wrong");
        auto wrong = Connection::open(p);
        QCOMPARE(wrong.error().kind, Error::Kind::Authentication);
        p.transientPassword = QStringLiteral("wonderland");
        auto right = Connection::open(p);
        STRATA_VERIFY_OK(right ? Error() : right.error());
        // ~/.pgpass style file is honoured by libpq
        QTemporaryFile pgpass;
        QVERIFY(pgpass.open());
        pgpass.write(QStringLiteral("127.0.0.1:%1:*:alice:wonderland\n").arg(srv.port()).toUtf8());
        pgpass.close();
        QFile::setPermissions(pgpass.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        qputenv("PGPASSFILE", QFile::encodeName(pgpass.fileName()));
        p.transientPassword.clear();
        auto viaFile = Connection::open(p);
        qunsetenv("PGPASSFILE");
        STRATA_VERIFY_OK(viaFile ? Error() : viaFile.error());
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
