// strata-cli squash-check, run as the real binary: text and JSON output, exit codes,
// the surgery script.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/squash/") + name;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(QDir::tempPath());
    p.start(QStringLiteral(STRATA_CLI_PATH), QStringList{QStringLiteral("squash-check")} + args);
    Run r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(240000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString show(const Run &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class TestSquashCli : public QObject
{
    Q_OBJECT

private slots:
    void identicalText()
    {
        const Run r = cli({fixture(QStringLiteral("dbmate-chain")), fixture(QStringLiteral("baseline-equivalent.sql"))});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY2(r.out.contains(QStringLiteral("identical: the baseline gives the same schema")), qPrintable(show(r)));
        QVERIFY(r.out.contains(QStringLiteral("Consolidation report: 4 files")));
        QVERIFY(r.out.contains(QStringLiteral("Column public.users.legacy_flag is added in 20240101000000_init.sql:4 and dropped in "
                                              "20240103000000_cleanup.sql:2.")));
    }

    void differencesJson()
    {
        const Run r = cli({QStringLiteral("--json"), fixture(QStringLiteral("dbmate-chain")), fixture(QStringLiteral("baseline-other-default.sql"))});
        QVERIFY2(r.exitCode == 1, qPrintable(show(r)));
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString() + u'\n' + show(r)));
        QCOMPARE(o.value(QStringLiteral("format_version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("identical")).toBool(true), false);
        const QJsonArray diffs = o.value(QStringLiteral("differences")).toArray();
        QCOMPARE(diffs.size(), 1);
        const QJsonObject d = diffs.first().toObject();
        QCOMPARE(d.value(QStringLiteral("state")).toString(), QStringLiteral("changed"));
        QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("table"));
        QCOMPARE(d.value(QStringLiteral("key")).toString(), QStringLiteral("table:public.tickets"));
        QCOMPARE(d.value(QStringLiteral("fields")).toArray().first().toString(), QStringLiteral("status.default"));
        const QJsonObject c = o.value(QStringLiteral("consolidation")).toObject();
        QCOMPARE(c.value(QStringLiteral("files")).toInt(), 4);
        QCOMPARE(c.value(QStringLiteral("findings")).toArray().size(), 11);
        const QJsonObject first = c.value(QStringLiteral("findings")).toArray().first().toObject();
        QVERIFY(!first.value(QStringLiteral("locations")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("surgery")).isNull());
    }

    void surgeryScript()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("surgery.sql"));
        const Run r = cli({fixture(QStringLiteral("dbmate-chain")), fixture(QStringLiteral("baseline-folder")), QStringLiteral("--surgery-script"),
                           file, QStringLiteral("--tool"), QStringLiteral("dbmate")});
        QVERIFY2(r.exitCode == 0, qPrintable(show(r)));
        QVERIFY(r.out.contains(QStringLiteral("Ignored ledger tables: public.schema_migrations")));
        QVERIFY2(r.out.contains(QStringLiteral("4 squashed versions replaced by 20240105000000")), qPrintable(show(r)));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(f.readAll());
        QVERIFY(sql.contains(QStringLiteral("DELETE FROM public.schema_migrations WHERE version IN ('20240101000000', '20240102000000', "
                                            "'20240103000000', '20240104000000');")));
        QVERIFY(sql.contains(QStringLiteral("SELECT '20240105000000'")));

        // Not equivalent: no script.
        const QString other = tmp.filePath(QStringLiteral("other.sql"));
        const Run n = cli({fixture(QStringLiteral("dbmate-chain")), fixture(QStringLiteral("baseline-missing-index.sql")),
                           QStringLiteral("--surgery-script"), other, QStringLiteral("--baseline-version"), QStringLiteral("20240105000000")});
        QVERIFY2(n.exitCode == 1, qPrintable(show(n)));
        QVERIFY(n.out.contains(QStringLiteral("missing index public.tickets_user_idx")));
        QVERIFY(n.out.contains(QStringLiteral("No ledger surgery script was written")));
        QVERIFY(!QFile::exists(other));
    }

    void errors()
    {
        Run r = cli({fixture(QStringLiteral("no-such-folder")), fixture(QStringLiteral("baseline-equivalent.sql"))});
        QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
        QVERIFY(r.err.contains(QStringLiteral("error: ")));
        QVERIFY(r.out.isEmpty());
        r = cli({fixture(QStringLiteral("dbmate-chain"))});
        QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
        r = cli({fixture(QStringLiteral("dbmate-chain")), fixture(QStringLiteral("baseline-equivalent.sql")), QStringLiteral("--tool"),
                 QStringLiteral("dbmate")});
        QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
        // A baseline that fails to run: exit 2 with the file and line.
        QTemporaryDir tmp;
        const QString bad = tmp.filePath(QStringLiteral("bad.sql"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CREATE TABLE a (id int);\nCREATE TABLE a (id int);\n");
        f.close();
        r = cli({fixture(QStringLiteral("dbmate-chain")), bad});
        QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("bad.sql failed at line 2")), qPrintable(show(r)));
        // A chain with a broken file cannot be replayed; the error names the file.
        r = cli({fixture(QStringLiteral("dbmate-broken")), fixture(QStringLiteral("baseline-equivalent.sql"))});
        QVERIFY2(r.exitCode == 2, qPrintable(show(r)));
        QVERIFY2(r.err.contains(QStringLiteral("20240102000000_broken.sql")), qPrintable(show(r)));
    }

    void help()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--surgery-script")));
    }
};

QTEST_GUILESS_MAIN(TestSquashCli)
#include "tst_squash_cli.moc"
