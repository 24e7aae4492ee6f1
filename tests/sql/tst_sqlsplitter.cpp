#include "sql/ParseTree.h"
#include "sql/SqlSplitter.h"

#include <QTest>

using namespace strata;

namespace {
QStringList texts(const QList<SqlStatement> &stmts)
{
    QStringList out;
    for (const SqlStatement &s : stmts)
        out.append(s.text);
    return out;
}
} // namespace

class TestSqlSplitter : public QObject
{
    Q_OBJECT
private slots:
    void splitsLikeThePostgresParser_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("lenientAgrees"); // the scanner-based split gives the same statements

        QTest::newRow("two simple") << QStringLiteral("SELECT 1; SELECT 2;")
                                    << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")} << true;
        QTest::newRow("last without semicolon")
            << QStringLiteral("SELECT 1;\nSELECT 2")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")} << true;
        QTest::newRow("dollar quote with semicolons")
            << QStringLiteral("SELECT $$a; b;$$; SELECT $tag$ $$; $tag$")
            << QStringList{QStringLiteral("SELECT $$a; b;$$"), QStringLiteral("SELECT $tag$ $$; $tag$")} << true;
        QTest::newRow("comments with semicolons")
            << QStringLiteral("SELECT 1 -- not; here\n; SELECT /* ; */ 2")
            << QStringList{QStringLiteral("SELECT 1 -- not; here"), QStringLiteral("SELECT /* ; */ 2")} << true;
        QTest::newRow("nested block comment")
            << QStringLiteral("SELECT 1 /* a /* b; */ c; */; SELECT 2")
            << QStringList{QStringLiteral("SELECT 1 /* a /* b; */ c; */"), QStringLiteral("SELECT 2")} << true;
        QTest::newRow("E string with escaped quote and semicolon")
            << QStringLiteral("SELECT E'it\\'s; fine'; SELECT 'x''; y'")
            << QStringList{QStringLiteral("SELECT E'it\\'s; fine'"), QStringLiteral("SELECT 'x''; y'")} << true;
        QTest::newRow("quoted identifier with semicolon")
            << QStringLiteral("CREATE TABLE \"a;b\" (id int); DROP TABLE \"a;b\"")
            << QStringList{QStringLiteral("CREATE TABLE \"a;b\" (id int)"), QStringLiteral("DROP TABLE \"a;b\"")} << true;

        const QString plpgsql = QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
            "BEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n$fn$");
        QTest::newRow("plpgsql function body")
            << plpgsql + QStringLiteral(";\nSELECT 1;") << QStringList{plpgsql, QStringLiteral("SELECT 1")} << true;

        const QString atomic = QStringLiteral(
            "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT a + 1;\n  SELECT a + 2;\nEND");
        QTest::newRow("begin atomic body")
            << atomic + QStringLiteral(";\nSELECT 2;") << QStringList{atomic, QStringLiteral("SELECT 2")} << true;

        QTest::newRow("empty") << QString() << QStringList{} << true;
        QTest::newRow("only whitespace") << QStringLiteral("  \n\t ") << QStringList{} << true;
        QTest::newRow("only semicolons") << QStringLiteral(";;; ;") << QStringList{} << true;
        QTest::newRow("CRLF") << QStringLiteral("SELECT 1;\r\nSELECT\r\n  2;\r\n")
                              << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT\r\n  2")} << true;
        QTest::newRow("unicode names")
            << QStringLiteral("CREATE TABLE \"Größe Ü\" (\"naïve col\" int); SELECT '→;'")
            << QStringList{QStringLiteral("CREATE TABLE \"Größe Ü\" (\"naïve col\" int)"), QStringLiteral("SELECT '→;'")}
            << true;
    }

    void splitsLikeThePostgresParser()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        QFETCH(bool, lenientAgrees);
        auto r = SqlSplitter::split(sql);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(texts(*r), expected);
        // offsets point at the statement text
        for (const SqlStatement &s : *r)
            QCOMPARE(sql.mid(s.offset, s.text.size()), s.text);
        auto lenient = SqlSplitter::splitLenient(sql);
        QVERIFY(lenient.ok());
        if (lenientAgrees)
            QCOMPARE(texts(*lenient), expected);
    }

    void onlyComments()
    {
        // A script of nothing but comments has no statement to run.
        const QString sql = QStringLiteral("-- migrate:up\n/* nothing\n here */\n-- end\n");
        auto r = SqlSplitter::split(sql);
        QVERIFY(r.ok());
        QVERIFY2(r->isEmpty(), qPrintable(texts(*r).join(u'|')));
        auto p = ParseTree::parse(sql);
        QVERIFY(p.ok());
        QVERIFY(p->isEmpty());
    }

    void linesAndOffsets()
    {
        const QString sql = QStringLiteral("-- header\nSELECT 1;\n\n  SELECT\n 2;\r\nSELECT 'ü'; SELECT 4");
        auto r = SqlSplitter::split(sql);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 4);
        // The first statement starts at its leading comment (the parser keeps it).
        QCOMPARE((*r)[1].line, 4);
        QCOMPARE((*r)[1].offset, int(sql.indexOf(QStringLiteral("SELECT\n 2"))));
        QCOMPARE((*r)[2].line, 6);
        QCOMPARE((*r)[3].line, 6);
        QCOMPARE((*r)[3].text, QStringLiteral("SELECT 4"));
        QCOMPARE((*r)[3].offset, int(sql.indexOf(QStringLiteral("SELECT 4"))));
    }

    void syntaxErrorPosition_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("at"); // text at the reported position

        QTest::newRow("first line") << QStringLiteral("SELEC 1") << 1 << 1 << QStringLiteral("SELEC");
        QTest::newRow("second statement") << QStringLiteral("SELECT 1;\nSELECT FROM FROM t;") << 2 << 13
                                          << QStringLiteral("FROM t");
        QTest::newRow("multibyte before error")
            << QStringLiteral("SELECT 'äöü€', \"名前\" FROM t WHERE WHERE") << 1 << 34 << QStringLiteral("WHERE");
        QTest::newRow("CRLF lines") << QStringLiteral("SELECT 1;\r\nSELECT 2;\r\nCREATE TABLEE x();") << 3 << 8
                                    << QStringLiteral("TABLEE");
        QTest::newRow("emoji counts as one column")
            << QStringLiteral("SELECT '😀' bogus bogus") << 1 << 18 << QStringLiteral("bogus");
        QTest::newRow("unterminated string") << QStringLiteral("SELECT 1;\n  SELECT 'abc") << 2 << 10
                                             << QStringLiteral("'abc");
    }

    void syntaxErrorPosition()
    {
        QFETCH(QString, sql);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, at);
        auto r = SqlSplitter::split(sql);
        QVERIFY(!r.ok());
        const Error &e = r.error();
        QCOMPARE(e.kind, Error::Kind::Parse);
        QVERIFY2(e.message.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)),
                 qPrintable(e.message));
        QVERIFY(e.position > 0);
        QCOMPARE(sql.mid(e.position - 1, at.size()), at);
        // ParseTree reports the same place.
        auto p = ParseTree::parse(sql);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().position, e.position);
    }

    void errorAtEndOfInput()
    {
        const QString sql = QStringLiteral("SELECT (1,\n");
        auto r = SqlSplitter::split(sql);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("end of input")), qPrintable(r.error().message));
    }

    void lenientToleratesErrors()
    {
        auto r = SqlSplitter::splitLenient(QStringLiteral("SELEC 1; SELECT FROM FROM; SELECT 3"));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->last().text, QStringLiteral("SELECT 3"));
    }

    void lenientKnowsBodiesAndRules()
    {
        const QString atomicCase = QStringLiteral(
            "CREATE FUNCTION h(a int) RETURNS int LANGUAGE sql BEGIN ATOMIC\n"
            "  SELECT CASE WHEN a > 0 THEN 1 ELSE 2 END;\n  SELECT 3;\nEND");
        const QString rule = QStringLiteral("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)");
        const QString sql = atomicCase + QStringLiteral(";\n") + rule + QStringLiteral(";\nSELECT 9");
        const QStringList expected{atomicCase, rule, QStringLiteral("SELECT 9")};
        auto parser = SqlSplitter::split(sql);
        QVERIFY2(parser.ok(), qPrintable(parser.error().message));
        QCOMPARE(texts(*parser), expected);
        auto lenient = SqlSplitter::splitLenient(sql);
        QVERIFY(lenient.ok());
        QCOMPARE(texts(*lenient), expected);
    }

    void lenientWhileTyping()
    {
        // An unterminated string swallows the rest, as it will for the server.
        auto r = SqlSplitter::splitLenient(QStringLiteral("SELECT 1;\nSELECT 'abc; SELECT 2"));
        QVERIFY(r.ok());
        QCOMPARE(texts(*r), (QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 'abc; SELECT 2")}));
        QCOMPARE(r->at(1).line, 2);
    }

    void lenientStatementsAreNeverEmpty()
    {
        // Found by the fuzzer: \v is not whitespace to the PostgreSQL 15 lexer, so it
        // is a (junk) statement of its own, never an empty one.
        const QString sql = QStringLiteral("SELECT 1;;;\v;SELECT 2;") + QChar(0) + QStringLiteral(";");
        auto r = SqlSplitter::splitLenient(sql);
        QVERIFY(r.ok());
        for (const SqlStatement &s : *r) {
            QVERIFY(!s.text.isEmpty());
            QCOMPARE(sql.mid(s.offset, s.text.size()), s.text);
        }
        QCOMPARE(r->first().text, QStringLiteral("SELECT 1"));
        QCOMPARE(r->at(1).text, QStringLiteral("\v"));
        QCOMPARE(r->at(2).text, QStringLiteral("SELECT 2"));
    }

    void lineColumnCountsCharacters()
    {
        const QString text = QStringLiteral("a😀b\nc");
        QCOMPARE(SqlSplitter::lineColumn(text, 0), qMakePair(1, 1));
        QCOMPARE(SqlSplitter::lineColumn(text, 3), qMakePair(1, 3)); // 'b' after a two-unit emoji
        QCOMPARE(SqlSplitter::lineColumn(text, 5), qMakePair(2, 1));
        QCOMPARE(SqlSplitter::lineColumn(text, 100), qMakePair(2, 2));
    }

    void parseTreeAlignsWithStatements()
    {
        const QString sql = QStringLiteral("/* lead */ CREATE TABLE t (id int);; -- x\nINSERT INTO t VALUES (1);\nSELECT * FROM t");
        auto p = ParseTree::parse(sql);
        QVERIFY(p.ok());
        QCOMPARE(p->size(), 3);
        QCOMPARE((*p)[0].nodeType, QStringLiteral("CreateStmt"));
        QVERIFY((*p)[0].statement.text.contains(QStringLiteral("CREATE TABLE")));
        QCOMPARE((*p)[1].nodeType, QStringLiteral("InsertStmt"));
        QVERIFY((*p)[1].statement.text.contains(QStringLiteral("INSERT INTO")));
        QCOMPARE((*p)[2].nodeType, QStringLiteral("SelectStmt"));
        QCOMPARE((*p)[2].statement.text, QStringLiteral("SELECT * FROM t"));
    }

    void garbageNeverCrashes()
    {
        const QList<QString> inputs{
            QString(QChar(0)) + QStringLiteral("SELECT 1"), QStringLiteral("$$"), QStringLiteral("'"),
            QStringLiteral("\""), QStringLiteral("/*"), QStringLiteral("U&'\\zzzz'"), QStringLiteral("E'\\u12'"),
            QString(5000, u'('), QString(QChar(0xD800)) + QStringLiteral("x"), QStringLiteral("SELECT 1e; SELECT $1x"),
        };
        for (const QString &in : inputs) {
            (void)SqlSplitter::split(in);
            (void)SqlSplitter::splitLenient(in);
            (void)ParseTree::parse(in);
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlSplitter)
#include "tst_sqlsplitter.moc"
