// The shared output-safety helpers (models/common/SafeText): comment text that no name
// can end, POSIX shell words that a real /bin/sh reads back unchanged, and passwords
// masked in every form a connection string carries one - checked against libpq's own
// parse errors and against a real shell.

#include "common/Error.h"
#include "common/SafeText.h"
#include "pg/ConnectionProfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace strata;

namespace {

// The words /bin/sh reads from `line` (printf of each argument, NUL-separated).
QStringList shellWords(const QString &line)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + line});
    if (!p.waitForFinished(10000))
        return {QStringLiteral("<sh did not finish>")};
    QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split(QChar(0));
    if (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out;
}

const QStringList &hostile()
{
    static const QStringList names = {
        QStringLiteral("x\nDROP TABLE victim; --"),
        QStringLiteral("x\rDROP TABLE victim; --"),
        QStringLiteral("y */ DROP TABLE victim; /* z"),
        QStringLiteral("q'uote\"dq\\back"),
        QStringLiteral("tab\there\x0b\x0c\x1b[31mred"),
        QString::fromUtf8("line\u2028sep\u2029para\u0085nel\u202Eevil"),
        QStringLiteral("$(touch pwned) `touch pwned2` ; rm -rf / & | > < * ? ~ # !"),
        QStringLiteral("*/*/"),
        QStringLiteral("/*/*"),
        QStringLiteral("\\"),
        QString(),
    };
    return names;
}

} // namespace

class TestSafeText : public QObject
{
    Q_OBJECT

private slots:
    void commentTextHasNoLineBreak()
    {
        for (const QString &n : hostile()) {
            const QString c = commentText(n);
            for (const QChar ch : c) {
                QVERIFY2(ch.unicode() >= 0x20 && ch.unicode() != 0x7f && !(ch.unicode() >= 0x80 && ch.unicode() <= 0x9f), qPrintable(c));
                QVERIFY(ch != QChar(0x2028) && ch != QChar(0x2029) && ch != QChar(0x202E));
            }
        }
        QCOMPARE(commentText(QStringLiteral("a\nb\\c\td")), QStringLiteral("a\\nb\\\\c\\td"));
        QCOMPARE(commentText(QStringLiteral("\x1b")), QStringLiteral("\\x1B"));
        QCOMPARE(commentText(QString(QChar(0x2028))), QStringLiteral("\\u{2028}"));
        QCOMPARE(commentText(QString::fromUtf8("Ünïcödé 表")), QString::fromUtf8("Ünïcödé 表"));
        QCOMPARE(lineComment(QStringLiteral("x\nDROP")), QStringLiteral("-- x\\nDROP"));
    }

    void blockCommentCannotBeClosedOrOpened()
    {
        for (const QString &n : hostile()) {
            const QString b = blockComment(n);
            QVERIFY(b.startsWith(QStringLiteral("/* ")) && b.endsWith(QStringLiteral(" */")));
            const QString inner = b.mid(2, b.size() - 4);
            QVERIFY2(!inner.contains(QStringLiteral("*/")) && !inner.contains(QStringLiteral("/*")), qPrintable(b));
            QVERIFY(!b.contains(u'\n'));
        }
        QCOMPARE(blockCommentText(QStringLiteral("a*/b/*c")), QStringLiteral("a* /b/ *c"));
    }

    // What a real shell reads back is the word itself, whatever it holds.
    void shellQuoteRoundTripsThroughSh()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir::setCurrent(dir.path());
        QStringList words = hostile();
        words.removeAll(QString());
        words << QStringLiteral("plain/path.journal") << QStringLiteral("=cmd") << QStringLiteral("-dash") << QStringLiteral("it's")
              << QStringLiteral("postgresql://u@h:5432/db?sslmode=require&x=1") << QString::fromUtf8("nämé");
        for (const QString &w : words) {
            const QStringList back = shellWords(QStringLiteral("--confirm-table ") + shellQuote(w));
            QCOMPARE(back, (QStringList{QStringLiteral("--confirm-table"), w}));
        }
        QCOMPARE(shellQuote(QStringLiteral("plain/path.journal")), QStringLiteral("plain/path.journal"));
        QCOMPARE(shellQuote(QString()), QStringLiteral("''"));
        QCOMPARE(shellWords(shellQuote(QString())), QStringList{QString()});
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pwned2"))));
    }

    void masksUriPasswords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("uri") << "could not connect to postgresql://app:s3cretPW@db.example.com:5432/app" << "s3cretPW";
        QTest::newRow("postgres scheme") << "postgres://app:s3cretPW@db/app" << "s3cretPW";
        QTest::newRow("quoted in message") << "invalid URI: \"postgresql://app:s3cretPW@[::1\"" << "s3cretPW";
        QTest::newRow("typographic quotes") << QString::fromUtf8("“postgresql:/app:s3cretPW@db/x” does not exist.") << "s3cretPW";
        QTest::newRow("spaces and quotes in pw") << "\"postgresql://app:s3c ret\"PW@db/app\"" << "s3c ret\"PW";
        QTest::newRow("percent encoded") << "postgresql://app:s3c%40retPW@db/app" << "s3c%40retPW";
        QTest::newRow("query parameter") << "postgresql://db/app?sslmode=require&password=s3cretPW&x=1" << "s3cretPW";
        QTest::newRow("key=value") << "host=db password=s3cretPW dbname=app" << "s3cretPW";
        QTest::newRow("key = 'value'") << "host=db password = 's3c ret\\'PW' dbname=app" << "s3c ret\\'PW";
        QTest::newRow("PGPASSWORD") << "PGPASSWORD=s3cretPW strata-cli" << "s3cretPW";
        QTest::newRow("upper case") << "PASSWORD=s3cretPW" << "s3cretPW";
        QTest::newRow("two uris") << "A: postgresql://a:firstPW@h/x B: postgresql://b:s3cretPW@h/y" << "s3cretPW";
    }

    void masksUriPasswords()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString masked = maskPasswords(text);
        QVERIFY2(!masked.contains(secret), qPrintable(masked));
        QVERIFY2(masked.contains(QStringLiteral("****")), qPrintable(masked));
        // An error's full text (logs, the CLI) masks whatever it was made with.
        const Error e(Error::Kind::Usage, text, text, text);
        QVERIFY(!e.fullText().contains(secret));
    }

    void leavesOrdinaryTextAlone()
    {
        for (const QString &t : {QStringLiteral("postgresql://app@db.example.com:5432/app?sslmode=require"),
                                 QStringLiteral("The server rejected the user name or password."),
                                 QStringLiteral("https://example.com/docs"), QStringLiteral("host=db user=app dbname=app"),
                                 QStringLiteral("line 3: ALTER TABLE a ADD COLUMN b int"),
                                 QStringLiteral("Enter the password, store it in the system keychain, or add it to ~/.pgpass.")})
            QCOMPARE(maskPasswords(t), t);
        QCOMPARE(maskPasswords(QStringLiteral("postgresql://app:pw@db/x")), QStringLiteral("postgresql://app:****@db/x"));
    }

    // libpq's own parse errors, for strings that carry a password, never repeat it.
    void libpqParseErrorsAreMasked_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("secret");
        QTest::newRow("ipv6 unterminated") << "postgresql://app:s3cretPW@[::1/db" << "s3cretPW";
        QTest::newRow("bad percent token in pw") << "postgresql://app:s3cret%zzPW@db/app" << "s3cret%zzPW";
        QTest::newRow("short bad percent pw") << "postgresql://app:a%zz@db/app" << "a%zz";
        QTest::newRow("bad query parameter") << "postgresql://app:s3cretPW@db/app?nosuch=1" << "s3cretPW";
        QTest::newRow("bad query syntax") << "postgresql://app:s3cretPW@db/app?sslmode" << "s3cretPW";
        QTest::newRow("bad percent in host") << "postgresql://app:s3cretPW@d%zzb/app" << "s3cretPW";
        QTest::newRow("key=value unterminated") << "host=db password='s3cretPW" << "s3cretPW";
        QTest::newRow("key=value missing =") << "host=db password s3cretPW" << "s3cretPW";
        QTest::newRow("key=value bad option") << "host=db password=s3cretPW nosuch=1" << "s3cretPW";
    }

    void libpqParseErrorsAreMasked()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, secret);
        auto p = ConnectionProfile::fromConnectionString(conninfo);
        QVERIFY2(!p, "libpq should refuse this string");
        const QString all = p.error().message + u'\n' + p.error().detail + u'\n' + p.error().hint;
        QVERIFY2(!all.contains(secret), qPrintable(all));
        QVERIFY2(!p.error().detail.isEmpty(), "libpq's reason is kept (masked)");
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
