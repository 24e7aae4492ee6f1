// Names and layouts the tools accept that Strata once misread (issue 18, issue 21 item 11,
// issue 22 item 10): each case on a fixture (tests/fixtures/naming) or a folder made at run
// time (FIFO, dangling link), through the folder parsers, the replay plan, the history CLI
// and the GUI's HistoryLoader.

#include "TestServer.h"
#include "history/FolderFormat.h"
#include "history/HistoryLoader.h"
#include "pg/Connection.h"
#include "replay/ReplayPlan.h"

#include "HistoryTestUtil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace strata;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/naming/") + name;
}

FolderReadResult readAs(const QString &format, const QString &dir)
{
    return test::readFolderAs(format, dir);
}

QStringList names(const FolderReadResult &r)
{
    QStringList out;
    for (const MigrationFile &f : r.files)
        out.append(f.fileName.section(u'/', -1));
    return out;
}

QStringList codes(const Findings &findings, Finding::Severity atLeast = Finding::Severity::Info)
{
    QStringList out;
    for (const Finding &f : findings)
        if (int(f.severity) >= int(atLeast))
            out.append(f.code + u' ' + f.file);
    return out;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct CliRun
{
    int code = -1;
    QString out, err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STRATA_CLI_PATH), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestHistoryNaming : public QObject
{
    Q_OBJECT

private slots:
    void railsEngineScopedNames()
    {
        const FolderReadResult r = readAs(QStringLiteral("rails"), fixture(QStringLiteral("rails-engine")));
        QCOMPARE(r.files.size(), 3);
        QCOMPARE(r.files[1].version, QStringLiteral("20240102000000"));
        QCOMPARE(r.files[1].name, QStringLiteral("create_active_storage_tables"));
        QVERIFY2(codes(r.findings).isEmpty(), qPrintable(codes(r.findings).join(u'\n')));
    }

    void djangoSharedNumberPrefix()
    {
        const FolderReadResult r = readAs(QStringLiteral("django"), fixture(QStringLiteral("django-shared-prefix")));
        // Identified by name, ordered by dependencies: 0002_add_price depends on 0002_add_sku.
        QCOMPARE(names(r), (QStringList{QStringLiteral("0001_initial.py"), QStringLiteral("0002_add_sku.py"),
                                        QStringLiteral("0002_add_price.py"), QStringLiteral("0003_item_name.py")}));
        QVERIFY2(codes(r.findings, Finding::Severity::Warning).isEmpty(), qPrintable(codes(r.findings).join(u'\n')));
    }

    void alembicComputedBranchLabels()
    {
        const FolderReadResult r = readAs(QStringLiteral("alembic"), fixture(QStringLiteral("alembic-computed")));
        QCOMPARE(r.files.size(), 2);
        QVERIFY2(codes(r.findings, Finding::Severity::Error).isEmpty(), qPrintable(codes(r.findings).join(u'\n')));
        const MigrationFile &base = r.files[0].version == u"a1b2" ? r.files[0] : r.files[1];
        QCOMPARE(base.labels, QStringList{QStringLiteral("cli.EXPAND_BRANCH")});
        QVERIFY(codes(r.findings).join(u' ').contains(QStringLiteral("alembic-computed")));
        // The CLI exits 0 on it (no error findings; no database: nothing pending counts).
        const CliRun run = cli({QStringLiteral("history"), QStringLiteral("--dir"), fixture(QStringLiteral("alembic-computed"))});
        QVERIFY2(run.code != 2, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("error")), qPrintable(run.out));
    }

    void golangMigrateWithAtlasSum()
    {
        const FolderFormat *f = FolderFormat::detectFormat(fixture(QStringLiteral("golang-atlas")));
        QVERIFY(f);
        QCOMPARE(f->id(), QStringLiteral("golang-migrate"));
    }

    void maragudkDoesNotCountDownFiles()
    {
        const FolderFormat *f = FolderFormat::detectFormat(fixture(QStringLiteral("maragudk")));
        QVERIFY(f);
        QCOMPARE(f->id(), QStringLiteral("maragudk"));
        const FolderReadResult r = readAs(QStringLiteral("maragudk"), fixture(QStringLiteral("maragudk")));
        QCOMPARE(names(r), (QStringList{QStringLiteral("0000_create_extension_citext.up.sql"), QStringLiteral("0000_create_extension_trgm.up.sql"),
                                        QStringLiteral("0001_create_table_a_principals.up.sql"), QStringLiteral("0001_create_table_b_spaces.up.sql")}));
        QVERIFY(!r.files[2].downSql.isEmpty());
        // The malformed *_up.sql / *_down.sql names are info findings, not migrations.
        const QStringList infos = codes(r.findings);
        QVERIFY2(infos.contains(QStringLiteral("stray-file 0002_alter_spaces_add_internal_up.sql")), qPrintable(infos.join(u'\n')));
        QVERIFY2(codes(r.findings, Finding::Severity::Warning).isEmpty(), qPrintable(infos.join(u'\n')));
    }

    void historyDirThatIsAFile()
    {
        const CliRun run = cli({QStringLiteral("history"), QStringLiteral("--dir"), fixture(QStringLiteral("golang-atlas/20240101000000_init.up.sql"))});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("is not a folder")), qPrintable(run.err));
        const CliRun missing = cli({QStringLiteral("history"), QStringLiteral("--dir"), fixture(QStringLiteral("no-such-folder"))});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
    }

    void historyLoaderOnMissingFolder()
    {
        // The GUI's path (HistoryView): a missing folder "does not exist", not an unknown format.
        STRATA_VERIFY_OK(test::ensureServer());
        auto c = test::connectRw(test::server().profile());
        QVERIFY(c);
        HistoryRequest req;
        req.dir = fixture(QStringLiteral("no-such-folder"));
        auto r = HistoryLoader::load(**c, req, nullptr);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("does not exist")), qPrintable(r.error().fullText()));
        req.dir = fixture(QStringLiteral("golang-atlas/atlas.sum"));
        auto f = HistoryLoader::load(**c, req, nullptr);
        QVERIFY(!f);
        QVERIFY2(f.error().message.contains(QStringLiteral("is not a folder")), qPrintable(f.error().fullText()));
    }

    void fifoAndDanglingLinkAreFindings()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QVERIFY(write(tmp.filePath(QStringLiteral("20240101000001_init.sql")), "-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down\n"));
        QCOMPARE(::mkfifo(QFile::encodeName(tmp.filePath(QStringLiteral("20240101000002_pipe.sql"))).constData(), 0600), 0);
        QVERIFY(QFile::link(tmp.filePath(QStringLiteral("nowhere.sql")), tmp.filePath(QStringLiteral("20240101000003_gone.sql"))));
        // History (the parser) reports both, and does not block on the FIFO.
        const FolderReadResult r = readAs(QStringLiteral("dbmate"), tmp.path());
        QCOMPARE(r.files.size(), 1);
        const QStringList found = codes(r.findings, Finding::Severity::Warning);
        QVERIFY2(found.contains(QStringLiteral("special-file 20240101000002_pipe.sql")), qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(QStringLiteral("dangling-link 20240101000003_gone.sql")), qPrintable(found.join(u'\n')));
        // The replay plan (diff sources, squash check, audit) carries them as warnings.
        auto plan = replay::ReplayPlanner::plan(tmp.path());
        QVERIFY2(plan, qPrintable(plan.error().fullText()));
        QCOMPARE(plan->units.size(), 1);
        const QStringList planned = codes(plan->findings, Finding::Severity::Warning);
        QVERIFY2(planned.contains(QStringLiteral("special-file 20240101000002_pipe.sql")), qPrintable(planned.join(u'\n')));
        QVERIFY2(planned.contains(QStringLiteral("dangling-link 20240101000003_gone.sql")), qPrintable(planned.join(u'\n')));
        // And the CLI prints them.
        const CliRun run = cli({QStringLiteral("history"), QStringLiteral("--dir"), tmp.path()});
        const QString both = run.out + run.err;
        QVERIFY2(both.contains(QStringLiteral("20240101000002_pipe.sql")), qPrintable(both));
    }
};

QTEST_GUILESS_MAIN(TestHistoryNaming)
#include "tst_historynaming.moc"
