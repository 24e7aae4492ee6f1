#include "sql/SqlScanner.h"

#include <QRandomGenerator>
#include <QTest>

using namespace strata;
using Cat = SqlToken::Category;

namespace {

// The token that starts at the first occurrence of `text` (from `from`) in sql.
std::optional<SqlToken> tokenAt(const QString &sql, const QList<SqlToken> &tokens, const QString &text, int from = 0)
{
    const int at = int(sql.indexOf(text, from));
    for (const SqlToken &t : tokens)
        if (t.start == at)
            return t;
    return std::nullopt;
}

QString describe(const QString &sql, const QList<SqlToken> &tokens)
{
    QStringList parts;
    for (const SqlToken &t : tokens)
        parts.append(SqlScanner::categoryName(t.category) + u':' + sql.mid(t.start, t.length()));
    return parts.join(QStringLiteral(" | "));
}

// Tokens are ordered, non-overlapping, non-empty, inside the text, and everything
// between them is whitespace (or NUL, which the lexer sees as a space).
QString checkInvariants(const QString &sql, const QList<SqlToken> &tokens)
{
    int pos = 0;
    for (const SqlToken &t : tokens) {
        if (t.start < pos || t.end <= t.start || t.end > sql.size())
            return QStringLiteral("bad token %1-%2 after %3").arg(t.start).arg(t.end).arg(pos);
        for (int i = pos; i < t.start; ++i)
            if (!sql[i].isSpace() && sql[i] != QChar(0))
                return QStringLiteral("uncovered character U+%1 at %2").arg(sql[i].unicode(), 4, 16, QChar(u'0')).arg(i);
        pos = t.end;
    }
    for (int i = pos; i < sql.size(); ++i)
        if (!sql[i].isSpace() && sql[i] != QChar(0))
            return QStringLiteral("uncovered trailing character at %1").arg(i);
    return {};
}

} // namespace

class TestSqlScanner : public QObject
{
    Q_OBJECT
private slots:
    void categories_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("category");

        const QString q = QStringLiteral(
            "SELECT a, \"Größe Ü\", $1, 1.5e3, 42 -- trailing; comment\n"
            "FROM s.\"My Table\" /* block\n comment */ WHERE b = E'it\\'s' || $$x;y$$ || $fn$ a $fn$ "
            "AND c::int <> U&'d\\0061t' AND d = B'0101' AND f = X'1F' AND g @> h AND \"😀\" IS NOT NULL;");
        auto row = [&](const char *name, const QString &text, Cat c) {
            QTest::newRow(name) << q << text << int(c);
        };
        row("reserved keyword", QStringLiteral("SELECT"), Cat::Keyword);
        row("identifier", QStringLiteral("a,"), Cat::Identifier);
        row("quoted identifier with unicode", QStringLiteral("\"Größe Ü\""), Cat::QuotedIdentifier);
        row("parameter", QStringLiteral("$1"), Cat::Parameter);
        row("float", QStringLiteral("1.5e3"), Cat::Number);
        row("integer", QStringLiteral("42"), Cat::Number);
        row("line comment", QStringLiteral("-- trailing; comment"), Cat::Comment);
        row("block comment", QStringLiteral("/* block\n comment */"), Cat::Comment);
        row("schema-qualified quoted", QStringLiteral("\"My Table\""), Cat::QuotedIdentifier);
        row("dot", QStringLiteral(".\"My"), Cat::Punctuation);
        row("escape string", QStringLiteral("E'it\\'s'"), Cat::String);
        row("dollar string", QStringLiteral("$$x;y$$"), Cat::String);
        row("tagged dollar string", QStringLiteral("$fn$ a $fn$"), Cat::String);
        row("operator ||", QStringLiteral("|| $$"), Cat::Operator);
        row("typecast", QStringLiteral("::int"), Cat::Operator);
        row("column-name keyword", QStringLiteral("int <>"), Cat::Keyword);
        row("not equals", QStringLiteral("<> U&"), Cat::Operator);
        row("unicode string", QStringLiteral("U&'d\\0061t'"), Cat::String);
        row("bit string", QStringLiteral("B'0101'"), Cat::String);
        row("hex string", QStringLiteral("X'1F'"), Cat::String);
        row("custom operator", QStringLiteral("@>"), Cat::Operator);
        row("emoji identifier", QStringLiteral("\"😀\""), Cat::QuotedIdentifier);
    }

    void categories()
    {
        QFETCH(QString, sql);
        QFETCH(QString, text);
        QFETCH(int, category);
        const QList<SqlToken> tokens = SqlScanner::scan(sql);
        const auto t = tokenAt(sql, tokens, text);
        QVERIFY2(t.has_value(), qPrintable(describe(sql, tokens)));
        QCOMPARE(SqlScanner::categoryName(t->category), SqlScanner::categoryName(Cat(category)));
        QVERIFY(!t->unterminated);
        // Extents are QString offsets, even after multi-byte and surrogate-pair characters.
        const QString tokenText = sql.mid(t->start, t->length());
        QVERIFY2(text.startsWith(tokenText), qPrintable(tokenText));
        QVERIFY(checkInvariants(sql, tokens).isEmpty());
    }

    void exactExtents()
    {
        const QString sql = QStringLiteral("SELECT \"😀 x\", 'ü''ü', U&\"d\\0061t\" FROM t");
        const QList<SqlToken> tokens = SqlScanner::scan(sql);
        QStringList texts;
        for (const SqlToken &t : tokens)
            texts.append(sql.mid(t.start, t.length()));
        QCOMPARE(texts, (QStringList{QStringLiteral("SELECT"), QStringLiteral("\"😀 x\""), QStringLiteral(","),
                                     QStringLiteral("'ü''ü'"), QStringLiteral(","), QStringLiteral("U&\"d\\0061t\""),
                                     QStringLiteral("FROM"), QStringLiteral("t")}));
    }

    void keywordKinds()
    {
        const QString sql = QStringLiteral("SELECT x FROM LEFT JOIN t WITH ORDINALITY int");
        const QList<SqlToken> tokens = SqlScanner::scan(sql);
        QCOMPARE(tokenAt(sql, tokens, QStringLiteral("SELECT"))->keywordKind, SqlToken::KeywordKind::Reserved);
        QCOMPARE(tokenAt(sql, tokens, QStringLiteral("LEFT"))->keywordKind, SqlToken::KeywordKind::TypeFunctionName);
        QCOMPARE(tokenAt(sql, tokens, QStringLiteral("ORDINALITY"))->keywordKind, SqlToken::KeywordKind::Unreserved);
        QCOMPARE(tokenAt(sql, tokens, QStringLiteral("int"))->keywordKind, SqlToken::KeywordKind::ColumnName);
        QCOMPARE(tokenAt(sql, tokens, QStringLiteral("x"))->keywordKind, SqlToken::KeywordKind::None);
    }

    void commentsAreTokens()
    {
        // libpg_query 15 returns SQL_COMMENT and C_COMMENT tokens; Strata relies on it.
        const QString sql = QStringLiteral("-- only a comment\n/* and /* a nested */ one */");
        const QList<SqlToken> tokens = SqlScanner::scan(sql);
        QCOMPARE(tokens.size(), 2);
        QCOMPARE(tokens[0].category, Cat::Comment);
        QCOMPARE(sql.mid(tokens[0].start, tokens[0].length()), QStringLiteral("-- only a comment"));
        QCOMPARE(tokens[1].category, Cat::Comment);
        QCOMPARE(tokens[1].end, int(sql.size()));
    }

    void incompleteInput_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("tail"); // the unterminated construct at the end
        QTest::addColumn<int>("category");
        QTest::newRow("string") << QStringLiteral("SELECT 1, 'abc\ndef") << QStringLiteral("'abc\ndef") << int(Cat::String);
        QTest::newRow("escape string") << QStringLiteral("SELECT E'ab\\'c") << QStringLiteral("E'ab\\'c") << int(Cat::String);
        QTest::newRow("block comment") << QStringLiteral("SELECT 1 /* still\ntyping") << QStringLiteral("/* still\ntyping")
                                       << int(Cat::Comment);
        QTest::newRow("nested comment") << QStringLiteral("SELECT /* a /* b */ c") << QStringLiteral("/* a /* b */ c")
                                        << int(Cat::Comment);
        QTest::newRow("dollar body") << QStringLiteral("CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN\n RETURN 1;")
                                     << QStringLiteral("$body$\nBEGIN\n RETURN 1;") << int(Cat::String);
        QTest::newRow("quoted identifier") << QStringLiteral("SELECT \"Größe") << QStringLiteral("\"Größe")
                                           << int(Cat::QuotedIdentifier);
        QTest::newRow("after emoji") << QStringLiteral("SELECT '😀', 'x") << QStringLiteral("'x") << int(Cat::String);
    }

    void incompleteInput()
    {
        QFETCH(QString, sql);
        QFETCH(QString, tail);
        QFETCH(int, category);
        const QList<SqlToken> tokens = SqlScanner::scan(sql);
        QVERIFY(!tokens.isEmpty());
        const SqlToken last = tokens.last();
        QCOMPARE(sql.mid(last.start, last.length()), tail);
        QCOMPARE(SqlScanner::categoryName(last.category), SqlScanner::categoryName(Cat(category)));
        QVERIFY(last.unterminated);
        // What comes before is scanned normally.
        QCOMPARE(tokens.first().category, Cat::Keyword);
        QVERIFY2(checkInvariants(sql, tokens).isEmpty(), qPrintable(describe(sql, tokens)));
    }

    void junkDoesNotStopScanning()
    {
        const QString sql = QStringLiteral("SELECT 1e FROM t WHERE $1x = 'a'");
        const QList<SqlToken> tokens = SqlScanner::scan(sql);
        QVERIFY2(checkInvariants(sql, tokens).isEmpty(), qPrintable(describe(sql, tokens)));
        QCOMPARE(tokenAt(sql, tokens, QStringLiteral("1e"))->category, Cat::Other);
        QCOMPARE(tokenAt(sql, tokens, QStringLiteral("FROM"))->category, Cat::Keyword);
        QCOMPARE(tokenAt(sql, tokens, QStringLiteral("$1x"))->category, Cat::Other);
        QCOMPARE(tokenAt(sql, tokens, QStringLiteral("'a'"))->category, Cat::String);
    }

    void emptyAndBlank()
    {
        QVERIFY(SqlScanner::scan(QString()).isEmpty());
        QVERIFY(SqlScanner::scan(QStringLiteral(" \n\t\r\n")).isEmpty());
    }

    void nulCharacters()
    {
        const QString sql = QStringLiteral("SELECT") + QChar(0) + QStringLiteral("1 'a") + QChar(0) + QStringLiteral("b'");
        const QList<SqlToken> tokens = SqlScanner::scan(sql);
        QVERIFY2(checkInvariants(sql, tokens).isEmpty(), qPrintable(describe(sql, tokens)));
        QCOMPARE(tokens.last().end, int(sql.size()));
    }

    void randomGarbageKeepsInvariants()
    {
        // Fragments that open and close every lexical construct, glued at random.
        const QStringList pieces{
            QStringLiteral("SELECT"), QStringLiteral(" "), QStringLiteral("'"), QStringLiteral("\""),
            QStringLiteral("$$"), QStringLiteral("$a$"), QStringLiteral("/*"), QStringLiteral("*/"),
            QStringLiteral("--"), QStringLiteral("\n"), QStringLiteral("E'\\'"), QStringLiteral("U&'"),
            QStringLiteral("U&\""), QStringLiteral("1e"), QStringLiteral("$1"), QStringLiteral("ü"),
            QStringLiteral("😀"), QStringLiteral(";"), QStringLiteral("("), QStringLiteral("x"),
            QStringLiteral("\\"), QStringLiteral("0x"), QStringLiteral(".5"), QStringLiteral("::"),
            QString(QChar(0)), QString(QChar(0xD800)), QStringLiteral("B'"), QStringLiteral("UESCAPE"),
        };
        QRandomGenerator rng(20261122); // fixed seed: reproducible
        for (int round = 0; round < 3000; ++round) {
            QString sql;
            const int n = int(rng.bounded(1, 24));
            for (int i = 0; i < n; ++i)
                sql += pieces[rng.bounded(int(pieces.size()))];
            const QList<SqlToken> tokens = SqlScanner::scan(sql);
            const QString problem = checkInvariants(sql, tokens);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + u'\n' + sql + u'\n' + describe(sql, tokens)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlScanner)
#include "tst_sqlscanner.moc"
