// The executor against other sessions: a conflicting lock makes the step give up fast
// (lock_timeout, bounded retries with backoff) with a clear message and without a queue
// of blocked sessions behind it; Cancel stops a long statement; a CONCURRENTLY unique
// index that fails on duplicates leaves an INVALID index that is detected and dropped.

#include "RunbookTestUtil.h"
#include "runbook/CatalogProbe.h"
#include "runbook/Journal.h"
#include "runbook/RunbookBuilder.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace strata;
using namespace strata::runbook;

namespace {

Result<ConnectionProfile> accounts()
{
    auto p = test::freshDatabase(QStringLiteral("rblk"));
    if (!p)
        return p;
    if (Error e = test::runScript(*p, QStringLiteral(
            "CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, bal numeric NOT NULL);"
            "INSERT INTO acct SELECT g, 'o' || (g % 300), g FROM generate_series(1, 1000) g;")))
        return e;
    return p;
}

Runbook script(const QString &sql)
{
    auto rb = RunbookBuilder::fromSql(sql, SourceKind::SqlScript);
    return rb.ok() ? *rb : Runbook();
}

bool waitFor(Connection &c, const QString &sql, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (test::scalar(c, sql) > 0)
            return true;
        QThread::msleep(50);
    }
    return false;
}

int countEvents(const Journal &j, const QString &name)
{
    int n = 0;
    for (const QJsonObject &e : j.events())
        n += e.value(QLatin1StringView("event")).toString() == name;
    return n;
}

} // namespace

class TestRunbookLocks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void conflictingLockFailsFast()
    {
        auto p = accounts();
        QVERIFY(p.ok());
        auto holder = test::connectRw(*p);
        auto watcher = test::connectRw(*p);
        QVERIFY(holder.ok() && watcher.ok());
        const QString before = test::digest(**watcher, QStringLiteral("acct"));
        // A long transaction that read the table: ACCESS SHARE, held.
        QVERIFY((*holder)->exec(QStringLiteral("BEGIN")).ok());
        QVERIFY((*holder)->exec(QStringLiteral("SELECT count(*) FROM acct")).ok());

        QTemporaryDir dir;
        ExecutorOptions o;
        o.exec.lockTimeoutMs = 400;
        o.exec.lockRetries = 2;
        o.exec.retryBackoffMs = 100;
        Executor ex(o);
        STRATA_VERIFY_OK(ex.start(script(QStringLiteral("ALTER TABLE acct ADD COLUMN note text;")), *p, dir.filePath(QStringLiteral("j"))));

        // A reader that arrives while the step waits for its lock queues behind it; it
        // must not wait longer than one lock_timeout (plus slack).
        std::atomic<qint64> readerWaited{-1};
        std::thread reader([&] {
            auto rc = test::connectRw(*p);
            if (!rc)
                return;
            QThread::msleep(150);
            QElapsedTimer t;
            t.start();
            (*rc)->exec(QStringLiteral("SELECT count(*) FROM acct"));
            readerWaited = t.elapsed();
        });
        QElapsedTimer t;
        t.start();
        auto r = ex.runCurrent();
        const qint64 took = t.elapsed();
        reader.join();
        QVERIFY(r.ok());
        QCOMPARE(r->status, StepResult::Status::Failed);
        QCOMPARE(r->attempts, 3);
        QCOMPARE(r->error.kind, Error::Kind::Timeout);
        QVERIFY2(r->error.message.contains(QLatin1StringView("could not get its lock")), qPrintable(r->error.message));
        // The message names the session in the way.
        const QString holderPid = QString::number((*holder)->info().backendPid);
        QVERIFY2(r->error.detail.contains(QStringLiteral("pid ") + holderPid), qPrintable(r->error.detail));
        QVERIFY2(r->error.detail.contains(QLatin1StringView("AccessShareLock")), qPrintable(r->error.detail));
        // Bounded: 3 x 400 ms + 100 + 200 ms of backoff, plus overhead.
        QVERIFY2(took < 6000, qPrintable(QString::number(took)));
        QVERIFY2(readerWaited >= 0 && readerWaited < 2000, qPrintable(QString::number(readerWaited.load())));
        QCOMPARE(countEvents(ex.journal(), event::Retry), 2);
        QCOMPARE(countEvents(ex.journal(), event::Failed), 1);
        // No pile-up: nobody waits for a lock now, and our session is idle (not in a transaction).
        QCOMPARE(test::scalar(**watcher, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")), 0);
        QCOMPARE(test::scalar(**watcher, QStringLiteral(
                     "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'strata-runbook %' AND state <> 'idle'")), 0);
        QCOMPARE(test::scalar(**watcher, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'acct' AND column_name = 'note'")), 0);

        // Once the other session ends, the step runs.
        QVERIFY((*holder)->exec(QStringLiteral("COMMIT")).ok());
        auto again = ex.runCurrent();
        QVERIFY(again.ok());
        QCOMPARE(again->status, StepResult::Status::Done);
        QCOMPARE(test::digest(**watcher, QStringLiteral("(SELECT id, owner, bal FROM acct)")), before);
    }

    void cancelLongStatement()
    {
        auto p = accounts();
        QVERIFY(p.ok());
        auto watcher = test::connectRw(*p);
        QVERIFY(watcher.ok());
        const QString before = test::digest(**watcher, QStringLiteral("acct"));
        QTemporaryDir dir;
        Executor ex;
        STRATA_VERIFY_OK(ex.start(script(QStringLiteral("BEGIN;\n"
                                                        "UPDATE acct SET bal = bal * 2 WHERE id > 0;\n"
                                                        "SELECT pg_sleep(60);\n"
                                                        "COMMIT;\n")),
                                  *p, dir.filePath(QStringLiteral("j"))));
        Result<StepResult> r = Error();
        QElapsedTimer t;
        t.start();
        std::thread worker([&] { r = ex.runCurrent(); });
        QVERIFY(waitFor(**watcher, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%' AND state = 'active'")));
        ex.cancel();
        worker.join();
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(r.ok());
        QCOMPARE(r->status, StepResult::Status::Failed);
        QCOMPARE(r->error.kind, Error::Kind::Canceled);
        QCOMPARE(ex.state().step(1).state, StepState::Failed);
        QCOMPARE(test::digest(**watcher, QStringLiteral("acct")), before); // the UPDATE rolled back
        QCOMPARE(test::scalar(**watcher, QStringLiteral(
                     "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'strata-runbook %' AND state <> 'idle'")), 0);
    }

    void concurrentIndexOnDuplicates()
    {
        auto p = accounts();
        QVERIFY(p.ok());
        auto watcher = test::connectRw(*p);
        QVERIFY(watcher.ok());
        const QString before = test::digest(**watcher, QStringLiteral("acct"));
        QTemporaryDir dir;
        Executor ex;
        STRATA_VERIFY_OK(ex.start(script(QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY acct_owner_key ON acct (owner);\n")), *p,
                                  dir.filePath(QStringLiteral("j"))));
        auto r = ex.runCurrent();
        QVERIFY(r.ok());
        QCOMPARE(r->status, StepResult::Status::Failed);
        QCOMPARE(r->error.sqlState, QStringLiteral("23505"));
        QVERIFY(r->invalidIndex);
        QVERIFY(r->error.hint.contains(QLatin1StringView("INVALID")));
        auto state = CatalogProbe::indexState(**watcher, TableRef{{}, QStringLiteral("acct_owner_key")});
        QVERIFY(state.ok());
        QCOMPARE(*state, IndexState::Invalid);
        QVERIFY(ex.state().step(1).invalidIndex);
        // The step does not run again over the INVALID index.
        auto again = ex.runCurrent();
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1StringView("INVALID")));
        STRATA_VERIFY_OK(ex.dropInvalidIndex());
        state = CatalogProbe::indexState(**watcher, TableRef{{}, QStringLiteral("acct_owner_key")});
        QVERIFY(state.ok());
        QCOMPARE(*state, IndexState::Absent);
        QVERIFY(!ex.state().step(1).invalidIndex);
        QCOMPARE(test::digest(**watcher, QStringLiteral("acct")), before);
        // It fails the same way again while the duplicates are there (and cleans up again).
        auto third = ex.runCurrent();
        QVERIFY(third.ok());
        QCOMPARE(third->status, StepResult::Status::Failed);
        STRATA_VERIFY_OK(ex.dropInvalidIndex());
        QCOMPARE(test::scalar(**watcher, QStringLiteral("SELECT count(*) FROM pg_index WHERE NOT indisvalid")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunbookLocks)
#include "tst_runbook_locks.moc"
