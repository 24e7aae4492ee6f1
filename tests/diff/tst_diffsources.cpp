// Diff sources against the real server: every replayable migration folder format
// (tests/fixtures/replay/<format>) replayed on a fresh database gives the same snapshot
// as schema.sql applied directly; broken folders give errors that name the file (and
// line); snapshot files round-trip; garbage JSON and bad specs give clear sentences.

#include "DiffTestUtil.h"
#include "TestServer.h"
#include "catalog/Introspector.h"
#include "catalog/SnapshotJson.h"
#include "diff/DiffSource.h"
#include "replay/FolderReplay.h"
#include "diff/SchemaDiff.h"
#include "pg/Session.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace strata;
using strata::test::describeDiff;
using strata::test::snapshotOf;
using namespace strata::diff;
using strata::replay::FolderReplay;
using strata::replay::ReplayOptions;

namespace {

QString replayFixture(const QString &name)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/replay/") + name;
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

int replayDatabases(const ConnectionProfile &admin)
{
    auto c = test::connectRw(admin);
    if (!c)
        return -1;
    const ResultSet r = (*c)->exec(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname LIKE 'strata_replay_%'"));
    return r.ok() ? int(r.toInt64(0, 0)) : -1;
}

} // namespace

class TestDiffSources : public QObject
{
    Q_OBJECT
    catalog::Snapshot m_expected;
    ConnectionProfile m_direct;

private slots:
    void initTestCase()
    {
        STRATA_VERIFY_OK(test::ensureServer());
        auto db = test::freshDatabase(QStringLiteral("replay_direct"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_direct = *db;
        const QString sql = readFile(replayFixture(QStringLiteral("schema.sql")));
        QVERIFY(!sql.isEmpty());
        STRATA_VERIFY_OK(test::runScript(m_direct, sql));
        auto snap = snapshotOf(m_direct);
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        m_expected = *snap;
        QVERIFY(m_expected.tables.size() == 3);
        QVERIFY(m_expected.indexes.size() >= 3);
    }

    void replayEqualsDirect_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : FolderReplay::replayableFormats())
            QTest::newRow(qPrintable(f)) << f;
    }

    void replayEqualsDirect()
    {
        QFETCH(QString, format);
        const QString dir = replayFixture(format);
        auto folder = FolderReplay::readFolder(dir);
        QVERIFY2(folder, qPrintable(folder.error().fullText()));
        QCOMPARE(folder->format, format); // detected, not given
        QVERIFY(folder->units.size() >= 3);
        auto snap = FolderReplay::replayOn(test::server(), dir);
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        QVERIFY2(*snap == m_expected, qPrintable(describeDiff(m_expected, *snap)));
        QCOMPARE(replayDatabases(test::server().profile()), 0); // dropped afterwards
    }

    void orderAndTransactionFlags()
    {
        auto dbmate = FolderReplay::readFolder(replayFixture(QStringLiteral("dbmate")));
        QVERIFY(dbmate);
        QCOMPARE(dbmate->units.size(), 4);
        QVERIFY(!dbmate->units[2].transactional); // "-- migrate:up transaction:false"
        auto golang = FolderReplay::readFolder(replayFixture(QStringLiteral("golang-migrate")));
        QVERIFY(golang);
        QCOMPARE(golang->units.last().file.version, QStringLiteral("10")); // numeric, not text order
        auto flyway = FolderReplay::readFolder(replayFixture(QStringLiteral("flyway")));
        QVERIFY(flyway);
        QCOMPARE(flyway->units.last().file.kind, MigrationFile::Kind::Repeatable); // R__ after V
    }

    void duplicateVersionIsAWarningAndReplayGoesOn()
    {
        // dbmate cannot record both files of one version; the replay warns, naming both,
        // and runs them in file-name order (odd before same_version).
        Findings findings;
        ReplayOptions o;
        o.findings = &findings;
        auto snap = FolderReplay::replayOn(test::server(), replayFixture(QStringLiteral("broken-duplicate")), o);
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        QVERIFY(snap->table(QStringLiteral("public"), QStringLiteral("accounts")));
        QString text;
        for (const Finding &f : findings)
            if (f.code == u"duplicate-version" && f.severity == Finding::Severity::Warning)
                text += f.message;
        QVERIFY2(text.contains(QStringLiteral("20240101000002_same_version.sql")) && text.contains(QStringLiteral("20240101000002_odd.sql")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("dbmate itself")), qPrintable(text));
        QCOMPARE(replayDatabases(test::server().profile()), 0);
    }

    void strayFileIsAnInfoFinding()
    {
        Findings findings;
        ReplayOptions o;
        o.findings = &findings;
        auto snap = FolderReplay::replayOn(test::server(), replayFixture(QStringLiteral("broken-name")), o);
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        bool seen = false;
        for (const Finding &f : findings)
            seen = seen || (f.file == u"V2_missing_double_underscore.sql" && f.severity == Finding::Severity::Info);
        QVERIFY(seen);
    }

    void sqlErrorNamesFileAndLine()
    {
        auto snap = FolderReplay::replayOn(test::server(), replayFixture(QStringLiteral("broken-sql")));
        QVERIFY(!snap);
        const Error &e = snap.error();
        QVERIFY2(e.message.contains(QStringLiteral("20240101000003_bad_reference.sql")), qPrintable(e.fullText()));
        // The failing statement starts on line 3 of the file (after the marker and a comment).
        QVERIFY2(e.message.contains(QStringLiteral("line 3")), qPrintable(e.fullText()));
        QVERIFY2(e.message.contains(QStringLiteral("no_such_table")), qPrintable(e.fullText()));
        QCOMPARE(e.sqlState, QStringLiteral("42P01"));
        QCOMPARE(replayDatabases(test::server().profile()), 0);
    }

    void syntaxErrorLineInsideStatement()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QFile f(tmp.filePath(QStringLiteral("1_first.sql")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CREATE TABLE ok (id integer);\n\nCREATE TABLE bad (\n  id integer,\n  name text text text\n);\n");
        f.close();
        ReplayOptions plain;
        plain.format = QStringLiteral("plain");
        auto snap = FolderReplay::replayOn(test::server(), tmp.path(), plain);
        QVERIFY(!snap);
        QVERIFY2(snap.error().message.contains(QStringLiteral("1_first.sql")), qPrintable(snap.error().fullText()));
        QVERIFY2(snap.error().message.contains(QStringLiteral("line 5")), qPrintable(snap.error().fullText()));
    }

    void nonReplayableAndEmptyFolders()
    {
        QTemporaryDir tmp;
        auto r = FolderReplay::readFolder(tmp.path());
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("does not look like a migration folder")), qPrintable(r.error().message));
        auto alembic = FolderReplay::readFolder(QStringLiteral(STRATA_FIXTURES_DIR "/history/alembic"), QStringLiteral("alembic"));
        QVERIFY(!alembic);
        QVERIFY2(alembic.error().message.contains(QStringLiteral("cannot be replayed")), qPrintable(alembic.error().message));
        auto missing = FolderReplay::readFolder(tmp.filePath(QStringLiteral("nope")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));
    }

    void cancelStopsReplay()
    {
        JobControl ctl([] { return true; }, [](int, int, const QString &) {});
        auto snap = FolderReplay::replayOn(test::server(), replayFixture(QStringLiteral("dbmate")), {}, &ctl);
        QVERIFY(!snap);
        QCOMPARE(snap.error().kind, Error::Kind::Canceled);
        QCOMPARE(replayDatabases(test::server().profile()), 0);
    }

    void replayOnOwnServer()
    {
        // The CLI/GUI path: a private server of its own, started and removed.
        DiffSource src;
        src.kind = DiffSource::Kind::MigrationFolder;
        src.spec = replayFixture(QStringLiteral("dbmate"));
        catalog::IntrospectOptions o;
        o.owners = false; // another cluster: its superuser may be named differently
        auto snap = src.load(o);
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        catalog::Snapshot expected = m_expected;
        auto c = test::connectRw(m_direct);
        QVERIFY(c);
        auto noOwners = catalog::Introspector::capture(**c, o);
        QVERIFY(noOwners);
        QVERIFY2(*snap == *noOwners, qPrintable(describeDiff(*noOwners, *snap)));
    }

    void parseDecidesKind()
    {
        QTemporaryDir tmp;
        const QString json = tmp.filePath(QStringLiteral("s.json"));
        QVERIFY(!catalog::SnapshotJson::writeFile(m_expected, json));
        auto folder = DiffSource::parse(replayFixture(QStringLiteral("flyway")));
        QVERIFY(folder);
        QCOMPARE(folder->kind, DiffSource::Kind::MigrationFolder);
        auto file = DiffSource::parse(json);
        QVERIFY(file);
        QCOMPARE(file->kind, DiffSource::Kind::SnapshotFile);
        auto uri = DiffSource::parse(QStringLiteral("postgresql://localhost/x"));
        QVERIFY(uri);
        QCOMPARE(uri->kind, DiffSource::Kind::Database);
        auto kv = DiffSource::parse(QStringLiteral("host=/tmp dbname=x"));
        QVERIFY(kv);
        QCOMPARE(kv->kind, DiffSource::Kind::Database);
        auto nonsense = DiffSource::parse(QStringLiteral("nonsense"));
        QVERIFY(!nonsense);
        QVERIFY(nonsense.error().message.contains(QStringLiteral("neither a connection string")));
        auto missingJson = DiffSource::parse(tmp.filePath(QStringLiteral("missing.json")));
        QVERIFY(!missingJson);
        QVERIFY(missingJson.error().message.contains(QStringLiteral("does not exist")));
        auto missingPath = DiffSource::parse(tmp.filePath(QStringLiteral("no/such/folder")));
        QVERIFY(!missingPath);
        QVERIFY(missingPath.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!DiffSource::parse(QStringLiteral("  ")));
    }

    void snapshotFileRoundTrip()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("schema snapshot.json"));
        QVERIFY(!catalog::SnapshotJson::writeFile(m_expected, path));
        auto src = DiffSource::parse(path);
        QVERIFY(src);
        auto snap = src->load();
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        QVERIFY(*snap == m_expected);
        QCOMPARE(snap->tableStats.size(), m_expected.tableStats.size());
    }

    void databaseSource()
    {
        auto src = DiffSource::parse(m_direct.displayString());
        QVERIFY2(src, qPrintable(src.error().fullText()));
        QCOMPARE(src->kind, DiffSource::Kind::Database);
        auto snap = src->load();
        QVERIFY2(snap, qPrintable(snap.error().fullText()));
        QVERIFY(*snap == m_expected);
    }

    void garbageJsonIsAClearError()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("garbage.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"strata-snapshot\", \"format_version\": 1, \"schemas\": [tru");
        f.close();
        auto src = DiffSource::parse(path);
        QVERIFY(src);
        auto snap = src->load();
        QVERIFY(!snap);
        QCOMPARE(snap.error().kind, Error::Kind::Parse);
        QVERIFY2(snap.error().message.contains(QStringLiteral("garbage.json")), qPrintable(snap.error().fullText()));
        QVERIFY2(snap.error().message.contains(QStringLiteral("not a Strata snapshot")), qPrintable(snap.error().fullText()));

        const QString binary = tmp.filePath(QStringLiteral("binary.dat"));
        QFile b(binary);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray("\x00\x01\x02\xff", 4));
        b.close();
        auto bsrc = DiffSource::parse(binary);
        QVERIFY(bsrc);
        QCOMPARE(bsrc->kind, DiffSource::Kind::SnapshotFile);
        auto bsnap = bsrc->load();
        QVERIFY(!bsnap);
        QVERIFY(!bsnap.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiffSources)
#include "tst_diffsources.moc"
