// Ledgers made by the real tools where they run offline here (dbmate, sqitch, Alembic) and,
// for the others, rows written exactly as the tool writes them (its documented table), then
// joined with the fixture folders: applied, pending, ghost, changed, failed, dirty, out of order.

#include "HistoryTestUtil.h"
#include "TestServer.h"
#include "history/Checksums.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;
using State = HistoryEntry::State;

#define EXPECT_STATE(h, version, nth, expected)                                                        \
    do {                                                                                               \
        const HistoryEntry *e_ = entryFor((h), QStringLiteral(version), (nth));                        \
        QVERIFY2(e_, qPrintable(QStringLiteral("no entry " version "\n") + describe(h)));              \
        QVERIFY2(e_->state == (expected), qPrintable(QStringLiteral("state of " version ": ")          \
                                                     + History::stateId(e_->state) + u'\n' + describe(h))); \
    } while (false)

#define HISTORY(var, profile, dir, format)                                                             \
    auto var##_r = historyOf((profile), (dir), QStringLiteral(format));                                \
    STRATA_VERIFY_OK(var##_r ? Error() : var##_r.error());                                             \
    const HistoryResult &var = *var##_r

namespace {
ConnectionProfile freshDb(const QString &prefix)
{
    auto db = freshDatabase(prefix);
    if (!db)
        qFatal("%s", qPrintable(db.error().fullText()));
    return *db;
}

QString dbmateUrl(const ConnectionProfile &p)
{
    return p.displayString();
}

QString sqlLiteral(const QString &s)
{
    return u'\'' + QString(s).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// Runs a migration file's SQL the way a tool would, for the tools that cannot run here.
Error applySql(const ConnectionProfile &p, const QString &path)
{
    return runScript(p, QString::fromUtf8(readBytes(path)).remove(QChar(0xFEFF)));
}
} // namespace

class TestHistoryLedgers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(ensureServer());
    }

    // ---- dbmate, the real tool ------------------------------------------------------------
    void dbmateRealTool()
    {
        const QString dbmate = QStandardPaths::findExecutable(QStringLiteral("dbmate"));
        if (dbmate.isEmpty())
            QSKIP("dbmate is not installed (npm install -g dbmate)");
        const ConnectionProfile db = freshDb(QStringLiteral("dbmate"));
        QTemporaryDir tmp;
        QVERIFY(copyDir(historyFixture(QStringLiteral("dbmate")), tmp.path()));
        const QStringList base{QStringLiteral("--url"), dbmateUrl(db), QStringLiteral("--migrations-dir"), tmp.path(),
                               QStringLiteral("--no-dump-schema")};
        // Apply the first two only: the rest is pending.
        const QString later3 = tmp.filePath(QStringLiteral("20240101000003_índice_ünïcode.sql"));
        const QString later4 = tmp.filePath(QStringLiteral("20240101000004_posts.sql"));
        QVERIFY(QFile::rename(later3, later3 + QStringLiteral(".off")) && QFile::rename(later4, later4 + QStringLiteral(".off")));
        ToolRun run = runTool(dbmate, base + QStringList{QStringLiteral("up")}, tmp.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        QVERIFY(QFile::rename(later3 + QStringLiteral(".off"), later3) && QFile::rename(later4 + QStringLiteral(".off"), later4));
        {
            HISTORY(h, db, tmp.path(), "");
            QCOMPARE(h.format, QStringLiteral("dbmate"));
            QCOMPARE(h.ledgerTool, QStringLiteral("dbmate"));
            QCOMPARE(h.ledgerTable, QStringLiteral("schema_migrations"));
            EXPECT_STATE(h, "20240101000001", 0, State::Applied);
            EXPECT_STATE(h, "20240101000002", 0, State::Applied);
            EXPECT_STATE(h, "20240101000003", 0, State::Pending);
            EXPECT_STATE(h, "20240101000004", 0, State::Pending);
            QCOMPARE(h.summary.applied, 2);
            QCOMPARE(h.summary.pending, 2);
            QVERIFY(!h.clean());
        }
        run = runTool(dbmate, base + QStringList{QStringLiteral("up")}, tmp.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        {
            HISTORY(h, db, tmp.path(), "");
            QCOMPARE(h.summary.applied, 4);
            QVERIFY2(h.clean(), qPrintable(describe(h)));
        }
        // Ghost rows: the state a squash leaves behind (files deleted after they ran).
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("20240101000001_create_users.sql"))));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("20240101000002_add email column.sql"))));
        // And a new file older than the applied ones: pending out of order.
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("20240101000000_late arrival.sql")),
                          "-- migrate:up\nCREATE TABLE late (id int);\n-- migrate:down\nDROP TABLE late;\n"));
        {
            HISTORY(h, db, tmp.path(), "dbmate");
            EXPECT_STATE(h, "20240101000000", 0, State::OutOfOrder);
            QVERIFY(!entryFor(h, QStringLiteral("20240101000000"))->applied);
            EXPECT_STATE(h, "20240101000001", 0, State::Ghost);
            EXPECT_STATE(h, "20240101000002", 0, State::Ghost);
            EXPECT_STATE(h, "20240101000003", 0, State::Applied);
            EXPECT_STATE(h, "20240101000004", 0, State::Applied);
            QCOMPARE(h.summary.ghost, 2);
            QCOMPARE(h.entries.first().version, QStringLiteral("20240101000000")); // version order, ghosts in place
        }
        // dbmate applies the late file; it records no time, so the order cannot be judged any more.
        run = runTool(dbmate, base + QStringList{QStringLiteral("up")}, tmp.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        {
            HISTORY(h, db, tmp.path(), "dbmate");
            EXPECT_STATE(h, "20240101000000", 0, State::Applied);
        }
    }

    // ---- sqitch, the real tool ------------------------------------------------------------
    void sqitchRealTool()
    {
        const QString sqitch = QStandardPaths::findExecutable(QStringLiteral("sqitch"));
        if (sqitch.isEmpty())
            QSKIP("sqitch is not installed (apt-get install sqitch)");
        const ConnectionProfile db = freshDb(QStringLiteral("sqitch"));
        QTemporaryDir tmp;
        QVERIFY(copyDir(historyFixture(QStringLiteral("sqitch")), tmp.path()));
        const QList<QPair<QString, QString>> env{
            {QStringLiteral("PGHOST"), db.host}, {QStringLiteral("PGPORT"), db.port},
            {QStringLiteral("PGUSER"), db.user}, {QStringLiteral("PGDATABASE"), db.dbname},
            {QStringLiteral("PGSSLMODE"), QStringLiteral("disable")},
            {QStringLiteral("SQITCH_FULLNAME"), QStringLiteral("Strata Test")},
            {QStringLiteral("SQITCH_EMAIL"), QStringLiteral("test@example.invalid")},
            {QStringLiteral("SQITCH_USER_CONFIG"), tmp.filePath(QStringLiteral("user.conf"))},
            {QStringLiteral("HOME"), tmp.path()}};
        const QString target = QStringLiteral("db:pg:");
        ToolRun run = runTool(sqitch, {QStringLiteral("deploy"), QStringLiteral("--to"), QStringLiteral("@v1.0"), target}, tmp.path(), env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        {
            HISTORY(h, db, tmp.path(), "");
            QCOMPARE(h.format, QStringLiteral("sqitch"));
            QCOMPARE(h.ledgerTool, QStringLiteral("sqitch"));
            QCOMPARE(h.ledgerSchema, QStringLiteral("sqitch"));
            // The real sqitch's script_hash equals our SHA-1: no drift reported.
            EXPECT_STATE(h, "users", 0, State::Applied);
            EXPECT_STATE(h, "posts", 0, State::Applied);
            EXPECT_STATE(h, "ünïcode_change", 0, State::Pending);
            EXPECT_STATE(h, "users", 1, State::Pending);
            QVERIFY(entryFor(h, QStringLiteral("users"), 0)->appliedAt.isValid());
            QVERIFY(entryFor(h, QStringLiteral("users"), 0)->appliedBy.contains(QStringLiteral("Strata Test")));
            QVERIFY(!entryFor(h, QStringLiteral("users"), 0)->ledgerChecksum.isEmpty());
        }
        run = runTool(sqitch, {QStringLiteral("deploy"), target}, tmp.path(), env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        {
            HISTORY(h, db, tmp.path(), "sqitch");
            QVERIFY2(h.clean(), qPrintable(describe(h)));
            QCOMPARE(h.summary.applied, 4);
            EXPECT_STATE(h, "users", 1, State::Applied); // the rework
        }
        // Checksum drift and a ghost: edit one deploy script, delete another.
        QFile edit(tmp.filePath(QStringLiteral("deploy/ünïcode_change.sql")));
        QVERIFY(edit.open(QIODevice::Append));
        edit.write("-- edited after deploy\n");
        edit.close();
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("deploy/posts.sql"))));
        {
            HISTORY(h, db, tmp.path(), "sqitch");
            EXPECT_STATE(h, "ünïcode_change", 0, State::Changed);
            EXPECT_STATE(h, "posts", 0, State::Ghost);
            EXPECT_STATE(h, "users", 0, State::Applied);
        }
        // A failed deploy: sqitch records a "fail" event and no change row.
        QFile plan(tmp.filePath(QStringLiteral("sqitch.plan")));
        QVERIFY(plan.open(QIODevice::Append));
        plan.write("explode 2024-02-01T00:00:00Z Strata Tests <tests@example.invalid> # Fails\n");
        plan.close();
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("deploy/explode.sql")), "BEGIN;\nSELECT 1/0;\nCOMMIT;\n"));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("revert/explode.sql")), "SELECT 1;\n"));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("deploy/posts.sql")), readBytes(historyFixture(QStringLiteral("sqitch/deploy/posts.sql")))));
        run = runTool(sqitch, {QStringLiteral("deploy"), target}, tmp.path(), env);
        QVERIFY2(run.exitCode != 0, qPrintable(run.output));
        {
            HISTORY(h, db, tmp.path(), "sqitch");
            EXPECT_STATE(h, "explode", 0, State::Failed);
            EXPECT_STATE(h, "posts", 0, State::Applied);
        }
    }

    // ---- Alembic, the real tool: two heads, then the merge ---------------------------------
    void alembicRealToolWithMerge()
    {
        const QString python = pythonWithAlembic();
        if (python.isEmpty())
            QSKIP("Alembic with psycopg2 is not installed (apt-get install python3-alembic python3-psycopg2)");
        const ConnectionProfile db = freshDb(QStringLiteral("alembic"));
        QTemporaryDir tmp;
        QVERIFY(copyDir(historyFixture(QStringLiteral("alembic")), tmp.path()));
        const QString url = QStringLiteral("postgresql+psycopg2://%1@/%2?host=%3&port=%4").arg(db.user, db.dbname, db.host, db.port);
        const QList<QPair<QString, QString>> env{{QStringLiteral("STRATA_ALEMBIC_URL"), url}};
        const QStringList base{QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("-c"), tmp.filePath(QStringLiteral("alembic.ini"))};
        // Both branches, not the merge: two heads in alembic_version.
        ToolRun run = runTool(python, base + QStringList{QStringLiteral("upgrade"), QStringLiteral("1111aaaa2222")}, tmp.path(), env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        run = runTool(python, base + QStringList{QStringLiteral("upgrade"), QStringLiteral("3333bbbb4444")}, tmp.path(), env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        {
            auto ledgers = readLedgers(db);
            STRATA_VERIFY_OK(ledgers ? Error() : ledgers.error());
            QCOMPARE(ledgers->size(), 1);
            QCOMPARE(ledgers->first().tool, QStringLiteral("alembic"));
            QCOMPARE(ledgers->first().rows.size(), 2); // two heads
            HISTORY(h, db, tmp.path(), "");
            QCOMPARE(h.format, QStringLiteral("alembic"));
            EXPECT_STATE(h, "a1b2c3d4e5f6", 0, State::Applied);
            EXPECT_STATE(h, "1111aaaa2222", 0, State::Applied);
            EXPECT_STATE(h, "3333bbbb4444", 0, State::Applied);
            EXPECT_STATE(h, "5555cccc6666", 0, State::Pending);
            EXPECT_STATE(h, "7777dddd8888", 0, State::Pending);
        }
        // The merge revision (tuple down_revision) replaces both heads with one.
        run = runTool(python, base + QStringList{QStringLiteral("upgrade"), QStringLiteral("5555cccc6666")}, tmp.path(), env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        {
            HISTORY(h, db, tmp.path(), "alembic");
            EXPECT_STATE(h, "5555cccc6666", 0, State::Applied);
            EXPECT_STATE(h, "1111aaaa2222", 0, State::Applied);
            EXPECT_STATE(h, "3333bbbb4444", 0, State::Applied);
            EXPECT_STATE(h, "7777dddd8888", 0, State::Pending);
            QCOMPARE(entryFor(h, QStringLiteral("5555cccc6666"))->detail, QStringLiteral("current head"));
        }
        run = runTool(python, base + QStringList{QStringLiteral("upgrade"), QStringLiteral("head")}, tmp.path(), env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        {
            HISTORY(h, db, tmp.path(), "alembic");
            QVERIFY2(h.clean(), qPrintable(describe(h)));
            QCOMPARE(h.summary.applied, 5);
        }
        // The head's file is gone: the database is at a revision the folder does not know.
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("versions/7777dddd8888_añadir_índice.py"))));
        {
            HISTORY(h, db, tmp.path(), "alembic");
            EXPECT_STATE(h, "7777dddd8888", 0, State::Ghost);
        }
    }

    // ---- Flyway: rows as Flyway writes them (Flyway needs a JVM and a download) -------------
    void flywayLedger()
    {
        const ConnectionProfile db = freshDb(QStringLiteral("flyway"));
        QTemporaryDir tmp;
        QVERIFY(copyDir(historyFixture(QStringLiteral("flyway")), tmp.path()));
        // Flyway's own table, in a non-default schema.
        STRATA_VERIFY_OK(runScript(db, QStringLiteral(
            "CREATE SCHEMA app; SET search_path = app;"
            "CREATE TABLE app.flyway_schema_history (installed_rank INT NOT NULL, version VARCHAR(50), description VARCHAR(200) NOT NULL,"
            " type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INTEGER, installed_by VARCHAR(100) NOT NULL,"
            " installed_on TIMESTAMP NOT NULL DEFAULT now(), execution_time INTEGER NOT NULL, success BOOLEAN NOT NULL,"
            " CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank));"
            "CREATE INDEX flyway_schema_history_s_idx ON app.flyway_schema_history (success);")));
        auto folder = FolderFormat::byId(QStringLiteral("flyway"))->read(tmp.path());
        QVERIFY(folder.ok());
        QHash<QString, MigrationFile> byVersion;
        MigrationFile repeatable;
        for (const MigrationFile &f : folder->files) {
            if (f.kind == MigrationFile::Kind::Versioned)
                byVersion.insert(f.version, f);
            else if (f.kind == MigrationFile::Kind::Repeatable)
                repeatable = f;
        }
        int rank = 0;
        auto apply = [&](const MigrationFile &f, bool success = true) -> Error {
            if (success)
                if (Error e = runScript(db, QStringLiteral("SET search_path = app;") + f.upSql))
                    return e;
            return runScript(db, QStringLiteral(
                "INSERT INTO app.flyway_schema_history VALUES (%1, %2, %3, 'SQL', %4, %5, 'flyway_user', now() + make_interval(secs => %1), 12, %6)")
                .arg(++rank).arg(f.kind == MigrationFile::Kind::Repeatable ? QStringLiteral("NULL") : sqlLiteral(f.version))
                .arg(sqlLiteral(f.name), sqlLiteral(f.fileName.section(u'/', -1)), f.checksum, success ? QStringLiteral("true") : QStringLiteral("false")));
        };
        // V1, V1.1, V1.2, V2 in order, then V1.9 (out of order, after 2); 1.10 stays pending.
        for (const char *v : {"1", "1.1", "1.2", "2", "1.9"})
            STRATA_VERIFY_OK(apply(byVersion.value(QString::fromLatin1(v))));
        STRATA_VERIFY_OK(apply(repeatable));
        {
            HISTORY(h, db, tmp.path(), "");
            QCOMPARE(h.format, QStringLiteral("flyway"));
            QCOMPARE(h.ledgerSchema, QStringLiteral("app"));
            EXPECT_STATE(h, "1", 0, State::Applied);
            EXPECT_STATE(h, "1.1", 0, State::Applied); // CRLF file: Flyway's checksum ignores line endings
            EXPECT_STATE(h, "1.2", 0, State::Applied); // BOM file
            EXPECT_STATE(h, "2", 0, State::Applied);
            EXPECT_STATE(h, "1.9", 0, State::OutOfOrder);   // applied after 2
            EXPECT_STATE(h, "1.10", 0, State::OutOfOrder);  // pending while 2 is applied
            const HistoryEntry *e = entryFor(h, QStringLiteral("2"));
            QCOMPARE(e->appliedBy, QStringLiteral("flyway_user"));
            QCOMPARE(e->durationMs, qint64(12));
            QVERIFY(e->appliedAt.isValid());
            QCOMPARE(e->fileName, QStringLiteral("sub/V2__weird name ü.sql"));
            QCOMPARE(h.summary.outOfOrder, 2);
        }
        // Checksum drift on a versioned script; a repeatable that changed runs again (pending).
        QFile f11(tmp.filePath(QStringLiteral("V1.1__two_columns_crlf.sql")));
        QVERIFY(f11.open(QIODevice::Append));
        f11.write("ALTER TABLE accounts ADD COLUMN sneaky int;\r\n");
        f11.close();
        QFile rep(tmp.filePath(QStringLiteral("R__accounts_view.sql")));
        QVERIFY(rep.open(QIODevice::Append));
        rep.write("-- view changed\n");
        rep.close();
        // A failed run of a version whose file is gone, and a ghost row.
        MigrationFile gone;
        gone.version = QStringLiteral("3");
        gone.name = QStringLiteral("gone and failed");
        gone.fileName = QStringLiteral("V3__gone_and_failed.sql");
        gone.checksum = QStringLiteral("12345");
        STRATA_VERIFY_OK(apply(gone, false));
        MigrationFile ghost = gone;
        ghost.version = QStringLiteral("1.5");
        ghost.fileName = QStringLiteral("V1.5__squashed_away.sql");
        STRATA_VERIFY_OK(runScript(db, QStringLiteral(
            "INSERT INTO app.flyway_schema_history VALUES (%1, '1.5', 'squashed away', 'SQL', 'V1.5__squashed_away.sql', 42, 'x', now(), 1, true)").arg(++rank)));
        {
            HISTORY(h, db, tmp.path(), "flyway");
            EXPECT_STATE(h, "1.1", 0, State::Changed);
            QVERIFY(entryFor(h, QStringLiteral("1.1"))->checksumDrift);
            EXPECT_STATE(h, "3", 0, State::Failed);
            EXPECT_STATE(h, "1.5", 0, State::Ghost);
            const HistoryEntry *r = nullptr;
            for (const HistoryEntry &e : h.entries)
                if (e.repeatable)
                    r = &e;
            QVERIFY(r);
            QCOMPARE(r->state, State::Pending);
            QVERIFY(r->checksumDrift);
        }
    }

    // ---- Prisma: rows as prisma migrate writes them ----------------------------------------
    void prismaLedger()
    {
        const ConnectionProfile db = freshDb(QStringLiteral("prisma"));
        QTemporaryDir tmp;
        QVERIFY(copyDir(historyFixture(QStringLiteral("prisma")), tmp.path()));
        STRATA_VERIFY_OK(runScript(db, QStringLiteral(
            "CREATE TABLE \"_prisma_migrations\" (\"id\" VARCHAR(36) PRIMARY KEY NOT NULL, \"checksum\" VARCHAR(64) NOT NULL,"
            " \"finished_at\" TIMESTAMPTZ, \"migration_name\" VARCHAR(255) NOT NULL, \"logs\" TEXT, \"rolled_back_at\" TIMESTAMPTZ,"
            " \"started_at\" TIMESTAMPTZ NOT NULL DEFAULT now(), \"applied_steps_count\" INTEGER NOT NULL DEFAULT 0)")));
        auto row = [&](const QString &name, const QString &state, int minute) -> Error {
            const QByteArray sql = readBytes(tmp.filePath(name + QStringLiteral("/migration.sql")));
            const QString checksum = QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());
            if (state == u"ok")
                if (Error e = runScript(db, QString::fromUtf8(sql)))
                    return e;
            const QString started = QStringLiteral("timestamptz '2024-03-01 10:00:00+00' + make_interval(mins => %1)").arg(minute);
            const QString finished = state == u"ok" ? started + QStringLiteral(" + interval '250 ms'") : QStringLiteral("NULL");
            const QString rolled = state == u"rolledback" ? started + QStringLiteral(" + interval '1 hour'") : QStringLiteral("NULL");
            const QString logs = state == u"ok" ? QStringLiteral("NULL") : sqlLiteral(QStringLiteral("Database error code: 42703\nERROR: column does not exist"));
            return runScript(db, QStringLiteral("INSERT INTO _prisma_migrations VALUES (gen_random_uuid()::text, %1, %2, %3, %4, %5, %6, %7)")
                                     .arg(sqlLiteral(checksum), finished, sqlLiteral(name), logs, rolled, started, state == u"ok" ? QStringLiteral("1") : QStringLiteral("0")));
        };
        STRATA_VERIFY_OK(row(QStringLiteral("20240101000000_init"), QStringLiteral("ok"), 1));
        STRATA_VERIFY_OK(row(QStringLiteral("20240102000000_add_posts"), QStringLiteral("ok"), 2));
        STRATA_VERIFY_OK(row(QStringLiteral("20240103000000_broken_step"), QStringLiteral("rolledback"), 3));
        STRATA_VERIFY_OK(row(QStringLiteral("20240104000000_later"), QStringLiteral("failed"), 4));
        {
            HISTORY(h, db, tmp.path(), "");
            QCOMPARE(h.format, QStringLiteral("prisma"));
            EXPECT_STATE(h, "20240101000000", 0, State::Applied);
            EXPECT_STATE(h, "20240102000000", 0, State::Applied);
            const HistoryEntry *rb = entryFor(h, QStringLiteral("20240103000000"));
            QVERIFY(rb && rb->rolledBack);
            EXPECT_STATE(h, "20240103000000", 0, State::Pending); // rolled back: it will run again
            EXPECT_STATE(h, "20240104000000", 0, State::Failed);
            QVERIFY(entryFor(h, QStringLiteral("20240104000000"))->logs.contains(QStringLiteral("42703")));
            QCOMPARE(entryFor(h, QStringLiteral("20240101000000"))->durationMs, qint64(250));
        }
        // Re-run of the rolled back one succeeds (a new row), a script is edited, one folder deleted.
        STRATA_VERIFY_OK(row(QStringLiteral("20240103000000_broken_step"), QStringLiteral("ok"), 5));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("20240102000000_add_posts/migration.sql")), "-- edited\nSELECT 1;\n"));
        QVERIFY(QDir(tmp.filePath(QStringLiteral("20240101000000_init"))).removeRecursively());
        {
            HISTORY(h, db, tmp.path(), "prisma");
            EXPECT_STATE(h, "20240103000000", 0, State::Applied);
            EXPECT_STATE(h, "20240102000000", 0, State::Changed);
            EXPECT_STATE(h, "20240101000000", 0, State::Ghost);
        }
        // Prisma accepts the same script with CRLF line endings: no drift.
        const QByteArray lf = readBytes(tmp.filePath(QStringLiteral("20240103000000_broken_step/migration.sql")));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("20240103000000_broken_step/migration.sql")), QByteArray(lf).replace("\n", "\r\n")));
        {
            HISTORY(h, db, tmp.path(), "prisma");
            EXPECT_STATE(h, "20240103000000", 0, State::Applied);
        }
    }

    // ---- sqlx: SHA-384 checksums in a bytea, success flag, nanoseconds ----------------------
    void sqlxLedger()
    {
        const ConnectionProfile db = freshDb(QStringLiteral("sqlx"));
        QTemporaryDir tmp;
        QVERIFY(copyDir(historyFixture(QStringLiteral("sqlx")), tmp.path()));
        STRATA_VERIFY_OK(runScript(db, QStringLiteral(
            "CREATE TABLE IF NOT EXISTS _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL,"
            " installed_on TIMESTAMPTZ NOT NULL DEFAULT now(), success BOOLEAN NOT NULL, checksum BYTEA NOT NULL,"
            " execution_time BIGINT NOT NULL)")));
        auto folder = FolderFormat::byId(QStringLiteral("sqlx"))->read(tmp.path());
        QVERIFY(folder.ok());
        QCOMPARE(folder->files.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const MigrationFile &f = folder->files[i];
            const bool success = i != 1;
            if (success)
                STRATA_VERIFY_OK(applySql(db, f.path));
            STRATA_VERIFY_OK(runScript(db, QStringLiteral("INSERT INTO _sqlx_migrations VALUES (%1, %2, now(), %3, decode(%4, 'hex'), 3500000)")
                                               .arg(f.version, sqlLiteral(f.name), success ? QStringLiteral("true") : QStringLiteral("false"),
                                                    sqlLiteral(QString::fromLatin1(QCryptographicHash::hash(readBytes(f.path), QCryptographicHash::Sha384).toHex())))));
        }
        QVERIFY(writeFile(folder->files[2].path, "CREATE TABLE sx_c (id bigint);\n"));
        HISTORY(h, db, tmp.path(), "");
        QCOMPARE(h.format, QStringLiteral("sqlx"));
        EXPECT_STATE(h, "20240101000000", 0, State::Applied);
        QCOMPARE(entryFor(h, QStringLiteral("20240101000000"))->durationMs, qint64(3));
        EXPECT_STATE(h, "20240102000000", 0, State::Failed);
        EXPECT_STATE(h, "20240103000000", 0, State::Changed);
    }

    // ---- golang-migrate: one row, dirty flag -------------------------------------------------
    void golangMigrateDirty()
    {
        const ConnectionProfile db = freshDb(QStringLiteral("gomigrate"));
        const QString dir = historyFixture(QStringLiteral("golang-migrate"));
        STRATA_VERIFY_OK(runScript(db, QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL, dirty boolean NOT NULL, PRIMARY KEY (version));"
            "INSERT INTO schema_migrations VALUES (10, true)")));
        {
            HISTORY(h, db, dir, "");
            QCOMPARE(h.format, QStringLiteral("golang-migrate"));
            QCOMPARE(h.ledgerTool, QStringLiteral("golang-migrate"));
            EXPECT_STATE(h, "1", 0, State::Applied);
            EXPECT_STATE(h, "2", 0, State::Applied);
            EXPECT_STATE(h, "10", 0, State::Dirty); // numeric order: 10 after 2
            EXPECT_STATE(h, "12", 0, State::Pending);
            QCOMPARE(h.summary.dirty, 1);
        }
        STRATA_VERIFY_OK(runScript(db, QStringLiteral("UPDATE schema_migrations SET version = 11, dirty = false")));
        {
            HISTORY(h, db, dir, "golang-migrate");
            EXPECT_STATE(h, "10", 0, State::Applied);
            EXPECT_STATE(h, "11", 0, State::Ghost); // 11 has only a down file
            EXPECT_STATE(h, "12", 0, State::Pending);
        }
    }

    // ---- Rails and Django: rows as the frameworks write them --------------------------------
    void railsAndDjango()
    {
        const ConnectionProfile db = freshDb(QStringLiteral("frameworks"));
        STRATA_VERIFY_OK(runScript(db, QStringLiteral(
            "CREATE TABLE schema_migrations (version character varying NOT NULL PRIMARY KEY);"
            "CREATE TABLE ar_internal_metadata (key character varying NOT NULL PRIMARY KEY, value character varying,"
            " created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);"
            "INSERT INTO ar_internal_metadata VALUES ('environment', 'test', now(), now());"
            "INSERT INTO schema_migrations VALUES ('20240101000001'), ('20240103000001');"
            "CREATE TABLE django_migrations (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, app varchar(255) NOT NULL,"
            " name varchar(255) NOT NULL, applied timestamptz NOT NULL);"
            "INSERT INTO django_migrations (app, name, applied) VALUES ('shop', '0001_initial', now()),"
            " ('blog', '0001_initial', now()), ('shop', '0003_removed_later', now())")));
        {
            HISTORY(h, db, historyFixture(QStringLiteral("rails")), "");
            QCOMPARE(h.ledgerTool, QStringLiteral("rails"));
            EXPECT_STATE(h, "20240101000001", 0, State::Applied);
            EXPECT_STATE(h, "20240102000001", 0, State::OutOfOrder); // pending, a later one is applied
            EXPECT_STATE(h, "20240103000001", 0, State::Applied);
        }
        {
            HISTORY(h, db, historyFixture(QStringLiteral("django")), "");
            QCOMPARE(h.ledgerTool, QStringLiteral("django"));
            EXPECT_STATE(h, "0001", 0, State::Applied); // blog
            EXPECT_STATE(h, "0001", 1, State::Applied); // shop
            EXPECT_STATE(h, "0002", 0, State::Pending);
            EXPECT_STATE(h, "0003", 0, State::Ghost);
        }
    }

    // ---- Several ledgers in one database, in any schema: one detection query ----------------
    void detectsEveryLedger()
    {
        const ConnectionProfile db = freshDb(QStringLiteral("many"));
        STRATA_VERIFY_OK(runScript(db, QStringLiteral(
            "CREATE SCHEMA gm; CREATE SCHEMA \"Odd Schema\"; CREATE SCHEMA sqitch;"
            "CREATE TABLE public.schema_migrations (version varchar(128) PRIMARY KEY); INSERT INTO public.schema_migrations VALUES ('20240101000001');"
            "CREATE TABLE gm.schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL); INSERT INTO gm.schema_migrations VALUES (3, false);"
            "CREATE TABLE \"Odd Schema\".alembic_version (version_num varchar(32) PRIMARY KEY); INSERT INTO \"Odd Schema\".alembic_version VALUES ('abc');"
            "CREATE TABLE knex_migrations (id serial PRIMARY KEY, name varchar(255), batch int, migration_time timestamptz);"
            " INSERT INTO knex_migrations (name, batch, migration_time) VALUES ('20240101_init.js', 1, now());"
            "CREATE TABLE knex_migrations_lock (index serial PRIMARY KEY, is_locked int);"
            "CREATE TABLE pgmigrations (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);"
            " INSERT INTO pgmigrations (name, run_on) VALUES ('1700000000000_init', now());"
            "CREATE TABLE gorp_migrations (id text PRIMARY KEY, applied_at timestamptz); INSERT INTO gorp_migrations VALUES ('1_init.sql', now());"
            "CREATE TABLE goose_db_version (id serial PRIMARY KEY, version_id bigint NOT NULL, is_applied boolean NOT NULL, tstamp timestamp DEFAULT now());"
            " INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true), (1, true), (2, true), (2, false);"
            "CREATE TABLE __diesel_schema_migrations (version varchar(50) PRIMARY KEY, run_on timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP);"
            " INSERT INTO __diesel_schema_migrations VALUES ('20240101000000');"
            "CREATE TABLE databasechangelog (id varchar(255) NOT NULL, author varchar(255) NOT NULL, filename varchar(255) NOT NULL,"
            " dateexecuted timestamp NOT NULL, orderexecuted int NOT NULL, exectype varchar(10) NOT NULL, md5sum varchar(35),"
            " description varchar(255), comments varchar(255), tag varchar(255), liquibase varchar(20), contexts varchar(255),"
            " labels varchar(255), deployment_id varchar(10));"
            " INSERT INTO databasechangelog VALUES ('1', 'me', 'changelog.xml', now(), 1, 'EXECUTED', '9:abc', 'createTable', '', NULL, '4.20', NULL, NULL, '1');"
            "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, installed_on TIMESTAMPTZ NOT NULL DEFAULT now(),"
            " success BOOLEAN NOT NULL, checksum BYTEA NOT NULL, execution_time BIGINT NOT NULL);"
            "CREATE TABLE sqitch.changes (change_id text PRIMARY KEY, script_hash text, change text NOT NULL, project text NOT NULL,"
            " note text NOT NULL DEFAULT '', committed_at timestamptz NOT NULL DEFAULT clock_timestamp(), committer_name text NOT NULL,"
            " committer_email text NOT NULL, planned_at timestamptz NOT NULL, planner_name text NOT NULL, planner_email text NOT NULL);"
            "CREATE TABLE public.changes (id int, what text);" // a user table with a ledger-like name
            "CREATE TABLE public.events (id int);")));
        auto ledgers = readLedgers(db);
        STRATA_VERIFY_OK(ledgers ? Error() : ledgers.error());
        QHash<QString, Ledger> byTool;
        for (const Ledger &l : *ledgers)
            byTool.insert(l.tool, l);
        QStringList tools = byTool.keys();
        tools.sort();
        QCOMPARE(tools, QStringList({QStringLiteral("alembic"), QStringLiteral("dbmate"), QStringLiteral("diesel"), QStringLiteral("golang-migrate"),
                                     QStringLiteral("goose"), QStringLiteral("knex"), QStringLiteral("liquibase"), QStringLiteral("node-pg-migrate"),
                                     QStringLiteral("sqitch"), QStringLiteral("sql-migrate"), QStringLiteral("sqlx")}));
        QCOMPARE(ledgers->size(), 11);
        QCOMPARE(byTool.value(QStringLiteral("alembic")).schema, QStringLiteral("Odd Schema"));
        QCOMPARE(byTool.value(QStringLiteral("golang-migrate")).schema, QStringLiteral("gm"));
        QCOMPARE(byTool.value(QStringLiteral("dbmate")).schema, QStringLiteral("public"));
        QCOMPARE(byTool.value(QStringLiteral("sqitch")).schema, QStringLiteral("sqitch"));
        QCOMPARE(byTool.value(QStringLiteral("knex")).rows.value(0).key, QStringLiteral("20240101_init.js"));
        QCOMPARE(byTool.value(QStringLiteral("node-pg-migrate")).rows.value(0).key, QStringLiteral("1700000000000_init"));
        QCOMPARE(byTool.value(QStringLiteral("sql-migrate")).rows.value(0).key, QStringLiteral("1_init.sql"));
        QCOMPARE(byTool.value(QStringLiteral("liquibase")).rows.value(0).checksum, QStringLiteral("9:abc"));
        QCOMPARE(byTool.value(QStringLiteral("diesel")).rows.value(0).version, QStringLiteral("20240101000000"));
        const Ledger goose = byTool.value(QStringLiteral("goose"));
        QCOMPARE(goose.rows.size(), 2);
        QVERIFY(!goose.rows[0].rolledBack);
        QVERIFY(goose.rows[1].rolledBack); // version 2 went down again
        QCOMPARE(byTool.value(QStringLiteral("dbmate")).rows.value(0).raw.value(QStringLiteral("version")).toString(), QStringLiteral("20240101000001"));
        // A folder picks its own tool's ledger among many.
        const int idx = History::pickLedger(*ledgers, QStringLiteral("golang-migrate"));
        QVERIFY(idx >= 0);
        QCOMPARE((*ledgers)[idx].schema, QStringLiteral("gm"));
        QCOMPARE(History::pickLedger(*ledgers, QStringLiteral("flyway")), -1);
    }
};

QTEST_GUILESS_MAIN(TestHistoryLedgers)
#include "tst_historyledgers.moc"
