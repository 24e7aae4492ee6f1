// The runbook keeps the migration tool's ledger. The demo's pending dbmate migration run
// with strata-cli ends by recording its version in schema_migrations in the transaction of
// its last statement, and the REAL dbmate (`dbmate status`, `dbmate up`) agrees nothing is
// pending; running it again is blocked ("already applied per ..."), and the guided
// rollback of the run removes the row as dbmate does. Flyway, golang-migrate, sqlx and
// Prisma are not installed here: their rows are checked against the tools' documented
// ledger tables and rows, in fixture folders written by hand, with checksums computed
// independently (Python's zlib.crc32 / hashlib for the fixture's bytes).

#include "RunbookTestUtil.h"
#include "demo/DemoProject.h"
#include "runbook/GuidedRollback.h"
#include "runbook/Journal.h"
#include "runbook/LedgerStep.h"
#include "runbook/RunbookBuilder.h"
#include "preflight/Preflight.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::runbook;

namespace {

const QString kVersion = QStringLiteral("20240701090000");
// The fixture migration of the other tools, and its checksums as the tools compute them
// (Python: zlib.crc32 over the lines without terminators as signed int; sha384; sha256).
const QByteArray kNotes = "CREATE TABLE notes (id int PRIMARY KEY);\nALTER TABLE notes ADD COLUMN body text;\n";
const QString kFlywayCrc = QStringLiteral("497735124");
const QString kSha384 = QStringLiteral("19c53941e013fd07d8c2ca65165e8a912fc3146a93ab1c8a000336b4dc58a4bbeadfdbe5cc4cb1dc84f9282bf4a7440e");
const QString kSha256 = QStringLiteral("150560f34f01fb140d48d2a6906734acc2c62927eed828e3ed6ec8dfd9ab8b91");

QString dbmateUrl(const QString &db)
{
    ScratchServer &s = test::server();
    return QStringLiteral("postgres://%1@/%2?host=%3&port=%4&sslmode=disable").arg(s.profile(db).user, db, s.socketDir()).arg(s.port());
}

struct ToolRun
{
    int exit = -1;
    QString out;
};

ToolRun dbmate(const QString &db, const QString &dir, const QString &command)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("dbmate")),
            {QStringLiteral("--url"), dbmateUrl(db), QStringLiteral("--migrations-dir"), dir, QStringLiteral("--no-dump-schema"), command});
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// The runbook for a migration file as strata-cli run builds it (catalog, ledger).
Result<Runbook> build(Connection &c, const QString &file)
{
    auto rb = RunbookBuilder::fromMigrationFile(file);
    if (!rb)
        return rb;
    if (Error e = RunbookBuilder::refineWithCatalog(*rb, c))
        return e;
    if (Error e = LedgerStep::add(*rb, c))
        return e;
    return rb;
}

QString text(Connection &c, const QString &sql)
{
    const ResultSet r = c.exec(sql);
    return r.ok() && r.rowCount() > 0 ? r.text(0, 0) : QStringLiteral("error: ") + r.error.message;
}

} // namespace

class TestRunbookLedger : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void demoMigrationIsRecordedAsDbmateRecordsIt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dbmate")).isEmpty())
            QSKIP("dbmate is not installed");
        const QString db = QStringLiteral("rb_ledger");
        STRATA_VERIFY_OK(DemoProject::load(test::server(), db));
        const ConnectionProfile p = test::server().profile(db);
        auto conn = test::connectRw(p);
        QVERIFY(conn.ok());
        Connection &c = **conn;
        QTemporaryDir tmp;
        STRATA_VERIFY_OK(DemoProject::extractTo(tmp.path()));
        const QString dir = tmp.filePath(QStringLiteral("db/migrations"));
        const QString file = QDir(dir).filePath(kVersion + QStringLiteral("_workspace_scoped_keys.sql"));
        QVERIFY(QFile::exists(file));

        // Before: the real dbmate sees it pending.
        ToolRun before = dbmate(db, dir, QStringLiteral("status"));
        QVERIFY2(before.exit == 0 && before.out.contains(QLatin1StringView("Pending: 1")), qPrintable(before.out));

        // The runbook ends with the ledger write, in the last statement's transaction.
        auto rb = build(c, file);
        QVERIFY2(rb.ok(), qPrintable(rb.error().fullText()));
        QVERIFY(rb->blockers.isEmpty());
        const RunbookStep &last = rb->steps.last();
        QCOMPARE(last.ledger.tool, QStringLiteral("dbmate"));
        QCOMPARE(last.ledger.version, kVersion);
        QCOMPARE(last.ledger.table, QStringLiteral("schema_migrations"));
        QVERIFY(!last.statements.isEmpty()); // the migration's last statement: same transaction
        QVERIFY2(last.title().contains(QStringLiteral("Record %1 in public.schema_migrations as dbmate does").arg(kVersion)), qPrintable(last.title()));
        QVERIFY(last.sql().contains(QLatin1StringView("INSERT INTO public.schema_migrations (version) VALUES ($1);")));

        const QString report = tmp.filePath(QStringLiteral("up-audit.md"));
        QStringList args{QStringLiteral("run"), file, QStringLiteral("--db"), p.displayString(), QStringLiteral("--yes"),
                         QStringLiteral("--journal"), tmp.filePath(QStringLiteral("up.journal")), QStringLiteral("--report"), report};
        QStringList confirmed;
        for (const QString &t : test::confirmations(*rb))
            if (!confirmed.contains(t))
                confirmed << t;
        for (const QString &t : confirmed)
            args << QStringLiteral("--confirm-table") << t;
        const auto run = test::runCli(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Record %1 in public.schema_migrations as dbmate does").arg(kVersion)), qPrintable(run.out));

        // The audit report: the ledger write, and the pre-flight's rollback finding with the
        // step it concerns (not only in a summary).
        {
            QFile f(report);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString md = QString::fromUtf8(f.readAll());
            QVERIFY2(md.contains(QStringLiteral("## Migration ledger")), qPrintable(md.left(3000)));
            QVERIFY(md.contains(QStringLiteral("Record %1 in public.schema_migrations as dbmate does (done)").arg(kVersion)));
            const qsizetype steps = md.indexOf(QLatin1StringView("### Step "));
            const qsizetype finding = md.indexOf(QLatin1StringView("Rollback is NOT possible with today's data"), steps);
            QVERIFY2(steps > 0 && finding > steps, qPrintable(md.mid(steps, 3000)));
            QVERIFY(md.contains(QLatin1StringView("6 colliding groups")));
        }

        // The row exists, written by the transaction of the last step.
        auto j = Journal::open(tmp.filePath(QStringLiteral("up.journal")));
        QVERIFY(j.ok());
        qint64 lastTxid = -1;
        for (const QJsonObject &e : j->events())
            if (e.value(QLatin1StringView("event")).toString() == event::Txid)
                lastTxid = qint64(e.value(QLatin1StringView("txid")).toDouble());
        QVERIFY(lastTxid > 0);
        // strata-cli runs it as dbmate does: the whole up section in one transaction.
        int txids = 0;
        for (const QJsonObject &e : j->events())
            txids += e.value(QLatin1StringView("event")).toString() == event::Txid;
        QCOMPARE(txids, 1);
        QCOMPARE(test::scalar(c, QStringLiteral("SELECT max(xmin::text::bigint) FROM pg_constraint WHERE conrelid = 'messages'::regclass AND contype = 'f'")),
                 lastTxid % (qint64(1) << 32));
        QCOMPARE(test::scalar(c, QStringLiteral("SELECT xmin::text::bigint FROM schema_migrations WHERE version = '%1'").arg(kVersion)),
                 lastTxid % (qint64(1) << 32));

        // The real dbmate agrees: applied, nothing pending, `up` has nothing to do.
        ToolRun status = dbmate(db, dir, QStringLiteral("status"));
        QVERIFY2(status.exit == 0, qPrintable(status.out));
        QVERIFY2(status.out.contains(QStringLiteral("[X] %1").arg(kVersion)), qPrintable(status.out));
        QVERIFY2(status.out.contains(QLatin1StringView("Pending: 0")), qPrintable(status.out));
        const qint64 tablesBefore = test::scalar(c, QStringLiteral("SELECT count(*) FROM pg_constraint"));
        ToolRun up = dbmate(db, dir, QStringLiteral("up"));
        QVERIFY2(up.exit == 0, qPrintable(up.out));
        QVERIFY2(!up.out.contains(QLatin1StringView("Applying")), qPrintable(up.out));
        QCOMPARE(test::scalar(c, QStringLiteral("SELECT count(*) FROM pg_constraint")), tablesBefore);

        // Applied now: a second run is blocked and writes no journal.
        const QString againJournal = tmp.filePath(QStringLiteral("again.journal"));
        QStringList again = args;
        again[again.indexOf(tmp.filePath(QStringLiteral("up.journal")))] = againJournal;
        const auto blocked = test::runCli(again);
        QCOMPARE(blocked.exitCode, 2);
        QVERIFY2(QString(blocked.out + blocked.err).contains(QStringLiteral("%1 is already applied per public.schema_migrations (dbmate)").arg(kVersion)),
                 qPrintable(blocked.out + blocked.err));
        QVERIFY(!QFile::exists(againJournal));

        // The guided rollback removes the row as dbmate's rollback does: dbmate sees it pending again.
        auto plan = GuidedRollback::build(tmp.filePath(QStringLiteral("up.journal")), c);
        QVERIFY2(plan.ok(), qPrintable(plan.error().fullText()));
        bool removes = false;
        for (const RunbookStep &s : plan->runbook.steps)
            removes = removes || (s.ledger.remove && s.ledger.version == kVersion);
        QVERIFY2(removes, qPrintable(plan->findingTexts().join(u'\n')));
        Executor back;
        STRATA_VERIFY_OK(back.start(plan->runbook, p, tmp.filePath(QStringLiteral("rollback.journal"))));
        STRATA_VERIFY_OK(test::runAll(back, test::confirmations(plan->runbook)));
        QCOMPARE(test::scalar(c, QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = '%1'").arg(kVersion)), 0);
        status = dbmate(db, dir, QStringLiteral("status"));
        QVERIFY2(status.out.contains(QLatin1StringView("Pending: 1")), qPrintable(status.out));
    }

    void blockersNeedAnOverride()
    {
        auto p = test::freshDatabase(QStringLiteral("rbledg"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, DemoProject::ledgerDdl() + QStringLiteral(";INSERT INTO schema_migrations VALUES ('20240101000000');")));
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("20240101000000_t.sql"));
        writeFile(file, "-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n");
        auto conn = test::connectRw(*p);
        QVERIFY(conn.ok());
        auto rb = build(**conn, file);
        QVERIFY2(rb.ok(), qPrintable(rb.error().fullText()));
        QCOMPARE(rb->blockers.size(), 1);
        QVERIFY(rb->blockers.first().contains(QLatin1StringView("already applied per public.schema_migrations")));
        // The blockers are part of the runbook's identity (a journal carries them).
        auto again = Runbook::fromJson(rb->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->blockers, rb->blockers);
        Executor refused;
        const Error e = refused.start(*rb, *p, tmp.filePath(QStringLiteral("a.journal")));
        QVERIFY(e.isError());
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("a.journal"))));
        ExecutorOptions o;
        o.overrideBlockers = true;
        o.backups = false;
        Executor overridden(o);
        STRATA_VERIFY_OK(overridden.start(*rb, *p, tmp.filePath(QStringLiteral("b.journal"))));
        QCOMPARE(overridden.journal().header().value(QLatin1StringView("blockers_overridden")).toArray().size(), 1);
    }

    void otherToolsRows_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("ledgerDdl");
        QTest::addColumn<QStringList>("files");        // relative paths; the last one is the migration run
        QTest::addColumn<QString>("rowQuery");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("sameTransaction");
        // Flyway (documented flyway_schema_history for PostgreSQL).
        QTest::newRow("flyway")
            << QStringLiteral("flyway")
            << QStringLiteral("CREATE TABLE flyway_schema_history (installed_rank int NOT NULL PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL,"
                              " type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL,"
                              " installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);"
                              "INSERT INTO flyway_schema_history VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 1, 'x', now(), 3, true);")
            << QStringList{QStringLiteral("V1__init.sql"), QStringLiteral("V2__add_notes.sql")}
            << QStringLiteral("SELECT concat_ws('|', installed_rank, version, description, type, script, checksum, installed_by = current_user,"
                              " execution_time >= 0, success, installed_on IS NOT NULL) FROM flyway_schema_history WHERE version = '2'")
            << QStringLiteral("2|2|add notes|SQL|V2__add_notes.sql|%1|t|t|t|t").arg(kFlywayCrc) << true;
        // golang-migrate: one row, the current version, dirty = false.
        QTest::newRow("golang-migrate")
            << QStringLiteral("golang-migrate")
            << QStringLiteral("CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);"
                              "INSERT INTO schema_migrations VALUES (1, false);")
            << QStringList{QStringLiteral("1_init.up.sql"), QStringLiteral("1_init.down.sql"), QStringLiteral("2_add_notes.down.sql"),
                           QStringLiteral("2_add_notes.up.sql")}
            << QStringLiteral("SELECT string_agg(concat_ws('|', version, dirty), ',') FROM schema_migrations")
            << QStringLiteral("2|f") << false;
        // sqlx: checksum = SHA-384 of the file (bytea), execution_time in nanoseconds.
        QTest::newRow("sqlx")
            << QStringLiteral("sqlx")
            << QStringLiteral("CREATE TABLE _sqlx_migrations (version bigint PRIMARY KEY, description text NOT NULL, installed_on timestamptz NOT NULL DEFAULT now(),"
                              " success boolean NOT NULL, checksum bytea NOT NULL, execution_time bigint NOT NULL);")
            << QStringList{QStringLiteral("20240101000000_init.sql"), QStringLiteral("20240102000000_add_notes.sql")}
            << QStringLiteral("SELECT concat_ws('|', version, description, success, encode(checksum, 'hex'), execution_time >= 0) FROM _sqlx_migrations")
            << QStringLiteral("20240102000000|add notes|t|%1|t").arg(kSha384) << true;
        // Prisma: migration_name = the folder, checksum = SHA-256 hex, finished, one step applied.
        QTest::newRow("prisma")
            << QStringLiteral("prisma")
            << QStringLiteral("CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY NOT NULL, checksum varchar(64) NOT NULL, finished_at timestamptz,"
                              " migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(),"
                              " applied_steps_count integer NOT NULL DEFAULT 0);")
            << QStringList{QStringLiteral("migration_lock.toml"), QStringLiteral("20240102000000_add_notes/migration.sql")}
            << QStringLiteral("SELECT concat_ws('|', migration_name, checksum, finished_at >= started_at, logs IS NULL, rolled_back_at IS NULL,"
                              " applied_steps_count, length(id)) FROM _prisma_migrations")
            << QStringLiteral("20240102000000_add_notes|%1|t|t|t|1|36").arg(kSha256) << false;
    }

    void otherToolsRows()
    {
        QFETCH(QString, tool);
        QFETCH(QString, ledgerDdl);
        QFETCH(QStringList, files);
        QFETCH(QString, rowQuery);
        QFETCH(QString, expected);
        QFETCH(bool, sameTransaction);
        auto p = test::freshDatabase(QStringLiteral("rbledg"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, ledgerDdl));
        QTemporaryDir tmp;
        for (const QString &f : files) {
            const QByteArray bytes = f == files.last() ? kNotes
                                     : f.endsWith(QLatin1StringView(".toml")) ? QByteArray("provider = \"postgresql\"\n")
                                     : f.contains(QLatin1StringView("down")) ? QByteArray("SELECT 1;\n")
                                                                              : QByteArray("CREATE TABLE base (id int);\n");
            writeFile(tmp.filePath(f), bytes);
        }
        if (tool != u"prisma") // the migration before is applied already
            STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral("CREATE TABLE base (id int)")));
        auto conn = test::connectRw(*p);
        QVERIFY(conn.ok());
        auto rb = build(**conn, tmp.filePath(files.last()));
        QVERIFY2(rb.ok(), qPrintable(rb.error().fullText()));
        QVERIFY2(rb->blockers.isEmpty(), qPrintable(rb->blockers.join(u'\n')));
        QVERIFY2(rb->ledgerNotes.isEmpty(), qPrintable(rb->ledgerNotes.join(u'\n')));
        const RunbookStep &last = rb->steps.last();
        QCOMPARE(last.ledger.tool, tool);
        QCOMPARE(!last.statements.isEmpty(), sameTransaction);
        // Through a saved runbook: the ledger write survives the JSON round trip.
        auto loaded = Runbook::fromJson(rb->toJson());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().fullText()));
        QCOMPARE(loaded->steps.last().ledger, last.ledger);
        ExecutorOptions o;
        o.backups = false;
        o.snapshots = false;
        Executor ex(o);
        STRATA_VERIFY_OK(ex.start(*loaded, *p, tmp.filePath(QStringLiteral("run.journal"))));
        STRATA_VERIFY_OK(test::runAll(ex, test::confirmations(*loaded)));
        QCOMPARE(text(**conn, rowQuery), expected);
        // Built again: the ledger lists it, so it is blocked.
        auto again = build(**conn, tmp.filePath(files.last()));
        QVERIFY(again.ok());
        QCOMPARE(again->blockers.size(), 1);
    }

    // A rollback check of the down section that no up statement stands for (statement -1)
    // goes to the step that writes its table, so it reaches the step detail and the report.
    void wholeScriptFindingsGoToTheirTable()
    {
        auto p = test::freshDatabase(QStringLiteral("rbledg"));
        QVERIFY(p.ok());
        STRATA_VERIFY_OK(test::runScript(*p, QStringLiteral("CREATE TABLE other (id int);"
                                                            "CREATE TABLE t (id int PRIMARY KEY, code text);"
                                                            "INSERT INTO t VALUES (1, 'a'), (2, 'a'), (3, 'b');")));
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("20240101000000_x.sql"));
        writeFile(file, "-- migrate:up\nALTER TABLE other ADD COLUMN note text;\nALTER TABLE t ADD COLUMN extra int;\n\n"
                        "-- migrate:down\nALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE (code);\n");
        auto conn = test::connectRw(*p);
        QVERIFY(conn.ok());
        auto rb = RunbookBuilder::fromMigrationFile(file);
        QVERIFY(rb.ok());
        preflight::PreflightOptions po;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        po.rollbackSql = preflight::Preflight::splitSections(QString::fromUtf8(f.readAll())).down;
        auto report = preflight::Preflight::run(rb->sourceSql, conn->get(), po);
        QVERIFY2(report.ok(), qPrintable(report.error().fullText()));
        RunbookBuilder::attachPreflight(*rb, *report);
        QCOMPARE(rb->steps.size(), 2);
        QVERIFY2(rb->steps[0].findings.join(u'\n').indexOf(QLatin1StringView("Rollback is NOT possible")) < 0, qPrintable(rb->steps[0].findings.join(u'\n')));
        QVERIFY2(rb->steps[1].findings.join(u'\n').contains(QLatin1StringView("Rollback is NOT possible with today's data")),
                 qPrintable(rb->steps[1].findings.join(u'\n')));
    }

    void forgedLedgerWriteIsRefused()
    {
        Runbook rb;
        rb.title = QStringLiteral("x");
        RunbookStep s;
        s.number = 1;
        s.ledger = LedgerWrite{QStringLiteral("nosuchtool"), QStringLiteral("public"), QStringLiteral("t"), QStringLiteral("1")};
        rb.steps.append(s);
        auto r = Runbook::fromJson(rb.toJson());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1StringView("nosuchtool")), qPrintable(r.error().message));
        // A name with a quote stays one quoted identifier; values are parameters.
        LedgerWrite w{QStringLiteral("dbmate"), QStringLiteral("public"), QStringLiteral("odd\"name"), QStringLiteral("1'; DROP TABLE x; --")};
        auto st = LedgerStep::statements(w);
        QVERIFY(st.ok());
        QCOMPARE(st->first().sql, QStringLiteral("INSERT INTO public.\"odd\"\"name\" (version) VALUES ($1)"));
        QCOMPARE(st->first().params.first().toString(), w.version);
    }

    void toolsStrataDoesNotWriteSayWhatToRun()
    {
        auto p = test::freshDatabase(QStringLiteral("rbledg"));
        QVERIFY(p.ok());
        QTemporaryDir tmp;
        // A plain SQL file of no tool's folder gets no ledger step.
        const QString sql = tmp.filePath(QStringLiteral("plain.sql"));
        writeFile(sql, "CREATE TABLE notes (id int);\n");
        auto conn = test::connectRw(*p);
        QVERIFY(conn.ok());
        auto rb = build(**conn, sql);
        QVERIFY(rb.ok());
        for (const RunbookStep &s : rb->steps)
            QVERIFY(s.ledger.isEmpty());
        // A dbmate folder whose database has no ledger yet: the runbook says what to do instead.
        const QString file = tmp.filePath(QStringLiteral("db/20240101000000_t.sql"));
        writeFile(file, "-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n");
        auto nol = build(**conn, file);
        QVERIFY(nol.ok());
        QCOMPARE(nol->ledgerNotes.size(), 1);
        QVERIFY2(nol->ledgerNotes.first().contains(QLatin1StringView("There is no dbmate ledger")), qPrintable(nol->ledgerNotes.first()));
    }
};

QTEST_GUILESS_MAIN(TestRunbookLedger)
#include "tst_runbook_ledger.moc"
