// Backups as steps: before the first step that writes an existing table the runbook has
// a visible backup step (method, estimate from live statistics); it runs like any step
// and records file, rows, bytes, sha256 and "verified"; skipping it takes the table's
// name (CLI: --skip-backup) and is journaled and reported; `run --plan-only --json`
// lists the steps and changes nothing; a crash right after a backup never makes resume
// back up (or run) anything twice; resume of a finished journal says nothing is left.

#include "RunbookTestUtil.h"
#include "preflight/Preflight.h"
#include "runbook/Backup.h"
#include "runbook/BackupSteps.h"
#include "runbook/GuidedRollback.h"
#include "runbook/Journal.h"
#include "runbook/RunbookBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::runbook;

namespace {

// transaction:false: dbmate runs it statement by statement, so every statement is a step.
const QString kMigration = QStringLiteral(
    "-- migrate:up transaction:false\n"
    "CREATE TABLE notes (id int PRIMARY KEY, body text);\n"
    "INSERT INTO notes VALUES (1, 'a');\n"
    "UPDATE items SET name = name || '!' WHERE id <= 10;\n"
    "ALTER TABLE items ADD COLUMN price int;\n"
    "INSERT INTO log VALUES (1);\n"
    "-- migrate:down\n"
    "DROP TABLE notes;\n");

using Db = test::RwDb;

bool makeDb(Db &d)
{
    return test::makeRwDb(d, QStringLiteral("rbbs"),
                          QStringLiteral("CREATE TABLE items (id int PRIMARY KEY, name text);"
                                         "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 500) g;"
                                         "CREATE TABLE log (step int PRIMARY KEY);"
                                         "ANALYZE items;"));
}

// Everything a run could change: the catalog of user objects, every row, the ledger.
QString snapshot(Connection &c)
{
    const ResultSet r = c.exec(QStringLiteral(
        "SELECT md5(coalesce(string_agg(x, ',' ORDER BY x), '')) FROM ("
        " SELECT concat_ws(':', c.relname::text, c.relkind::text, a.attname::text, format_type(a.atttypid, a.atttypmod)) AS x"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0"
        " WHERE n.nspname = 'public'"
        " UNION ALL SELECT concat_ws(':', conname::text, pg_get_constraintdef(oid)) FROM pg_constraint"
        " WHERE connamespace = 'public'::regnamespace) s"));
    if (!r.ok() || r.rowCount() != 1)
        return QStringLiteral("error: ") + r.error.message;
    return r.text(0, 0) + u'|' + test::digest(c, QStringLiteral("items")) + u'|' + test::digest(c, QStringLiteral("log")) + u'|'
         + QString::number(test::scalar(c, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'notes'")));
}

int stepOfKind(const Runbook &rb, const QString &kind, const QString &table)
{
    for (const RunbookStep &s : rb.steps)
        if (s.kindName() == kind && (s.mode == StepMode::Backup ? s.backupTable.name == table : s.tables.contains(TableRef{{}, table})))
            return s.number;
    return 0;
}

// The migration run with --yes and a journal in `dir`, killed by STRATA_TEST_KILL_AT at
// `point`; returns the journal (empty when the run was not stopped).
QString runKilledAt(const Db &d, const QTemporaryDir &dir, const QString &point)
{
    const QString file = test::writeText(dir.path(), QStringLiteral("20240201000000_change.sql"), kMigration);
    const QString journal = dir.filePath(QStringLiteral("run.journal"));
    const auto killed = test::runCli({QStringLiteral("run"), file, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                      QStringLiteral("--journal"), journal},
                                     {{QStringLiteral("STRATA_TEST_KILL_AT"), point}});
    return killed.crashed || killed.exitCode != 0 ? journal : QString();
}

// `strata-cli resume` of that journal with --yes.
test::CliRun resume(const Db &d, const QString &journal)
{
    return test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), d.uri, QStringLiteral("--yes")});
}

} // namespace

class TestRunbookBackupSteps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void backupStepsComeBeforeTheFirstWrite()
    {
        Db d;
        QVERIFY(makeDb(d));
        auto rb = RunbookBuilder::fromSql(kMigration.section(QStringLiteral("-- migrate:down"), 0, 0), SourceKind::SqlScript);
        QVERIFY(rb.ok());
        STRATA_VERIFY_OK(BackupSteps::add(*rb, *d.c));
        QStringList kinds;
        for (const RunbookStep &s : rb->steps)
            kinds.append(s.kindName() + (s.mode == StepMode::Backup ? u':' + s.backupTable.name : QString()));
        // notes is created by the runbook: no backup; items before its first write, log too.
        QCOMPARE(kinds, (QStringList{QStringLiteral("sql"), QStringLiteral("sql"), QStringLiteral("backup:items"), QStringLiteral("sql"),
                                     QStringLiteral("sql"), QStringLiteral("backup:log"), QStringLiteral("sql")}));
        const RunbookStep &b = rb->steps[2];
        QCOMPARE(b.number, 3);
        QCOMPARE(b.estimatedRows, 500);
        QVERIFY(b.estimatedBytes >= 8192);
        QVERIFY(b.estimatedSeconds > 0);
        QVERIFY(b.backupMethod == u"pg_dump" || b.backupMethod == u"copy_binary");
        // The runbook with its backup steps survives the JSON round trip (checksum, safety).
        auto back = Runbook::fromJson(rb->toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().fullText()));
        QCOMPARE(back->sha256(), rb->sha256());
        // Refining again adds no second backup step.
        Runbook again = *back;
        STRATA_VERIFY_OK(BackupSteps::add(again, *d.c));
        QCOMPARE(again.steps.size(), rb->steps.size());
    }

    void planOnlyListsStepsAndChangesNothing()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        const QString file = test::writeText(dir.path(), QStringLiteral("20240201000000_change.sql"), kMigration);
        const QString before = snapshot(*d.c);
        const auto r = test::runCli({QStringLiteral("run"), file, QStringLiteral("--db"), d.uri, QStringLiteral("--plan-only"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray steps = o.value(QLatin1StringView("steps")).toArray();
        QVERIFY2(steps.size() >= 7, qPrintable(r.out));
        QStringList kinds;
        for (const QJsonValue &v : steps) {
            const QJsonObject s = v.toObject();
            const QJsonArray t = s.value(QLatin1StringView("tables")).toArray();
            kinds.append(s.value(QLatin1StringView("kind")).toString() + u':'
                         + (t.isEmpty() ? QString() : t.first().toObject().value(QLatin1StringView("name")).toString()));
        }
        QVERIFY2(kinds.contains(QStringLiteral("backup:items")) && kinds.contains(QStringLiteral("backup:log")), qPrintable(kinds.join(u' ')));
        QVERIFY(kinds.indexOf(QStringLiteral("backup:items")) < kinds.indexOf(QStringLiteral("sql:items")));
        // Nothing changed and nothing was written next to the file.
        QCOMPARE(snapshot(*d.c), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{QFileInfo(file).fileName()});
        // The text form too.
        const auto t = test::runCli({QStringLiteral("run"), file, QStringLiteral("--db"), d.uri, QStringLiteral("--plan-only")});
        QCOMPARE(t.exitCode, 0);
        QVERIFY2(t.out.contains(QLatin1StringView("back up items with")), qPrintable(t.out));
        QCOMPARE(snapshot(*d.c), before);
    }

    void backupStepRunsAndRecordsItsResult()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        const QString file = test::writeText(dir.path(), QStringLiteral("20240201000000_change.sql"), kMigration);
        const QString journal = dir.filePath(QStringLiteral("run.journal"));
        const QString report = dir.filePath(QStringLiteral("report.md"));
        const auto r = test::runCli({QStringLiteral("run"), file, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                     QStringLiteral("--journal"), journal, QStringLiteral("--report"), report});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("backed up in .*items.*, 500 rows, \\d+ bytes, sha256 [0-9a-f]{64}, verified"))),
                 qPrintable(r.out));
        auto j = Journal::open(journal);
        QVERIFY(j.ok());
        auto rb = Runbook::fromJson(j->header().value(QLatin1StringView("runbook")).toObject());
        QVERIFY2(rb.ok(), qPrintable(rb.error().fullText()));
        const int backupItems = stepOfKind(*rb, QStringLiteral("backup"), QStringLiteral("items"));
        QVERIFY(backupItems > 0);
        const RunState st = RunState::replay(int(rb->steps.size()), j->events());
        QVERIFY(st.finished());
        const BackupRecord b = st.backups().value(QStringLiteral("items"));
        QCOMPARE(b.step, backupItems);
        QCOMPARE(b.rows, 500);
        QVERIFY(b.bytes > 0);
        QCOMPARE(b.sha256.size(), 64);
        QVERIFY(QFileInfo(QFileInfo(b.manifest).dir().filePath(b.file)).isFile());
        // Exactly one backup per table: items and log by their backup steps, notes (created
        // by the run, so not there to plan a step for) by the executor before step 2 writes it.
        int backups = 0;
        for (const QJsonObject &e : j->events())
            backups += e.value(QLatin1StringView("event")).toString() == event::Backup;
        QCOMPARE(backups, 3);
        QCOMPARE(st.backups().value(QStringLiteral("notes")).step, 2);
        // The audit report lists the backup step's result.
        const QString md = test::readText(report);
        QVERIFY2(md.contains(QStringLiteral("%1 rows, %2 bytes, sha256 %3, verified").arg(b.rows).arg(b.bytes).arg(b.sha256)), qPrintable(md));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM items WHERE name LIKE '%!'")), 10);
    }

    void skippingABackupTakesTheTableName()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        const QString file = test::writeText(dir.path(), QStringLiteral("20240201000000_change.sql"), kMigration);
        // Interactive: "n" on the backup step asks for the name; a wrong name stops.
        const QString j1 = dir.filePath(QStringLiteral("a.journal"));
        const auto wrong = test::runCli({QStringLiteral("run"), file, QStringLiteral("--db"), d.uri, QStringLiteral("--journal"), j1},
                                        {}, "y\ny\nn\nitem\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.out.contains(QLatin1StringView("the backup was not skipped")), qPrintable(wrong.out));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM items WHERE name LIKE '%!'")), 0);
        // --skip-backup with --yes: journaled, the SQL step does not back it up either, and
        // the audit report says so.
        const QString j2 = dir.filePath(QStringLiteral("b.journal"));
        const QString report = dir.filePath(QStringLiteral("b.md"));
        test::runScript(d.profile, QStringLiteral("DROP TABLE notes"));
        const auto skip = test::runCli({QStringLiteral("run"), file, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"), QStringLiteral("--journal"), j2,
                                        QStringLiteral("--skip-backup"), QStringLiteral("items"), QStringLiteral("--report"), report});
        QVERIFY2(skip.exitCode == 0, qPrintable(skip.out + skip.err));
        QVERIFY2(skip.out.contains(QLatin1StringView("items is NOT backed up")), qPrintable(skip.out));
        auto j = Journal::open(j2);
        QVERIFY(j.ok());
        const RunState st = RunState::replay(20, j->events());
        QVERIFY(!st.backups().contains(QStringLiteral("items")));
        QVERIFY(st.backups().contains(QStringLiteral("log")));
        QVERIFY(st.skippedBackups().contains(QStringLiteral("items")));
        QVERIFY2(test::readText(report).contains(QLatin1StringView("Backup skipped by the operator:")), qPrintable(test::readText(report)));
        // The executor refuses a skip without the name.
        auto rb = RunbookBuilder::fromSql(QStringLiteral("UPDATE items SET name = 'x' WHERE id = 1;"), SourceKind::SqlScript);
        QVERIFY(rb.ok());
        STRATA_VERIFY_OK(BackupSteps::add(*rb, *d.c));
        QCOMPARE(rb->steps.first().mode, StepMode::Backup);
        Executor ex;
        STRATA_VERIFY_OK(ex.start(*rb, d.profile, dir.filePath(QStringLiteral("c.journal"))));
        QVERIFY(ex.skipCurrent(QStringLiteral("why"), QStringLiteral("log")).isError());
        QCOMPARE(ex.state().current(), 1);
        STRATA_VERIFY_OK(ex.skipCurrent(QStringLiteral("why"), QStringLiteral("items")));
        QCOMPARE(ex.state().current(), 2);
    }

    void crashAfterBackupNeverBacksUpTwice()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        // Step 3 backs up items: the process dies after the backup is journaled, before "done".
        const QString journal = runKilledAt(d, dir, QStringLiteral("step3:after-backup"));
        QVERIFY(!journal.isEmpty());
        QVERIFY2(test::journalEvents(journal).contains(QStringLiteral("backup3")) && !test::journalEvents(journal).contains(QStringLiteral("done3")),
                 qPrintable(test::journalEvents(journal).join(u' ')));
        const auto resumed = resume(d, journal);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY2(resumed.out.contains(QLatin1StringView("had backed up items")), qPrintable(resumed.out));
        const QStringList ev = test::journalEvents(journal);
        QVERIFY2(ev.filter(QStringLiteral("backup")).size() == 3, qPrintable(ev.join(u' '))); // notes, items and log once each
        QCOMPARE(ev.count(QStringLiteral("started3")), 1);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM items WHERE name LIKE '%!'")), 10);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 1);
        // Nothing left: resume says so instead of "continuing at step 0".
        const auto again = resume(d, journal);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1StringView("nothing is left to run")), qPrintable(again.out));
        QVERIFY(!again.out.contains(QLatin1StringView("step 0")));
    }

    void crashBeforeTheBackupIsJournaledMakesItAgain()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        // The file is written and verified, the process dies before the journal knows it.
        const QString journal = runKilledAt(d, dir, QStringLiteral("step3:backup-written"));
        QVERIFY(!journal.isEmpty());
        QVERIFY2(test::journalEvents(journal).contains(QStringLiteral("started3")) && !test::journalEvents(journal).contains(QStringLiteral("backup3")),
                 qPrintable(test::journalEvents(journal).join(u' ')));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM items WHERE name LIKE '%!'")), 0);
        const auto resumed = resume(d, journal);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY2(resumed.out.contains(QLatin1StringView("will run again")), qPrintable(resumed.out));
        const QStringList ev = test::journalEvents(journal);
        QCOMPARE(ev.count(QStringLiteral("backup3")), 1);
        QCOMPARE(ev.count(QStringLiteral("done4")), 1);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM items WHERE name LIKE '%!'")), 10);
        // The journaled backup is the second file of items; the journal still opens and the
        // guided rollback restores from it.
        BackupRecord b;
        {
            auto j = Journal::open(journal); // flock'ed while open
            QVERIFY(j.ok());
            b = RunState::replay(7, j->events()).backups().value(QStringLiteral("items"));
        }
        auto m = BackupManifest::load(b.manifest);
        QVERIFY(m.ok());
        QStringList itemFiles;
        for (const BackupEntry &e : m->entries)
            if (e.name == u"items")
                itemFiles.append(e.file);
        QCOMPARE(itemFiles.size(), 2);
        QCOMPARE(b.file, itemFiles.last());
        const auto again = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), d.uri});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        auto plan = GuidedRollback::build(journal, *d.c);
        QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
        QStringList kinds;
        for (const RunbookStep &s : plan->runbook.steps)
            kinds.append(s.kindName());
        // The guided rollback: its restores are steps, each after the backup of what it replaces.
        QVERIFY2(kinds.contains(QStringLiteral("restore")), qPrintable(kinds.join(u' ')));
        QVERIFY2(kinds.indexOf(QStringLiteral("backup")) >= 0 && kinds.indexOf(QStringLiteral("backup")) < kinds.indexOf(QStringLiteral("restore")),
                 qPrintable(kinds.join(u' ')));
    }

    void aFileWithoutItsBackupStepGetsItAgain()
    {
        Db d;
        QVERIFY(makeDb(d));
        QTemporaryDir dir;
        // A saved runbook whose backup steps were taken out (checksum made anew).
        auto rb = RunbookBuilder::fromSql(QStringLiteral("UPDATE items SET name = 'x' WHERE id = 1;\nINSERT INTO log VALUES (7);\n"),
                                          SourceKind::SqlScript, QStringLiteral("x.sql"));
        QVERIFY(rb.ok());
        QCOMPARE(rb->steps.size(), 2);
        const QString path = dir.filePath(QStringLiteral("stripped.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(rb->toJson()).toJson());
        }
        const QString before = snapshot(*d.c);
        const auto r = test::runCli({QStringLiteral("run"), path, QStringLiteral("--db"), d.uri, QStringLiteral("--plan-only"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QStringList kinds;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1StringView("steps")).toArray())
            kinds.append(v.toObject().value(QLatin1StringView("kind")).toString());
        QCOMPARE(kinds, (QStringList{QStringLiteral("backup"), QStringLiteral("sql"), QStringLiteral("backup"), QStringLiteral("sql")}));
        QCOMPARE(snapshot(*d.c), before);
        // A backup step that carries SQL is refused when the file is loaded.
        STRATA_VERIFY_OK(BackupSteps::add(*rb, *d.c));
        QJsonObject o = rb->toJson();
        QJsonArray steps = o.value(QLatin1StringView("steps")).toArray();
        QJsonObject first = steps.first().toObject();
        QCOMPARE(first.value(QLatin1StringView("mode")).toString(), QStringLiteral("backup"));
        first.insert(QStringLiteral("statements"), QJsonArray{QStringLiteral("DELETE FROM items")});
        steps.replace(0, first);
        o.insert(QStringLiteral("steps"), steps);
        o.remove(QStringLiteral("sha256"));
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                                                                         QCryptographicHash::Sha256).toHex()));
        auto loaded = Runbook::fromJson(o);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(QLatin1StringView("backup step but carries SQL")), qPrintable(loaded.error().message));
    }

    void findingsAreNotListedTwice()
    {
        // The Runbook tab attaches the offline pre-flight and then the one with the catalog.
        const QString sql = QStringLiteral("ALTER TABLE items ALTER COLUMN name SET NOT NULL;\n");
        auto rb = RunbookBuilder::fromSql(sql, SourceKind::SqlScript);
        QVERIFY(rb.ok());
        preflight::PreflightOptions po;
        po.runDataChecks = false;
        auto report = preflight::Preflight::run(sql, nullptr, po);
        QVERIFY(report.ok());
        RunbookBuilder::attachPreflight(*rb, *report);
        const QStringList once = rb->steps.first().findings;
        QVERIFY(!once.isEmpty());
        RunbookBuilder::attachPreflight(*rb, *report);
        QCOMPARE(rb->steps.first().findings, once);
        QCOMPARE(QSet<QString>(once.cbegin(), once.cend()).size(), once.size());
    }
};

QTEST_GUILESS_MAIN(TestRunbookBackupSteps)
#include "tst_runbook_backupsteps.moc"
