// The guided rollback (GuidedRollback, `strata-cli rollback`) on a run that changed
// rows and swapped a global UNIQUE (handle) for a per-workspace UNIQUE (ws, handle):
// the run records schema snapshots before and after; the rollback's pre-flight finds
// the old key colliding with a row written after the run and nothing runs; once the
// row is gone the rollback (inverse script + restore of the changed rows) leaves the
// table's rows and the schema as at the start. The audit report's HTML form has the
// same sections as the Markdown, keys before/after, and escapes names with <&".

#include "RunbookTestUtil.h"
#include "catalog/Introspector.h"
#include "catalog/SnapshotJson.h"
#include "diff/SchemaDiff.h"
#include "runbook/AuditReport.h"
#include "runbook/GuidedRollback.h"
#include "runbook/RunSnapshots.h"
#include "runbook/RunbookBuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::runbook;

namespace {

const QString kForward = QStringLiteral(
    "UPDATE agents SET handle = handle || '_x' WHERE id <= 5;\n"
    "CREATE UNIQUE INDEX agents_ws_handle_key ON agents (ws, handle);\n"
    "DROP INDEX agents_handle_key;\n");

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList differences(Connection &c, const QString &snapshotPath)
{
    auto before = catalog::SnapshotJson::readFile(snapshotPath);
    auto now = catalog::Introspector::capture(c);
    if (!before || !now)
        return {QStringLiteral("cannot compare")};
    QStringList keys;
    for (const diff::ObjectDiff &o : diff::SchemaDiff::compare(*before, *now).objects)
        if (o.state != diff::ChangeState::Same)
            keys.append(o.key);
    return keys;
}

} // namespace

class TestRunbookRollback : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void oldKeyCollisionThenCliRollback()
    {
        auto p = test::freshDatabase(QStringLiteral("rbroll"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral(
            "CREATE TABLE agents (id int PRIMARY KEY, ws int NOT NULL, handle text NOT NULL);"
            "CREATE UNIQUE INDEX agents_handle_key ON agents (handle);"
            "INSERT INTO agents SELECT g, g % 3, 'h' || g FROM generate_series(1, 30) g;")));
        auto conn = test::connectRw(*p);
        QVERIFY(conn.ok());
        Connection &c = **conn;
        const QString start = test::digest(c, QStringLiteral("agents"));

        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("fwd.journal"));
        auto fwd = RunbookBuilder::fromSql(kForward, SourceKind::SqlScript, {}, QStringLiteral("keys per workspace"));
        QVERIFY(fwd.ok());
        STRATA_VERIFY_OK(RunbookBuilder::refineWithCatalog(*fwd, c));
        {
            Executor ex;
            STRATA_VERIFY_OK(ex.start(*fwd, *p, journal));
            QCOMPARE(ex.snapshotBefore(), RunSnapshots::beforePathFor(QFileInfo(journal).absoluteFilePath()));
            QVERIFY(QFileInfo::exists(ex.snapshotBefore()));
            QVERIFY(ex.snapshotAfter().isEmpty());
            STRATA_VERIFY_OK(test::runAll(ex, test::confirmations(*fwd)));
            QVERIFY(QFileInfo::exists(ex.snapshotAfter()));
        }
        QVERIFY(test::digest(c, QStringLiteral("agents")) != start);

        // Written after the run: a handle another workspace already has.
        QVERIFY(c.exec(QStringLiteral("INSERT INTO agents VALUES (1000, 1, 'h20')")).ok());
        auto plan = GuidedRollback::build(journal, c);
        QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
        QVERIFY2(plan->blocked(), qPrintable(plan->findingTexts().join(u'\n')));
        bool named = false;
        for (const RollbackFinding &f : plan->findings)
            named = named || (f.level == RollbackFinding::Level::Blocking && f.message.contains(QLatin1StringView("handle")));
        QVERIFY2(named, qPrintable(plan->findingTexts().join(u'\n')));
        // The inverse script was proven on a scratch copy of the live schema before it is offered.
        bool verified = false;
        for (const RollbackFinding &f : plan->findings)
            verified = verified || f.message.contains(QLatin1StringView("verified on a scratch copy"));
        QVERIFY2(verified, qPrintable(plan->findingTexts().join(u'\n')));
        QCOMPARE(plan->restoredTables, (QList<TableRef>{TableRef{{}, QStringLiteral("agents")}}));
        QVERIFY(plan->inverseSql.contains(QLatin1StringView("agents_handle_key")));
        QCOMPARE(plan->runbook.steps.last().mode, StepMode::Restore);

        const QString uri = p->displayString();
        const QString rollbackJournal = dir.filePath(QStringLiteral("back.journal"));
        const QStringList args = {QStringLiteral("rollback"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), uri,
                                  QStringLiteral("--yes"), QStringLiteral("--confirm-table"), QStringLiteral("agents"),
                                  QStringLiteral("--rollback-journal"), rollbackJournal};
        const auto refused = test::runCli(args);
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.out + refused.err));
        QVERIFY2(refused.err.contains(QLatin1StringView("nothing ran")), qPrintable(refused.err));
        QVERIFY(refused.out.contains(QLatin1StringView("Pre-flight of the rollback")));
        QVERIFY(!QFileInfo::exists(rollbackJournal));
        QCOMPARE(test::scalar(c, QStringLiteral("SELECT count(*) FROM agents")), 31);

        // Without the colliding row the rollback runs: rows and schema as at the start.
        QVERIFY(c.exec(QStringLiteral("DELETE FROM agents WHERE id = 1000")).ok());
        const QString report = dir.filePath(QStringLiteral("back.html"));
        const auto ok = test::runCli(args + QStringList{QStringLiteral("--report"), report});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QCOMPARE(test::digest(c, QStringLiteral("agents")), start);
        const QStringList diffs = differences(c, RunSnapshots::beforePathFor(QFileInfo(journal).absoluteFilePath()));
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
        const QString html = readAll(report);
        QVERIFY(html.startsWith(QLatin1StringView("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1StringView("<h2>Backups</h2>")));

        // A second rollback has nothing left to do.
        const auto again = test::runCli({QStringLiteral("rollback"), QStringLiteral("--journal"), journal, QStringLiteral("--db"), uri,
                                         QStringLiteral("--plan-only")});
        QVERIFY2(again.exitCode == 0 && again.out.contains(QLatin1StringView("Nothing to roll back")), qPrintable(again.out + again.err));
    }

    void htmlReportKeysAndEscaping()
    {
        auto p = test::freshDatabase(QStringLiteral("rbhtml"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral(
            "CREATE TABLE \"a<b&\"\"c\" (id int PRIMARY KEY, v text);"
            "INSERT INTO \"a<b&\"\"c\" SELECT g, 'v' FROM generate_series(1, 10) g;")));
        auto conn = test::connectRw(*p);
        QVERIFY(conn.ok());
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j"));
        auto rb = RunbookBuilder::fromSql(QStringLiteral("ALTER TABLE \"a<b&\"\"c\" ADD CONSTRAINT \"v<&\"\"key\" UNIQUE (id, v);\n"
                                                         "UPDATE \"a<b&\"\"c\" SET v = 'w';\n"),
                                          SourceKind::SqlScript, {}, QStringLiteral("odd <names> & \"quotes\""));
        QVERIFY(rb.ok());
        Executor ex;
        STRATA_VERIFY_OK(ex.start(*rb, *p, journal));
        STRATA_VERIFY_OK(test::runAll(ex, test::confirmations(*rb)));
        auto plan = GuidedRollback::build(journal, **conn);
        QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
        const QString md = AuditReport::markdown(ex.runbook(), ex.journal().header(), ex.journal().events(), journal, p->displayString(), &*plan);
        const QString html = AuditReport::html(ex.runbook(), ex.journal().header(), ex.journal().events(), journal, p->displayString(), &*plan);
        QVERIFY(AuditReport::isHtmlPath(QStringLiteral("x.HTML")) && !AuditReport::isHtmlPath(QStringLiteral("x.md")));
        for (const char *h : {"Tables touched", "Keys before and after", "Steps", "Backups", "Verification", "Rollback path"}) {
            QVERIFY2(md.contains(QStringLiteral("## ") + QLatin1StringView(h)), h);
            QVERIFY2(html.contains(QStringLiteral("<h2>") + QLatin1StringView(h) + QStringLiteral("</h2>")), h);
        }
        // Keys before/after: the new unique constraint is absent before, present after.
        QVERIFY2(md.contains(QString::fromUtf8("| \"v<&\"\"key\" | — | UNIQUE (id, v) | yes |")) || md.contains(QString::fromUtf8("| v<&\"key | — | UNIQUE (id, v) | yes |")),
                 qPrintable(md));
        QVERIFY(md.contains(QLatin1StringView("PRIMARY KEY (id)")));
        // The guided rollback's steps are listed: the inverse DDL and the restore.
        QVERIFY(md.contains(QLatin1StringView("strata-cli rollback --journal")));
        QVERIFY(md.contains(QLatin1StringView("Rollback step 1")));
        QVERIFY(md.contains(QLatin1StringView("restore ")));
        // Escaped everywhere: no raw name in the HTML, the SQL in <pre>.
        QVERIFY(!html.contains(QLatin1StringView("a<b&")));
        QVERIFY(!html.contains(QLatin1StringView("<names>")));
        QVERIFY(html.contains(QLatin1StringView("a&lt;b&amp;&quot;&quot;c")));
        QVERIFY(html.contains(QLatin1StringView("<title>Runbook audit: odd &lt;names&gt; &amp; &quot;quotes&quot;</title>")));
        QVERIFY(html.contains(QLatin1StringView("<pre><code class=\"language-sql\">UPDATE")));
        QVERIFY(!html.contains(QLatin1StringView("<script")) && !html.contains(QLatin1StringView("src=")) && !html.contains(QLatin1StringView("href=")));
        QVERIFY(html.trimmed().endsWith(QLatin1StringView("</html>")));
    }
};

QTEST_GUILESS_MAIN(TestRunbookRollback)
#include "tst_runbook_rollback.moc"
