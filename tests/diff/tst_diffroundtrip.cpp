// For every fixture pair tests/fixtures/diff/<case>/{a.sql,b.sql}: build both
// databases on the private server, snapshot them, plan A->B and apply the plan to A
// (transactional steps inside transactions, the others on their own), then check
// that A's new snapshot equals B's. The same the other way round (B->A on B).
// An optional <case>/expect lists statements, hazards and orderings the plans must have.

#include "DiffTestUtil.h"
#include "TestServer.h"
#include "catalog/Introspector.h"
#include "diff/Planner.h"
#include "diff/SchemaDiff.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace strata;
using strata::test::describeDiff;
using strata::test::snapshotOf;
using namespace strata::diff;

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Applies a plan: runs of transactional steps in one transaction each.
Error apply(const ConnectionProfile &p, const Plan &plan, QString *failedSql)
{
    auto c = test::connectRw(p);
    if (!c)
        return c.error();
    Connection &conn = **c;
    bool inTx = false;
    for (const PlanStep &s : plan.steps) {
        if (s.transactional && !inTx) {
            if (Error e = conn.exec(QStringLiteral("BEGIN")).error)
                return e;
            inTx = true;
        } else if (!s.transactional && inTx) {
            if (Error e = conn.exec(QStringLiteral("COMMIT")).error)
                return e;
            inTx = false;
        }
        ResultSet r = conn.exec(s.sql);
        if (!r.ok()) {
            *failedSql = s.sql;
            if (inTx)
                conn.exec(QStringLiteral("ROLLBACK"));
            return r.error;
        }
    }
    if (inTx)
        return conn.exec(QStringLiteral("COMMIT")).error;
    return {};
}

struct Expectation
{
    QString direction; // ab or ba
    QString kind;      // sql, hazard, order
    QString text;
};

QList<Expectation> expectations(const QString &dir)
{
    QList<Expectation> out;
    const QStringList lines = readFile(dir + QStringLiteral("/expect")).split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u' ');
        if (parts.size() < 3)
            continue;
        out.append({parts[0], parts[1], line.section(u' ', 2)});
    }
    return out;
}

qsizetype stepIndexOf(const Plan &plan, const QString &text)
{
    for (qsizetype i = 0; i < plan.steps.size(); ++i)
        if (plan.steps[i].sql.contains(text))
            return i;
    return -1;
}

} // namespace

class TestDiffRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(QStringLiteral(STRATA_FIXTURES_DIR "/diff"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 13);
        for (const QString &c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }

    void roundTrip()
    {
        QFETCH(QString, dir);
        const QString aSql = readFile(dir + QStringLiteral("/a.sql"));
        const QString bSql = readFile(dir + QStringLiteral("/b.sql"));
        QVERIFY(!aSql.isEmpty() && !bSql.isEmpty());

        auto dbA = test::freshDatabase(QStringLiteral("diff_a"));
        auto dbB = test::freshDatabase(QStringLiteral("diff_b"));
        QVERIFY2(dbA && dbB, "no database");
        STRATA_VERIFY_OK(test::runScript(*dbA, aSql));
        STRATA_VERIFY_OK(test::runScript(*dbB, bSql));
        auto snapA = snapshotOf(*dbA);
        auto snapB = snapshotOf(*dbB);
        QVERIFY2(snapA, qPrintable(snapA.error().fullText()));
        QVERIFY2(snapB, qPrintable(snapB.error().fullText()));
        QVERIFY2(*snapA != *snapB, "the fixture's two sides are the same");
        QVERIFY(SchemaDiff::compare(*snapA, *snapB).hasDifferences());

        const Plan ab = Planner::plan(*snapA, *snapB);
        const Plan ba = Planner::plan(*snapB, *snapA);
        QVERIFY(!ab.isEmpty());
        QVERIFY(!ba.isEmpty());

        for (const Expectation &e : expectations(dir)) {
            const Plan &plan = e.direction == u"ab" ? ab : ba;
            const QString where = QStringLiteral("%1 %2 %3\n%4").arg(e.direction, e.kind, e.text, plan.toSql());
            if (e.kind == u"sql") {
                QVERIFY2(stepIndexOf(plan, e.text) >= 0, qPrintable(where));
            } else if (e.kind == u"hazard") {
                bool found = false;
                for (const PlanStep &s : plan.steps)
                    found = found || s.hazards.ids().contains(e.text);
                QVERIFY2(found, qPrintable(where));
            } else if (e.kind == u"order") {
                const QString first = e.text.section(QStringLiteral(" < "), 0, 0);
                const QString second = e.text.section(QStringLiteral(" < "), 1);
                const qsizetype i = stepIndexOf(plan, first), j = stepIndexOf(plan, second);
                QVERIFY2(i >= 0 && j >= 0 && i < j, qPrintable(where));
            } else {
                QFAIL(qPrintable(QStringLiteral("unknown expectation ") + e.kind));
            }
        }

        QString failed;
        Error e = apply(*dbA, ab, &failed);
        QVERIFY2(!e, qPrintable(QStringLiteral("A->B failed at:\n%1\n%2\n\nscript:\n%3").arg(failed, e.fullText(), ab.toSql())));
        auto afterA = snapshotOf(*dbA);
        QVERIFY(afterA);
        QVERIFY2(*afterA == *snapB, qPrintable(QStringLiteral("A->B left differences:\n%1\n\nscript:\n%2")
                                                    .arg(describeDiff(*afterA, *snapB), ab.toSql())));
        QVERIFY2(Planner::plan(*afterA, *snapB).isEmpty(), "a second plan is not empty");

        e = apply(*dbB, ba, &failed);
        QVERIFY2(!e, qPrintable(QStringLiteral("B->A failed at:\n%1\n%2\n\nscript:\n%3").arg(failed, e.fullText(), ba.toSql())));
        auto afterB = snapshotOf(*dbB);
        QVERIFY(afterB);
        QVERIFY2(*afterB == *snapA, qPrintable(QStringLiteral("B->A left differences:\n%1\n\nscript:\n%2")
                                                    .arg(describeDiff(*afterB, *snapA), ba.toSql())));
    }
};

QTEST_GUILESS_MAIN(TestDiffRoundTrip)
#include "tst_diffroundtrip.moc"
