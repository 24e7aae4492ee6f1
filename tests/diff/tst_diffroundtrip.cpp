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

// What one transaction of a plan held just before its COMMIT: the strongest lock on each
// relation, as pg_locks reports it ("public.tasks" -> "ShareUpdateExclusiveLock").
struct TransactionLocks
{
    QList<qsizetype> steps;
    QMap<QString, QString> locks;
};

int lockRank(const QString &mode)
{
    static const QStringList order = {QStringLiteral("AccessShareLock"), QStringLiteral("RowShareLock"),
                                      QStringLiteral("RowExclusiveLock"), QStringLiteral("ShareUpdateExclusiveLock"),
                                      QStringLiteral("ShareLock"), QStringLiteral("ShareRowExclusiveLock"),
                                      QStringLiteral("ExclusiveLock"), QStringLiteral("AccessExclusiveLock")};
    return int(order.indexOf(mode));
}

// Applies a plan the way its script runs: each of Plan::transactions() in a BEGIN ...
// COMMIT of its own (a non-transactional step on its own). Records the locks each
// transaction holds before it commits, and after each commit checks that every table of
// `keyed` that exists still has its primary key.
Error apply(const ConnectionProfile &p, const Plan &plan, QString *failedSql, QList<TransactionLocks> *held = nullptr,
            const QStringList &keyed = {})
{
    auto c = test::connectRw(p);
    if (!c)
        return c.error();
    Connection &conn = **c;
    for (const QList<qsizetype> &group : plan.transactions()) {
        const bool block = plan.steps[group.first()].transactional;
        if (block)
            if (Error e = conn.exec(QStringLiteral("BEGIN")).error)
                return e;
        for (qsizetype i : group) {
            ResultSet r = conn.exec(plan.steps[i].sql);
            if (!r.ok()) {
                *failedSql = plan.steps[i].sql;
                if (block)
                    conn.exec(QStringLiteral("ROLLBACK"));
                return r.error;
            }
        }
        if (!block)
            continue;
        TransactionLocks t{group, {}};
        ResultSet locks = conn.exec(QStringLiteral(
            "SELECT l.relation::regclass::text, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
            " WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND c.relkind IN ('r', 'p')"));
        for (int row = 0; row < locks.rowCount(); ++row) {
            QString rel = locks.text(row, 0);
            if (!rel.contains(u'.'))
                rel.prepend(QStringLiteral("public."));
            const QString mode = locks.text(row, 1);
            if (lockRank(mode) > lockRank(t.locks.value(rel)))
                t.locks.insert(rel, mode);
        }
        if (held)
            held->append(t);
        if (Error e = conn.exec(QStringLiteral("COMMIT")).error)
            return e;
        for (const QString &table : keyed) {
            ResultSet k = conn.exec(QStringLiteral("SELECT to_regclass($1) IS NULL OR EXISTS (SELECT 1 FROM pg_constraint"
                                                         " WHERE conrelid = to_regclass($1) AND contype = 'p')"),
                                          {table});
            if (!k.ok())
                return k.error;
            if (k.text(0, 0) != u"t") {
                *failedSql = plan.steps[group.last()].sql;
                return Error(Error::Kind::Internal, QStringLiteral("%1 has no primary key after this transaction").arg(table));
            }
        }
    }
    return {};
}

QString describeLocks(const Plan &plan, const QList<TransactionLocks> &held)
{
    QString out;
    for (const TransactionLocks &t : held) {
        QStringList locks;
        for (auto it = t.locks.cbegin(); it != t.locks.cend(); ++it)
            locks.append(it.key() + u' ' + it.value());
        out += QStringLiteral("transaction [%1]\n").arg(locks.join(QStringLiteral(", ")));
        for (qsizetype i : t.steps)
            out += QStringLiteral("    %1\n").arg(plan.steps[i].sql.left(120));
    }
    return out;
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
        QVERIFY(cases.size() >= 27);
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

        QStringList keyedAB, keyedBA;
        QList<Expectation> lockChecks;
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
            } else if (e.kind == u"key") {
                (e.direction == u"ab" ? keyedAB : keyedBA).append(e.text);
            } else if (e.kind == u"lock") {
                lockChecks.append(e);
            } else {
                QFAIL(qPrintable(QStringLiteral("unknown expectation ") + e.kind));
            }
        }
        // The locks each transaction held: "lock <step text> => <table> <mode>" says the
        // transaction running that step held exactly that mode (at the strongest) on the
        // table; and a table's VALIDATE runs in a transaction of its own that blocks no
        // writes (a domain's takes SHARE on the tables using it, as PostgreSQL does).
        auto checkLocks = [&lockChecks](const QString &direction, const Plan &plan, const QList<TransactionLocks> &held) -> QString {
            for (const TransactionLocks &t : held) {
                bool validates = false;
                for (qsizetype i : t.steps)
                    validates = validates || (plan.steps[i].sql.startsWith(QStringLiteral("ALTER TABLE "))
                                              && plan.steps[i].sql.contains(QStringLiteral(" VALIDATE CONSTRAINT ")));
                if (!validates)
                    continue;
                if (t.steps.size() != 1)
                    return QStringLiteral("a VALIDATE shares its transaction");
                for (auto it = t.locks.cbegin(); it != t.locks.cend(); ++it)
                    if (lockRank(it.value()) > lockRank(QStringLiteral("ShareUpdateExclusiveLock")))
                        return QStringLiteral("a VALIDATE holds %1 on %2").arg(it.value(), it.key());
            }
            for (const Expectation &e : lockChecks) {
                if (e.direction != direction)
                    continue;
                const QString stepText = e.text.section(QStringLiteral(" => "), 0, 0);
                const QString table = e.text.section(QStringLiteral(" => "), 1).section(u' ', 0, 0);
                const QString mode = e.text.section(QStringLiteral(" => "), 1).section(u' ', 1);
                const qsizetype step = stepIndexOf(plan, stepText);
                bool found = false;
                for (const TransactionLocks &t : held) {
                    if (!t.steps.contains(step))
                        continue;
                    found = true;
                    if (t.locks.value(table) != mode)
                        return QStringLiteral("lock %1: %2 held %3").arg(e.text, table, t.locks.value(table));
                }
                if (!found)
                    return QStringLiteral("lock %1: no transaction runs that step").arg(e.text);
            }
            return {};
        };

        QString failed;
        QList<TransactionLocks> heldAB, heldBA;
        Error e = apply(*dbA, ab, &failed, &heldAB, keyedAB);
        QVERIFY2(!e, qPrintable(QStringLiteral("A->B failed at:\n%1\n%2\n\nscript:\n%3").arg(failed, e.fullText(), ab.toSql())));
        const QString lockProblemAB = checkLocks(QStringLiteral("ab"), ab, heldAB);
        QVERIFY2(lockProblemAB.isEmpty(), qPrintable(lockProblemAB + u'\n' + describeLocks(ab, heldAB)));
        auto afterA = snapshotOf(*dbA);
        QVERIFY(afterA);
        // Applied, then diffed again: no differences, in one round (expressions by meaning).
        QVERIFY2(!SchemaDiff::compare(*afterA, *snapB).hasDifferences(), qPrintable(QStringLiteral("A->B left differences:\n%1\n\nscript:\n%2")
                                                    .arg(describeDiff(*afterA, *snapB), ab.toSql())));
        QVERIFY2(Planner::plan(*afterA, *snapB).isEmpty(), "a second plan is not empty");
        if (qEnvironmentVariableIsSet("STRATA_SHOW_LOCKS"))
            qInfo().noquote() << QStringLiteral("A->B\n") + describeLocks(ab, heldAB);

        e = apply(*dbB, ba, &failed, &heldBA, keyedBA);
        QVERIFY2(!e, qPrintable(QStringLiteral("B->A failed at:\n%1\n%2\n\nscript:\n%3").arg(failed, e.fullText(), ba.toSql())));
        const QString lockProblemBA = checkLocks(QStringLiteral("ba"), ba, heldBA);
        QVERIFY2(lockProblemBA.isEmpty(), qPrintable(lockProblemBA + u'\n' + describeLocks(ba, heldBA)));
        auto afterB = snapshotOf(*dbB);
        QVERIFY(afterB);
        QVERIFY2(!SchemaDiff::compare(*afterB, *snapA).hasDifferences(), qPrintable(QStringLiteral("B->A left differences:\n%1\n\nscript:\n%2")
                                                    .arg(describeDiff(*afterB, *snapA), ba.toSql())));
        QVERIFY2(Planner::plan(*afterB, *snapA).isEmpty(), "a second plan back is not empty");
    }
};

QTEST_GUILESS_MAIN(TestDiffRoundTrip)
#include "tst_diffroundtrip.moc"
