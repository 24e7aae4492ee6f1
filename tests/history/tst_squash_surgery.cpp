// Ledger surgery scripts run on real ledgers: the demo's dbmate ledger (made by applying
// its folder), a golang-migrate and a Flyway ledger; afterwards History shows the
// baseline applied and no ghosts.

#include "HistoryTestUtil.h"
#include "TestServer.h"
#include "demo/DemoProject.h"
#include "history/LedgerSurgery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;

namespace {

QString squashFixture(const QString &name)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/squash/") + name;
}

Result<ResultSet> query(const ConnectionProfile &p, const QString &sql, const QVariantList &params = {})
{
    auto c = connectRw(p);
    if (!c)
        return c.error();
    ResultSet r = (*c)->exec(sql, params);
    if (!r.ok())
        return r.error;
    return r;
}

// Runs a script the way the runbook would hand it to the server; a failure leaves nothing behind.
Error runSurgery(const ConnectionProfile &p, const QString &script)
{
    auto c = connectRw(p);
    if (!c)
        return c.error();
    ResultSet r = (*c)->execScript(script);
    if (!r.ok())
        (*c)->exec(QStringLiteral("ROLLBACK"));
    return r.error;
}

QStringList column(const ResultSet &r)
{
    QStringList out;
    for (int i = 0; i < r.rowCount(); ++i)
        out.append(r.text(i, 0));
    return out;
}

} // namespace

class TestSquashSurgery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STRATA_VERIFY_OK(ensureServer()); }

    void quoteLiteralMatchesServer()
    {
        auto db = freshDatabase(QStringLiteral("quote"));
        QVERIFY(db.ok());
        const QStringList values{QStringLiteral("plain"), QStringLiteral("it's"), QStringLiteral("back\\slash"),
                                 QStringLiteral("both ' and \\ and ''"), QStringLiteral("ünïcödé 🙂"), QStringLiteral("$strata$ $$"),
                                 QStringLiteral("semi;colon -- dash /* c */"), QString()};
        for (const QString &v : values) {
            auto r = query(*db, QStringLiteral("SELECT quote_literal($1::text), %1 = $1::text").arg(LedgerSurgery::quoteLiteral(v)), {v});
            QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
            QCOMPARE(LedgerSurgery::quoteLiteral(v), r->text(0, 0));
            QCOMPARE(r->text(0, 1), QStringLiteral("t"));
        }
    }

    void backupName()
    {
        const QDateTime at(QDate(2026, 11, 29), QTime(20, 17, 5), Qt::UTC);
        QCOMPARE(LedgerSurgery::backupTableName(QStringLiteral("schema_migrations"), at),
                 QStringLiteral("schema_migrations_before_squash_20261129_201705"));
        const QString longName = QString(60, u'ü');
        const QString b = LedgerSurgery::backupTableName(longName, at);
        QVERIFY(b.toUtf8().size() <= 63);
        QVERIFY(b.endsWith(QStringLiteral("_before_squash_20261129_201705")));
    }

    void dbmateOnDemo()
    {
        // The demo database: every migration but the last applied and recorded by dbmate's rules.
        const QString dbname = QStringLiteral("demo_squash");
        STRATA_VERIFY_OK(DemoProject::load(server(), dbname));
        const ConnectionProfile db = server().profile(dbname);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        STRATA_VERIFY_OK(DemoProject::extractTo(tmp.path()));
        const QString chain = tmp.filePath(QStringLiteral("db/migrations"));
        const QStringList files = QDir(chain).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 3);

        // The squashed folder: a baseline in place of every applied file, then the pending one.
        const QString squashed = tmp.filePath(QStringLiteral("squashed"));
        QVERIFY(QDir().mkpath(squashed));
        QVERIFY(writeFile(squashed + QStringLiteral("/20240611170001_baseline.sql"), "-- migrate:up\nSELECT 1;\n\n-- migrate:down\n"));
        QVERIFY(QFile::copy(chain + u'/' + files.last(), squashed + u'/' + files.last()));

        auto before = historyOf(db, squashed);
        QVERIFY2(before.ok(), qPrintable(before.error().fullText()));
        QCOMPARE(before->summary.ghost, int(files.size()) - 1);

        auto plan = LedgerSurgery::planFor(QStringLiteral("dbmate"), chain, squashed);
        QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
        QCOMPARE(plan->baselineVersion, QStringLiteral("20240611170001"));
        QCOMPARE(plan->squashed.size(), files.size() - 1);
        plan->at = QDateTime(QDate(2026, 11, 29), QTime(20, 0), Qt::UTC);
        auto script = LedgerSurgery::script(*plan);
        QVERIFY2(script.ok(), qPrintable(script.error().fullText()));
        QVERIFY(script->startsWith(QStringLiteral("-- Ledger surgery")));
        QVERIFY(script->contains(QStringLiteral("BEGIN;")));
        QVERIFY(script->trimmed().endsWith(QStringLiteral("COMMIT;")));
        QVERIFY(script->contains(QStringLiteral("CREATE TABLE public.schema_migrations_before_squash_20261129_200000 AS SELECT * FROM public.schema_migrations;")));
        STRATA_VERIFY_OK(runSurgery(db, *script));

        auto after = historyOf(db, squashed);
        QVERIFY2(after.ok(), qPrintable(after.error().fullText()));
        QVERIFY2(after->summary.ghost == 0, qPrintable(describe(*after)));
        const HistoryEntry *baseline = entryFor(*after, QStringLiteral("20240611170001"));
        QVERIFY2(baseline, qPrintable(describe(*after)));
        QCOMPARE(baseline->state, HistoryEntry::State::Applied);
        QCOMPARE(after->summary.applied, 1);
        QCOMPARE(after->summary.pending, 1);

        auto backup = query(db, QStringLiteral("SELECT count(*) FROM public.schema_migrations_before_squash_20261129_200000"));
        QVERIFY2(backup.ok(), qPrintable(backup.error().fullText()));
        QCOMPARE(backup->text(0, 0), QString::number(files.size() - 1));

        // Run again: the squashed versions are gone, so the guard stops it and nothing changes.
        plan->at = plan->at.addSecs(1);
        auto again = LedgerSurgery::script(*plan);
        QVERIFY(again.ok());
        const Error e = runSurgery(db, *again);
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(QStringLiteral("Ledger surgery stopped")), qPrintable(e.fullText()));
        auto rows = query(db, QStringLiteral("SELECT version FROM public.schema_migrations ORDER BY version"));
        QVERIFY(rows.ok());
        QCOMPARE(column(*rows), QStringList{QStringLiteral("20240611170001")});
        auto noBackup = query(db, QStringLiteral("SELECT to_regclass('public.schema_migrations_before_squash_20261129_200001') IS NULL"));
        QVERIFY(noBackup.ok());
        QCOMPARE(noBackup->text(0, 0), QStringLiteral("t"));
    }

    void golangMigrate()
    {
        auto db = freshDatabase(QStringLiteral("golang"));
        QVERIFY(db.ok());
        STRATA_VERIFY_OK(runScript(*db, QStringLiteral(
            "CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);"
            "INSERT INTO schema_migrations VALUES (10, false);")));
        QTemporaryDir tmp;
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("11_baseline.up.sql")), "CREATE TABLE accounts (id numeric(20) PRIMARY KEY);\n"));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("11_baseline.down.sql")), "DROP TABLE accounts;\n"));
        auto plan = LedgerSurgery::planFor(QStringLiteral("golang-migrate"), squashFixture(QStringLiteral("golang-chain")), tmp.path());
        QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
        QCOMPARE(plan->squashed, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10")}));
        QCOMPARE(plan->baselineVersion, QStringLiteral("11"));
        auto script = LedgerSurgery::script(*plan);
        QVERIFY2(script.ok(), qPrintable(script.error().fullText()));
        STRATA_VERIFY_OK(runSurgery(*db, *script));
        auto h = historyOf(*db, tmp.path());
        QVERIFY2(h.ok(), qPrintable(h.error().fullText()));
        QVERIFY2(h->clean(), qPrintable(describe(*h)));
        QCOMPARE(h->summary.applied, 1);

        // A dirty ledger, or one below the last squashed version, is refused.
        STRATA_VERIFY_OK(runScript(*db, QStringLiteral("UPDATE schema_migrations SET version = 10, dirty = true")));
        plan->at = QDateTime::currentDateTimeUtc().addSecs(5);
        auto dirty = LedgerSurgery::script(*plan);
        QVERIFY(dirty.ok());
        Error e = runSurgery(*db, *dirty);
        QVERIFY2(e.message.contains(QStringLiteral("dirty")), qPrintable(e.fullText()));
        STRATA_VERIFY_OK(runScript(*db, QStringLiteral("UPDATE schema_migrations SET version = 2, dirty = false")));
        e = runSurgery(*db, *dirty);
        QVERIFY2(e.message.contains(QStringLiteral("not at the last squashed version 10")), qPrintable(e.fullText()));
        auto v = query(*db, QStringLiteral("SELECT version FROM schema_migrations"));
        QVERIFY(v.ok());
        QCOMPARE(column(*v), QStringList{QStringLiteral("2")});
    }

    void flywayInQuotedSchema()
    {
        auto db = freshDatabase(QStringLiteral("flyway"));
        QVERIFY(db.ok());
        const QString schema = QStringLiteral("odd \"ledger\" schema");
        STRATA_VERIFY_OK(runScript(*db, QStringLiteral(
            "CREATE SCHEMA \"odd \"\"ledger\"\" schema\";"
            "CREATE TABLE \"odd \"\"ledger\"\" schema\".flyway_schema_history (installed_rank INT NOT NULL, version VARCHAR(50),"
            " description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INTEGER,"
            " installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(), execution_time INTEGER NOT NULL,"
            " success BOOLEAN NOT NULL, CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank));")));
        QTemporaryDir chain, squashed;
        const QList<QPair<QString, QByteArray>> files{
            {QStringLiteral("V1__create_a.sql"), "CREATE TABLE a (id int);\n"},
            {QStringLiteral("V2__create_b.sql"), "CREATE TABLE b (id int);\n"},
            {QStringLiteral("V3__drop_b.sql"), "DROP TABLE b;\n"},
            {QStringLiteral("V4__create_c.sql"), "CREATE TABLE c (id int);\n"},
        };
        int rank = 1;
        for (const auto &[name, sql] : files) {
            QVERIFY(writeFile(chain.filePath(name), sql));
            const QString version = name.mid(1, 1);
            auto ins = query(*db, QStringLiteral("INSERT INTO \"odd \"\"ledger\"\" schema\".flyway_schema_history"
                                                 " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                                                 " VALUES ($1, $2, $3, 'SQL', $4, 0, 'ci', 5, true)"),
                             {rank++, version, name.mid(4).chopped(4), name});
            QVERIFY2(ins.ok(), qPrintable(ins.error().fullText()));
        }
        QVERIFY(writeFile(squashed.filePath(QStringLiteral("V3_1__squashed_baseline.sql")), "CREATE TABLE a (id int);\n"));
        QVERIFY(writeFile(squashed.filePath(QStringLiteral("V4__create_c.sql")), "CREATE TABLE c (id int);\n"));

        auto plan = LedgerSurgery::planFor(QStringLiteral("flyway"), chain.path(), squashed.path());
        QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
        QCOMPARE(plan->squashed, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(plan->baselineVersion, QStringLiteral("3.1"));
        QCOMPARE(plan->baselineScript, QStringLiteral("V3_1__squashed_baseline.sql"));
        QCOMPARE(plan->baselineDescription, QStringLiteral("squashed baseline"));
        QVERIFY(plan->baselineChecksum.has_value());
        plan->schema = schema;
        auto script = LedgerSurgery::script(*plan);
        QVERIFY2(script.ok(), qPrintable(script.error().fullText()));
        QVERIFY(script->contains(QStringLiteral("\"odd \"\"ledger\"\" schema\".flyway_schema_history")));
        STRATA_VERIFY_OK(runSurgery(*db, *script));

        auto rows = query(*db, QStringLiteral("SELECT installed_rank || ':' || version FROM \"odd \"\"ledger\"\" schema\".flyway_schema_history ORDER BY 1"));
        QVERIFY(rows.ok());
        QCOMPARE(column(*rows), (QStringList{QStringLiteral("1:3.1"), QStringLiteral("4:4")}));
        auto h = historyOf(*db, squashed.path(), QStringLiteral("flyway"));
        QVERIFY2(h.ok(), qPrintable(h.error().fullText()));
        QCOMPARE(h->summary.ghost, 0);
        const HistoryEntry *baseline = entryFor(*h, QStringLiteral("3.1"));
        QVERIFY2(baseline, qPrintable(describe(*h)));
        QCOMPARE(baseline->state, HistoryEntry::State::Applied); // the checksum matches the file
        QVERIFY(!baseline->checksumDrift);
    }

    void badPlans()
    {
        SurgeryPlan p;
        p.tool = QStringLiteral("liquibase");
        QVERIFY(!LedgerSurgery::script(p).ok());
        p.tool = QStringLiteral("dbmate");
        QVERIFY(!LedgerSurgery::script(p).ok()); // nothing squashed
        p.squashed = {QStringLiteral("1")};
        QVERIFY(!LedgerSurgery::script(p).ok()); // no baseline version
        p.tool = QStringLiteral("golang-migrate");
        p.baselineVersion = QStringLiteral("2; DROP TABLE x");
        QCOMPARE(LedgerSurgery::script(p).error().kind, Error::Kind::Usage);
        auto noVersion = LedgerSurgery::planFor(QStringLiteral("dbmate"), squashFixture(QStringLiteral("dbmate-chain")),
                                                squashFixture(QStringLiteral("baseline-equivalent.sql")));
        QVERIFY(!noVersion.ok());
        auto given = LedgerSurgery::planFor(QStringLiteral("dbmate"), squashFixture(QStringLiteral("dbmate-chain")),
                                            squashFixture(QStringLiteral("baseline-equivalent.sql")), QStringLiteral("20240105000000"));
        QVERIFY2(given.ok(), qPrintable(given.error().fullText()));
        QCOMPARE(given->squashed.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestSquashSurgery)
#include "tst_squash_surgery.moc"
