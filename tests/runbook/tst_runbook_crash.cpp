// Crashes: the strata-cli process SIGKILLed between a step's COMMIT and the journal's
// "done" record and in the middle of a step (pg_sleep), the server stopped with
// -m immediate mid-step and right before COMMIT. Each time `resume` (or Executor::resume)
// must finish the runbook without running any step twice: step 2 adds 1 to every
// balance, so running it twice (or not at all) shows in the sum, and the row digests
// prove nothing else changed.

#include "RunbookTestUtil.h"
#include "runbook/Journal.h"
#include "runbook/RunbookBuilder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace strata;
using namespace strata::runbook;

namespace {

const QString kSetup = QStringLiteral(
    "CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, bal numeric NOT NULL);"
    "INSERT INTO acct SELECT g, 'o' || g, g FROM generate_series(1, 1000) g;"
    "CREATE TABLE log (step int PRIMARY KEY);"
    "CREATE TABLE cfg (sleep_s float8 NOT NULL); INSERT INTO cfg VALUES (60);");

// Step 2 is not idempotent; step 2 of the sleeping variant sleeps as long as cfg says.
// Run by strata-cli, each gets the backup steps of log and acct first (steps 1 and 3).
const QString kPlain = QStringLiteral(
    "INSERT INTO log VALUES (1);\n"
    "UPDATE acct SET bal = bal + 1 WHERE id > 0;\n"
    "INSERT INTO log VALUES (3);\n");
const QString kSleeping = QStringLiteral(
    "INSERT INTO log VALUES (1);\n"
    "BEGIN;\n"
    "UPDATE acct SET bal = bal + 1 WHERE id > 0;\n"
    "SELECT pg_sleep(sleep_s) FROM cfg;\n"
    "COMMIT;\n"
    "INSERT INTO log VALUES (3);\n");

struct Fixture
{
    ConnectionProfile profile;
    QString uri;
    std::unique_ptr<Connection> c;
    qint64 sumBefore = 0;
    QString ownersBefore;
};

bool setup(Fixture &f)
{
    auto p = test::freshDatabase(QStringLiteral("rbcr"));
    if (!p || test::runScript(*p, kSetup))
        return false;
    f.profile = *p;
    f.uri = p->displayString();
    auto c = test::connectRw(*p);
    if (!c)
        return false;
    f.c = std::move(*c);
    f.sumBefore = test::scalar(*f.c, QStringLiteral("SELECT sum(bal) FROM acct"));
    f.ownersBefore = test::digest(*f.c, QStringLiteral("(SELECT id, owner FROM acct) "));
    return true;
}

QString writeScript(const QTemporaryDir &dir, const QString &sql)
{
    const QString path = dir.filePath(QStringLiteral("change.sql"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(sql.toUtf8());
    return path;
}

// Step 2 ran exactly once, step 1 and 3 too, and no row was lost.
void verifyExactlyOnce(Fixture &f)
{
    QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT count(*) FROM acct")), 1000);
    QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT sum(bal) FROM acct")), f.sumBefore + 1000);
    QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT count(*) FROM acct WHERE bal <> id + 1")), 0);
    QCOMPARE(test::digest(*f.c, QStringLiteral("(SELECT id, owner FROM acct) ")), f.ownersBefore);
    QCOMPARE(test::digest(*f.c, QStringLiteral("log")), test::digest(*f.c, QStringLiteral("(VALUES (1), (3)) ")));
}

bool waitFor(Connection &c, const QString &sql, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        const ResultSet r = c.exec(sql);
        if (r.ok() && r.rowCount() > 0 && r.toInt64(0, 0) > 0)
            return true;
        QThread::msleep(50);
    }
    return false;
}

const QString kSleeping2 = QStringLiteral(
    "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'strata-runbook %' "
    "AND query LIKE 'SELECT pg_sleep%' AND state = 'active'");

} // namespace

class TestRunbookCrash : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void cliKilledAfterCommit()
    {
        Fixture f;
        QVERIFY(setup(f));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("run.journal"));
        const auto killed = test::runCli({QStringLiteral("run"), writeScript(dir, kPlain), QStringLiteral("--db"), f.uri,
                                          QStringLiteral("--yes"), QStringLiteral("--journal"), journal},
                                         {{QStringLiteral("STRATA_TEST_KILL_AT"), QStringLiteral("step4:after-commit")}});
        QVERIFY2(killed.crashed, qPrintable(killed.out + killed.err));
        // Step 4 (after the backup steps of log and acct) committed; the journal has its txid but no "done".
        QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT sum(bal) FROM acct")), f.sumBefore + 1000);
        const QStringList ev = test::journalEvents(journal);
        QVERIFY2(ev.contains(QStringLiteral("txid4")) && !ev.contains(QStringLiteral("done4")), qPrintable(ev.join(u' ')));

        const QString report = dir.filePath(QStringLiteral("audit.md"));
        const auto resumed = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), f.uri,
                                           QStringLiteral("--yes"), QStringLiteral("--report"), report});
        QVERIFY2(resumed.exitCode == 0 && !resumed.crashed, qPrintable(resumed.out + resumed.err));
        QVERIFY2(resumed.out.contains(QLatin1StringView("Step 4 committed")), qPrintable(resumed.out));
        verifyExactlyOnce(f);

        // The audit report tells what happened.
        QFile r(report);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(r.readAll());
        QVERIFY(md.contains(QLatin1StringView("Step 4 committed")));
        QVERIFY(md.contains(QLatin1StringView("## Backups")));
        QVERIFY(md.contains(QLatin1StringView("| acct | pg_dump | 1000 |")));
        QVERIFY(md.contains(QLatin1StringView("## Rollback path")));
        QVERIFY(md.contains(QLatin1StringView("UPDATE acct SET bal = bal + 1 WHERE id > 0;")));

        // Resuming a finished runbook changes nothing.
        const auto again = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), f.uri,
                                         QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
        verifyExactlyOnce(f);
    }

    void cliKilledMidStep()
    {
        Fixture f;
        QVERIFY(setup(f));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("run.journal"));
        QProcess cli;
        cli.start(test::cliPath(), {QStringLiteral("run"), writeScript(dir, kSleeping), QStringLiteral("--db"), f.uri,
                                    QStringLiteral("--yes"), QStringLiteral("--journal"), journal});
        QVERIFY(cli.waitForStarted());
        QVERIFY(waitFor(*f.c, kSleeping2));
        cli.kill(); // SIGKILL while step 2 sleeps inside its transaction
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        // The killed run's backend sleeps on: resume does not run beside it...
        const auto waiting = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), f.uri,
                                           QStringLiteral("--yes"), QStringLiteral("--stale-wait"), QStringLiteral("1")});
        QCOMPARE(waiting.exitCode, 2);
        QVERIFY2(waiting.err.contains(QLatin1StringView("still working")), qPrintable(waiting.err));
        QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT sum(bal) FROM acct")), f.sumBefore);
        // ...and with --terminate-stale it ends it, finds step 2 uncommitted and runs it once.
        QVERIFY(f.c->exec(QStringLiteral("UPDATE cfg SET sleep_s = 0")).ok());
        const auto resumed = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), f.uri,
                                           QStringLiteral("--yes"), QStringLiteral("--terminate-stale")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY2(resumed.out.contains(QLatin1StringView("will run again")), qPrintable(resumed.out));
        verifyExactlyOnce(f);
    }

    // Ctrl+C (SIGINT) in the CLI cancels the running statement: the step rolls back,
    // the run stops with exit 1, and resume runs the step once.
    void cliInterruptedCancels()
    {
        Fixture f;
        QVERIFY(setup(f));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("run.journal"));
        QProcess cli;
        cli.start(test::cliPath(), {QStringLiteral("run"), writeScript(dir, kSleeping), QStringLiteral("--db"), f.uri,
                                    QStringLiteral("--yes"), QStringLiteral("--journal"), journal});
        QVERIFY(cli.waitForStarted());
        QVERIFY(waitFor(*f.c, kSleeping2));
        ::kill(pid_t(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(20000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 1 && out.contains(QLatin1StringView("canceled")), qPrintable(out));
        QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT sum(bal) FROM acct")), f.sumBefore);
        QCOMPARE(test::scalar(*f.c, kSleeping2), 0);
        QVERIFY(f.c->exec(QStringLiteral("UPDATE cfg SET sleep_s = 0")).ok());
        const auto resumed = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), f.uri,
                                           QStringLiteral("--yes")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        verifyExactlyOnce(f);
    }

    void serverStoppedImmediateMidStep()
    {
        Fixture f;
        QVERIFY(setup(f));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("run.journal"));
        QProcess cli;
        cli.start(test::cliPath(), {QStringLiteral("run"), writeScript(dir, kSleeping), QStringLiteral("--db"), f.uri,
                                    QStringLiteral("--yes"), QStringLiteral("--journal"), journal});
        QVERIFY(cli.waitForStarted());
        QVERIFY(waitFor(*f.c, kSleeping2));
        STRATA_VERIFY_OK(test::server().stopImmediate());
        QVERIFY(cli.waitForFinished(60000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 1, qPrintable(out));
        STRATA_VERIFY_OK(test::server().restart());
        auto c = test::connectRw(f.profile);
        QVERIFY(c.ok());
        f.c = std::move(*c);
        QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT sum(bal) FROM acct")), f.sumBefore);
        QVERIFY(f.c->exec(QStringLiteral("UPDATE cfg SET sleep_s = 0")).ok());
        const auto resumed = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), f.uri,
                                           QStringLiteral("--yes")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        verifyExactlyOnce(f);
    }

    // A CONCURRENTLY step is autocommit: no txid. The catalog decides: a valid index is
    // done, an INVALID one is reported and dropped on request, then the step runs again.
    void cliKilledDuringConcurrentIndex_data()
    {
        QTest::addColumn<bool>("terminate");
        QTest::newRow("backend finishes the build") << false;
        QTest::newRow("backend terminated") << true;
    }

    void cliKilledDuringConcurrentIndex()
    {
        QFETCH(bool, terminate);
        Fixture f;
        QVERIFY(setup(f));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("run.journal"));
        auto holder = test::connectRw(f.profile);
        QVERIFY(holder.ok());
        // A writer's open transaction: the index build waits for it after its first phase.
        QVERIFY((*holder)->exec(QStringLiteral("BEGIN")).ok());
        QVERIFY((*holder)->exec(QStringLiteral("UPDATE acct SET owner = owner WHERE id = 1")).ok());
        QProcess cli;
        cli.start(test::cliPath(), {QStringLiteral("run"),
                                    writeScript(dir, QStringLiteral("INSERT INTO log VALUES (1);\n"
                                                                    "CREATE INDEX CONCURRENTLY acct_owner_idx ON acct (owner);\n"
                                                                    "INSERT INTO log VALUES (3);\n")),
                                    QStringLiteral("--db"), f.uri, QStringLiteral("--yes"), QStringLiteral("--journal"), journal,
                                    QStringLiteral("--lock-timeout"), QStringLiteral("600000")});
        QVERIFY(cli.waitForStarted());
        QVERIFY(waitFor(*f.c, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%' "
                                             "AND wait_event_type = 'Lock'")));
        cli.kill();
        QVERIFY(cli.waitForFinished());
        QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT count(*) FROM pg_index WHERE indexrelid = 'acct_owner_idx'::regclass AND NOT indisvalid")), 1);
        const QString idxValid = QStringLiteral("SELECT count(*) FROM pg_index WHERE indexrelid = to_regclass('acct_owner_idx') AND indisvalid");
        if (!terminate) {
            // The orphaned backend finishes the build once the writer commits; resume
            // waits for it and finds the index valid: the step is done, not run again.
            QVERIFY((*holder)->exec(QStringLiteral("COMMIT")).ok());
            const auto resumed = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), f.uri,
                                               QStringLiteral("--yes")});
            QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
            QVERIFY2(resumed.out.contains(QLatin1StringView("is in place")), qPrintable(resumed.out));
        } else {
            const auto resumed = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), f.uri,
                                               QStringLiteral("--yes"), QStringLiteral("--terminate-stale")});
            QVERIFY2(resumed.exitCode == 1, qPrintable(resumed.out + resumed.err));
            QVERIFY2(resumed.out.contains(QLatin1StringView("INVALID")), qPrintable(resumed.out));
            QCOMPARE(test::scalar(*f.c, idxValid), 0);
            QVERIFY((*holder)->exec(QStringLiteral("COMMIT")).ok());
            const auto dropped = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), f.uri,
                                               QStringLiteral("--yes"), QStringLiteral("--drop-invalid-index")});
            QVERIFY2(dropped.exitCode == 0, qPrintable(dropped.out + dropped.err));
        }
        QCOMPARE(test::scalar(*f.c, idxValid), 1);
        QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT count(*) FROM pg_index WHERE NOT indisvalid")), 0);
        QCOMPARE(test::scalar(*f.c, QStringLiteral("SELECT sum(bal) FROM acct")), f.sumBefore);
        QCOMPARE(test::digest(*f.c, QStringLiteral("(SELECT id, owner FROM acct) ")), f.ownersBefore);
        QCOMPARE(test::digest(*f.c, QStringLiteral("log")), test::digest(*f.c, QStringLiteral("(VALUES (1), (3)) ")));
    }

    void serverStoppedImmediateBeforeCommit()
    {
        Fixture f;
        QVERIFY(setup(f));
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("run.journal"));
        auto rb = RunbookBuilder::fromSql(kPlain, SourceKind::SqlScript);
        QVERIFY(rb.ok());
        {
            ExecutorOptions o;
            o.reconnectAttempts = 1;
            Executor ex(o);
            STRATA_VERIFY_OK(ex.start(*rb, f.profile, journal));
            ex.setCheckpoint([](const QString &point, int step) {
                if (step == 2 && point == u"before-commit")
                    test::server().stopImmediate();
            });
            auto r1 = ex.runCurrent();
            QVERIFY(r1.ok() && r1->status == StepResult::Status::Done);
            auto r2 = ex.runCurrent();
            QVERIFY(!r2.ok() || r2->status != StepResult::Status::Done);
            QCOMPARE(ex.state().step(2).state, StepState::InDoubt);
            QVERIFY(ex.state().step(2).txid > 0);
        }
        STRATA_VERIFY_OK(test::server().restart());
        auto c = test::connectRw(f.profile);
        QVERIFY(c.ok());
        f.c = std::move(*c);
        // Other work after the restart uses up transaction ids; none may pass for step 2's.
        for (int i = 0; i < 50; ++i)
            QVERIFY(f.c->exec(QStringLiteral("INSERT INTO cfg VALUES (0)")).ok());
        QVERIFY(f.c->exec(QStringLiteral("DELETE FROM cfg WHERE sleep_s = 0")).ok());
        Executor ex;
        STRATA_VERIFY_OK(ex.resume(journal, f.profile, &*rb));
        QCOMPARE(ex.resolutions().size(), 1);
        QVERIFY2(ex.resolutions().first().contains(QLatin1StringView("did not commit")), qPrintable(ex.resolutions().first()));
        STRATA_VERIFY_OK(test::runAll(ex));
        verifyExactlyOnce(f);
        // The txid was fenced before COMMIT (see StepRunner::fence).
        bool fenced = false;
        for (const QJsonObject &e : ex.journal().events())
            if (e.value(QLatin1StringView("event")).toString() == event::Txid)
                fenced = fenced || e.value(QLatin1StringView("fenced")).toBool();
        QVERIFY(fenced);
    }
};

QTEST_GUILESS_MAIN(TestRunbookCrash)
#include "tst_runbook_crash.moc"
