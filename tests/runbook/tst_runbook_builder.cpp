// Runbook building (steps, blocks, CONCURRENTLY, destructive steps, carried SET), the
// journal (append-only, torn line, one process per journal, other runbook refused) and
// a confirmed run on a real server that loses no row.

#include "RunbookTestUtil.h"
#include "runbook/Journal.h"
#include "runbook/RunbookBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::runbook;

namespace {
const char *kScript =
    "CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, bal numeric NOT NULL DEFAULT 0);\n"
    "INSERT INTO acct SELECT g, 'o' || g, g * 10 FROM generate_series(1, 200) g;\n"
    "BEGIN;\n"
    "UPDATE acct SET bal = bal + 1 WHERE id <= 50;\n"
    "ALTER TABLE acct ADD COLUMN note text;\n"
    "COMMIT;\n"
    "CREATE INDEX CONCURRENTLY acct_owner_idx ON acct (owner);\n"
    "SET search_path = public;\n"
    "DELETE FROM acct;\n"
    "DROP TABLE acct;\n";
}

class TestRunbookBuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void stepsFromScript()
    {
        auto rb = RunbookBuilder::fromSql(QString::fromUtf8(kScript), SourceKind::SqlScript, QStringLiteral("x.sql"));
        QVERIFY2(rb.ok(), qPrintable(rb.error().fullText()));
        QCOMPARE(rb->steps.size(), 6);
        const auto &s = rb->steps;
        QCOMPARE(s[0].mode, StepMode::Transaction);
        QCOMPARE(s[1].mode, StepMode::Transaction);
        QCOMPARE(s[1].dataTables.size(), 1);
        QCOMPARE(s[2].mode, StepMode::ExplicitBlock); // BEGIN ... COMMIT kept together
        QCOMPARE(s[2].statements.size(), 4);
        QCOMPARE(s[2].line, 3);
        QVERIFY(s[2].statements.first().startsWith(QLatin1StringView("BEGIN")));
        QCOMPARE(s[3].mode, StepMode::OutsideTransaction); // CONCURRENTLY: autocommit
        QCOMPARE(s[3].effect, EffectCheck::IndexExists);
        QCOMPARE(s[3].effectObject.name, QStringLiteral("acct_owner_idx"));
        // SET is no step of its own: carried into every later step.
        QVERIFY(s[3].settings.isEmpty());
        QCOMPARE(s[4].settings, QStringList{QStringLiteral("SET search_path = public")});
        QVERIFY(s[4].destructive); // DELETE without WHERE
        QCOMPARE(s[4].confirmName, QStringLiteral("acct"));
        QVERIFY(s[5].destructive); // DROP TABLE
        QVERIFY(!s[0].destructive && !s[1].destructive && !s[2].destructive && !s[3].destructive);

        // JSON round trip keeps the identity; an edited step is refused.
        QJsonObject o = rb->toJson();
        auto back = Runbook::fromJson(o);
        QVERIFY2(back.ok(), qPrintable(back.error().fullText()));
        QCOMPARE(back->sha256(), rb->sha256());
        QCOMPARE(back->steps[4].confirmName, QStringLiteral("acct"));
        QJsonArray steps = o.value(QLatin1StringView("steps")).toArray();
        QJsonObject st = steps[1].toObject();
        st.insert(QStringLiteral("statements"), QJsonArray{QStringLiteral("DELETE FROM acct")});
        steps[1] = st;
        o.insert(QStringLiteral("steps"), steps);
        QVERIFY(!Runbook::fromJson(o).ok());
    }

    void brokenBlocksAreRefused()
    {
        QVERIFY(!RunbookBuilder::fromSql(QStringLiteral("BEGIN;\nCREATE INDEX CONCURRENTLY i ON t (a);\nCOMMIT;"), SourceKind::SqlScript).ok());
        QVERIFY(!RunbookBuilder::fromSql(QStringLiteral("BEGIN;\nUPDATE t SET a = 1 WHERE a = 2;\n"), SourceKind::SqlScript).ok());
        QVERIFY(!RunbookBuilder::fromSql(QStringLiteral("UPDATE t SET a = WHERE;"), SourceKind::SqlScript).ok());
        QVERIFY(!RunbookBuilder::fromSql(QStringLiteral("-- nothing\n"), SourceKind::SqlScript).ok());
    }

    void typeChangeAndPrimaryKeyDropAreDestructive()
    {
        auto rb = RunbookBuilder::fromSql(QStringLiteral("ALTER TABLE t ALTER COLUMN a TYPE smallint;\n"
                                                         "ALTER TABLE t DROP CONSTRAINT t_id_key_custom;\n"
                                                         "ALTER TABLE t ADD COLUMN z int;\n"),
                                          SourceKind::SqlScript);
        QVERIFY(rb.ok());
        QVERIFY(rb->steps[0].destructive);
        QCOMPARE(rb->steps[0].confirmName, QStringLiteral("t"));
        QVERIFY(!rb->steps[1].destructive);
        // The live catalog knows t_id_key_custom is t's primary key.
        auto p = test::freshDatabase(QStringLiteral("rbpk"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral("CREATE TABLE t (id int CONSTRAINT t_id_key_custom PRIMARY KEY, a int)")));
        auto c = test::connectRw(*p);
        QVERIFY(c.ok());
        STRATA_VERIFY_OK(RunbookBuilder::refineWithCatalog(*rb, **c));
        QVERIFY(rb->steps[1].destructive);
        QVERIFY(!rb->steps[2].destructive);
    }

    void journalIsAppendOnlyAndLocked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.journal"));
        const QJsonObject header{{QStringLiteral("runbook_sha256"), QStringLiteral("abc")}};
        {
            auto j = Journal::create(path, header);
            QVERIFY2(j.ok(), qPrintable(j.error().fullText()));
            STRATA_VERIFY_OK(j->append({{QStringLiteral("event"), event::Started}, {QStringLiteral("step"), 1}}));
            // A second process (or Journal) cannot take the same journal while it is held.
            auto again = Journal::open(path);
            QVERIFY(!again.ok());
            QVERIFY(again.error().message.contains(QLatin1StringView("Another Strata process")));
            QVERIFY(!Journal::create(path, header).ok());
        }
        // A torn last line (the process died while writing) is dropped, never acted upon.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"event\":\"done\",\"step\":1,\"runbook_sha");
        }
        auto j = Journal::open(path);
        QVERIFY2(j.ok(), qPrintable(j.error().fullText()));
        QVERIFY(j->droppedTornLine());
        QCOMPARE(j->events().size(), 1);
        const RunState st = RunState::replay(2, j->events());
        QCOMPARE(st.step(1).state, StepState::InDoubt);
        QCOMPARE(st.inDoubt(), QList<int>{1});
        STRATA_VERIFY_OK(j->append({{QStringLiteral("event"), event::Done}, {QStringLiteral("step"), 1}}));
        QCOMPARE(RunState::replay(2, j->events()).current(), 2);
    }

    void confirmedRunLosesNoRow()
    {
        auto p = test::freshDatabase(QStringLiteral("rbrun"));
        QVERIFY(p.ok());
        const QString sql = QStringLiteral(
            "BEGIN;\n"
            "UPDATE acct SET bal = bal + 1 WHERE id <= 50;\n"
            "ALTER TABLE acct ADD COLUMN note text;\n"
            "COMMIT;\n"
            "CREATE INDEX CONCURRENTLY acct_owner_idx ON acct (owner);\n"
            "DELETE FROM acct;\n");
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral(
            "CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, bal numeric NOT NULL DEFAULT 0);"
            "INSERT INTO acct SELECT g, 'o' || g, g * 10 FROM generate_series(1, 200) g;")));
        auto c = test::connectRw(*p);
        QVERIFY(c.ok());
        const qint64 sumBefore = test::scalar(**c, QStringLiteral("SELECT sum(bal) FROM acct"));
        auto rb = RunbookBuilder::fromSql(sql, SourceKind::SqlScript);
        QVERIFY(rb.ok());
        QTemporaryDir dir;
        Executor ex;
        STRATA_VERIFY_OK(ex.start(*rb, *p, dir.filePath(QStringLiteral("run.journal"))));
        auto r1 = ex.runCurrent();
        QVERIFY(r1.ok());
        QCOMPARE(r1->status, StepResult::Status::Done);
        QVERIFY(r1->txid > 0);
        auto r2 = ex.runCurrent();
        QVERIFY(r2.ok());
        QCOMPARE(r2->status, StepResult::Status::Done);
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT count(*) FROM pg_index WHERE indexrelid = 'acct_owner_idx'::regclass AND indisvalid")), 1);
        // The destructive step needs the table name typed: nothing runs without it.
        auto r3 = ex.runCurrent(QStringLiteral("wrong"));
        QVERIFY(!r3.ok());
        QVERIFY(r3.error().message.contains(QLatin1StringView("acct")));
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT count(*) FROM acct")), 200);
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT sum(bal) FROM acct")), sumBefore + 50);
        QCOMPARE(ex.state().current(), 3);
        const QString beforeDelete = test::digest(**c, QStringLiteral("acct"));
        auto r4 = ex.runCurrent(QStringLiteral("acct"));
        QVERIFY(r4.ok());
        QCOMPARE(r4->status, StepResult::Status::Done);
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT count(*) FROM acct")), 0);
        QVERIFY(ex.state().finished());
        // acct was backed up before step 1 (200 rows) and the restore runbook puts back
        // exactly those rows (the state before the run, bal without the +1).
        const auto backups = ex.state().backups();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().rows, 200);
        Q_UNUSED(beforeDelete);
    }
};

QTEST_GUILESS_MAIN(TestRunbookBuilder)
#include "tst_runbook_builder.moc"
