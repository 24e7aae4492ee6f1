// What the real strata-cli does with the files around it, run as a user would run it:
// `resume` never writes to a file that is not a journal (a JSON file, an SQL file, a
// FIFO), `run` never replaces what sits at the journal path, `--output` and `--report`
// on a full device or a FIFO are errors that leave the special file as it was, a full
// disk (RLIMIT_FSIZE in the child, SIGXFSZ ignored) is exit 2 with the reason and no
// "written" claim, inputs that are FIFOs or /dev/zero end in a clear error instead of a
// hang, backups, snapshots and reports of a run are private (0700 folder, 0600 files),
// `--confirm-table` takes schema.table, and `scratch --tcp` wants its printed password.

#include "../runbook/RunbookTestUtil.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace strata;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

QString writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

QString makeFifo(const QString &path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

// A copy of /dev/full (char 1,7); empty when mknod is not allowed here. Never the real one.
QString fullDevice(const QString &dir)
{
    const QString path = dir + QStringLiteral("/full");
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0 ? path : QString();
}

// strata-cli with a file size limit of `fsizeLimit` bytes (SIGXFSZ ignored, so a write
// over the limit fails with EFBIG as on a full disk) and stdin from `stdinFile`.
test::CliRun runLimited(const QStringList &args, rlim_t fsizeLimit, const QString &stdinFile = {}, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(e);
    if (fsizeLimit > 0)
        p.setChildProcessModifier([fsizeLimit] {
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit rl{fsizeLimit, fsizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &rl);
        });
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    p.start(test::cliPath(), args);
    p.waitForStarted();
    if (stdinFile.isEmpty())
        p.closeWriteChannel();
    test::CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.exitCode = -2; // hung
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

using Db = test::RwDb;

bool makeDb(Db &d, const QString &sql)
{
    return test::makeRwDb(d, QStringLiteral("files"), sql);
}

const QString kTables = QStringLiteral(
    "CREATE TABLE items (id int PRIMARY KEY, name text);"
    "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 200) g;"
    "CREATE TABLE log (step int PRIMARY KEY);"
    "CREATE TABLE wide (id int PRIMARY KEY, a text, b text, c text, d text, e text, f text, g text, h text);"
    "CREATE INDEX wide_a ON wide (a); CREATE INDEX wide_b ON wide (b); CREATE INDEX wide_c ON wide (c);");

#define VERIFY_RUN(r, cond) QVERIFY2((cond), qPrintable(QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg((r).exitCode).arg((r).out, (r).err)))

} // namespace

class TestFilesCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { STRATA_VERIFY_OK(test::ensureServer()); }

    void resumeNeverWritesToAFileThatIsNotAJournal()
    {
        Db d;
        QVERIFY(makeDb(d, kTables));
        QTemporaryDir dir;
        // Neither ends in a newline: the old code cut the "torn last line" away first.
        const QByteArray json = "{\"settings\": {\"theme\": \"dark\"},\n \"recent\": [1, 2, 3]}";
        const QByteArray sql = "CREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nSELECT * FROM a";
        const QString jsonFile = writeText(dir.filePath(QStringLiteral("settings.json")), json);
        const QString sqlFile = writeText(dir.filePath(QStringLiteral("schema.sql")), sql);
        for (const QString &file : {jsonFile, sqlFile}) {
            const auto r = test::runCli({QStringLiteral("resume"), QStringLiteral("--journal"), file, QStringLiteral("--db"), d.uri});
            VERIFY_RUN(r, r.exitCode == 2);
            VERIFY_RUN(r, r.err.contains(QLatin1StringView("is not a Strata runbook journal")));
        }
        QCOMPARE(contents(jsonFile), json);
        QCOMPARE(contents(sqlFile), sql);

        const QString fifo = makeFifo(dir.filePath(QStringLiteral("journal.fifo")));
        QVERIFY(!fifo.isEmpty());
        const auto r = runLimited({QStringLiteral("resume"), QStringLiteral("--journal"), fifo, QStringLiteral("--db"), d.uri}, 0, {}, 20000);
        VERIFY_RUN(r, r.exitCode == 2);
        VERIFY_RUN(r, r.err.contains(QLatin1StringView("a FIFO")));
        QVERIFY(S_ISFIFO(modeOf(fifo)));
    }

    void runNeverReplacesWhatIsAtTheJournalPath()
    {
        Db d;
        QVERIFY(makeDb(d, kTables));
        QTemporaryDir dir;
        const QString script = writeText(dir.filePath(QStringLiteral("change.sql")), "INSERT INTO log VALUES (1);\n");
        const QString fifo = makeFifo(dir.filePath(QStringLiteral("j.fifo")));
        const QString notes = writeText(dir.filePath(QStringLiteral("notes.txt")), "keep me\n");
        const QString link = dir.filePath(QStringLiteral("link.journal"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), link));
        for (const QString &journal : {fifo, notes, link}) {
            const auto r = runLimited({QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--journal"), journal,
                                       QStringLiteral("--yes")}, 0, {}, 60000);
            VERIFY_RUN(r, r.exitCode == 2);
            VERIFY_RUN(r, r.err.contains(QLatin1StringView("not a regular file")) || r.err.contains(QLatin1StringView("already exists")));
        }
        QVERIFY(S_ISFIFO(modeOf(fifo)));
        QCOMPARE(contents(notes), QByteArray("keep me\n"));
        QVERIFY(S_ISLNK(modeOf(link)));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM log")), 0); // nothing ran
        // Nothing else was written next to them (no backup folder, no snapshot).
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).size(), 4);
    }

    void outputToADeviceOrAFifoIsWrittenInPlaceOrRefused()
    {
        Db d;
        QVERIFY(makeDb(d, kTables));
        QTemporaryDir dir;
        const QString dev = fullDevice(dir.path());
        if (!dev.isEmpty()) {
            for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--ddl")}}) {
                const auto r = test::runCli(QStringList{QStringLiteral("snapshot"), QStringLiteral("--db"), d.uri, QStringLiteral("--output"), dev} + extra);
                VERIFY_RUN(r, r.exitCode == 2);
                VERIFY_RUN(r, r.err.contains(QLatin1StringView("No space left on device")));
                struct stat st {};
                QVERIFY(::lstat(QFile::encodeName(dev).constData(), &st) == 0);
                QVERIFY(S_ISCHR(st.st_mode)); // still the device, not a file renamed over it
                QVERIFY(st.st_rdev == makedev(1, 7));
            }
        } else {
            qWarning("mknod is not allowed here: the /dev/full copy is left out");
        }
        const QString fifo = makeFifo(dir.filePath(QStringLiteral("out.fifo")));
        const auto r = runLimited({QStringLiteral("snapshot"), QStringLiteral("--db"), d.uri, QStringLiteral("--output"), fifo}, 0, {}, 30000);
        VERIFY_RUN(r, r.exitCode == 2);
        VERIFY_RUN(r, r.err.contains(QLatin1StringView("nobody reads")));
        QVERIFY(S_ISFIFO(modeOf(fifo)));
    }

    void aFullDiskIsAnErrorWithItsReason()
    {
        Db d;
        QVERIFY(makeDb(d, kTables));
        QTemporaryDir dir;
        // snapshot --output and --ddl --output: over 512 bytes, the limit.
        const QString old = writeText(dir.filePath(QStringLiteral("schema.json")), "previous snapshot");
        for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--ddl")}}) {
            const auto r = runLimited(QStringList{QStringLiteral("snapshot"), QStringLiteral("--db"), d.uri, QStringLiteral("--output"), old} + extra, 512);
            VERIFY_RUN(r, r.exitCode == 2);
            VERIFY_RUN(r, r.err.contains(QLatin1StringView("File too large")));
            QCOMPARE(contents(old), QByteArray("previous snapshot"));
        }
        // preflight --html
        const QString script = writeText(dir.filePath(QStringLiteral("m.sql")), "ALTER TABLE items ADD COLUMN note text;\nCREATE INDEX items_name ON items (name);\n");
        const QString html = dir.filePath(QStringLiteral("report.html"));
        const auto pf = runLimited({QStringLiteral("preflight"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--html"), html}, 512);
        VERIFY_RUN(pf, pf.exitCode == 2);
        VERIFY_RUN(pf, pf.err.contains(QLatin1StringView("File too large")));
        QVERIFY(!QFileInfo::exists(html));
        // Nothing half-written is left beside them.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

        // run --report on a full device: the steps ran, the report did not get written,
        // and the run does not say it did.
        const QString dev = fullDevice(dir.path());
        if (dev.isEmpty())
            QSKIP("mknod is not allowed here");
        const QString change = writeText(dir.filePath(QStringLiteral("c.sql")), "INSERT INTO log VALUES (1);\n");
        const auto run = test::runCli({QStringLiteral("run"), change, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                       QStringLiteral("--journal"), dir.filePath(QStringLiteral("j")), QStringLiteral("--report"), dev});
        VERIFY_RUN(run, run.exitCode == 2);
        VERIFY_RUN(run, run.err.contains(QLatin1StringView("The audit report was not written")));
        VERIFY_RUN(run, run.err.contains(QLatin1StringView("No space left on device")));
        VERIFY_RUN(run, !run.out.contains(QLatin1StringView("Audit report written")));
        QVERIFY(S_ISCHR(modeOf(dev)));

        // The report printed to standard output on a full disk: exit 2, not 0.
        QProcess p;
        p.setStandardOutputFile(dev);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), {QStringLiteral("preflight"), script});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 2, qPrintable(err));
        QVERIFY2(err.contains(QLatin1StringView("Could not write to standard output")), qPrintable(err));
    }

    void aRunsBackupsSnapshotsAndReportArePrivate()
    {
        Db d;
        QVERIFY(makeDb(d, kTables));
        QTemporaryDir dir;
        const QString script = writeText(dir.filePath(QStringLiteral("change.sql")), "DELETE FROM items WHERE id > 100;\nINSERT INTO log VALUES (1);\n");
        const QString journal = dir.filePath(QStringLiteral("run.journal"));
        const QString report = dir.filePath(QStringLiteral("audit.md"));
        const auto r = test::runCli({QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                                     QStringLiteral("--journal"), journal, QStringLiteral("--report"), report});
        VERIFY_RUN(r, r.exitCode == 0);
        const QString backups = journal + QStringLiteral(".backups");
        QVERIFY(QFileInfo(backups).isDir());
        QCOMPARE(modeOf(backups) & 07777, mode_t(0700));
        int files = 0;
        QDirIterator it(backups, QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString f = it.next();
            QVERIFY2((modeOf(f) & 07777) == 0600, qPrintable(QStringLiteral("%1 is %2").arg(f).arg(modeOf(f) & 07777, 0, 8)));
            ++files;
        }
        QVERIFY(files >= 2); // the table's backup and the manifest
        for (const QString &f : QStringList{journal, journal + QStringLiteral(".before.json"), journal + QStringLiteral(".after.json"), report})
            QVERIFY2((modeOf(f) & 07777) == 0600, qPrintable(QStringLiteral("%1 is %2").arg(f).arg(modeOf(f) & 07777, 0, 8)));
    }

    void confirmTableNamesTheSchemaWhenTheNameIsAmbiguous()
    {
        Db d;
        QVERIFY(makeDb(d, QStringLiteral(
                              "CREATE SCHEMA app; CREATE SCHEMA audit;"
                              "CREATE TABLE app.victim (id int PRIMARY KEY); INSERT INTO app.victim VALUES (1), (2);"
                              "CREATE TABLE audit.victim (id int PRIMARY KEY); INSERT INTO audit.victim VALUES (1);")));
        QTemporaryDir dir;
        const QString script = writeText(dir.filePath(QStringLiteral("drop.sql")), "DROP TABLE audit.victim;\nDELETE FROM app.victim;\n");
        auto run = [&](const QStringList &confirm, const QString &journal) {
            QStringList args{QStringLiteral("run"), script, QStringLiteral("--db"), d.uri, QStringLiteral("--yes"),
                             QStringLiteral("--journal"), dir.filePath(journal)};
            for (const QString &c : confirm)
                args << QStringLiteral("--confirm-table") << c;
            return test::runCli(args);
        };
        const auto bare = run({QStringLiteral("victim")}, QStringLiteral("j1"));
        VERIFY_RUN(bare, bare.exitCode == 2);
        VERIFY_RUN(bare, bare.err.contains(QLatin1StringView("could mean any of")));
        const auto half = run({QStringLiteral("app.victim")}, QStringLiteral("j2"));
        VERIFY_RUN(half, half.exitCode == 2);
        VERIFY_RUN(half, half.err.contains(QLatin1StringView("--confirm-table audit.victim")));
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM audit.victim")), 1);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM app.victim")), 2);

        const auto both = run({QStringLiteral("app.victim"), QStringLiteral("audit.victim")}, QStringLiteral("j3"));
        VERIFY_RUN(both, both.exitCode == 0);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(*) FROM app.victim")), 0);
        QCOMPARE(test::scalar(*d.c, QStringLiteral("SELECT count(to_regclass('audit.victim'))")), 0);
    }

    void inputsThatAreNotRegularFilesEndInAClearError()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir.filePath(QStringLiteral("in.fifo")));
        QElapsedTimer t;
        t.start();
        const auto f = runLimited({QStringLiteral("preflight"), fifo}, 0, {}, 20000);
        VERIFY_RUN(f, f.exitCode == 2);
        VERIFY_RUN(f, f.err.contains(QLatin1StringView("a FIFO")));
        QVERIFY(t.elapsed() < 20000);
        const auto z = runLimited({QStringLiteral("preflight"), QStringLiteral("/dev/zero")}, 0, {}, 20000);
        VERIFY_RUN(z, z.exitCode == 2);
        VERIFY_RUN(z, z.err.contains(QLatin1StringView("a device")));
        const auto zin = runLimited({QStringLiteral("preflight"), QStringLiteral("-")}, 0, QStringLiteral("/dev/zero"), 60000);
        VERIFY_RUN(zin, zin.exitCode == 2);
        VERIFY_RUN(zin, zin.err.contains(QLatin1StringView("the most Strata reads")));
        const auto diff = runLimited({QStringLiteral("diff"), fifo, fifo}, 0, {}, 20000);
        VERIFY_RUN(diff, diff.exitCode == 2);
        VERIFY_RUN(diff, diff.err.contains(QLatin1StringView("a FIFO")));
        const auto run = runLimited({QStringLiteral("run"), QStringLiteral("/dev/zero"), QStringLiteral("--db"), QStringLiteral("host=/nonexistent")}, 0, {}, 20000);
        VERIFY_RUN(run, run.exitCode == 2);
        VERIFY_RUN(run, run.err.contains(QLatin1StringView("a device")));

        const QString empty = writeText(dir.filePath(QStringLiteral("empty.sql")), "");
        const auto e = test::runCli({QStringLiteral("preflight"), empty});
        VERIFY_RUN(e, e.exitCode == 1);
        VERIFY_RUN(e, e.out.contains(QLatin1StringView("no statements")));
    }

    void scratchOverTcpWantsThePrintedPassword()
    {
        QProcess cli;
        cli.start(test::cliPath(), {QStringLiteral("scratch"), QStringLiteral("--tcp"), QStringLiteral("--until-eof")});
        QVERIFY(cli.waitForStarted());
        QByteArray outText;
        for (int i = 0; i < 900 && outText.count('\n') < 2; ++i) {
            cli.waitForReadyRead(100);
            outText += cli.readAllStandardOutput();
        }
        const QStringList lines = QString::fromUtf8(outText).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, outText.constData());
        auto socket = ConnectionProfile::fromConnectionString(lines[0]);
        QVERIFY(socket.ok());
        QCOMPARE(modeOf(socket->host) & 07777, mode_t(0700)); // the trust socket's folder
        QVERIFY(S_ISDIR(modeOf(socket->host)));

        QUrl url(lines[1]);
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.password().size() >= 20);
        auto withPassword = ConnectionProfile::fromConnectionString(lines[1]);
        QVERIFY(withPassword.ok());
        auto ok = Connection::open(*withPassword);
        QVERIFY2(ok.ok(), qPrintable(ok.error().fullText()));

        qputenv("PGPASSFILE", "/nonexistent");
        ConnectionProfile none = *withPassword;
        none.transientPassword.clear();
        auto refused = Connection::open(none);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::NeedsPassword);
        none.transientPassword = QStringLiteral("guess");
        auto wrong = Connection::open(none);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, Error::Kind::Authentication);
        qunsetenv("PGPASSFILE");
        ok->reset();
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
    }

    void privateServersKeepToTheirOwnFolder()
    {
        ScratchServer &s = test::server();
        QCOMPARE(modeOf(s.instanceDir()) & 07777, mode_t(0700));
        struct stat st {};
        QVERIFY(::stat(QFile::encodeName(s.instanceDir()).constData(), &st) == 0);
        // A base folder that belongs to another account is refused, not used.
        if (::geteuid() == 0) {
            QTemporaryDir dir;
            const QString foreign = dir.filePath(QStringLiteral("base"));
            QVERIFY(QDir().mkpath(foreign));
            QVERIFY(::chown(QFile::encodeName(foreign).constData(), 65534, 65534) == 0);
            ScratchOptions o;
            o.baseDir = foreign;
            ScratchServer other(o);
            const Error e = other.start();
            QVERIFY(e.isError());
            QVERIFY2(e.message.contains(QLatin1StringView("not a folder owned by this account")), qPrintable(e.fullText()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFilesCli)
#include "tst_files_cli.moc"
