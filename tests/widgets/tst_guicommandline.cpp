// `strata --help` and `strata --version` from a terminal without a display: the real
// binary, started with a cleaned environment (no DISPLAY, no WAYLAND_DISPLAY, no
// QT_QPA_PLATFORM), must answer and exit 0 instead of aborting in QApplication.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TestGuiCommandLine : public QObject
{
    Q_OBJECT

    static QProcessEnvironment bareEnvironment()
    {
        QProcessEnvironment env;
        const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
        for (const char *keep : {"PATH", "HOME", "LANG"})
            if (sys.contains(QString::fromLatin1(keep)))
                env.insert(QString::fromLatin1(keep), sys.value(QString::fromLatin1(keep)));
        env.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("en"));
        return env;
    }

    static QProcess *run(const QStringList &args)
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(bareEnvironment());
        p->start(QStringLiteral(STRATA_GUI_BINARY), args);
        return p;
    }

private slots:
    void helpWithoutADisplay()
    {
        std::unique_ptr<QProcess> p(run({QStringLiteral("--help")}));
        QVERIFY(p->waitForFinished(20000));
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit, qPrintable(err));
        QCOMPARE(p->exitCode(), 0);
        QVERIFY2(out.contains(QStringLiteral("--demo")) && out.contains(QStringLiteral("--tab")), qPrintable(out + err));
        QVERIFY2(out.contains(QStringLiteral("PostgreSQL schema workbench")), qPrintable(out));
    }

    void versionWithoutADisplay()
    {
        for (const QString &arg : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            std::unique_ptr<QProcess> p(run({arg}));
            QVERIFY(p->waitForFinished(20000));
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            QVERIFY2(p->exitStatus() == QProcess::NormalExit, qPrintable(QString::fromUtf8(p->readAllStandardError())));
            QCOMPARE(p->exitCode(), 0);
            QVERIFY2(out.contains(QStringLiteral(STRATA_VERSION)), qPrintable(out));
        }
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
