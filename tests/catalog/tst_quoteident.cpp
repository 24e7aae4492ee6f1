// quoteIdent() against the server's own quote_ident(): every keyword the server
// knows, and names with capitals, spaces, quotes, digits, unicode and 63 bytes.

#include "TestServer.h"
#include "catalog/QuoteIdent.h"

#include <QTest>

using namespace strata;
using namespace strata::catalog;

class TestQuoteIdent : public QObject
{
    Q_OBJECT
private slots:
    void basics()
    {
        QCOMPARE(quoteIdent(QStringLiteral("users")), QStringLiteral("users"));
        QCOMPARE(quoteIdent(QStringLiteral("_x1")), QStringLiteral("_x1"));
        QCOMPARE(quoteIdent(QStringLiteral("Users")), QStringLiteral("\"Users\""));
        QCOMPARE(quoteIdent(QStringLiteral("1abc")), QStringLiteral("\"1abc\""));
        QCOMPARE(quoteIdent(QStringLiteral("a b")), QStringLiteral("\"a b\""));
        QCOMPARE(quoteIdent(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(quoteIdent(QString()), QStringLiteral("\"\""));
        QCOMPARE(quoteIdent(QStringLiteral("select")), QStringLiteral("\"select\""));
        QCOMPARE(quoteIdent(QStringLiteral("int")), QStringLiteral("\"int\""));        // column-name keyword
        QCOMPARE(quoteIdent(QStringLiteral("left")), QStringLiteral("\"left\""));      // type/function-name keyword
        QCOMPARE(quoteIdent(QStringLiteral("name")), QStringLiteral("name"));          // unreserved
        QCOMPARE(quoteIdent(QStringLiteral("cost$")), QStringLiteral("\"cost$\""));
        QCOMPARE(qualifiedName(QStringLiteral("Odd Schema"), QStringLiteral("t")), QStringLiteral("\"Odd Schema\".t"));
    }

    void matchesTheServer()
    {
        auto db = test::freshDatabase(QStringLiteral("quote"));
        STRATA_VERIFY_OK(db ? Error() : db.error());
        auto c = Connection::open(*db);
        STRATA_VERIFY_OK(c ? Error() : c.error());

        ResultSet kw = (*c)->exec(QStringLiteral("SELECT word, quote_ident(word) FROM pg_get_keywords() ORDER BY word"));
        STRATA_VERIFY_OK(kw.error);
        QVERIFY(kw.rowCount() > 400);
        int quoted = 0;
        for (int r = 0; r < kw.rowCount(); ++r) {
            QCOMPARE(quoteIdent(kw.text(r, 0)), kw.text(r, 1));
            quoted += kw.text(r, 0) != kw.text(r, 1);
        }
        QVERIFY(quoted > 100);

        const QStringList names = {
            QStringLiteral("plain"), QStringLiteral("Plain"), QStringLiteral("with space"), QStringLiteral("a\"b"),
            QStringLiteral("üñí©ødé"), QStringLiteral("x1_"), QStringLiteral("9lives"), QStringLiteral("a-b"),
            QStringLiteral("a.b"), QString(63, u'z'), QStringLiteral("ÄÖÜ straße"), QStringLiteral("__"),
            QStringLiteral("tab\there"), QStringLiteral("emoji😀"), QStringLiteral("user"), QStringLiteral("USER"),
        };
        for (const QString &n : names) {
            ResultSet r = (*c)->exec(QStringLiteral("SELECT quote_ident($1)"), {n});
            STRATA_VERIFY_OK(r.error);
            QCOMPARE(quoteIdent(n), r.text(0, 0));
        }
    }
};

QTEST_GUILESS_MAIN(TestQuoteIdent)
#include "tst_quoteident.moc"
