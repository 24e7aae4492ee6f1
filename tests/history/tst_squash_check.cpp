// Squash check against a real server: the fixture chain replayed on one database, a
// candidate baseline on another, compared.

#include "TestServer.h"
#include "squash/SquashCheck.h"
#include "pg/Session.h"

#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using State = SquashDifference::State;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/squash/") + name;
}

QString describe(const SquashResult &r)
{
    QStringList lines;
    for (const SquashDifference &d : r.differences)
        lines.append(SquashDifference::stateId(d.state) + u' ' + d.key + QStringLiteral(" [") + d.fields.join(u',') + QStringLiteral("] ")
                     + d.detail);
    return lines.join(u'\n');
}

Result<SquashResult> check(const QString &baseline, const SquashOptions &options = {})
{
    if (Error e = test::ensureServer())
        return e;
    return SquashCheck::run(test::server(), fixture(QStringLiteral("dbmate-chain")), baseline, options);
}

} // namespace

class TestSquashCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void equivalentFile()
    {
        auto r = check(fixture(QStringLiteral("baseline-equivalent.sql")));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        QVERIFY2(r->identical, qPrintable(describe(*r)));
        QVERIFY(r->differences.isEmpty());
        QVERIFY(r->chainObjects > 10);
        QCOMPARE(r->chainObjects, r->baselineObjects);
        QVERIFY(r->ignoredTables.isEmpty());
    }

    void equivalentFolderWithLedger()
    {
        // A dbmate baseline folder that also creates schema_migrations (as dbmate's dump does).
        auto r = check(fixture(QStringLiteral("baseline-folder")));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        QVERIFY2(r->identical, qPrintable(describe(*r)));
        QCOMPARE(r->ignoredTables, QStringList{QStringLiteral("public.schema_migrations")});

        SquashOptions keep;
        keep.ignoreLedgers = false;
        auto k = check(fixture(QStringLiteral("baseline-folder")), keep);
        QVERIFY2(k.ok(), qPrintable(k.error().fullText()));
        QVERIFY(!k->identical);
        bool table = false;
        for (const SquashDifference &d : k->differences)
            table = table || (d.key == u"table:public.schema_migrations" && d.state == State::Extra);
        QVERIFY2(table, qPrintable(describe(*k)));
    }

    void missingIndex()
    {
        auto r = check(fixture(QStringLiteral("baseline-missing-index.sql")));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        QVERIFY(!r->identical);
        QCOMPARE(r->differences.size(), 1);
        const SquashDifference &d = r->differences.first();
        QCOMPARE(d.state, State::Missing);
        QCOMPARE(d.kind, diff::ObjectKind::Index);
        QCOMPARE(d.key, QStringLiteral("index:public.tickets_user_idx"));
        QCOMPARE(d.object, QStringLiteral("public.tickets_user_idx"));
        QVERIFY2(d.detail.contains(QStringLiteral("public.tickets_user_idx")), qPrintable(d.detail));
    }

    void otherDefault()
    {
        auto r = check(fixture(QStringLiteral("baseline-other-default.sql")));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        QCOMPARE(r->differences.size(), 1);
        const SquashDifference &d = r->differences.first();
        QCOMPARE(d.state, State::Changed);
        QCOMPARE(d.key, QStringLiteral("table:public.tickets"));
        QCOMPARE(d.fields, QStringList{QStringLiteral("status.default")});
        QVERIFY2(d.detail.contains(QStringLiteral("'open'::public.ticket_status in the chain")), qPrintable(d.detail));
        QVERIFY2(d.detail.contains(QStringLiteral("'closed'::public.ticket_status in the baseline")), qPrintable(d.detail));
    }

    void missingEnumValue()
    {
        auto r = check(fixture(QStringLiteral("baseline-missing-enum-value.sql")));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        QCOMPARE(r->differences.size(), 1);
        const SquashDifference &d = r->differences.first();
        QCOMPARE(d.state, State::Changed);
        QCOMPARE(d.kind, diff::ObjectKind::Type);
        QCOMPARE(d.key, QStringLiteral("type:public.ticket_status"));
        QCOMPARE(d.fields, QStringList{QStringLiteral("labels")});
        QVERIFY2(d.detail.contains(QStringLiteral("open, closed, snoozed in the chain")), qPrintable(d.detail));
        QVERIFY2(d.detail.contains(QStringLiteral("open, closed in the baseline")), qPrintable(d.detail));
    }

    void golangMigrateAgainstItself()
    {
        STRATA_VERIFY_OK(test::ensureServer());
        auto r = SquashCheck::run(test::server(), fixture(QStringLiteral("golang-chain")), fixture(QStringLiteral("golang-chain")));
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        QVERIFY2(r->identical, qPrintable(describe(*r)));
    }

    void progressAndCancel()
    {
        QList<int> values;
        QStringList texts;
        JobControl progress([] { return false; }, [&](int v, int m, const QString &t) {
            QCOMPARE(m, 100);
            values.append(v);
            texts.append(t);
        });
        STRATA_VERIFY_OK(test::ensureServer());
        auto r = SquashCheck::run(test::server(), fixture(QStringLiteral("dbmate-chain")), fixture(QStringLiteral("baseline-equivalent.sql")),
                                  {}, &progress);
        QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
        QVERIFY(values.size() >= 6);
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QCOMPARE(values.last(), 100);

        // Canceled once the chain has been replayed: no baseline replay, a Canceled error.
        bool cancel = false;
        JobControl canceling([&] { return cancel; }, [&](int v, int, const QString &) { cancel = cancel || v >= 48; });
        auto c = SquashCheck::run(test::server(), fixture(QStringLiteral("dbmate-chain")), fixture(QStringLiteral("baseline-equivalent.sql")),
                                  {}, &canceling);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind, Error::Kind::Canceled);
    }

    void failingBaseline()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("baseline.sql"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-- migrate:up\nCREATE TABLE a (id int);\n-- b refers to a table that does not exist\nCREATE TABLE b (id int REFERENCES nowhere (id));\n-- migrate:down\n");
        f.close();
        auto r = check(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("line 4")), qPrintable(r.error().fullText()));
        QVERIFY2(r.error().message.contains(QStringLiteral("nowhere")), qPrintable(r.error().fullText()));
        // The failed baseline's database is gone from the shared server.
        auto c = test::connectRw(test::server().profile());
        QVERIFY(c.ok());
        const ResultSet dbs = (*c)->exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'strata\\_squash\\_%'"));
        QVERIFY2(dbs.ok(), qPrintable(dbs.error.fullText()));
        QCOMPARE(dbs.text(0, 0), QStringLiteral("0"));
    }

    void identitySequenceNameIsShown()
    {
        // Two identity columns that differ only in the name of their sequence.
        auto side = [](const QString &seq) {
            catalog::Snapshot s;
            catalog::TableDef t;
            t.schema = QStringLiteral("public");
            t.name = QStringLiteral("items");
            catalog::Column c;
            c.name = QStringLiteral("id");
            c.type = QStringLiteral("integer");
            c.notNull = true;
            c.identity = QStringLiteral("ALWAYS");
            c.identitySequence = seq;
            t.columns.append(c);
            s.tables.append(t);
            return s;
        };
        const SquashResult r = SquashCheck::compare(side(QStringLiteral("public.items_id_seq")), side(QStringLiteral("public.items_id_seq1")));
        QVERIFY(!r.identical);
        const QString text = describe(r);
        QVERIFY2(text.contains(QStringLiteral("public.items_id_seq in the chain, public.items_id_seq1 in the baseline")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("none in the chain, none in the baseline")), qPrintable(text));
    }

    void badInput()
    {
        auto missing = check(fixture(QStringLiteral("no-such-baseline.sql")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        auto down = check(fixture(QStringLiteral("golang-chain/1_init.down.sql")));
        QVERIFY(!down.ok());
        QCOMPARE(down.error().kind, Error::Kind::Usage);
        auto notAFolder = SquashCheck::run(test::server(), fixture(QStringLiteral("baseline-equivalent.sql")),
                                           fixture(QStringLiteral("baseline-equivalent.sql")));
        QVERIFY(!notAFolder.ok());
        // A chain with a file that does not parse cannot be replayed: an error naming the file.
        auto broken = SquashCheck::run(test::server(), fixture(QStringLiteral("dbmate-broken")), fixture(QStringLiteral("baseline-equivalent.sql")));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().fullText().contains(QStringLiteral("20240102000000_broken.sql")), qPrintable(broken.error().fullText()));
    }
};

QTEST_GUILESS_MAIN(TestSquashCheck)
#include "tst_squash_check.moc"
