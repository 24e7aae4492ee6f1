// A runbook groups a migration's statements the way its tool runs them: dbmate's up
// section in ONE transaction step (its SET LOCAL lines among the step's statements) unless
// "transaction:false"; explicit BEGIN ... COMMIT blocks and CONCURRENTLY statements stay
// steps of their own. One step per statement is an explicit choice (Grouping::Split,
// strata-cli run --split-steps) that names the intermediate states it creates, and shows
// the settings each step runs first.

#include "RunbookTestUtil.h"
#include "runbook/RunbookBuilder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::runbook;

namespace {

const QString kDemo = QStringLiteral(STRATA_SOURCE_DIR "/resources/demo/db/migrations/20240701090000_workspace_scoped_keys.sql");

QString write(QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

} // namespace

class TestRunbookGrouping : public QObject
{
    Q_OBJECT
private slots:
    void dbmateFileIsOneTransaction()
    {
        auto rb = RunbookBuilder::fromMigrationFile(kDemo, false, RunbookBuilder::Grouping::AsTheTool);
        QVERIFY2(rb.ok(), qPrintable(rb.error().fullText()));
        QCOMPARE(rb->steps.size(), 1);
        const RunbookStep &s = rb->steps.first();
        QCOMPARE(s.mode, StepMode::Transaction);
        QVERIFY(s.statements.size() >= 10);
        QVERIFY(s.settings.isEmpty());
        // The SET LOCAL lines are statements of the step, shown with it.
        QVERIFY2(s.statements.first().contains(QLatin1StringView("SET LOCAL lock_timeout")), qPrintable(s.statements.first()));
        QVERIFY(s.sql().contains(QLatin1StringView("SET LOCAL statement_timeout")));
        QVERIFY2(s.title().contains(QStringLiteral("UPDATE messages m (and %1 more statement(s), one transaction)").arg(s.statements.size() - 1)), qPrintable(s.title()));
        QVERIFY(s.destructive); // it drops primary keys: the step names both
        QVERIFY2(s.destructiveReason.contains(QLatin1StringView("conversations_pkey")) && s.destructiveReason.contains(QLatin1StringView("messages_pkey")),
                 qPrintable(s.destructiveReason));
        // A saved runbook keeps the group (its safety derived again from the SQL).
        auto loaded = Runbook::fromJson(rb->toJson());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().fullText()));
        QCOMPARE(loaded->steps.first().statements, s.statements);
    }

    void splitNamesTheIntermediateStates()
    {
        auto rb = RunbookBuilder::fromMigrationFile(kDemo, false, RunbookBuilder::Grouping::Split);
        QVERIFY(rb.ok());
        QVERIFY(rb->steps.size() >= 10);
        int dropStep = -1, addStep = -1;
        for (const RunbookStep &s : rb->steps) {
            if (s.sql().contains(QLatin1StringView("DROP CONSTRAINT messages_conversation_id_fkey")))
                dropStep = s.number;
            if (s.sql().contains(QLatin1StringView("ADD CONSTRAINT messages_conversation_fkey")))
                addStep = s.number;
        }
        QVERIFY(dropStep > 0 && addStep > dropStep);
        const QString expected = QStringLiteral("between step %1 and step %2, messages has no foreign key messages_conversation_id_fkey").arg(dropStep).arg(addStep);
        QVERIFY2(rb->steps[dropStep - 1].findings.join(u'\n').contains(expected), qPrintable(rb->steps[dropStep - 1].findings.join(u'\n')));
        // The SET LOCAL lines become settings each step runs first, and each step shows them.
        const RunbookStep &update = rb->steps.first();
        QVERIFY(update.settings.size() == 2);
        QVERIFY(update.sql().contains(QLatin1StringView("settings this step runs first")));
        QVERIFY(update.sql().contains(QLatin1StringView("SET LOCAL lock_timeout = '5s';")));
    }

    void transactionFalseBlocksAndConcurrently()
    {
        QTemporaryDir dir;
        const QString off = write(dir, QStringLiteral("20240101000000_a.sql"),
                                  "-- migrate:up transaction:false\nCREATE TABLE a (id int);\nCREATE TABLE b (id int);\n\n-- migrate:down\nDROP TABLE b;\n");
        auto perStatement = RunbookBuilder::fromMigrationFile(off, false, RunbookBuilder::Grouping::AsTheTool);
        QVERIFY(perStatement.ok());
        QCOMPARE(perStatement->steps.size(), 2);
        const QString mixed = write(dir, QStringLiteral("20240102000000_b.sql"),
                                    "-- migrate:up\nCREATE TABLE c (id int);\nCREATE TABLE d (id int);\n"
                                    "CREATE INDEX CONCURRENTLY c_id ON c (id);\n"
                                    "BEGIN;\nCREATE TABLE e (id int);\nCOMMIT;\n"
                                    "CREATE TABLE f (id int);\nCREATE TABLE g (id int);\n\n-- migrate:down\nDROP TABLE g;\n");
        auto rb = RunbookBuilder::fromMigrationFile(mixed, false, RunbookBuilder::Grouping::AsTheTool);
        QVERIFY2(rb.ok(), qPrintable(rb.error().fullText()));
        QCOMPARE(rb->steps.size(), 4);
        QCOMPARE(rb->steps[0].mode, StepMode::Transaction);
        QCOMPARE(rb->steps[0].statements.size(), 2);
        QCOMPARE(rb->steps[1].mode, StepMode::OutsideTransaction);
        QCOMPARE(rb->steps[2].mode, StepMode::ExplicitBlock);
        QCOMPARE(rb->steps[3].statements.size(), 2);
    }

    void otherToolsRules()
    {
        QTemporaryDir dir;
        MigrationFile f;
        f.upSql = QStringLiteral("-- no-transaction\nCREATE INDEX CONCURRENTLY x ON t (a);\n");
        QVERIFY(!RunbookBuilder::toolRunsInOneTransaction(QStringLiteral("sqlx"), f));
        f.upSql = QStringLiteral("CREATE TABLE t (a int);\n");
        QVERIFY(RunbookBuilder::toolRunsInOneTransaction(QStringLiteral("sqlx"), f));
        QVERIFY(RunbookBuilder::toolRunsInOneTransaction(QStringLiteral("golang-migrate"), f));
        QVERIFY(RunbookBuilder::toolRunsInOneTransaction(QStringLiteral("prisma"), f));
        QVERIFY(!RunbookBuilder::toolRunsInOneTransaction(QStringLiteral("plain"), f));
        f.transactional = false;
        QVERIFY(!RunbookBuilder::toolRunsInOneTransaction(QStringLiteral("flyway"), f));
        // A Flyway folder on disk: the file's tool is found from its folder.
        write(dir, QStringLiteral("V1__init.sql"), "CREATE TABLE t (a int);\n");
        const QString v2 = write(dir, QStringLiteral("V2__more.sql"), "CREATE TABLE u (a int);\nCREATE TABLE v (a int);\n");
        QVERIFY(RunbookBuilder::toolRunsInOneTransaction(v2));
        auto rb = RunbookBuilder::fromMigrationFile(v2, false, RunbookBuilder::Grouping::AsTheTool);
        QVERIFY(rb.ok());
        QCOMPARE(rb->steps.size(), 1);
        // A script of no tool's folder: one step per statement, as before.
        QTemporaryDir plain;
        const QString s = write(plain, QStringLiteral("change.sql"), "CREATE TABLE u (a int);\nCREATE TABLE v (a int);\n");
        auto pr = RunbookBuilder::fromMigrationFile(s, false, RunbookBuilder::Grouping::AsTheTool);
        QVERIFY(pr.ok());
        QCOMPARE(pr->steps.size(), 2);
    }

    // On a real server the group commits as one: a failing last statement leaves nothing.
    void oneTransactionOnTheServer()
    {
        STRATA_VERIFY_OK(test::ensureServer());
        auto p = test::freshDatabase(QStringLiteral("rbgroup"));
        QVERIFY(p.ok());
        QTemporaryDir dir;
        const QString file = write(dir, QStringLiteral("20240101000000_a.sql"),
                                   "-- migrate:up\nCREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nSELECT 1/0;\n\n-- migrate:down\nDROP TABLE a;\n");
        auto rb = RunbookBuilder::fromMigrationFile(file, false, RunbookBuilder::Grouping::AsTheTool);
        QVERIFY(rb.ok());
        QCOMPARE(rb->steps.size(), 1);
        ExecutorOptions o;
        o.backups = false;
        o.snapshots = false;
        Executor ex(o);
        STRATA_VERIFY_OK(ex.start(*rb, *p, dir.filePath(QStringLiteral("j.journal"))));
        auto r = ex.runCurrent();
        QVERIFY(r.ok());
        QCOMPARE(r->status, StepResult::Status::Failed);
        auto c = test::connectRw(*p);
        QVERIFY(c.ok());
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'a'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunbookGrouping)
#include "tst_runbook_grouping.moc"
