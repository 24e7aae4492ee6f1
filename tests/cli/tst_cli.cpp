// strata-cli as a user runs it: no display, exit codes, messages on stderr.
#include "TestServer.h"

#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run { int code; QString out; QString err; };
    static Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STRATA_CLI_PATH), args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void versionWithoutDisplay()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("strata-cli " STRATA_VERSION));
    }

    void commandHelpNamesTheCommand()
    {
        for (const char *command : {"run", "resume", "rollback", "history", "snapshot", "diff", "squash-check", "preflight", "scratch", "demo"}) {
            const QString name = QString::fromLatin1(command);
            const Run r = run({name, QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: strata-cli ") + name + u' '), qPrintable(r.out.left(200)));
        }
    }

    void helpListsCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("scratch")));
        QVERIFY(r.out.contains(QStringLiteral("demo")));
        QVERIFY(r.out.contains(QStringLiteral("Exit codes")));
    }

    void unknownCommandIsUsageError()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
        QVERIFY(r.out.isEmpty());
    }

    void noArgumentsPrintsHelpAndFails()
    {
        const Run r = run({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(QStringLiteral("Usage")));
    }

    void germanWhenAsked()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("de"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STRATA_CLI_PATH), {QStringLiteral("frobnicate")});
        p.waitForFinished();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("Fehler")), qPrintable(err));
    }

    // Qt's own texts (QCommandLineParser's -h/--help lines) follow the language too:
    // qtbase_de.qm comes from qt6-translations-l10n, which install-deps.sh installs.
    void qtsOwnTextsGermanToo()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("de"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(STRATA_CLI_PATH), {QStringLiteral("diff"), QStringLiteral("--help")});
        p.waitForFinished();
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("Optionen:")), qPrintable(out.left(400)));
        QVERIFY2(out.contains(QStringLiteral("Zeigt Hilfe")), qPrintable(out.left(400)));
        QVERIFY2(!out.contains(QStringLiteral("Displays help")), qPrintable(out.left(400)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
