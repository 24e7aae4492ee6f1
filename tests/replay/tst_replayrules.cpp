// Each tool's rules for what runs, in which order, in or out of a transaction, on a real
// server: Flyway baselines, CONCURRENTLY and executeInTransaction=false; Prisma's folder
// names and one-statement migrations; duplicate versions and stray files as findings; the
// tool's ledger created first; roles created NOLOGIN; a missing extension in one sentence.
// Folders are written at run time.

#include "TestServer.h"
#include "pg/Connection.h"
#include "replay/FolderReplay.h"
#include "replay/MissingExtension.h"
#include "replay/ReplayPlan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::replay;

namespace {

bool write(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList unitNames(const ReplayPlan &p)
{
    QStringList out;
    for (const ReplayUnit &u : p.units)
        out.append(u.file.fileName);
    return out;
}

QString messages(const Findings &f)
{
    QStringList out;
    for (const Finding &x : f)
        out.append(Finding::severityName(x.severity) + u' ' + x.code + u' ' + x.file + QStringLiteral(": ") + x.message);
    return out.join(u'\n');
}

Result<catalog::Snapshot> replayDir(const QString &dir, Findings *findings = nullptr, const QString &format = {})
{
    if (Error e = test::ensureServer())
        return e;
    ReplayOptions o;
    o.findings = findings;
    o.format = format;
    return FolderReplay::replayOn(test::server(), dir, o);
}

} // namespace

class TestReplayRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void flywayNewestBaselineThenVersionsAbove()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        QVERIFY(write(d, QStringLiteral("V1__a.sql"), "CREATE TABLE a (id int);\n"));
        QVERIFY(write(d, QStringLiteral("V2__b.sql"), "CREATE TABLE b (id int);\n"));
        QVERIFY(write(d, QStringLiteral("B1__old_base.sql"), "CREATE TABLE a (id int);\n"));
        QVERIFY(write(d, QStringLiteral("B2__base.sql"), "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"));
        QVERIFY(write(d, QStringLiteral("V3__c.sql"), "CREATE TABLE c (id int REFERENCES a (id) DEFERRABLE);\n"));
        auto plan = ReplayPlanner::plan(tmp.path());
        QVERIFY2(plan, qPrintable(plan.error().fullText()));
        QCOMPARE(unitNames(*plan), (QStringList{QStringLiteral("B2__base.sql"), QStringLiteral("V3__c.sql")}));
        QVERIFY2(messages(plan->findings).contains(QStringLiteral("V1__a.sql, V2__b.sql")), qPrintable(messages(plan->findings)));
        QVERIFY(write(d, QStringLiteral("V3__c.sql"), "CREATE TABLE c (id int);\n"));
        auto snap = replayDir(tmp.path());
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        QVERIFY(snap->table(QStringLiteral("public"), QStringLiteral("b")));
        QVERIFY(snap->table(QStringLiteral("public"), QStringLiteral("c")));
        QVERIFY(!snap->table(QStringLiteral("public"), QStringLiteral("flyway_schema_history"))); // the ledger is left out
    }

    void flywayConcurrentlyRunsOutsideATransaction()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        QVERIFY(write(d, QStringLiteral("V1__t.sql"), "CREATE TABLE t (id int, v text);\nCREATE INDEX t_v ON t (v);\n"));
        QVERIFY(write(d, QStringLiteral("V2__idx.sql"),
                      "DROP INDEX CONCURRENTLY t_v;\n-- rebuilt without locking writes\nCREATE INDEX CONCURRENTLY t_v2 ON t (v);\n"));
        auto plan = ReplayPlanner::plan(tmp.path());
        QVERIFY(plan);
        QVERIFY(plan->units[0].transactional);
        QVERIFY(!plan->units[1].transactional);
        QVERIFY2(plan->units[1].outsideReason.contains(QStringLiteral("CONCURRENTLY")), qPrintable(plan->units[1].outsideReason));
        auto snap = replayDir(tmp.path());
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        QCOMPARE(snap->indexes.size(), 1);
        QCOMPARE(snap->indexes[0].name, QStringLiteral("t_v2"));
    }

    void flywayScriptConfExecuteInTransactionFalse()
    {
        // ADD VALUE and its use in one transaction fail ("unsafe use of new value"); Flyway
        // runs the script without one when its .conf says so.
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        QVERIFY(write(d, QStringLiteral("V1__type.sql"), "CREATE TYPE mood AS ENUM ('sad');\nCREATE TABLE m (v mood);\n"));
        QVERIFY(write(d, QStringLiteral("V2__value.sql"), "ALTER TYPE mood ADD VALUE 'happy';\nINSERT INTO m VALUES ('happy');\n"));
        auto without = replayDir(tmp.path());
        QVERIFY(!without);
        QVERIFY2(without.error().message.contains(QStringLiteral("V2__value.sql")), qPrintable(without.error().fullText()));
        QVERIFY(write(d, QStringLiteral("V2__value.sql.conf"), "# per-script configuration\nexecuteInTransaction=false\n"));
        auto plan = ReplayPlanner::plan(tmp.path());
        QVERIFY(plan);
        QVERIFY(!plan->units[1].transactional);
        QVERIFY(plan->units[1].outsideReason.contains(QStringLiteral("executeInTransaction=false")));
        auto with = replayDir(tmp.path());
        QVERIFY2(with, qPrintable(with.error().fullText()));
    }

    void prismaSharedTimestampsAndOneStatementConcurrently()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        QVERIFY(write(d, QStringLiteral("migration_lock.toml"), "provider = \"postgresql\"\n"));
        QVERIFY(write(d, QStringLiteral("20240101000000_users/migration.sql"), "CREATE TABLE \"User\" (id text PRIMARY KEY, email text);\n"));
        QVERIFY(write(d, QStringLiteral("20240101000000_posts/migration.sql"), "CREATE TABLE \"Post\" (id text PRIMARY KEY);\n"));
        QVERIFY(write(d, QStringLiteral("20240102000000_email_idx/migration.sql"),
                      "-- hand-edited: no lock on writes\nCREATE INDEX CONCURRENTLY \"User_email_idx\" ON \"User\" (email);\n"));
        Findings findings;
        auto snap = replayDir(tmp.path(), &findings);
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        QVERIFY(snap->table(QStringLiteral("public"), QStringLiteral("User")));
        QVERIFY(snap->table(QStringLiteral("public"), QStringLiteral("Post")));
        QVERIFY(!snap->table(QStringLiteral("public"), QStringLiteral("_prisma_migrations")));
        // A shared timestamp is no refusal and no warning: Prisma identifies migrations by folder name.
        for (const Finding &f : findings)
            QVERIFY2(f.severity == Finding::Severity::Info, qPrintable(messages(findings)));
    }

    void duplicateVersionsWarnAndGoOnInFileNameOrder()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        QVERIFY(write(d, QStringLiteral("1_init.up.sql"), "CREATE TABLE a (id int);\n"));
        QVERIFY(write(d, QStringLiteral("2_b_second.up.sql"), "ALTER TABLE a ADD COLUMN c int;\n"));
        QVERIFY(write(d, QStringLiteral("2_a_first.up.sql"), "ALTER TABLE a ADD COLUMN b int;\n"));
        Findings findings;
        auto snap = replayDir(tmp.path(), &findings, QStringLiteral("golang-migrate"));
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        const catalog::TableDef *a = snap->table(QStringLiteral("public"), QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(a->columns.size(), 3);
        QCOMPARE(a->columns[1].name, QStringLiteral("b")); // 2_a_first before 2_b_second
        const QString text = messages(findings);
        QVERIFY2(text.contains(QStringLiteral("warning duplicate-version")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2_a_first.up.sql")) && text.contains(QStringLiteral("2_b_second.up.sql")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("golang-migrate itself refuses")), qPrintable(text));
    }

    void ledgerExistsAsTheToolCreatesIt()
    {
        // harbor's 0030: a migration that alters golang-migrate's own table.
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        QVERIFY(write(d, QStringLiteral("0001_init.up.sql"), "CREATE TABLE a (id int);\n"));
        QVERIFY(write(d, QStringLiteral("0030_ledger.up.sql"), "ALTER TABLE schema_migrations ADD COLUMN data_version int;\n"));
        auto snap = replayDir(tmp.path(), nullptr, QStringLiteral("golang-migrate"));
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        QVERIFY(!snap->table(QStringLiteral("public"), QStringLiteral("schema_migrations")));
        QVERIFY(snap->table(QStringLiteral("public"), QStringLiteral("a")));
    }

    void rolesAreCreatedNologinFirst()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        QVERIFY(write(d, QStringLiteral("20240101000000_t.sql"),
                      "-- migrate:up\nCREATE ROLE made_here_r;\nCREATE TABLE t (id int);\nGRANT SELECT ON t TO app_reader_r, made_here_r;\n"
                      "ALTER TABLE t OWNER TO app_owner_r;\nCREATE POLICY p ON t TO \"Odd Role\" USING (true);\n-- migrate:down\n"));
        Findings findings;
        auto snap = replayDir(tmp.path(), &findings);
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        const QString text = messages(findings);
        QVERIFY2(text.contains(QStringLiteral("info roles-created")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("NOLOGIN: Odd Role, app_owner_r, app_reader_r.")), qPrintable(text));
        auto c = test::connectRw(test::server().profile());
        QVERIFY(c);
        const ResultSet r = (*c)->exec(QStringLiteral("SELECT bool_or(rolcanlogin) FROM pg_roles WHERE rolname IN ('app_owner_r', 'app_reader_r', 'Odd Role')"));
        QVERIFY(r.ok());
        QCOMPARE(r.text(0, 0), QStringLiteral("f"));
    }

    // Flyway locations (and dbmate's repeated --migrations-dir) are merged by version into
    // one history; a tool that reads one folder runs the further folders first. A
    // relation that no earlier migration mentions is named as coming from outside.
    void severalLocationsReplayAsTheToolRunsThem()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        QVERIFY(write(d, QStringLiteral("schema/V1__t.sql"), "CREATE TABLE t (id int PRIMARY KEY, note text);\n"));
        QVERIFY(write(d, QStringLiteral("schema/V2__idx.sql"), "CREATE INDEX t_note ON t (note);\n"));
        QVERIFY(write(d, QStringLiteral("data/V1.1__fill.sql"), "INSERT INTO t VALUES (1, 'one');\n"));
        const QString schema = d.filePath(QStringLiteral("schema"));
        const QString data = d.filePath(QStringLiteral("data"));

        // Alone, the data location fails, and says where the table must come from.
        auto alone = replayDir(data, nullptr, QStringLiteral("flyway"));
        QVERIFY(!alone);
        QVERIFY2(alone.error().message.contains(QStringLiteral("No migration before it mentions “t”")), qPrintable(alone.error().message));
        QVERIFY2(alone.error().message.contains(QStringLiteral("--with-folder")), qPrintable(alone.error().message));

        auto plan = ReplayPlanner::plan(data, QStringLiteral("flyway"), {schema});
        QVERIFY2(plan, qPrintable(plan.error().fullText()));
        QCOMPARE(unitNames(*plan), (QStringList{QStringLiteral("schema/V1__t.sql"), QStringLiteral("V1.1__fill.sql"), QStringLiteral("schema/V2__idx.sql")}));
        ReplayOptions o;
        o.format = QStringLiteral("flyway");
        o.moreDirs = {schema};
        auto merged = FolderReplay::replayOn(test::server(), data, o);
        QVERIFY2(merged, qPrintable(merged.error().fullText()));
        QVERIFY(merged->table(QStringLiteral("public"), QStringLiteral("t")));
        QCOMPARE(merged->indexes.size(), 2); // the key and t_note

        // One version in two locations: a warning naming both (Flyway refuses such a set).
        QVERIFY(write(d, QStringLiteral("data/V2__again.sql"), "SELECT 1;\n"));
        auto twice = ReplayPlanner::plan(data, QStringLiteral("flyway"), {schema});
        QVERIFY(twice);
        QVERIFY2(messages(twice->findings).contains(QStringLiteral("Version 2 is in two locations")), qPrintable(messages(twice->findings)));

        // golang-migrate reads one folder: the further folder runs first, whatever its versions.
        QVERIFY(write(d, QStringLiteral("base/1_base.up.sql"), "CREATE TABLE base (id int);\n"));
        QVERIFY(write(d, QStringLiteral("app/0_app.up.sql"), "CREATE TABLE app (id int, base_id int);\nINSERT INTO base VALUES (1);\n"));
        auto seq = ReplayPlanner::plan(d.filePath(QStringLiteral("app")), QStringLiteral("golang-migrate"), {d.filePath(QStringLiteral("base"))});
        QVERIFY2(seq, qPrintable(seq.error().fullText()));
        QCOMPARE(unitNames(*seq), (QStringList{QStringLiteral("base/1_base.up.sql"), QStringLiteral("0_app.up.sql")}));
    }

    void missingExtensionIsOneSentence()
    {
        QTemporaryDir tmp;
        const QDir d(tmp.path());
        QVERIFY(write(d, QStringLiteral("1_init.sql"), "CREATE TABLE a (id int);\n\nCREATE EXTENSION IF NOT EXISTS postgis;\n"));
        auto snap = replayDir(tmp.path(), nullptr, QStringLiteral("plain"));
        if (snap)
            QSKIP("postgis is installed here");
        const QString m = snap.error().message;
        QVERIFY2(m.contains(QStringLiteral("“postgis”")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("postgresql-%1-postgis-3").arg(test::server().majorVersion())), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("--replay-on")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("line 3")), qPrintable(m));
        QCOMPARE(snap.error().kind, Error::Kind::Environment);
        QVERIFY(write(d, QStringLiteral("1_init.sql"), "CREATE EXTENSION vector;\n"));
        auto vector = replayDir(tmp.path(), nullptr, QStringLiteral("plain"));
        if (vector)
            QSKIP("pgvector is installed here");
        QVERIFY2(vector.error().message.contains(QStringLiteral("no Debian package")), qPrintable(vector.error().message));
        QCOMPARE(MissingExtension::debianPackage(QStringLiteral("timescaledb"), 15), QString());
        QCOMPARE(MissingExtension::debianPackage(QStringLiteral("pg_cron"), 15), QStringLiteral("postgresql-15-cron"));
    }
};

QTEST_GUILESS_MAIN(TestReplayRules)
#include "tst_replayrules.moc"
