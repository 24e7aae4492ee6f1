// strata-cli preflight: exit codes (0 clean, 1 blocking, 2 error), JSON and Markdown output.
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace strata;

class TestPreflightCli : public QObject
{
    Q_OBJECT
    ConnectionProfile m_db;

    int run(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(STRATA_CLI_PATH), QStringList{QStringLiteral("preflight")} + args);
        if (!p.waitForFinished(120000))
            return -1;
        *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }
    static QString fixture(const char *name) { return QStringLiteral(STRATA_FIXTURES_DIR "/preflight/") + QString::fromLatin1(name); }

private slots:
    void initTestCase()
    {
        auto db = test::freshDatabase(QStringLiteral("pfcli"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        m_db = *db;
        STRATA_VERIFY_OK(test::runScript(m_db, QStringLiteral(
            "CREATE TABLE agents(id bigint PRIMARY KEY, workspace_id bigint, handle text);"
            "INSERT INTO agents VALUES (1, 10, 'ana'), (2, NULL, 'bo');")));
    }

    void blockingFindingExitsOne()
    {
        QByteArray out;
        const int code = run({QStringLiteral("--db"), m_db.displayString(), QStringLiteral("--json"), fixture("widen_keys.sql")}, &out);
        QCOMPARE(code, 1);
        const QJsonObject j = QJsonDocument::fromJson(out).object();
        QCOMPARE(j.value(QStringLiteral("format_version")).toInt(), 2);
        QVERIFY(j.value(QStringLiteral("blocking")).toBool());
        bool nulls = false;
        for (const QJsonValue &f : j.value(QStringLiteral("findings")).toArray())
            nulls = nulls || (f.toObject().value(QStringLiteral("rule")).toString() == u"null-values"
                              && f.toObject().value(QStringLiteral("count")).toInt() == 1);
        QVERIFY(nulls);
    }

    void cleanScriptExitsZeroWithMarkdown()
    {
        QByteArray out;
        const int code = run({QStringLiteral("--db"), m_db.displayString(), fixture("clean.sql")}, &out);
        QCOMPARE(code, 0);
        QVERIFY(out.startsWith("# Migration pre-flight audit: clean.sql"));
    }

    void syntaxErrorExitsTwoWithLineAndColumn()
    {
        QByteArray out, err;
        const int code = run({fixture("syntax_error.sql")}, &out, &err);
        QCOMPARE(code, 2);
        QVERIFY2(err.contains("line 2, column 20"), err.constData());
    }

    void usageErrors()
    {
        QByteArray out, err;
        QCOMPARE(run({}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("/nonexistent/x.sql")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("--db"), QStringLiteral("postgresql://nosuchhost.invalid/db"), fixture("clean.sql")}, &out, &err), 2);
    }
};

QTEST_GUILESS_MAIN(TestPreflightCli)
#include "tst_preflight_cli.moc"
