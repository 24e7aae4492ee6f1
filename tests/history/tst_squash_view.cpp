// SquashView: runs the check off the GUI thread and shows identical / differences, the
// consolidation report and the surgery script.

#include "ErrorBanner.h"
#include "SqlView.h"
#include "SquashView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace strata;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/squash/") + name;
}

} // namespace

class TestSquashView : public QObject
{
    Q_OBJECT

private slots:
    void identical()
    {
        SquashView view;
        view.resize(900, 600);
        view.show();
        view.setFolder(fixture(QStringLiteral("dbmate-chain")));
        view.setBaseline(fixture(QStringLiteral("baseline-folder")));
        QSignalSpy done(&view, &SquashView::finished);
        view.check();
        QVERIFY(view.isRunning()); // off the GUI thread: check() returned at once
        QVERIFY(done.wait(180000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY2(view.statusText().startsWith(QStringLiteral("Identical")), qPrintable(view.statusText()));
        QCOMPARE(view.differencesTable()->rowCount(), 0);
        QCOMPARE(view.reportTable()->rowCount(), 11);
        QVERIFY(view.surgeryView()->sql().contains(QStringLiteral("INSERT INTO public.schema_migrations")));
        // The filter hides the findings that do not mention the text, in any column.
        const QString object = view.reportTable()->item(0, 1)->text();
        QVERIFY(!object.isEmpty());
        int expected = 0;
        for (int r = 0; r < view.reportTable()->rowCount(); ++r) {
            bool any = false;
            for (int c = 0; c < view.reportTable()->columnCount(); ++c)
                any = any || view.reportTable()->item(r, c)->text().contains(object, Qt::CaseInsensitive);
            expected += any ? 1 : 0;
        }
        QVERIFY(expected >= 1 && expected < 11);
        QTest::keyClicks(view.filterEdit(), object.toUpper());
        int visible = 0;
        for (int r = 0; r < view.reportTable()->rowCount(); ++r)
            visible += view.reportTable()->isRowHidden(r) ? 0 : 1;
        QCOMPARE(visible, expected);
        view.filterEdit()->clear();
        for (int r = 0; r < view.reportTable()->rowCount(); ++r)
            QVERIFY(!view.reportTable()->isRowHidden(r));
        QVERIFY(!view.isRunning());
        // "Open in the runbook…" hands the script over; nothing runs here.
        QVERIFY(view.openInRunbookButton()->isEnabled());
        QSignalSpy surgery(&view, &SquashView::surgeryRequested);
        QTest::mouseClick(view.openInRunbookButton(), Qt::LeftButton);
        QCOMPARE(surgery.size(), 1);
        QCOMPARE(surgery.first().at(0).toString(), view.surgeryView()->sql());
        QVERIFY(surgery.first().at(1).toString().contains(QStringLiteral("dbmate-chain")));
        // STRATA_SQUASH_SCREENSHOT=file.png saves the view for a look by eye.
        if (const QString shot = qEnvironmentVariable("STRATA_SQUASH_SCREENSHOT"); !shot.isEmpty())
            QVERIFY(view.grab().save(shot));
    }

    void differences()
    {
        SquashView view;
        view.setFolder(fixture(QStringLiteral("dbmate-chain")));
        view.setBaseline(fixture(QStringLiteral("baseline-missing-enum-value.sql")));
        QSignalSpy done(&view, &SquashView::finished);
        view.check();
        QVERIFY(done.wait(180000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(view.differencesTable()->rowCount(), 1);
        QCOMPARE(view.differencesTable()->item(0, 2)->text(), QStringLiteral("public.ticket_status"));
        QVERIFY(view.differencesTable()->item(0, 3)->text().contains(QStringLiteral("snoozed")));
        QVERIFY(view.surgeryView()->sql().isEmpty());
        QVERIFY(!view.openInRunbookButton()->isEnabled());
        QVERIFY(view.statusText().startsWith(QStringLiteral("Not equivalent")));
    }

    void cancelAndErrors()
    {
        SquashView view;
        QSignalSpy done(&view, &SquashView::finished);
        view.check(); // nothing picked
        QCOMPARE(done.size(), 1);
        QVERIFY(view.errorBanner()->isVisibleTo(&view));

        view.setFolder(fixture(QStringLiteral("dbmate-chain")));
        view.setBaseline(fixture(QStringLiteral("baseline-equivalent.sql")));
        view.check();
        view.cancel();
        QVERIFY(done.wait(180000));
        QCOMPARE(done.last().first().toBool(), false);
        QCOMPARE(view.statusText(), QStringLiteral("Canceled."));

        view.setBaseline(fixture(QStringLiteral("no-such-baseline.sql")));
        view.check();
        QVERIFY(done.wait(180000));
        QCOMPARE(done.last().first().toBool(), false);
        QVERIFY(view.errorBanner()->text().contains(QStringLiteral("no-such-baseline.sql")));
    }

    void chainOnlyIsAudited()
    {
        // No baseline: Check audits the chain (migrations with their status, findings).
        SquashView view;
        view.resize(900, 600);
        view.setFolder(fixture(QStringLiteral("dbmate-chain")));
        QSignalSpy done(&view, &SquashView::finished);
        view.check();
        QVERIFY(view.isRunning());
        QVERIFY(done.wait(180000));
        QVERIFY2(view.statusText().startsWith(QStringLiteral("Audit of")), qPrintable(view.statusText()));
        QVERIFY2(view.statusText().contains(QStringLiteral("the chain replays")), qPrintable(view.statusText()));
        QVERIFY(view.migrationsTable()->rowCount() >= 3);
        for (int r = 0; r < view.migrationsTable()->rowCount(); ++r)
            QCOMPARE(view.migrationsTable()->item(r, 4)->text(), QStringLiteral("ran"));
        // The consolidation report is part of the findings (11 on this chain).
        QVERIFY(view.reportTable()->rowCount() >= 11);
        QVERIFY(!view.errorBanner()->isVisibleTo(&view));
    }

    void replaysOnTheChosenServer()
    {
        // "Replay migration folders on: this server": the view replays where it is told; a
        // server that refuses the login shows in the status, the static part stays.
        SquashView view;
        view.setFolder(fixture(QStringLiteral("dbmate-chain")));
        ConnectionProfile nowhere;
        nowhere.host = QStringLiteral("/nonexistent-socket-dir");
        nowhere.port = QStringLiteral("1");
        nowhere.dbname = QStringLiteral("postgres");
        view.setReplayServer(nowhere);
        QSignalSpy done(&view, &SquashView::finished);
        view.check();
        QVERIFY2(view.statusText().contains(QStringLiteral("/nonexistent-socket-dir")), qPrintable(view.statusText()));
        QVERIFY(done.wait(180000));
        QVERIFY2(view.statusText().contains(QStringLiteral("the replay could not run")), qPrintable(view.statusText()));
        QVERIFY(view.migrationsTable()->rowCount() >= 3);
        QVERIFY(view.reportTable()->rowCount() >= 11);
    }

    void destroyWhileRunning()
    {
        auto *view = new SquashView;
        view->setFolder(fixture(QStringLiteral("dbmate-chain")));
        view->setBaseline(fixture(QStringLiteral("baseline-equivalent.sql")));
        view->check();
        QVERIFY(view->isRunning());
        delete view; // cancels and waits; no crash, no leftover
    }
};

QTEST_MAIN(TestSquashView)
#include "tst_squash_view.moc"
