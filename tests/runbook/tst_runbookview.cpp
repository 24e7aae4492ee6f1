// The Runbook tab on a real server: steps and their SQL, "Run step" on a worker thread,
// the typed table name for a destructive step, Cancel during a long statement, Skip,
// the step model under QAbstractItemModelTester, and no row lost.

#include "ErrorBanner.h"
#include "items/RunbookStepsModel.h"
#include "RunbookTestUtil.h"
#include "RunbookView.h"
#include "demo/DemoProject.h"
#include "runbook/Journal.h"
#include "runbook/RunbookBuilder.h"
#include "SqlView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QKeySequence>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::runbook;

class TestRunbookView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void runsStepsWithConfirmationAndCancel()
    {
        auto p = test::freshDatabase(QStringLiteral("rbview"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral(
            "CREATE TABLE acct (id int PRIMARY KEY, bal numeric NOT NULL);"
            "INSERT INTO acct SELECT g, g FROM generate_series(1, 300) g;")));
        auto c = test::connectRw(*p);
        QVERIFY(c.ok());
        const QString before = test::digest(**c, QStringLiteral("(SELECT id, bal FROM acct)"));

        QTemporaryDir dir;
        auto owner = std::make_unique<RunbookView>();
        RunbookView &view = *owner;
        new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        view.setJournalFolder(dir.path());
        view.resize(1000, 600);
        view.show();
        QVERIFY(!view.runButton()->isEnabled()); // nothing loaded, no profile
        view.setProfile(*p);
        view.loadSql(QStringLiteral("UPDATE acct SET bal = bal + 1 WHERE id > 0;\n"
                                    "BEGIN;\nUPDATE acct SET bal = bal * 100 WHERE id > 0;\nSELECT pg_sleep(60);\nCOMMIT;\n"
                                    "ALTER TABLE acct ADD COLUMN note text;\n"
                                    "DELETE FROM acct;\n"),
                     QStringLiteral("change.sql"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000); // the catalog pass (read-only, worker thread)
        // Step 1 backs up acct before step 2 writes to it; then the script's four steps.
        QCOMPARE(view.model()->rowCount(), 5);
        QCOMPARE(view.model()->index(0, RunbookStepsModel::ModeColumn).data().toString(), QStringLiteral("backup"));
        QVERIFY(view.model()->index(0, RunbookStepsModel::TitleColumn).data().toString().contains(QLatin1StringView("back up acct")));
        QCOMPARE(view.model()->index(4, RunbookStepsModel::StateColumn).data().toString(), QStringLiteral("pending"));
        QCOMPARE(view.model()->index(3, RunbookStepsModel::LockColumn).data().toString(), QStringLiteral("ACCESS EXCLUSIVE"));
        view.stepsTable()->selectRow(0);
        QVERIFY2(view.detailView()->toPlainText().contains(QLatin1StringView("Estimate from the live statistics")),
                 qPrintable(view.detailView()->toPlainText()));
        view.stepsTable()->selectRow(1);
        QVERIFY(view.sqlView()->sql().contains(QLatin1StringView("UPDATE acct SET bal = bal + 1")));
        view.stepsTable()->selectRow(2);
        QVERIFY(view.sqlView()->sql().contains(QLatin1StringView("pg_sleep(60)")));
        QVERIFY(view.runButton()->isEnabled());

        // Step 1, the backup, on the worker thread: its row and detail show the result.
        QSignalSpy finished(&view, &RunbookView::stepFinished);
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(view.isBusy());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(view.detailView()->toPlainText()));
        const QString backupRow = view.model()->index(0, RunbookStepsModel::TitleColumn).data().toString();
        QVERIFY2(backupRow.contains(QLatin1StringView("300 rows")) && backupRow.contains(QLatin1StringView("verified")), qPrintable(backupRow));
        view.stepsTable()->selectRow(0);
        const QString backupDetail = view.detailView()->toPlainText();
        QVERIFY2(backupDetail.contains(QLatin1StringView("Backed up: ")) && backupDetail.contains(QRegularExpression(QStringLiteral("sha256 [0-9a-f]{64}")))
                     && backupDetail.contains(QLatin1StringView("Verified")),
                 qPrintable(backupDetail));

        // Step 2.
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toInt(), 2);
        QVERIFY2(finished.last().at(1).toBool(), qPrintable(view.detailView()->toPlainText()));
        QCOMPARE(view.model()->state(2), StepState::Done);
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT sum(bal) FROM acct")), 300 * 301 / 2 + 300);

        // Step 3 sleeps: the GUI stays responsive, Cancel stops it, the UPDATE rolls back.
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(view.cancelButton()->isEnabled());
        QElapsedTimer t;
        t.start();
        while (test::scalar(**c, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%' AND state = 'active'")) == 0
               && t.elapsed() < 20000)
            QTest::qWait(50); // the event loop runs while the step works
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toInt(), 3);
        QVERIFY(!finished.last().at(1).toBool());
        QCOMPARE(view.model()->state(3), StepState::Failed);
        QVERIFY(view.detailView()->toPlainText().contains(QLatin1StringView("canceled")));
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT sum(bal) FROM acct")), 300 * 301 / 2 + 300);

        // Skip the failed step, run step 4.
        QVERIFY(view.skipButton()->isEnabled());
        QTest::mouseClick(view.skipButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(view.model()->state(3), StepState::Skipped);
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(view.model()->state(4) == StepState::Done, qPrintable(view.detailView()->toPlainText()));

        // Step 5 deletes every row: the run button waits for the table's name.
        QVERIFY(view.confirmEdit()->isVisible());
        QVERIFY(!view.runButton()->isEnabled());
        QTest::keyClicks(view.confirmEdit(), QStringLiteral("acc"));
        QVERIFY(!view.runButton()->isEnabled());
        QTest::keyClicks(view.confirmEdit(), QStringLiteral("t"));
        QVERIFY(view.runButton()->isEnabled());
        QSignalSpy done(&view, &RunbookView::runbookFinished);
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(view.model()->state(5) == StepState::Done, qPrintable(view.detailView()->toPlainText()));
        QCOMPARE(done.size(), 1);
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT count(*) FROM acct")), 0);
        QVERIFY(!view.runButton()->isEnabled());

        // The rows are in the verified backup: restoring it gives back the rows as
        // they were before step 2 (no row lost).
        const QString journal = view.journalPath();
        owner.reset(); // the view's executor holds the journal (one process per journal)
        auto j = Journal::open(journal);
        QVERIFY(j.ok());
        const RunState st = RunState::replay(5, j->events());
        QCOMPARE(st.backups().size(), 1);
        QCOMPARE(st.backups().first().rows, 300);
        // The backup has the table's shape before step 3: a restore into the changed
        // table is refused until the column is gone again.
        Executor rx;
        STRATA_VERIFY_OK(rx.start(RunbookBuilder::restoreRunbook(st.backups().first().manifest, {TableRef{{}, QStringLiteral("acct")}}), *p,
                                  dir.filePath(QStringLiteral("restore.journal"))));
        auto refused = rx.runCurrent(QStringLiteral("acct"));
        QVERIFY(refused.ok() && refused->status == StepResult::Status::Failed);
        QVERIFY2(refused->error.message.contains(QLatin1StringView("columns")), qPrintable(refused->error.message));
        QVERIFY((*c)->exec(QStringLiteral("ALTER TABLE acct DROP COLUMN note")).ok());
        auto r = rx.runCurrent(QStringLiteral("acct"));
        QVERIFY(r.ok());
        QVERIFY2(r->status == StepResult::Status::Done, qPrintable(r->error.fullText()));
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT count(*) FROM acct")), 300);
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT sum(bal) FROM acct")), 300 * 301 / 2);
        QCOMPARE(test::digest(**c, QStringLiteral("(SELECT id, bal FROM acct)")), before);
    }

    void catalogPassAndCopy()
    {
        auto p = test::freshDatabase(QStringLiteral("rbviewidx"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral("CREATE TABLE agents (id int PRIMARY KEY, handle text);"
                                                            "CREATE INDEX agents_handle_idx ON agents (handle);")));
        QTemporaryDir dir;
        RunbookView view;
        new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        view.setJournalFolder(dir.path());
        view.setProfile(*p);
        view.loadSql(QStringLiteral("ALTER TABLE agents DROP CONSTRAINT agents_pkey;\nDROP INDEX agents_handle_idx;\n"),
                     QStringLiteral("drop.sql"));
        QVERIFY(view.isBusy()); // the catalog pass, read-only, on the worker thread
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.model()->rowCount(), 3); // the backup of agents, then the two steps
        QCOMPARE(view.model()->runbook().steps[0].mode, StepMode::Backup);
        // The title counts the steps the operator sees, the backup step included.
        QVERIFY2(view.findChild<QLabel *>(QStringLiteral("runbookTitle"))->text().startsWith(QStringLiteral("drop.sql: 3 step(s)")),
                 qPrintable(view.findChild<QLabel *>(QStringLiteral("runbookTitle"))->text()));
        QVERIFY(view.model()->index(1, 0).data(RunbookStepsModel::DestructiveRole).toBool());
        QCOMPARE(view.model()->index(1, RunbookStepsModel::LockColumn).data().toString(), QStringLiteral("ACCESS EXCLUSIVE"));
        // DROP INDEX: the catalog ties the index to agents (offline the lock column stayed empty).
        QCOMPARE(view.model()->index(2, RunbookStepsModel::LockColumn).data().toString(), QStringLiteral("ACCESS EXCLUSIVE"));
        view.loadSql(QStringLiteral("DROP INDEX agents_handle_idx;\n"), QStringLiteral("drop-index.sql"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.model()->index(0, RunbookStepsModel::LockColumn).data().toString(), QStringLiteral("ACCESS EXCLUSIVE"));
        // Ctrl+C on the steps table.
        bool copy = false;
        for (QAction *a : view.stepsTable()->actions())
            copy = copy || a->shortcut() == QKeySequence(QKeySequence::Copy);
        QVERIFY(copy);

        // The selected step's detail: its cost (rewrite or scan) and its own pre-flight findings.
        view.loadSql(QStringLiteral("ALTER TABLE agents ALTER COLUMN handle TYPE bigint USING length(handle);\n"
                                    "ALTER TABLE agents ADD COLUMN note text;\n"),
                     QStringLiteral("types.sql"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        view.stepsTable()->selectRow(1);
        const QString first = view.detailView()->toPlainText();
        QVERIFY2(first.contains(QStringLiteral("Rewrites the table")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("Pre-flight of this step:")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("• ")), qPrintable(first));
        // Each finding once, though the offline and the catalog pre-flight both found it.
        const QStringList bullets = first.split(u'\n').filter(QStringLiteral("• "));
        QCOMPARE(QSet<QString>(bullets.cbegin(), bullets.cend()).size(), bullets.size());
        view.stepsTable()->selectRow(2);
        const QString second = view.detailView()->toPlainText();
        QVERIFY2(!second.contains(QStringLiteral("Rewrites the table")), qPrintable(second));
        QVERIFY2(second.startsWith(QStringLiteral("Step 3")), qPrintable(second));
    }

    // "Roll back what ran" after a run: the guided rollback is built off the GUI thread,
    // its pre-flight shown, loaded as the next runbook; stepping through it puts the rows
    // and the schema back (the model stays valid under QAbstractItemModelTester).
    void rollBackWhatRan()
    {
        auto p = test::freshDatabase(QStringLiteral("rbviewback"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral(
            "CREATE TABLE acct (id int PRIMARY KEY, bal numeric NOT NULL);"
            "INSERT INTO acct SELECT g, g FROM generate_series(1, 50) g;")));
        auto c = test::connectRw(*p);
        QVERIFY(c.ok());
        const QString before = test::digest(**c, QStringLiteral("acct"));

        QTemporaryDir dir;
        auto owner = std::make_unique<RunbookView>();
        RunbookView &view = *owner;
        new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        view.setJournalFolder(dir.path());
        view.setProfile(*p);
        view.show();
        QVERIFY(!view.rollbackButton()->isEnabled());
        view.loadSql(QStringLiteral("UPDATE acct SET bal = bal * 2 WHERE id > 0;\nALTER TABLE acct ADD COLUMN note text;\n"),
                     QStringLiteral("forward.sql"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QVERIFY(!view.rollbackButton()->isEnabled()); // nothing ran yet
        for (int i = 0; i < 3; ++i) { // the backup of acct, the UPDATE, the ALTER
            QSignalSpy done(&view, &RunbookView::stepFinished);
            view.runButton()->click();
            QVERIFY(done.wait(30000));
            QCOMPARE(done.first().at(1).toBool(), true);
        }
        QVERIFY(test::digest(**c, QStringLiteral("acct")) != before);
        QTRY_VERIFY(view.rollbackButton()->isEnabled());
        // Ctrl+Shift+Z belongs to the Runbook menu's "Roll back what ran" (tst_mainwindow);
        // the button carrying it too would make the shortcut ambiguous.
        QVERIFY(view.rollbackButton()->shortcut().isEmpty());

        // "Audit report…": written on the worker thread, HTML by extension, with the keys
        // before/after, the SQL that ran and the guided rollback's steps.
        QVERIFY(view.reportButton()->isEnabled());
        const QString html = dir.filePath(QStringLiteral("audit.html"));
        QSignalSpy written(&view, &RunbookView::reportWritten);
        view.exportReport(html);
        QVERIFY(written.wait(60000));
        QCOMPARE(written.first().at(1).toString(), QString());
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        QVERIFY(text.startsWith(QStringLiteral("<!DOCTYPE html>")) || text.contains(QStringLiteral("<html")));
        for (const char *part : {"Keys before and after", "ADD COLUMN note", "Rollback path", "DROP COLUMN"})
            QVERIFY2(text.contains(QLatin1StringView(part)), part);
        // A folder that cannot be written: the error comes back in place, nothing crashes.
        QSignalSpy failed(&view, &RunbookView::reportWritten);
        view.exportReport(dir.filePath(QStringLiteral("no/such/folder/audit.md")));
        QVERIFY(failed.wait(60000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QVERIFY(!view.errorBanner()->isHidden());

        QSignalSpy ready(&view, &RunbookView::rollbackReady);
        view.rollbackButton()->click();
        QVERIFY(view.isBusy()); // built on the worker thread
        QVERIFY(ready.wait(60000));
        QCOMPARE(ready.first().at(1).toBool(), false); // not blocked
        const int steps = ready.first().at(0).toInt();
        QCOMPARE(steps, 3); // the backup of acct, DROP COLUMN note, then the restore of acct
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.model()->runbook().steps[0].mode, StepMode::Backup);
        QCOMPARE(view.model()->runbook().steps[2].mode, StepMode::Restore);
        view.stepsTable()->selectRow(1);
        QCOMPARE(view.model()->runbook().source, SourceKind::RollbackScript);
        QVERIFY(view.sqlView()->sql().contains(QLatin1StringView("DROP COLUMN")));
        bool warned = false;
        for (const QString &f : view.rollbackFindings())
            warned = warned || f.contains(QLatin1StringView("rows of its backup"));
        QVERIFY2(warned, qPrintable(view.rollbackFindings().join(u'\n')));
        QVERIFY(!view.rollbackButton()->isEnabled()); // the rollback has not run

        for (int i = 1; i <= steps; ++i) {
            const RunbookStep &s = view.model()->runbook().steps[i - 1];
            if (s.destructive)
                QTest::keyClicks(view.confirmEdit(), s.confirmName);
            QTRY_VERIFY(view.runButton()->isEnabled());
            QSignalSpy done(&view, &RunbookView::stepFinished);
            view.runButton()->click();
            QVERIFY(done.wait(30000));
            QVERIFY2(done.first().at(1).toBool(), qPrintable(view.detailView()->toPlainText()));
        }
        QCOMPARE(test::digest(**c, QStringLiteral("acct")), before);
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = 'acct'::regclass AND attname = 'note'")), 0);
    }

    // A migration of a dbmate folder: the runbook ends by recording it in schema_migrations
    // (shown in the step), ledgerWritten follows the run; built again it is blocked until
    // the version is typed.
    void ledgerStepAndOverride()
    {
        auto p = test::freshDatabase(QStringLiteral("rbview"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral("CREATE TABLE schema_migrations (version varchar NOT NULL PRIMARY KEY);"
                                                            "CREATE TABLE acct (id int PRIMARY KEY);")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("db/20240102000000_add_note.sql"));
        QDir().mkpath(dir.filePath(QStringLiteral("db")));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-- migrate:up\nALTER TABLE acct ADD COLUMN note text;\n\n-- migrate:down\nALTER TABLE acct DROP COLUMN note;\n");
        }
        auto c = test::connectRw(*p);
        QVERIFY(c.ok());
        RunbookView view;
        new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        view.setJournalFolder(dir.path());
        view.setProfile(*p);
        view.loadSql(QStringLiteral("ALTER TABLE acct ADD COLUMN note text;\n"), QStringLiteral("20240102000000_add_note.sql"), 2, file);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.model()->rowCount(), 2); // the backup step of acct, then the migration with its ledger row
        QCOMPARE(view.model()->runbook().steps[0].mode, StepMode::Backup);
        const QString title = view.model()->index(1, RunbookStepsModel::TitleColumn).data().toString();
        QVERIFY2(title.contains(QLatin1StringView("Record 20240102000000 in public.schema_migrations as dbmate does")), qPrintable(title));
        view.stepsTable()->selectRow(1);
        QVERIFY(view.sqlView()->sql().contains(QLatin1StringView("INSERT INTO public.schema_migrations (version) VALUES ($1);")));
        QVERIFY(view.detailView()->toPlainText().contains(QLatin1StringView("in the same transaction as the step's statements")));
        QVERIFY(!view.overrideEdit()->isVisibleTo(&view));
        QSignalSpy ledger(&view, &RunbookView::ledgerWritten);
        QSignalSpy finished(&view, &RunbookView::stepFinished);
        for (int step = 1; step <= 2; ++step) {
            QTest::mouseClick(view.runButton(), Qt::LeftButton);
            QVERIFY(finished.wait(30000));
            QVERIFY2(finished.last().at(1).toBool(), qPrintable(view.detailView()->toPlainText()));
        }
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(test::scalar(**c, QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = '20240102000000'")), 1);

        // Loaded again: blocked ("already applied"), Run waits for the typed version.
        view.loadSql(QStringLiteral("ALTER TABLE acct ADD COLUMN note text;\n"), QStringLiteral("20240102000000_add_note.sql"), 2, file);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QVERIFY(!view.model()->runbook().blockers.isEmpty());
        QVERIFY(view.errorBanner()->isVisibleTo(&view));
        QVERIFY(view.overrideEdit()->isVisibleTo(&view));
        QCOMPARE(view.overrideWord(), QStringLiteral("20240102000000"));
        QVERIFY(!view.runButton()->isEnabled());
        view.overrideEdit()->setText(QStringLiteral("2024"));
        QVERIFY(!view.runButton()->isEnabled());
        view.overrideEdit()->setText(QStringLiteral("20240102000000"));
        QVERIFY(view.runButton()->isEnabled());
    }

    // The demo's pending migration opened from its file: the pre-flight's data checks and
    // the rollback check of its down section reach the step they concern (step detail).
    void demoFindingsReachTheSteps()
    {
        const QString db = QStringLiteral("rbview_demo");
        STRATA_VERIFY_OK(DemoProject::load(test::server(), db));
        const ConnectionProfile p = test::server().profile(db);
        QTemporaryDir dir;
        STRATA_VERIFY_OK(DemoProject::extractTo(dir.path()));
        const QString file = dir.filePath(QStringLiteral("db/migrations/20240701090000_workspace_scoped_keys.sql"));
        auto m = DemoProject::migrations();
        QVERIFY(m.ok());
        const MigrationFile &last = m->last();
        RunbookView view;
        view.setJournalFolder(dir.path());
        view.setProfile(p);
        view.loadSql(last.upSql, QFileInfo(file).fileName(), last.upLine, file);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        const Runbook &rb = view.model()->runbook();
        QVERIFY(rb.blockers.isEmpty());
        QCOMPARE(rb.steps.last().ledger.version, QStringLiteral("20240701090000"));
        int row = -1;
        for (const RunbookStep &s : rb.steps)
            for (const QString &f : s.findings)
                if (row < 0 && f.contains(QLatin1StringView("Rollback is NOT possible with today's data")))
                    row = s.number - 1;
        QVERIFY2(row >= 0, "the rollback finding is on no step");
        view.stepsTable()->selectRow(row);
        QVERIFY2(view.detailView()->toPlainText().contains(QLatin1StringView("6 colliding groups")), qPrintable(view.detailView()->toPlainText()));
        QVERIFY(!view.splitCheck()->isVisibleTo(&view)); // loaded as one step per statement: nothing to split

        // As dbmate runs it: one transaction step; "One step per statement" splits it and
        // names the intermediate states.
        view.loadSql(last.upSql, QFileInfo(file).fileName(), last.upLine, file, true);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        int sqlSteps = 0; // after the backup steps of the tables it writes
        for (const RunbookStep &s : view.model()->runbook().steps)
            sqlSteps += s.mode != StepMode::Backup;
        QCOMPARE(sqlSteps, 1);
        QVERIFY(view.splitCheck()->isVisibleTo(&view));
        view.splitCheck()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        QVERIFY(view.model()->rowCount() >= 10);
        bool between = false;
        for (const RunbookStep &s : view.model()->runbook().steps)
            between = between || s.findings.join(u'\n').contains(QLatin1StringView("messages has no foreign key messages_conversation_id_fkey"));
        QVERIFY(between);
    }

    // Skipping a backup step takes the table's name typed; the row then says it was not
    // backed up, the journal records it, and the step after it does not back it up either.
    void skipBackupNeedsTheName()
    {
        auto p = test::freshDatabase(QStringLiteral("rbviewskip"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral("CREATE TABLE acct (id int PRIMARY KEY, bal int); INSERT INTO acct VALUES (1, 1);")));
        QTemporaryDir dir;
        auto owner = std::make_unique<RunbookView>();
        RunbookView &view = *owner;
        new QAbstractItemModelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        view.setJournalFolder(dir.path());
        view.setProfile(*p);
        view.show();
        view.loadSql(QStringLiteral("UPDATE acct SET bal = 2 WHERE id = 1;\n"), QStringLiteral("u.sql"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(view.confirmEdit()->isVisible());
        QVERIFY(!view.skipButton()->isEnabled());
        QTest::keyClicks(view.confirmEdit(), QStringLiteral("acc"));
        QVERIFY(!view.skipButton()->isEnabled());
        QTest::keyClicks(view.confirmEdit(), QStringLiteral("t"));
        QVERIFY(view.skipButton()->isEnabled());
        QSignalSpy finished(&view, &RunbookView::stepFinished);
        view.skipButton()->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(view.model()->state(1), StepState::Skipped);
        QVERIFY(view.model()->index(0, RunbookStepsModel::TitleColumn).data().toString().contains(QLatin1StringView("NOT backed up")));
        QVERIFY2(view.runButton()->isEnabled(), qPrintable(view.detailView()->toPlainText() + view.errorBanner()->property("text").toString()));
        view.runButton()->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(view.model()->state(2), StepState::Done);
        const QString journal = view.journalPath();
        owner.reset();
        auto j = Journal::open(journal);
        QVERIFY(j.ok());
        const RunState st = RunState::replay(2, j->events());
        QVERIFY(st.backups().isEmpty());
        QVERIFY(st.skippedBackups().contains(QStringLiteral("acct")));
    }

    void badSqlShowsError()
    {
        RunbookView view;
        QSignalSpy errors(&view, &RunbookView::errorOccurred);
        view.loadSql(QStringLiteral("BEGIN;\nUPDATE t SET a = 1 WHERE b = 2;\n"), QStringLiteral("broken.sql"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(!view.runButton()->isEnabled());
    }
};

QTEST_MAIN(TestRunbookView)
#include "tst_runbookview.moc"
