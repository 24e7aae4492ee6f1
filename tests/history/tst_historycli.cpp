// strata-cli history: exit codes, the table and the JSON (format_version 1) against a real
// scratch database.

#include "HistoryTestUtil.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::test;

namespace {
ToolRun cli(const QStringList &args)
{
    return runTool(QStringLiteral(STRATA_CLI_PATH), QStringList{QStringLiteral("history")} + args, QDir::tempPath(),
                   {{QStringLiteral("STRATA_LANG"), QStringLiteral("en")}});
}
QJsonObject jsonOf(const ToolRun &r)
{
    // Stdout and stderr are merged; the JSON object is the whole output on success paths.
    const qsizetype start = r.output.indexOf(u'{');
    return QJsonDocument::fromJson(r.output.mid(start).toUtf8()).object();
}
} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;
    QString m_uri;

private slots:
    void initTestCase()
    {
        auto db = freshDatabase(QStringLiteral("histcli"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_db = *db;
        m_uri = m_db.displayString();
        // dbmate's table and rows, as dbmate writes them.
        STRATA_VERIFY_OK(runScript(m_db, QStringLiteral(
            "CREATE TABLE schema_migrations (version varchar(128) PRIMARY KEY);"
            "INSERT INTO schema_migrations VALUES ('20240101000001'), ('20240101000002'), ('20240101000003'), ('20240101000004')")));
    }

    void cleanHistoryExitsZero()
    {
        const ToolRun r = cli({QStringLiteral("--db"), m_uri, QStringLiteral("--dir"), historyFixture(QStringLiteral("dbmate")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        const QJsonObject o = jsonOf(r);
        QCOMPARE(o.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("clean")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("folder")).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("dbmate"));
        QCOMPARE(o.value(QStringLiteral("ledger")).toObject().value(QStringLiteral("tool")).toString(), QStringLiteral("dbmate"));
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("applied")).toInt(), 4);
        const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("add email column"));
        QCOMPARE(entries[1].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
    }

    void pendingAndGhostExitOne()
    {
        QTemporaryDir tmp;
        QVERIFY(copyDir(historyFixture(QStringLiteral("dbmate")), tmp.path()));
        QVERIFY(QFile::remove(tmp.filePath(QStringLiteral("20240101000001_create_users.sql"))));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("20240201000000_new.sql")), "-- migrate:up\nSELECT 1;\n"));
        const ToolRun r = cli({QStringLiteral("--db"), m_uri, QStringLiteral("--dir"), tmp.path()});
        QVERIFY2(r.exitCode == 1, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("ghost")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("pending")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("5 migrations: 3 applied, 1 pending, 1 ghost")), qPrintable(r.output));
        const ToolRun j = cli({QStringLiteral("--db"), m_uri, QStringLiteral("--dir"), tmp.path(), QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 1);
        const QJsonObject s = jsonOf(j).value(QStringLiteral("summary")).toObject();
        QCOMPARE(s.value(QStringLiteral("ghost")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("pending")).toInt(), 1);
    }

    void folderOnlyAndDatabaseOnly()
    {
        ToolRun r = cli({QStringLiteral("--dir"), historyFixture(QStringLiteral("flyway")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        QCOMPARE(jsonOf(r).value(QStringLiteral("ledger")).type(), QJsonValue::Null);
        QCOMPARE(jsonOf(r).value(QStringLiteral("summary")).toObject().value(QStringLiteral("unchecked")).toInt(), 7);
        // Broken files are findings; error findings make the exit code 1.
        r = cli({QStringLiteral("--dir"), historyFixture(QStringLiteral("dbmate-broken")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.output));
        QStringList codes;
        for (const QJsonValue &v : jsonOf(r).value(QStringLiteral("findings")).toArray())
            codes.append(v.toObject().value(QStringLiteral("code")).toString());
        QVERIFY(codes.contains(QStringLiteral("malformed-name")));
        QVERIFY(codes.contains(QStringLiteral("duplicate-version")));
        r = cli({QStringLiteral("--db"), m_uri, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
        const QJsonArray found = jsonOf(r).value(QStringLiteral("ledgers_found")).toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].toObject().value(QStringLiteral("rows")).toInt(), 4);
        // A folder whose tool has no ledger in the database: nothing of it is applied.
        r = cli({QStringLiteral("--db"), m_uri, QStringLiteral("--dir"), historyFixture(QStringLiteral("alembic")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.output));
        QCOMPARE(jsonOf(r).value(QStringLiteral("summary")).toObject().value(QStringLiteral("pending")).toInt(), 5);
    }

    void errorsExitTwo()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--dir"), QStringLiteral("/nonexistent/strata/folder")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--dir"), historyFixture(QStringLiteral("dbmate")), QStringLiteral("--format"), QStringLiteral("nope")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--db"), QStringLiteral("postgresql://nobody@/x?host=/nonexistent-socket-dir")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--db"), m_uri, QStringLiteral("--ledger"), QStringLiteral("public.nothing")}).exitCode, 2);
        QTemporaryDir empty;
        const ToolRun r = cli({QStringLiteral("--dir"), empty.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.output.contains(QStringLiteral("--format")));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"
