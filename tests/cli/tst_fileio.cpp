// The checked file writer and the bounded reader (models/common/FileIo), and the
// inputs they guard: a full disk (a 64 KB tmpfs, when this machine lets us mount one),
// a copy of /dev/full made with mknod (never the real device), FIFOs with and without
// a reader, /dev/zero, oversize files; private modes for files and folders; a snapshot
// file that lists an object twice; an empty script in the pre-flight; and which
// `--confirm-table` value confirms which step.

#include "TestServer.h"
#include "catalog/SnapshotJson.h"
#include "common/FileIo.h"
#include "preflight/Preflight.h"
#include "runbook/ConfirmTables.h"
#include "runbook/RunbookBuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
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

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// A copy of /dev/full (char 1,7) in dir; empty when mknod is not allowed here.
QString fullDevice(const QString &dir)
{
    const QString path = dir + QStringLiteral("/full");
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
        return {};
    return path;
}

QString makeFifo(const QString &dir, const QString &name = QStringLiteral("fifo"))
{
    const QString path = dir + u'/' + name;
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

runbook::Runbook runbookOf(const QString &sql)
{
    auto rb = runbook::RunbookBuilder::fromSql(sql, runbook::SourceKind::SqlScript);
    if (!rb)
        qFatal("%s", qPrintable(rb.error().fullText()));
    return *rb;
}

} // namespace

class TestFileIo : public QObject
{
    Q_OBJECT
private slots:
    void writesThroughATemporaryFileAndKeepsTheMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.txt"));
        STRATA_VERIFY_OK(writeFile(path, "first"));
        QCOMPARE(contents(path), QByteArray("first"));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        STRATA_VERIFY_OK(writeFile(path, "second"));
        QCOMPARE(contents(path), QByteArray("second"));
        QCOMPARE(modeOf(path) & 07777, mode_t(0640));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("out.txt")}); // no temporary file left
    }

    void privateFilesAndFoldersAreTheOwnersOnly()
    {
        QTemporaryDir dir;
        WriteOptions o;
        o.privateFile = true;
        o.durable = true;
        const QString path = dir.filePath(QStringLiteral("report.md"));
        STRATA_VERIFY_OK(writeFile(path, "rows", o));
        QCOMPARE(modeOf(path) & 07777, mode_t(0600));
        // A private file replacing a readable one is private too.
        const QString old = dir.filePath(QStringLiteral("old.md"));
        STRATA_VERIFY_OK(writeFile(old, "x"));
        QVERIFY(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
        STRATA_VERIFY_OK(writeFile(old, "rows", o));
        QCOMPARE(modeOf(old) & 07777, mode_t(0600));

        const QString folder = dir.filePath(QStringLiteral("a/b/backups"));
        STRATA_VERIFY_OK(makePrivateFolder(folder));
        QCOMPARE(modeOf(folder) & 07777, mode_t(0700));
        QVERIFY(S_ISDIR(modeOf(folder)));
    }

    void fullDiskIsAnErrorAndKeepsTheOldFile()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        QTemporaryDir dir;
        const QByteArray mnt = QFile::encodeName(dir.filePath(QStringLiteral("small")));
        QVERIFY(::mkdir(mnt.constData(), 0700) == 0);
        if (::mount("tmpfs", mnt.constData(), "tmpfs", 0, "size=64k") != 0)
            QSKIP("this machine does not let us mount a tmpfs");
        struct Unmount { QByteArray p; ~Unmount() { ::umount2(p.constData(), MNT_DETACH); } } unmount{mnt};
        const QString path = QFile::decodeName(mnt) + QStringLiteral("/snapshot.json");
        STRATA_VERIFY_OK(writeFile(path, "the old content"));
        const Error e = writeFile(path, QByteArray(1 << 20, 'x'));
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(QLatin1StringView("No space left on device")), qPrintable(e.fullText()));
        QVERIFY(e.message.contains(path));
        QCOMPARE(contents(path), QByteArray("the old content"));
        QCOMPARE(entries(QFile::decodeName(mnt)), QStringList{QStringLiteral("snapshot.json")});

        // The streaming writer reports the same, and commit() does not pretend.
        FileWriter w(QFile::decodeName(mnt) + QStringLiteral("/big"));
        STRATA_VERIFY_OK(w.open());
        bool ok = true;
        for (int i = 0; i < 100 && ok; ++i)
            ok = w.write(QByteArray(4096, 'y'));
        QVERIFY(!ok);
        QVERIFY(w.commit().isError());
        QVERIFY(!QFileInfo::exists(QFile::decodeName(mnt) + QStringLiteral("/big")));
    }

    void aDeviceIsWrittenInPlaceNeverReplaced()
    {
        QTemporaryDir dir;
        const QString dev = fullDevice(dir.path());
        if (dev.isEmpty())
            QSKIP("mknod is not allowed here");
        const Error e = writeFile(dev, "{}");
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(QLatin1StringView("No space left on device")), qPrintable(e.fullText()));
        QVERIFY(S_ISCHR(modeOf(dev)));
        QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("full")});
    }

    void aFifoIsWrittenInPlaceOrRefusedWithoutAReader()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir.path());
        QVERIFY(!fifo.isEmpty());
        QElapsedTimer t;
        t.start();
        const Error none = writeFile(fifo, "data");
        QVERIFY(none.isError());
        QVERIFY2(none.message.contains(QLatin1StringView("nobody reads")), qPrintable(none.fullText()));
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(S_ISFIFO(modeOf(fifo)));

        // With a reader the bytes go through the FIFO, and it stays a FIFO.
        QByteArray got;
        std::thread reader([&] {
            const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY);
            char buf[64];
            ssize_t n;
            while ((n = ::read(fd, buf, sizeof buf)) > 0)
                got.append(buf, n);
            ::close(fd);
        });
        Error e;
        for (int i = 0; i < 100; ++i) { // until the reader has opened its end
            e = writeFile(fifo, "through the pipe");
            if (!e || !e.message.contains(QLatin1StringView("nobody reads")))
                break;
            QThread::msleep(20);
        }
        reader.join();
        STRATA_VERIFY_OK(e);
        QCOMPARE(got, QByteArray("through the pipe"));
        QVERIFY(S_ISFIFO(modeOf(fifo)));
    }

    void readsOnlyRegularFilesOfBoundedSize()
    {
        QTemporaryDir dir;
        const QString fifo = makeFifo(dir.path());
        QElapsedTimer t;
        t.start();
        auto r = readFile(fifo, ReadLimit::SqlScript);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1StringView("FIFO")), qPrintable(r.error().fullText()));
        QVERIFY(t.elapsed() < 5000);

        auto zero = readFile(QStringLiteral("/dev/zero"), ReadLimit::SqlScript);
        QVERIFY(!zero.ok());
        QVERIFY2(zero.error().message.contains(QLatin1StringView("device")), qPrintable(zero.error().fullText()));
        auto folder = readFile(dir.path(), ReadLimit::SqlScript);
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(QLatin1StringView("folder")));

        // /dev/zero as a stream (standard input) ends at the cap.
        const int fd = ::open("/dev/zero", O_RDONLY | O_CLOEXEC);
        auto stream = readDescriptor(fd, QStringLiteral("standard input"), 1 << 20);
        ::close(fd);
        QVERIFY(!stream.ok());
        QVERIFY2(stream.error().message.contains(QLatin1StringView("more than 1.0 MB")), qPrintable(stream.error().fullText()));

        // A (sparse) file over the cap is refused before it is read.
        const QString big = dir.filePath(QStringLiteral("big.sql"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(ReadLimit::SqlScript + 1));
        }
        auto tooBig = readFile(big, ReadLimit::SqlScript);
        QVERIFY(!tooBig.ok());
        QVERIFY2(tooBig.error().message.contains(QLatin1StringView("more than the 256.0 MB")), qPrintable(tooBig.error().fullText()));

        const QString small = dir.filePath(QStringLiteral("small.sql"));
        STRATA_VERIFY_OK(writeFile(small, "SELECT 1;"));
        auto ok = readFile(small, ReadLimit::SqlScript);
        QVERIFY(ok.ok());
        QCOMPARE(*ok, QByteArray("SELECT 1;"));
    }

    void aSnapshotListingAnObjectTwiceIsRefused()
    {
        catalog::Snapshot s;
        s.serverVersion = QStringLiteral("15.4");
        s.serverVersionNum = 150004;
        s.database = QStringLiteral("db");
        s.takenAt = QDateTime::currentDateTimeUtc();
        catalog::TableDef t;
        t.schema = QStringLiteral("public");
        t.name = QStringLiteral("victim");
        catalog::Column c;
        c.name = QStringLiteral("id");
        c.type = QStringLiteral("integer");
        t.columns.append(c);
        s.tables.append(t);
        const QByteArray good = catalog::SnapshotJson::write(s);
        QVERIFY(catalog::SnapshotJson::read(good).ok());

        QJsonObject root = QJsonDocument::fromJson(good).object();
        QJsonArray tables = root.value(QLatin1StringView("tables")).toArray();
        QCOMPARE(tables.size(), 1);
        tables.append(tables.first());
        root.insert(QStringLiteral("tables"), tables);
        auto twice = catalog::SnapshotJson::read(QJsonDocument(root).toJson());
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(QLatin1StringView("table:public.victim")), qPrintable(twice.error().fullText()));
        QVERIFY(twice.error().message.contains(QLatin1StringView("twice")));

        // A column listed twice in one table, too.
        QJsonObject root2 = QJsonDocument::fromJson(good).object();
        QJsonArray tables2 = root2.value(QLatin1StringView("tables")).toArray();
        QJsonObject table = tables2.first().toObject();
        QJsonArray columns = table.value(QLatin1StringView("columns")).toArray();
        columns.append(columns.first());
        table.insert(QStringLiteral("columns"), columns);
        tables2[0] = table;
        root2.insert(QStringLiteral("tables"), tables2);
        auto column = catalog::SnapshotJson::read(QJsonDocument(root2).toJson());
        QVERIFY(!column.ok());
        QVERIFY2(column.error().message.contains(QLatin1StringView("column id")), qPrintable(column.error().fullText()));
    }

    void anEmptyScriptIsABlockingFinding()
    {
        for (const QString &sql : {QString(), QStringLiteral("\n\n"), QStringLiteral("-- nothing here yet\n/* still nothing */\n")}) {
            auto r = preflight::Preflight::run(sql, nullptr);
            QVERIFY2(r.ok(), qPrintable(r.error().fullText()));
            QVERIFY(r->hasBlocking());
            QCOMPARE(r->findings.size(), 1);
            QCOMPARE(r->findings.first().rule, QStringLiteral("empty-script"));
            QVERIFY(r->findings.first().message.contains(QLatin1StringView("no statements")));
        }
        auto notEmpty = preflight::Preflight::run(QStringLiteral("SELECT 1;"), nullptr);
        QVERIFY(notEmpty.ok());
        QVERIFY(!notEmpty->hasBlocking());
    }

    void confirmTableNeedsTheSchemaWhenANameIsAmbiguous()
    {
        using runbook::ConfirmTables;
        const runbook::Runbook both = runbookOf(QStringLiteral("DROP TABLE app.victim;\nDROP TABLE audit.victim;\n"));
        QCOMPARE(both.steps.size(), 2);
        QVERIFY(both.steps[0].destructive && both.steps[1].destructive);
        QCOMPARE(ConfirmTables::argumentFor(both.steps[0], both.steps), QStringLiteral("app.victim"));
        QCOMPARE(ConfirmTables::argumentFor(both.steps[1], both.steps), QStringLiteral("audit.victim"));

        // A bare name that means two tables confirms neither: it is an error.
        auto bare = ConfirmTables::resolve({QStringLiteral("victim")}, both.steps);
        QVERIFY(!bare.ok());
        QVERIFY2(bare.error().message.contains(QLatin1StringView("app.victim")) && bare.error().message.contains(QLatin1StringView("audit.victim")),
                 qPrintable(bare.error().fullText()));

        auto one = ConfirmTables::resolve({QStringLiteral("app.victim")}, both.steps);
        QVERIFY(one.ok());
        QVERIFY(one->confirms(both.steps[0]));
        QVERIFY(!one->confirms(both.steps[1]));
        auto quoted = ConfirmTables::resolve({QStringLiteral("\"audit\".\"victim\"")}, both.steps);
        QVERIFY(quoted.ok());
        QVERIFY(quoted->confirms(both.steps[1]));

        // One table of that name in the run: the bare name is enough, and names only it.
        const runbook::Runbook single = runbookOf(QStringLiteral("DROP TABLE audit.victim;\nDELETE FROM app.other;\n"));
        auto s = ConfirmTables::resolve({QStringLiteral("victim")}, single.steps);
        QVERIFY(s.ok());
        QVERIFY(s->confirms(single.steps[0]));
        QVERIFY(!s->confirms(single.steps[1]));
        auto wrongSchema = ConfirmTables::resolve({QStringLiteral("app.victim")}, single.steps);
        QVERIFY(wrongSchema.ok());
        QVERIFY(!wrongSchema->confirms(single.steps[0]));

        QCOMPARE(ConfirmTables::argumentFor(single.steps[0], single.steps), QStringLiteral("victim"));

        // Odd names: the name as it is, and schema.table quoted, both confirm.
        const runbook::Runbook odd = runbookOf(QStringLiteral("DROP TABLE \"My.Schema\".\"Vic\"\"tim\";\n"));
        const QString arg = ConfirmTables::argumentFor(odd.steps[0], odd.steps);
        QCOMPARE(arg, QStringLiteral("Vic\"tim"));
        for (const QString &v : {arg, QStringLiteral("\"My.Schema\".\"Vic\"\"tim\"")}) {
            auto oddOk = ConfirmTables::resolve({v}, odd.steps);
            QVERIFY(oddOk.ok());
            QVERIFY2(oddOk->confirms(odd.steps[0]), qPrintable(v));
        }
    }
};

QTEST_GUILESS_MAIN(TestFileIo)
#include "tst_fileio.moc"
