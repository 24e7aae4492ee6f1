// Folder parsers: detection, names, order, checksums and findings on the fixture folders
// (tests/fixtures/history) plus broken copies made at run time. No server needed.

#include "history/Checksums.h"
#include "history/DbmateFormat.h"
#include "history/FolderFormat.h"
#include "history/Version.h"
#include "history/formats/AlembicFolder.h"

#include <QCryptographicHash>
#include "HistoryTestUtil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(STRATA_FIXTURES_DIR "/history/") + name;
}

FolderReadResult readAs(const QString &format, const QString &dir)
{
    return test::readFolderAs(format, dir);
}

QStringList versions(const FolderReadResult &r)
{
    QStringList out;
    for (const MigrationFile &f : r.files)
        out.append(f.version);
    return out;
}

QStringList codesFor(const FolderReadResult &r, const QString &file)
{
    QStringList out;
    for (const Finding &f : r.findings)
        if (f.file == file)
            out.append(f.code);
    return out;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool copyDir(const QString &from, const QString &to)
{
    QDir src(from);
    QDir().mkpath(to);
    for (const QFileInfo &fi : src.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString dest = to + u'/' + fi.fileName();
        if (fi.isDir() ? !copyDir(fi.filePath(), dest) : !QFile::copy(fi.filePath(), dest))
            return false;
    }
    return true;
}
} // namespace

class TestHistoryFormats : public QObject
{
    Q_OBJECT

private slots:
    void versionOrder()
    {
        QVERIFY(version::compare(u"1.10", u"1.9") > 0);
        QVERIFY(version::compare(u"10", u"2") > 0);
        QVERIFY(version::compare(u"1_1", u"1.1") == 0);
        QVERIFY(version::compare(u"1", u"1.0") == 0);
        QVERIFY(version::compare(u"1.0.1", u"1") > 0);
        QVERIFY(version::compare(u"20240101000002", u"20240101000010") < 0);
        QVERIFY(version::compare(u"99999999999999999999999", u"100000000000000000000000") < 0); // beyond 64 bits
        QVERIFY(version::compare(u"rev2", u"rev10") < 0);
        QCOMPARE(version::canonical(u"01.2.0"), QStringLiteral("1.2"));
        QCOMPARE(version::canonical(u"1_1"), QStringLiteral("1.1"));
        QCOMPARE(version::canonical(u"000"), QStringLiteral("0"));
        QCOMPARE(version::canonical(u"a1b2"), QStringLiteral("a1b2"));
        QVERIFY(!version::isNumeric(u"1..2"));
        QVERIFY(!version::isNumeric(u"1."));
        QVERIFY(!version::isNumeric(u""));
    }

    void checksumVectors()
    {
        // Published check values of the algorithms.
        QCOMPARE(checksums::crc32("123456789"), 0xCBF43926u);
        QCOMPARE(checksums::sqlx("abc"), QStringLiteral("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"));
        QCOMPARE(checksums::prisma("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(checksums::sqitch("abc"), QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
    }

    void flywayChecksumIsLineBased()
    {
        // Flyway feeds each line without its terminator to one CRC: line endings and a BOM do
        // not count, the line breaks themselves do not either.
        const qint32 lf = checksums::flyway("SELECT 1;\nSELECT 2;\n");
        QCOMPARE(checksums::flyway("SELECT 1;\r\nSELECT 2;\r\n"), lf);
        QCOMPARE(checksums::flyway("SELECT 1;\rSELECT 2;"), lf);
        QCOMPARE(checksums::flyway("\xEF\xBB\xBFSELECT 1;\nSELECT 2;\n"), lf);
        QCOMPARE(lf, qint32(checksums::crc32("SELECT 1;SELECT 2;")));
        QVERIFY(checksums::flyway("SELECT 1;\nSELECT 3;\n") != lf);
        QCOMPARE(checksums::flyway(""), 0);
        // Prisma accepts the script with the other line endings too.
        QVERIFY(checksums::prismaAlternatives("a\r\nb\r\n").contains(checksums::prisma("a\nb\n")));
    }

    void detection_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("format");
        QTest::newRow("dbmate") << "dbmate" << "dbmate";
        QTest::newRow("dbmate-broken") << "dbmate-broken" << "dbmate";
        QTest::newRow("flyway") << "flyway" << "flyway";
        QTest::newRow("golang-migrate") << "golang-migrate" << "golang-migrate";
        QTest::newRow("sqlx") << "sqlx" << "sqlx";
        QTest::newRow("prisma") << "prisma" << "prisma";
        QTest::newRow("alembic") << "alembic" << "alembic";
        QTest::newRow("alembic-versions") << "alembic/versions" << "alembic";
        QTest::newRow("sqitch") << "sqitch" << "sqitch";
        QTest::newRow("rails") << "rails" << "rails";
        QTest::newRow("django") << "django" << "django";
        QTest::newRow("django-app") << "django/shop/migrations" << "django";
        QTest::newRow("plain") << "plain" << "plain";
    }
    void detection()
    {
        QFETCH(QString, folder);
        QFETCH(QString, format);
        const FolderFormat *f = FolderFormat::detectFormat(fixture(folder));
        QVERIFY2(f, qPrintable(folder));
        QCOMPARE(f->id(), format);
        QVERIFY(!FolderFormat::detectFormat(fixture(QStringLiteral("does-not-exist"))));
    }

    void ledgerPreferenceBreaksTies()
    {
        // sqlx and golang-migrate names look alike; a known ledger decides.
        QCOMPARE(FolderFormat::detectFormat(fixture(QStringLiteral("golang-migrate")), QStringLiteral("sqlx"))->id(), QStringLiteral("sqlx"));
        QCOMPARE(FolderFormat::detectFormat(fixture(QStringLiteral("sqlx")), QStringLiteral("golang-migrate"))->id(), QStringLiteral("golang-migrate"));
    }

    void dbmateFolder()
    {
        const auto r = readAs(QStringLiteral("dbmate"), fixture(QStringLiteral("dbmate")));
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
        QCOMPARE(versions(r), QStringList({QStringLiteral("20240101000001"), QStringLiteral("20240101000002"),
                                           QStringLiteral("20240101000003"), QStringLiteral("20240101000004")}));
        QCOMPARE(r.files[1].name, QStringLiteral("add email column"));
        QCOMPARE(r.files[2].name, QStringLiteral("índice_ünïcode"));
        QVERIFY(!r.files[2].transactional);
        QVERIFY(r.files[0].transactional);
        QVERIFY(r.files[0].upSql.contains(QStringLiteral("CREATE TABLE users")));
        QVERIFY(r.files[0].downSql.contains(QStringLiteral("DROP TABLE users")));
        QVERIFY(QFileInfo::exists(r.files[2].path));
    }

    void dbmateBrokenFilesAreFindings()
    {
        QTemporaryDir tmp;
        QVERIFY(copyDir(fixture(QStringLiteral("dbmate-broken")), tmp.path()));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("20240101000009_latin1.sql")),
                          "-- migrate:up\nSELECT 1;\nSELECT 'caf\xe9';\n"));
        const auto r = readAs(QStringLiteral("dbmate"), tmp.path());
        QCOMPARE(codesFor(r, QStringLiteral("create_without_version.sql")), QStringList{QStringLiteral("malformed-name")});
        QCOMPARE(codesFor(r, QStringLiteral("20240101000002_no_up.sql")), QStringList{QStringLiteral("missing-up")});
        QCOMPARE(codesFor(r, QStringLiteral("20240101000003_bad_option.sql")), QStringList{QStringLiteral("unknown-option")});
        QCOMPARE(codesFor(r, QStringLiteral("20240101000009_latin1.sql")), QStringList{QStringLiteral("invalid-utf8")});
        const QStringList dup = codesFor(r, QStringLiteral("20240101000001_same_version.sql")) + codesFor(r, QStringLiteral("20240101000001_ok.sql"));
        QCOMPARE(dup, QStringList{QStringLiteral("duplicate-version")});
        for (const Finding &f : r.findings) {
            QVERIFY(!f.message.isEmpty());
            if (f.code == u"invalid-utf8")
                QCOMPARE(f.line, 3);
        }
        // The old API still refuses the folder as a whole.
        QVERIFY(!DbmateFormat::readFolder(tmp.path()).ok());
    }

    void flywayFolder()
    {
        const auto r = readAs(QStringLiteral("flyway"), fixture(QStringLiteral("flyway")));
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
        QStringList versioned;
        for (const MigrationFile &f : r.files)
            if (f.kind == MigrationFile::Kind::Versioned)
                versioned.append(f.version);
        QCOMPARE(versioned, QStringList({QStringLiteral("1"), QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("1.9"),
                                         QStringLiteral("1.10"), QStringLiteral("2")}));
        const MigrationFile &crlf = r.files[1];
        QCOMPARE(crlf.name, QStringLiteral("two columns crlf"));
        QCOMPARE(crlf.checksum, QString::number(checksums::flyway(QByteArray(bytesOf(crlf.path)).replace("\r\n", "\n"))));
        const MigrationFile &bom = r.files[2];
        QCOMPARE(bom.checksum, QString::number(checksums::flyway(bytesOf(bom.path).mid(3))));
        QCOMPARE(r.files[5].fileName, QStringLiteral("sub/V2__weird name ü.sql"));
        QCOMPARE(r.files[5].name, QStringLiteral("weird name ü"));
        QCOMPARE(r.files[6].kind, MigrationFile::Kind::Repeatable);
        QCOMPARE(r.files[6].name, QStringLiteral("accounts view"));
        QCOMPARE(r.files[7].kind, MigrationFile::Kind::Undo);
    }

    void flywayBroken()
    {
        const auto r = readAs(QStringLiteral("flyway"), fixture(QStringLiteral("flyway-broken")));
        QCOMPARE(codesFor(r, QStringLiteral("notes.sql")), QStringList{QStringLiteral("malformed-name")});
        QCOMPARE(codesFor(r, QStringLiteral("V1.a__letters_in_version.sql")), QStringList{QStringLiteral("malformed-name")});
        QCOMPARE(codesFor(r, QStringLiteral("V3_missing_double_underscore.sql")), QStringList{QStringLiteral("malformed-name")});
        // 1.09 and 1.9 are the same version for Flyway.
        QCOMPARE(codesFor(r, QStringLiteral("V1.9__ninth.sql")) + codesFor(r, QStringLiteral("V1.09__duplicate_of_ninth.sql")),
                 QStringList{QStringLiteral("duplicate-version")});
    }

    void golangMigrateFolder()
    {
        const auto r = readAs(QStringLiteral("golang-migrate"), fixture(QStringLiteral("golang-migrate")));
        QCOMPARE(versions(r), QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10"), QStringLiteral("12")}));
        QCOMPARE(codesFor(r, QStringLiteral("11_orphan.down.sql")), QStringList{QStringLiteral("missing-up")});
        QVERIFY(r.files[0].downSql.contains(QStringLiteral("DROP TABLE gm_a")));
        QVERIFY(r.files[3].downSql.isEmpty());
    }

    void sqlxFolder()
    {
        const auto r = readAs(QStringLiteral("sqlx"), fixture(QStringLiteral("sqlx")));
        QVERIFY(r.findings.isEmpty());
        QCOMPARE(r.files.size(), 3);
        QCOMPARE(r.files[1].name, QStringLiteral("create b"));
        QVERIFY(r.files[1].fileName.endsWith(QStringLiteral(".up.sql")));
        QCOMPARE(r.files[1].checksum,
                 QString::fromLatin1(QCryptographicHash::hash(bytesOf(r.files[1].path), QCryptographicHash::Sha384).toHex()));
        QVERIFY(r.files[1].downSql.contains(QStringLiteral("DROP TABLE sx_b")));
    }

    void prismaFolder()
    {
        const auto r = readAs(QStringLiteral("prisma"), fixture(QStringLiteral("prisma")));
        QCOMPARE(r.files.size(), 4);
        QCOMPARE(codesFor(r, QStringLiteral("empty_folder")), QStringList{QStringLiteral("missing-script")});
        QCOMPARE(r.files[0].group, QStringLiteral("20240101000000_init"));
        QCOMPARE(r.files[0].name, QStringLiteral("init"));
        QCOMPARE(r.files[0].fileName, QStringLiteral("20240101000000_init/migration.sql"));
        QCOMPARE(r.files[0].checksum,
                 QString::fromLatin1(QCryptographicHash::hash(bytesOf(r.files[0].path), QCryptographicHash::Sha256).toHex()));
    }

    void alembicFolderWithMerge()
    {
        const auto r = readAs(QStringLiteral("alembic"), fixture(QStringLiteral("alembic")));
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
        QCOMPARE(r.files.size(), 5);
        QHash<QString, int> pos;
        for (int i = 0; i < r.files.size(); ++i)
            pos.insert(r.files[i].version, i);
        const MigrationFile &merge = r.files[pos.value(QStringLiteral("5555cccc6666"))];
        QCOMPARE(merge.parents, QStringList({QStringLiteral("1111aaaa2222"), QStringLiteral("3333bbbb4444")}));
        QVERIFY(pos.value(QStringLiteral("a1b2c3d4e5f6")) < pos.value(QStringLiteral("1111aaaa2222")));
        QVERIFY(pos.value(QStringLiteral("1111aaaa2222")) < pos.value(QStringLiteral("5555cccc6666")));
        QVERIFY(pos.value(QStringLiteral("3333bbbb4444")) < pos.value(QStringLiteral("5555cccc6666")));
        QVERIFY(pos.value(QStringLiteral("5555cccc6666")) < pos.value(QStringLiteral("7777dddd8888")));
        QCOMPARE(r.files[pos.value(QStringLiteral("1111aaaa2222"))].labels, QStringList{QStringLiteral("left")});
        QCOMPARE(r.files[pos.value(QStringLiteral("3333bbbb4444"))].labels, QStringList{QStringLiteral("right")});
        const MigrationFile &last = r.files[pos.value(QStringLiteral("7777dddd8888"))];
        QCOMPARE(last.dependsOn, QStringList{QStringLiteral("3333bbbb4444")});
        QCOMPARE(last.name, QStringLiteral("añadir índice después de la fusión"));
        QVERIFY(r.files[pos.value(QStringLiteral("a1b2c3d4e5f6"))].parents.isEmpty());
    }

    void alembicBroken()
    {
        const auto r = readAs(QStringLiteral("alembic"), fixture(QStringLiteral("alembic-broken")));
        QCOMPARE(codesFor(r, QStringLiteral("0001_computed.py")), QStringList{QStringLiteral("alembic-parse")});
        QCOMPARE(codesFor(r, QStringLiteral("0002_no_revision.py")), QStringList{QStringLiteral("alembic-parse")});
        QCOMPARE(codesFor(r, QStringLiteral("0003_ok.py")), QStringList{QStringLiteral("unknown-parent")});
        QCOMPARE(versions(r), QStringList{QStringLiteral("0003abc")});
        for (const Finding &f : r.findings)
            if (f.file == u"0001_computed.py")
                QCOMPARE(f.line, 4);
        // Odd values: unterminated tuples, numbers, garbage.
        for (const char *text : {"revision = ('a',\n", "revision = 12\n", "revision = 'x'\ndown_revision = ('a' 'b')\n",
                                 "revision = '\n", "revision = ''\n"}) {
            Findings findings;
            QVERIFY(!AlembicFolder::parseRevision(QStringLiteral("x.py"), QString::fromUtf8(text), findings));
            QVERIFY(!findings.isEmpty());
        }
    }

    void sqitchPlan()
    {
        const auto r = readAs(QStringLiteral("sqitch"), fixture(QStringLiteral("sqitch")));
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
        QCOMPARE(versions(r), QStringList({QStringLiteral("users"), QStringLiteral("posts"), QStringLiteral("ünïcode_change"),
                                           QStringLiteral("users")}));
        QCOMPARE(r.files[0].fileName, QStringLiteral("deploy/users@v1.0.sql"));
        QCOMPARE(r.files[0].occurrence, 1);
        QCOMPARE(r.files[0].labels, QStringList());
        QCOMPARE(r.files[1].labels, QStringList{QStringLiteral("v1.0")});
        QCOMPARE(r.files[1].parents, QStringList{QStringLiteral("users")});
        QCOMPARE(r.files[3].fileName, QStringLiteral("deploy/users.sql"));
        QCOMPARE(r.files[3].occurrence, 2);
        QCOMPARE(r.files[3].parents, QStringList{QStringLiteral("users@v1.0")});
        QCOMPARE(r.files[3].group, QStringLiteral("strata_fixture"));
        QCOMPARE(r.files[2].checksum, checksums::sqitch(bytesOf(r.files[2].path)));
    }

    void sqitchBrokenPlan()
    {
        QTemporaryDir tmp;
        QVERIFY(copyDir(fixture(QStringLiteral("sqitch")), tmp.path()));
        QFile plan(tmp.filePath(QStringLiteral("sqitch.plan")));
        QVERIFY(plan.open(QIODevice::Append));
        plan.write("this line is not a change\n"
                   "ünïcode_change 2024-02-01T00:00:00Z Someone <s@example.invalid> # again without a tag\n"
                   "ghost_script 2024-02-02T00:00:00Z Someone <s@example.invalid>\n");
        plan.close();
        const auto r = readAs(QStringLiteral("sqitch"), tmp.path());
        QStringList codes;
        for (const Finding &f : r.findings)
            codes.append(f.code + u'@' + QString::number(f.line));
        QVERIFY2(codes.contains(QStringLiteral("plan-syntax@10")), qPrintable(codes.join(u' ')));
        QVERIFY2(codes.contains(QStringLiteral("duplicate-version@11")), qPrintable(codes.join(u' ')));
        QCOMPARE(codesFor(r, QStringLiteral("deploy/ghost_script.sql")), QStringList{QStringLiteral("missing-script")});
    }

    void railsAndDjangoAndPlain()
    {
        const auto rails = readAs(QStringLiteral("rails"), fixture(QStringLiteral("rails")));
        QCOMPARE(rails.files.size(), 3);
        QCOMPARE(codesFor(rails, QStringLiteral("Seeds.rb")), QStringList{QStringLiteral("malformed-name")});
        QCOMPARE(rails.files[1].name, QStringLiteral("add_email_to_users"));

        const auto django = readAs(QStringLiteral("django"), fixture(QStringLiteral("django")));
        QVERIFY(django.findings.isEmpty());
        QCOMPARE(django.files.size(), 3);
        QCOMPARE(django.files[0].group, QStringLiteral("blog"));
        QCOMPARE(django.files[0].parents, QStringList{QStringLiteral("shop/0001_initial")});
        QCOMPARE(django.files[2].version + u'_' + django.files[2].name, QStringLiteral("0002_add_price"));

        const auto plain = readAs(QStringLiteral("plain"), fixture(QStringLiteral("plain")));
        QCOMPARE(versions(plain), QStringList({QStringLiteral("001"), QStringLiteral("2"), QStringLiteral("10")}));
        QCOMPARE(plain.files[2].name, QStringLiteral("tenth"));
        QCOMPARE(codesFor(plain, QStringLiteral("README.sql")), QStringList{QStringLiteral("malformed-name")});
    }

    void oddInputNeverCrashes()
    {
        for (const FolderFormat *f : FolderFormat::all()) {
            QVERIFY(!f->read(fixture(QStringLiteral("does-not-exist"))).ok());
            QVERIFY(!f->read(QString()).ok());
        }
        QTemporaryDir tmp;
        const QString longName = QString(200, u'x');
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("V4__it's \"quoted\" ; DROP.sql")), "SELECT 1;\n"));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("V5__") + longName + QStringLiteral(".sql")), "SELECT 1;\n"));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("V6__empty.sql")), ""));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("V7__binary.sql")), QByteArray("\x00\x01\xff\xfe", 4)));
        QVERIFY(QDir(tmp.path()).mkdir(QStringLiteral("V8__a_directory.sql")));
        QVERIFY(writeFile(tmp.filePath(QStringLiteral("99999999999999999999999_huge.up.sql")), "SELECT 1;\n"));
        for (const FolderFormat *f : FolderFormat::all()) {
            auto r = f->read(tmp.path());
            if (f->id() == u"sqitch") {
                QVERIFY(!r.ok()); // no plan
                continue;
            }
            QVERIFY2(r.ok(), qPrintable(f->id()));
        }
        const auto fly = readAs(QStringLiteral("flyway"), tmp.path());
        QCOMPARE(fly.files.size(), 4);
        QCOMPARE(codesFor(fly, QStringLiteral("V7__binary.sql")), QStringList{QStringLiteral("invalid-utf8")});
        const auto gm = readAs(QStringLiteral("golang-migrate"), tmp.path());
        QCOMPARE(codesFor(gm, QStringLiteral("99999999999999999999999_huge.up.sql")), QStringList{QStringLiteral("malformed-name")});
    }
};

QTEST_GUILESS_MAIN(TestHistoryFormats)
#include "tst_historyformats.moc"
