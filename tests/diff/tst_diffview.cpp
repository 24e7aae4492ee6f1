// DiffView against the real server: two databases with known differences give the
// right counts per kind in the tree and the chart, the model passes
// QAbstractItemModelTester, the script has hazards marked, the side-by-side DDL marks
// changed lines, filters work, errors show in place, cancel and supersede work. The
// script's verification badge: verified, failed at step N with the server's error,
// residual differences; automatic up to the limit, on request above it; cancel and
// supersede drop a running verification.
// With STRATA_SCREENSHOT_DIR set, it saves diff.png: the demo database against the
// demo folder replayed (which has the pending migration).

#include "DiffChart.h"
#include "DiffDdlPane.h"
#include "DiffSourcePicker.h"
#include "DiffVerifyBar.h"
#include "DiffView.h"
#include "DiffTestUtil.h"
#include "catalog/SnapshotJson.h"
#include "ErrorBanner.h"
#include "SqlView.h"
#include "TestServer.h"
#include "demo/DemoProject.h"
#include "items/DiffTreeModel.h"

#include <QAbstractItemModelTester>
#include <QtCharts/QValueAxis>
#include <cmath>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace strata;
using namespace strata::diff;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

const char *kChanges = R"(
ALTER TYPE mood ADD VALUE 'ecstatic';
ALTER TABLE accounts ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
CREATE TABLE posts (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), body text);
CREATE OR REPLACE VIEW active_accounts AS SELECT id, email FROM accounts WHERE mood IN ('ok', 'happy');
DROP FUNCTION account_count();
ALTER TABLE accounts ADD CONSTRAINT email_has_at CHECK (position('@' in email) > 0);
)";

bool waitFinished(DiffView &view, QSignalSpy &spy, int timeoutMs = 120000)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return false;
    Q_UNUSED(view);
    return !spy.isEmpty();
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT
    ConnectionProfile m_a, m_b;

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(test::ensureServer());
        const QString schema = readText(QStringLiteral(STRATA_FIXTURES_DIR "/replay/schema.sql"));
        QVERIFY(!schema.isEmpty());
        auto a = test::freshDatabase(QStringLiteral("view_a"));
        auto b = test::freshDatabase(QStringLiteral("view_b"));
        QVERIFY(a && b);
        m_a = *a;
        m_b = *b;
        STRATA_VERIFY_OK(test::runScript(m_a, schema));
        STRATA_VERIFY_OK(test::runScript(m_b, schema + QString::fromUtf8(kChanges)));
    }

    void compareShowsDifferences()
    {
        DiffView view;
        view.resize(1200, 800);
        view.setSources(m_a.displayString(), m_b.displayString());
        QCOMPARE(view.sourceA()->kind(), DiffSourcePicker::ConnectionString);
        view.setCurrentProfile(m_a); // A is the window's connection: its script may go to the runbook
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(view.isBusy());
        QVERIFY(view.cancelButton()->isEnabled());
        QVERIFY(waitFinished(view, spy));
        QVERIFY2(spy.first().first().toBool(), qPrintable(view.banner()->text()));
        QVERIFY(!view.isBusy());

        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const DiffTreeModel *m = view.model();
        QCOMPARE(m->count(ObjectKind::Table, ChangeState::Added), 1);   // posts
        QCOMPARE(m->count(ObjectKind::Table, ChangeState::Changed), 1); // accounts: created_at
        QCOMPARE(m->count(ObjectKind::Type, ChangeState::Changed), 1);  // mood: a new label
        QCOMPARE(m->count(ObjectKind::View, ChangeState::Changed), 1);
        QCOMPARE(m->count(ObjectKind::Function, ChangeState::Removed), 1);
        QCOMPARE(m->count(ObjectKind::Constraint, ChangeState::Added), 3); // posts_pkey, the FK, email_has_at
        QCOMPARE(m->count(ObjectKind::Constraint, ChangeState::Removed), 0);
        QCOMPARE(m->objectCount(ObjectKind::Trigger), 0);
        // One top-level row per kind with differences, every object below its kind.
        const DiffResult &d = view.comparison()->diff;
        int kinds = 0;
        for (const auto &c : d.counts())
            kinds += (c[1] + c[2] + c[3]) > 0 ? 1 : 0;
        QCOMPARE(m->rowCount(), kinds);
        QCOMPARE(view.proxy()->rowCount(), kinds);

        // The chart shows the same counts.
        const auto &bars = view.chart()->bars();
        QCOMPARE(bars.size(), kinds);
        QCOMPARE(bars.value(kindDisplayName(ObjectKind::Table)).added, 1);
        QCOMPARE(bars.value(kindDisplayName(ObjectKind::Table)).changed, 1);
        QCOMPARE(bars.value(kindDisplayName(ObjectKind::Constraint)).added, 3);
        QCOMPARE(bars.value(kindDisplayName(ObjectKind::Function)).removed, 1);
        // Its value axis: whole-number ticks from 0, at most five of them (closer
        // ticks make QtCharts elide the labels to "..."), covering the tallest bar.
        const auto yAxes = view.chart()->chart()->axes(Qt::Vertical);
        QCOMPARE(yAxes.size(), 1);
        const auto *y = qobject_cast<const QValueAxis *>(yAxes.first());
        QVERIFY(y);
        QCOMPARE(y->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(y->min(), 0.0);
        QVERIFY(y->tickInterval() >= 1.0 && y->tickInterval() == std::floor(y->tickInterval()));
        QVERIFY2(y->max() / y->tickInterval() <= 4.0, qPrintable(QString::number(y->max())));
        int tallest = 0;
        for (const auto &b : bars)
            tallest = std::max(tallest, b.total());
        QVERIFY(y->max() > tallest);

        // The script and its hazards.
        const QString script = view.scriptView()->sql();
        QVERIFY(script.contains(QStringLiteral("CREATE TABLE public.posts")));
        QVERIFY(script.contains(QStringLiteral("ADD VALUE 'ecstatic'")));
        QVERIFY(!view.scriptView()->lineMarks().isEmpty());
        QVERIFY(view.hazardList()->count() >= 2);
        QVERIFY2(view.hazardList()->item(0)->text().startsWith(QStringLiteral("Step ")), qPrintable(view.hazardList()->item(0)->text()));
        bool rewriteOrScan = false;
        for (int i = 0; i < view.hazardList()->count(); ++i) {
            const QString t = view.hazardList()->item(i)->text();
            rewriteOrScan = rewriteOrScan || t.contains(QStringLiteral("table rewrite")) || t.contains(QStringLiteral("full table scan"));
        }
        QVERIFY(rewriteOrScan);
        for (const SqlView::LineMark &mark : view.scriptView()->lineMarks()) {
            const QString line = script.split(u'\n').value(mark.first - 1);
            QVERIFY2(line.startsWith(QStringLiteral("--")) || !line.isEmpty(), qPrintable(line));
        }
        QVERIFY(view.saveButton()->isEnabled());
        QVERIFY(view.summaryLabel()->text().contains(QStringLiteral("added")));
        // the script goes to the runbook as it is shown
        QVERIFY(view.runbookButton()->isEnabled());
        QSignalSpy toRunbook(&view, &DiffView::runbookRequested);
        view.runbookButton()->click();
        QCOMPARE(toRunbook.count(), 1);
        QCOMPARE(toRunbook.first().first().toString(), script);

        // Side by side: accounts got a column; B marks it, A's text has no such line.
        QVERIFY(view.selectObject(QStringLiteral("table:public.accounts")));
        QVERIFY(view.ddlPane()->viewA()->sql().contains(QStringLiteral("CREATE TABLE public.accounts")));
        QVERIFY(view.ddlPane()->viewB()->sql().contains(QStringLiteral("created_at")));
        QVERIFY(!view.ddlPane()->viewB()->lineMarks().isEmpty());
        bool createdAtMarked = false;
        const QStringList linesB = view.ddlPane()->viewB()->sql().split(u'\n');
        for (const SqlView::LineMark &mark : view.ddlPane()->viewB()->lineMarks())
            for (int l = mark.first; l <= mark.last; ++l)
                createdAtMarked = createdAtMarked || linesB.value(l - 1).contains(QStringLiteral("created_at"));
        QVERIFY(createdAtMarked);
        // Lines that are the same on both sides stay unmarked.
        QVERIFY(view.ddlPane()->viewB()->lineMarks().size() <= 2);
        // An added object: nothing on A's side.
        QVERIFY(view.selectObject(QStringLiteral("table:public.posts")));
        QVERIFY(view.ddlPane()->viewA()->sql().startsWith(QStringLiteral("-- not in A")));
        QVERIFY(view.ddlPane()->viewA()->lineMarks().isEmpty());

        // Filters: text, then state.
        view.filterEdit()->setText(QStringLiteral("posts"));
        int visible = 0;
        for (int k = 0; k < view.proxy()->rowCount(); ++k)
            visible += view.proxy()->rowCount(view.proxy()->index(k, 0));
        QVERIFY(visible >= 3 && visible < d.added + d.removed + d.changed);
        view.filterEdit()->clear();
        view.stateFilter()->setCurrentIndex(view.stateFilter()->findData(QStringLiteral("removed")));
        QCOMPARE(view.proxy()->rowCount(), 1);
        QCOMPARE(view.proxy()->rowCount(view.proxy()->index(0, 0)), 1);
        view.stateFilter()->setCurrentIndex(0);
        QCOMPARE(view.proxy()->rowCount(), kinds);

        // Sorting: objects by name inside each kind, both ways; the kinds stay put.
        auto kindOrder = [&] {
            QStringList k;
            for (int i = 0; i < view.proxy()->rowCount(); ++i)
                k << view.proxy()->index(i, 0).data().toString();
            return k;
        };
        auto namesOf = [&](int kind) {
            QStringList names;
            const QModelIndex parent = view.proxy()->index(kind, 0);
            for (int i = 0; i < view.proxy()->rowCount(parent); ++i)
                names << view.proxy()->index(i, 0, parent).data().toString();
            return names;
        };
        const QStringList kindsBefore = kindOrder();
        view.tree()->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(kindOrder(), kindsBefore);
        bool sawSeveral = false;
        for (int k = 0; k < view.proxy()->rowCount(); ++k) {
            const QStringList names = namesOf(k);
            sawSeveral = sawSeveral || names.size() > 1;
            for (int i = 1; i < names.size(); ++i)
                QVERIFY2(QString::localeAwareCompare(names[i - 1], names[i]) >= 0, qPrintable(names.join(u',')));
        }
        QVERIFY(sawSeveral);
        view.tree()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(kindOrder(), kindsBefore);
    }

    void lineDiffMarksOnlyChangedLines()
    {
        const auto d = DiffDdlPane::lineDiff({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                             {QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("c"), QStringLiteral("d")});
        QCOMPARE(d.onlyA, QList<int>{2});
        QCOMPARE(d.onlyB, (QList<int>{2, 4}));
    }

    void saveScriptWritesTheFile()
    {
        DiffView view;
        view.setSources(m_a.displayString(), m_b.displayString());
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QVERIFY(spy.first().first().toBool());
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("plan.sql"));
        QSignalSpy saved(&view, &DiffView::scriptSaved);
        view.saveScript(path);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000); // the continuation may run before wait()
        QVERIFY(saved.first().first().toBool());
        QCOMPARE(readText(path), view.comparison()->plan.toSql(true));
        QSignalSpy failed(&view, &DiffView::scriptSaved);
        view.saveScript(tmp.filePath(QStringLiteral("no/such/dir/plan.sql")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(!failed.first().first().toBool());
        QVERIFY(view.banner()->isVisibleTo(&view));
        QVERIFY(view.banner()->text().contains(QStringLiteral("Could not save")));
    }

    void currentConnectionAndSameSchemas()
    {
        DiffView view;
        QVERIFY(!view.sourceA()->source()); // no current connection yet
        view.setCurrentProfile(m_a);
        view.sourceA()->setKind(DiffSourcePicker::CurrentConnection);
        view.sourceB()->setKind(DiffSourcePicker::CurrentConnection);
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QVERIFY2(spy.first().first().toBool(), qPrintable(view.banner()->text()));
        QVERIFY(!view.comparison()->diff.hasDifferences());
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.summaryLabel()->text(), QStringLiteral("The schemas are the same."));
        QVERIFY(view.chart()->bars().isEmpty());
        QVERIFY(!view.saveButton()->isEnabled());
    }

    void errorsShowInPlace()
    {
        DiffView view;
        view.show();
        QTemporaryDir tmp;
        view.setSources(tmp.filePath(QStringLiteral("missing-folder")), m_b.displayString());
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QCOMPARE(spy.first().first().toBool(), false);
        QVERIFY(view.banner()->isVisible());
        QVERIFY2(view.banner()->text().contains(QStringLiteral("does not exist")), qPrintable(view.banner()->text()));
        QVERIFY(view.banner()->text().contains(QStringLiteral("Source A")));
        QVERIFY(view.compareButton()->isEnabled());

        // A broken connection string is refused before anything runs.
        spy.clear();
        view.sourceB()->setKind(DiffSourcePicker::ConnectionString);
        view.sourceB()->setText(QStringLiteral("host=x nonsense_keyword=1"));
        view.compare();
        QCOMPARE(spy.size(), 1);
        QVERIFY(!view.isBusy());
        QVERIFY(view.banner()->text().contains(QStringLiteral("connection string")));
    }

    void cancelAndSupersede()
    {
        DiffView view;
        // A folder replay starts a private server: slow enough to cancel.
        view.setSources(QStringLiteral(STRATA_FIXTURES_DIR "/replay/dbmate"), m_a.displayString());
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(view.isBusy());
        view.cancel();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toBool(), false);
        QCOMPARE(view.progressLabel()->text(), QStringLiteral("Canceled."));
        QVERIFY(!view.isBusy());

        // Supersede: the first request's result is dropped, only the second one shows.
        spy.clear();
        view.compare();
        view.setSources(m_a.displayString(), m_b.displayString());
        view.compare();
        QVERIFY(spy.wait(120000));
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.first().first().toBool());
        QCOMPARE(view.comparison()->b.spec, m_b.displayString());
        QVERIFY(view.comparison()->diff.hasDifferences());
    }

    // Small schemas verify on their own as soon as the comparison shows.
    void verifiesAutomatically()
    {
        DiffView view;
        view.setSources(m_a.displayString(), m_b.displayString());
        DiffVerifyBar *bar = view.verifyBar();
        QSignalSpy done(bar, &DiffVerifyBar::finished);
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QVERIFY2(spy.first().first().toBool(), qPrintable(view.banner()->text()));
        QCOMPARE(bar->state(), DiffVerifyBar::State::Running);
        QVERIFY(bar->cancelButton()->isVisible() || !view.isVisible());
        QVERIFY(done.wait(180000));
        QVERIFY2(bar->state() == DiffVerifyBar::State::Verified, qPrintable(bar->badge()->toolTip()));
        QVERIFY(bar->badge()->text().contains(QStringLiteral("verified")));
        QVERIFY(bar->result() && bar->result()->verified());
    }

    // A step the server refuses: the badge names the step and the server's error.
    void badgeNamesTheFailingStep()
    {
        auto snapB = test::snapshotOf(m_b);
        QVERIFY(snapB);
        bool tampered = false;
        for (catalog::ConstraintDef &c : snapB->constraints)
            if (c.name == u"email_has_at") {
                c.definition = QStringLiteral("CHECK (public.no_such_check(email))");
                tampered = true;
            }
        QVERIFY(tampered);
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("b.json"));
        QVERIFY(!catalog::SnapshotJson::writeFile(*snapB, file));

        DiffView view;
        view.setSources(m_a.displayString(), file);
        QSignalSpy done(view.verifyBar(), &DiffVerifyBar::finished);
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QVERIFY2(spy.first().first().toBool(), qPrintable(view.banner()->text()));
        QVERIFY(done.wait(180000));
        DiffVerifyBar *bar = view.verifyBar();
        QVERIFY2(bar->state() == DiffVerifyBar::State::StepFailed, qPrintable(bar->badge()->text()));
        const int step = bar->result()->failedStep;
        QVERIFY(step >= 1 && step <= view.comparison()->plan.steps.size());
        QVERIFY(view.comparison()->plan.steps[step - 1].sql.contains(QStringLiteral("no_such_check")));
        QVERIFY2(bar->badge()->text().contains(QStringLiteral("failed at step %1").arg(step)), qPrintable(bar->badge()->text()));
        QVERIFY2(bar->badge()->text().contains(QStringLiteral("no_such_check")), qPrintable(bar->badge()->text())); // the server's error
        if (const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.resize(1200, 700);
            view.show();
            QTest::qWait(300);
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("diff-verify-failed.png"))));
        }
    }

    // What the script cannot do (a range type's subtype) stays as residual differences.
    void badgeCountsResidualDifferences()
    {
        auto a = test::freshDatabase(QStringLiteral("verify_res_a"));
        auto b = test::freshDatabase(QStringLiteral("verify_res_b"));
        QVERIFY(a && b);
        STRATA_VERIFY_OK(test::runScript(*a, QStringLiteral("CREATE TYPE span AS RANGE (subtype = integer);")));
        STRATA_VERIFY_OK(test::runScript(*b, QStringLiteral("CREATE TYPE span AS RANGE (subtype = bigint); CREATE TABLE extra (id int);")));
        DiffView view;
        view.setSources(a->displayString(), b->displayString());
        QSignalSpy done(view.verifyBar(), &DiffVerifyBar::finished);
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QVERIFY(done.wait(180000));
        DiffVerifyBar *bar = view.verifyBar();
        QVERIFY2(bar->state() == DiffVerifyBar::State::Residual, qPrintable(bar->badge()->text()));
        QVERIFY2(bar->badge()->text().contains(QStringLiteral("1 residual difference")), qPrintable(bar->badge()->text()));
        QVERIFY(bar->badge()->toolTip().contains(QStringLiteral("type:public.span")));
    }

    // Above the limit nothing runs until "Verify"; Cancel and a new comparison drop a
    // running verification (its result never shows).
    void verifyOnRequestCancelAndSupersede()
    {
        DiffView view;
        DiffVerifyBar *bar = view.verifyBar();
        bar->setAutoVerifyLimit(10);
        view.setSources(m_a.displayString(), m_b.displayString());
        QSignalSpy done(bar, &DiffVerifyBar::finished);
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QCOMPARE(bar->state(), DiffVerifyBar::State::NotVerified);
        QVERIFY(bar->badge()->text().contains(QStringLiteral("above 10")));
        QVERIFY(bar->verifyButton()->isEnabled());
        QTest::qWait(500);
        QVERIFY(done.isEmpty());

        bar->verifyButton()->click();
        QCOMPARE(bar->state(), DiffVerifyBar::State::Running);
        bar->cancelButton()->click();
        QCOMPARE(bar->state(), DiffVerifyBar::State::Canceled);
        QCOMPARE(done.size(), 1);
        QTest::qWait(3000); // the canceled job winds down; nothing of it shows
        QCOMPARE(done.size(), 1);
        QCOMPARE(bar->state(), DiffVerifyBar::State::Canceled);
        QVERIFY(!bar->result());

        // Verify, then compare again: the first verification is dropped, the second one shows.
        done.clear();
        spy.clear();
        bar->setAutoVerifyLimit(DiffVerifyBar::kAutoVerifyObjects);
        bar->verify();
        QCOMPARE(bar->state(), DiffVerifyBar::State::Running);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QVERIFY(done.wait(180000));
        QTest::qWait(500);
        QCOMPARE(done.size(), 1);
        QCOMPARE(bar->state(), DiffVerifyBar::State::Verified);
    }

    void folderAgainstDatabase()
    {
        DiffView view;
        view.setSources(QStringLiteral(STRATA_FIXTURES_DIR "/replay/flyway"), m_a.displayString());
        QCOMPARE(view.sourceA()->kind(), DiffSourcePicker::MigrationFolder);
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QVERIFY2(spy.first().first().toBool(), qPrintable(view.banner()->text()));
        QVERIFY(!view.comparison()->diff.hasDifferences());
        QVERIFY(view.banner()->text().contains(QStringLiteral("Owners are ignored")));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("STRATA_SCREENSHOT_DIR is not set");
        const QString dbname = QStringLiteral("helpline_diff_demo");
        test::server().dropDatabase(dbname);
        STRATA_VERIFY_OK(DemoProject::load(test::server(), dbname));
        QTemporaryDir tmp;
        STRATA_VERIFY_OK(DemoProject::extractTo(tmp.path()));
        const QString folder = tmp.filePath(QStringLiteral("db/migrations"));
        QVERIFY(QDir(folder).exists());

        DiffView view;
        view.resize(1440, 900);
        view.setSources(test::server().profile(dbname).displayString(), folder);
        view.show();
        QSignalSpy spy(&view, &DiffView::finished);
        view.compare();
        QVERIFY(waitFinished(view, spy));
        QVERIFY2(spy.first().first().toBool(), qPrintable(view.banner()->text()));
        QVERIFY(view.comparison()->diff.hasDifferences());
        for (const ObjectDiff &o : view.comparison()->diff.objects)
            if (o.state == ChangeState::Changed && o.kind == ObjectKind::Constraint && o.key.contains(QStringLiteral("conversations_pkey")))
                view.selectObject(o.key);
        if (view.verifyBar()->isBusy()) {
            QSignalSpy verified(view.verifyBar(), &DiffVerifyBar::finished);
            QVERIFY(verified.wait(180000));
        }
        QTest::qWait(300);
        QDir().mkpath(dir);
        QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("diff.png"))));
        view.findChild<QTabWidget *>(QStringLiteral("diffTabs"))->setCurrentIndex(1);
        QTest::qWait(200);
        QVERIFY(view.grab().save(QDir(QDir::tempPath()).filePath(QStringLiteral("diff-script.png"))));
        test::server().dropDatabase(dbname);
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
