// strata-cli run / resume as an operator uses them: the plan with lock levels, y/n/q per
// step on stdin, the table name typed for a step that can lose data, --yes refused
// without --confirm-table, exit codes (0 done, 1 stopped/failed, 2 error), the audit
// report, a failing step named with its line, and the rows put back from the backup
// with `run manifest.json`. Every test checks that no row is lost.

#include "RunbookTestUtil.h"
#include "runbook/Journal.h"

#include <QDir>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace strata;
using namespace strata::runbook;

namespace {

const QString kScript = QStringLiteral(
    "INSERT INTO log VALUES (1);\n"
    "DELETE FROM items;\n"
    "INSERT INTO log VALUES (3);\n");

struct Db : test::RwDb
{
    QString itemsBefore;
};

bool makeDb(Db &d)
{
    if (!test::makeRwDb(d, QStringLiteral("rbcli"),
                        QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text);"
                                       "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 500) g;"
                                       "CREATE TABLE log (step int PRIMARY KEY);")))
        return false;
    d.itemsBefore = test::digest(*d.c, QStringLiteral("items"));
    return true;
}

} // namespace

class TestRunbookCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void interactiveStepsAndTypedName()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        const QString script = test::writeText(dir.path(), QStringLiteral("change.sql"), kScript);
        const QString journal = dir.filePath(QStringLiteral("j"));
        // Steps 1 and 3 back up log and items. Step 2: yes. Step 4 (DELETE without WHERE):
        // yes, then a wrong name: stops.
        const auto first = test::runCli({QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--journal"), journal},
                                        {}, "y\ny\ny\ny\nitem\n");
        QVERIFY2(first.exitCode == 1, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(QLatin1StringView("lock: ROW EXCLUSIVE")), qPrintable(first.out));
        QVERIFY(first.out.contains(QLatin1StringView("CAN LOSE DATA")));
        QVERIFY(first.out.contains(QString::fromUtf8("Type the table name “items”")));
        QVERIFY(first.out.contains(QLatin1StringView("does not match")));
        QCOMPARE(test::digest(*d.c, QStringLiteral("items")), d.itemsBefore);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 1);

        // Resume: step 4 with the right name, step 5 skipped (n).
        const QString report = dir.filePath(QStringLiteral("audit.md"));
        const auto second = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), d.uri,
                                          QStringLiteral("--report"), report},
                                         {}, "y\nitems\nn\n");
        QVERIFY2(second.exitCode == 0, qPrintable(second.out + second.err));
        QVERIFY(second.out.contains(QLatin1StringView("Step 5 skipped")));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM items")), 0);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 1);

        const QString md = test::readText(report);
        QVERIFY(md.contains(QLatin1StringView("## Tables touched")));
        QVERIFY(md.contains(QLatin1StringView("| items | 4 | 500 |")));
        QVERIFY(md.contains(QLatin1StringView("DELETE FROM items;")));
        QVERIFY(md.contains(QString::fromUtf8("Confirmed by typing “items”")));
        QVERIFY(md.contains(QLatin1StringView("skipped")));
        QVERIFY(md.contains(QLatin1StringView("## Rollback path")));
        // The rollback path's restore puts every deleted row back.
        auto j = Journal::open(journal);
        QVERIFY(j.ok());
        QString manifest;
        for (const QJsonObject &e : j->events())
            if (e.value(QLatin1StringView("event")).toString() == event::Backup)
                manifest = e.value(QLatin1StringView("manifest")).toString();
        QVERIFY(!manifest.isEmpty());
        QVERIFY(md.contains(manifest));
        const auto restore = test::runCli({QStringLiteral("run"), manifest, QStringLiteral("--table"), QStringLiteral("items"),
                                           QStringLiteral("--db"), d.uri, QStringLiteral("--yes"), QStringLiteral("--confirm-table"),
                                           QStringLiteral("items"), QStringLiteral("--journal"), dir.filePath(QStringLiteral("r"))});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.out + restore.err));
        QCOMPARE(test::digest(*d.c, QStringLiteral("items")), d.itemsBefore);
    }

    void yesNeedsConfirmTable()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        const QString script = test::writeText(dir.path(), QStringLiteral("change.sql"), kScript);
        const QString journal = dir.filePath(QStringLiteral("j"));
        const auto refused = test::runCli({QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                           QStringLiteral("--journal"), journal});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1StringView("--confirm-table items")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 0);
        QCOMPARE(test::digest(*d.c, QStringLiteral("items")), d.itemsBefore);

        // The script names items without a schema: schema.table confirms it when the
        // database resolves the name there, and only then.
        const auto elsewhere = test::runCli({QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                             QStringLiteral("--confirm-table"), QStringLiteral("other.items"), QStringLiteral("--journal"), journal});
        QCOMPARE(elsewhere.exitCode, 2);
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 0);
        const auto ran = test::runCli({QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                       QStringLiteral("--confirm-table"), QStringLiteral("public.items"), QStringLiteral("--journal"), journal,
                                       QStringLiteral("--no-pg-dump")});
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.out + ran.err));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 2);
        QVERIFY(ran.out.contains(QLatin1StringView("Runbook finished")));
        // A second run with the same journal is refused: resume it instead.
        const auto twice = test::runCli({QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                         QStringLiteral("--confirm-table"), QStringLiteral("items"), QStringLiteral("--journal"), journal});
        QCOMPARE(twice.exitCode, 2);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 2);
    }

    // A backup folder on a full disk, simulated with RLIMIT_FSIZE in the strata-cli
    // process (SIGXFSZ ignored, so a write past the limit fails with EFBIG like ENOSPC
    // would): the journal and the schema snapshot fit, the backup of items does not.
    // Nothing runs, the error says why, no row changes; with pg_dump (a child process
    // under the same limit) and with binary COPY. Also: --report F.html writes HTML.
    void backupOnFullDisk_data()
    {
        QTest::addColumn<bool>("pgDump");
        QTest::newRow("binary COPY") << false;
        QTest::newRow("pg_dump if usable") << true;
    }
    void backupOnFullDisk()
    {
        QFETCH(bool, pgDump);
        Db d;
        QVERIFY(makeDb(d));
        QVERIFY(d.c->exec(QStringLiteral("INSERT INTO items SELECT g, (SELECT string_agg(md5(random()::text || g || i), '') FROM generate_series(1, 8) i) FROM generate_series(501, 6000) g")).ok());
        const QString itemsBefore = test::digest(*d.c, QStringLiteral("items"));
        QTemporaryDir dir;
        const QString script = test::writeText(dir.path(), QStringLiteral("change.sql"), kScript);
        const QString report = dir.filePath(QStringLiteral("full.html"));
        QStringList args = {QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                            QStringLiteral("--confirm-table"), QStringLiteral("items"), QStringLiteral("--journal"), dir.filePath(QStringLiteral("j")),
                            QStringLiteral("--report"), report};
        if (!pgDump)
            args.append(QStringLiteral("--no-pg-dump"));
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(e);
        p.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit rl{256 * 1024, 256 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &rl);
        });
        p.start(test::cliPath(), args);
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput()), err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 1, qPrintable(out + err));
        // Steps 1 and 2 (back up log, INSERT INTO log) touch no row of items and ran; step 3,
        // the backup of items, fails, and step 4 that needs it does not run.
        QVERIFY2(err.contains(QLatin1StringView("Step 3 failed")) && err.contains(QLatin1StringView("backup of items failed")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1StringView("File too large")) || err.contains(QLatin1StringView("No space")) || err.contains(QLatin1StringView("pg_dump")),
                 qPrintable(err));
        QCOMPARE(test::digest(*d.c, QStringLiteral("items")), itemsBefore);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 1);
        const QString html = test::readText(report);
        QVERIFY2(html.startsWith(QLatin1StringView("<!DOCTYPE html>")), qPrintable(html.left(200)));
        QVERIFY(html.contains(QLatin1StringView("<h2>Rollback path</h2>")));
    }

    void failingStepAndUsage()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        const QString script = test::writeText(dir.path(), QStringLiteral("bad.sql"), QStringLiteral("INSERT INTO log VALUES (1);\n\nINSERT INTO nope VALUES (1);\nINSERT INTO log VALUES (3);\n"));
        const auto r = test::runCli({QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                     QStringLiteral("--journal"), dir.filePath(QStringLiteral("j"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1StringView("Step 3 (line 3")) && r.err.contains(QLatin1StringView("\"nope\" does not exist")),
                 qPrintable(r.err));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 1);
        QCOMPARE(test::digest(*d.c, QStringLiteral("items")), d.itemsBefore);

        QCOMPARE(test::runCli({QStringLiteral("run"), script}).exitCode, 2);                      // no --db
        QCOMPARE(test::runCli({QStringLiteral("resume"), QStringLiteral("--db"), d.uri}).exitCode, 2); // no --journal
        QCOMPARE(test::runCli({QStringLiteral("run"), dir.filePath(QStringLiteral("missing.sql")), QStringLiteral("--db"), d.uri}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRunbookCli)
#include "tst_runbook_cli.moc"
