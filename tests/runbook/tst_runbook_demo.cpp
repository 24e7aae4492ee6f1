// The demo's pending migration (workspace-scoped keys) as a guided runbook on the demo
// database, then the guided rollback. The migration's own down section is refused by
// the demo's data (two workspaces share an agent handle, so the global UNIQUE (handle)
// it restores fails): that is asserted, and it must leave everything as it was. The
// guided rollback that works (GuidedRollback, from the forward run's journal) is the
// inverse script from the diff engine (live schema -> snapshot before the run) plus the
// restore of messages from the forward run's verified backup (the forward run
// backfilled messages.workspace_id). Afterwards every
// table has the same rows (counts and checksums) and the schema equals the start.

#include "RunbookTestUtil.h"
#include "catalog/Introspector.h"
#include "catalog/SnapshotJson.h"
#include "demo/DemoProject.h"
#include "diff/SchemaDiff.h"
#include "runbook/GuidedRollback.h"
#include "runbook/RunbookBuilder.h"

#include <QFile>
#include <QFileInfo>

#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::runbook;

namespace {

const QStringList kTables = {
    QStringLiteral("agents"), QStringLiteral("audit_log"), QStringLiteral("conversation_tags"), QStringLiteral("conversations"),
    QStringLiteral("messages"), QStringLiteral("tags"), QStringLiteral("users"), QStringLiteral("workspace_members"),
    QStringLiteral("workspaces"), QStringLiteral("schema_migrations"),
};

const QString kMigration = QStringLiteral(STRATA_SOURCE_DIR "/resources/demo/db/migrations/20240701090000_workspace_scoped_keys.sql");

QString keyOf(Connection &c, const QString &constraint)
{
    const ResultSet r = c.exec(QStringLiteral("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = $1"), {constraint});
    return r.ok() && r.rowCount() == 1 ? r.text(0, 0) : QString();
}

} // namespace

class TestRunbookDemo : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void forwardThenGuidedRollback()
    {
        const QString db = QStringLiteral("rb_demo");
        STRATA_VERIFY_OK(DemoProject::load(test::server(), db));
        const ConnectionProfile p = test::server().profile(db);
        auto conn = test::connectRw(p);
        QVERIFY(conn.ok());
        Connection &c = **conn;
        const auto start = test::digests(c, kTables);
        for (const QString &d : start)
            QVERIFY2(!d.startsWith(QLatin1StringView("error")) && !d.startsWith(u'0'), qPrintable(d));
        const qint64 nullWorkspace = test::scalar(c, QStringLiteral("SELECT count(*) FROM messages WHERE workspace_id IS NULL"));
        QVERIFY(nullWorkspace > 0);
        auto before = catalog::Introspector::capture(c);
        QVERIFY2(before.ok(), qPrintable(before.error().fullText()));

        // Forward, step by step, with backups.
        auto up = RunbookBuilder::fromMigrationFile(kMigration);
        QVERIFY2(up.ok(), qPrintable(up.error().fullText()));
        STRATA_VERIFY_OK(RunbookBuilder::refineWithCatalog(*up, c));
        QCOMPARE(up->source, SourceKind::MigrationUp);
        QVERIFY(up->steps.size() >= 10);
        QVERIFY(!test::confirmations(*up).isEmpty()); // the primary-key drops
        QTemporaryDir dir;
        Executor fwd;
        STRATA_VERIFY_OK(fwd.start(*up, p, dir.filePath(QStringLiteral("up.journal"))));
        STRATA_VERIFY_OK(test::runAll(fwd, test::confirmations(*up)));
        QCOMPARE(keyOf(c, QStringLiteral("conversations_pkey")), QStringLiteral("PRIMARY KEY (workspace_id, id)"));
        QCOMPARE(keyOf(c, QStringLiteral("messages_pkey")), QStringLiteral("PRIMARY KEY (workspace_id, id)"));
        QCOMPARE(test::scalar(c, QStringLiteral("SELECT count(*) FROM messages WHERE workspace_id IS NULL")), 0);
        const auto afterForward = test::digests(c, kTables);
        for (const QString &t : kTables) {
            if (t == u"messages") // the backfill changed exactly the rows without workspace_id
                QCOMPARE(afterForward[t].section(u':', 0, 0), start[t].section(u':', 0, 0));
            else
                QCOMPARE(afterForward[t], start[t]);
        }
        QVERIFY(fwd.state().backups().contains(QStringLiteral("messages")));
        const QString messagesBackup = fwd.state().backups().value(QStringLiteral("messages")).manifest;
        QCOMPARE(fwd.state().backups().value(QStringLiteral("messages")).rows, start[QStringLiteral("messages")].section(u':', 0, 0).toLongLong());

        // Rollback attempt 1: the migration's down section. Its first step restores the
        // global UNIQUE (handle), which the demo's data no longer allows: it fails with
        // the unique violation, and nothing changes.
        auto down = RunbookBuilder::fromMigrationFile(kMigration, true);
        QVERIFY(down.ok());
        STRATA_VERIFY_OK(RunbookBuilder::refineWithCatalog(*down, c));
        {
            Executor ex;
            STRATA_VERIFY_OK(ex.start(*down, p, dir.filePath(QStringLiteral("down.journal"))));
            auto r = ex.runCurrent(test::confirmations(*down).value(1));
            QVERIFY(r.ok());
            QCOMPARE(r->status, StepResult::Status::Failed);
            QCOMPARE(r->error.sqlState, QStringLiteral("23505"));
            QVERIFY2(r->error.message.contains(QLatin1StringView("agents_handle_idx")), qPrintable(r->error.message));
            QCOMPARE(ex.state().current(), 1);
        }
        QCOMPARE(test::digests(c, kTables), afterForward);
        QCOMPARE(test::scalar(c, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'agents_handle_idx'")), 0);

        // Rollback attempt 2: the guided rollback built from the forward run's journal:
        // the inverse script (diff engine: live schema -> snapshot before the run) and
        // the rows of messages from the forward run's verified backup.
        QVERIFY(QFileInfo::exists(fwd.snapshotBefore()));
        QVERIFY(QFileInfo::exists(fwd.snapshotAfter()));
        auto plan = GuidedRollback::build(dir.filePath(QStringLiteral("up.journal")), c);
        QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
        QVERIFY2(!plan->blocked(), qPrintable(plan->findingTexts().join(u'\n')));
        QVERIFY(!plan->inverseSql.isEmpty());
        QCOMPARE(plan->restoredTables, (QList<TableRef>{TableRef{{}, QStringLiteral("messages")}}));
        const Runbook &rollback = plan->runbook;
        QCOMPARE(rollback.source, SourceKind::RollbackScript);
        QCOMPARE(rollback.steps.last().mode, StepMode::Restore);
        QCOMPARE(rollback.steps.last().restoreManifest, messagesBackup);
        Executor back;
        STRATA_VERIFY_OK(back.start(rollback, p, dir.filePath(QStringLiteral("rollback.journal"))));
        const Error e = test::runAll(back, test::confirmations(rollback));
        QVERIFY2(!e.isError(), qPrintable(e.fullText() + u'\n' + plan->inverseSql));

        // Every row as at the start, and the schema too.
        QCOMPARE(test::digests(c, kTables), start);
        QCOMPARE(test::scalar(c, QStringLiteral("SELECT count(*) FROM messages WHERE workspace_id IS NULL")), nullWorkspace);
        QCOMPARE(keyOf(c, QStringLiteral("conversations_pkey")), QStringLiteral("PRIMARY KEY (id)"));
        auto end = catalog::Introspector::capture(c);
        QVERIFY(end.ok());
        const diff::DiffResult d = diff::SchemaDiff::compare(*before, *end);
        QStringList diffs;
        for (const diff::ObjectDiff &o : d.objects)
            diffs.append(o.key);
        QVERIFY2(!d.hasDifferences(), qPrintable(diffs.join(u'\n')));
    }

    // The same as the operator does it: `strata-cli run` of the migration, then
    // `strata-cli rollback` of its journal, both with --yes and the tables confirmed;
    // the HTML report of the run lists the keys before/after and the guided rollback.
    void cliRunThenCliRollback()
    {
        const QString db = QStringLiteral("rb_demo_cli");
        STRATA_VERIFY_OK(DemoProject::load(test::server(), db));
        const ConnectionProfile p = test::server().profile(db);
        auto conn = test::connectRw(p);
        QVERIFY(conn.ok());
        Connection &c = **conn;
        const auto start = test::digests(c, kTables);
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("up.journal"));
        const QString report = dir.filePath(QStringLiteral("up.html"));
        const QStringList confirm = {QStringLiteral("--confirm-table"), QStringLiteral("conversations"), QStringLiteral("--confirm-table"),
                                     QStringLiteral("messages"), QStringLiteral("--confirm-table"), QStringLiteral("agents")};
        const auto up = test::runCli(QStringList{QStringLiteral("run"), kMigration, QStringLiteral("--db"), p.displayString(), QStringLiteral("--yes"),
                                                 QStringLiteral("--journal"), journal, QStringLiteral("--report"), report} + confirm);
        QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        QCOMPARE(keyOf(c, QStringLiteral("messages_pkey")), QStringLiteral("PRIMARY KEY (workspace_id, id)"));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QLatin1StringView("<h2>Keys before and after</h2>")));
        QVERIFY(html.contains(QLatin1StringView("PRIMARY KEY (workspace_id, id)")));
        QVERIFY(html.contains(QLatin1StringView("strata-cli rollback --journal")));
        QVERIFY(html.contains(QLatin1StringView("Rollback step 1")));
        // The run's pre-flight ran its data checks: the down section's global
        // UNIQUE (handle) would collide on today's data, and the report says so.
        QVERIFY2(html.contains(QLatin1StringView("Rollback is NOT possible with today")), qPrintable(up.out.left(2000)));

        const auto back = test::runCli(QStringList{QStringLiteral("rollback"), QStringLiteral("--journal"), journal, QStringLiteral("--db"),
                                                   p.displayString(), QStringLiteral("--yes")} + confirm);
        QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
        QVERIFY(back.out.contains(QLatin1StringView("Pre-flight of the rollback")));
        QCOMPARE(test::digests(c, kTables), start);
        QCOMPARE(keyOf(c, QStringLiteral("messages_pkey")), QStringLiteral("PRIMARY KEY (id)"));
        auto before = catalog::SnapshotJson::readFile(journal + QStringLiteral(".before.json"));
        QVERIFY(before.ok());
        auto end = catalog::Introspector::capture(c);
        QVERIFY(end.ok());
        QStringList diffs;
        for (const diff::ObjectDiff &o : diff::SchemaDiff::compare(*before, *end).objects)
            if (o.state != diff::ChangeState::Same)
                diffs.append(o.key);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRunbookDemo)
#include "tst_runbook_demo.moc"
