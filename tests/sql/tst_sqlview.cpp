#include "SqlHighlighter.h"
#include "SqlView.h"

#include <QApplication>
#include <QFontInfo>
#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace strata;

namespace {

// The format QSyntaxHighlighter applied at character `pos` of `block`.
QTextCharFormat formatAt(const QTextBlock &block, int pos)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : ranges)
        if (pos >= r.start && pos < r.start + r.length)
            return r.format;
    return {};
}

// Every character of `text` (first occurrence in the block's text) has `expected`'s color.
bool hasColor(const QTextBlock &block, const QString &text, const QTextCharFormat &expected, QString *why)
{
    const int at = int(block.text().indexOf(text));
    if (at < 0) {
        *why = QStringLiteral("'%1' not in block '%2'").arg(text, block.text());
        return false;
    }
    for (int i = at; i < at + text.size(); ++i) {
        const QTextCharFormat f = formatAt(block, i);
        if (f.foreground() != expected.foreground()) {
            *why = QStringLiteral("'%1' at %2 of '%3' has %4, expected %5")
                       .arg(text).arg(i).arg(block.text(), f.foreground().color().name(),
                                             expected.foreground().color().name());
            return false;
        }
    }
    return true;
}

} // namespace

#define VERIFY_COLOR(block, text, format)                                                                  \
    do {                                                                                                   \
        QString why_;                                                                                      \
        QVERIFY2(hasColor(block, QStringLiteral(text), format, &why_), qPrintable(why_));                 \
    } while (false)

class TestSqlView : public QObject
{
    Q_OBJECT
private slots:
    void paletteColorsAreDistinct()
    {
        for (const SqlHighlighter::Colors &c : {SqlHighlighter::lightColors(), SqlHighlighter::darkColors()}) {
            const QList<QColor> colors{c.keyword.foreground().color(), c.string.foreground().color(),
                                       c.comment.foreground().color(), c.number.foreground().color(),
                                       c.quotedIdentifier.foreground().color(), c.parameter.foreground().color()};
            for (qsizetype i = 0; i < colors.size(); ++i)
                for (qsizetype j = i + 1; j < colors.size(); ++j)
                    QVERIFY(colors[i] != colors[j]);
        }
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
        QCOMPARE(SqlHighlighter::colorsFor(dark).keyword.foreground(), SqlHighlighter::darkColors().keyword.foreground());
        QCOMPARE(SqlHighlighter::colorsFor(light).keyword.foreground(), SqlHighlighter::lightColors().keyword.foreground());
    }

    void formatsFollowTokens()
    {
        QTextDocument doc;
        doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc)); // as in a QPlainTextEdit
        auto *h = new SqlHighlighter(&doc);
        const auto &c = h->colors();
        doc.setPlainText(QStringLiteral(
            "SELECT 'a;b', 42, \"Größe Ü\" -- note\n"           // 0
            "/* multi\n"                                         // 1
            "   line comment */ FROM t WHERE x = $1\n"          // 2
            "AND y = $body$ first\n"                             // 3
            "second; line $body$ AND z = E'q\\'s';"));           // 4
        const QTextBlock b0 = doc.findBlockByNumber(0);
        VERIFY_COLOR(b0, "SELECT", c.keyword);
        VERIFY_COLOR(b0, "'a;b'", c.string);
        VERIFY_COLOR(b0, "42", c.number);
        VERIFY_COLOR(b0, "\"Größe Ü\"", c.quotedIdentifier);
        VERIFY_COLOR(b0, "-- note", c.comment);
        VERIFY_COLOR(doc.findBlockByNumber(1), "/* multi", c.comment);
        const QTextBlock b2 = doc.findBlockByNumber(2);
        VERIFY_COLOR(b2, "   line comment */", c.comment);
        VERIFY_COLOR(b2, "FROM", c.keyword);
        VERIFY_COLOR(b2, "$1", c.parameter);
        VERIFY_COLOR(b2, "=", c.op);
        VERIFY_COLOR(doc.findBlockByNumber(3), "$body$ first", c.string);
        const QTextBlock b4 = doc.findBlockByNumber(4);
        VERIFY_COLOR(b4, "second; line $body$", c.string);
        VERIFY_COLOR(b4, "AND", c.keyword);
        VERIFY_COLOR(b4, "E'q\\'s'", c.string);
        // Plain identifiers keep the default format.
        QVERIFY(!formatAt(b2, int(b2.text().indexOf(QStringLiteral(" t ")) + 1)).hasProperty(QTextFormat::ForegroundBrush));
    }

    void editsRehighlightFollowingLines()
    {
        QTextDocument doc;
        doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc)); // as in a QPlainTextEdit
        auto *h = new SqlHighlighter(&doc);
        const auto &c = h->colors();
        doc.setPlainText(QStringLiteral("SELECT 1;\nSELECT 2;\nSELECT 3;"));
        VERIFY_COLOR(doc.findBlockByNumber(2), "SELECT", c.keyword);

        // Opening a comment on line 1 turns the following lines into comment...
        QTextCursor cur(doc.findBlockByNumber(0));
        cur.movePosition(QTextCursor::EndOfBlock);
        cur.insertText(QStringLiteral(" /*"));
        VERIFY_COLOR(doc.findBlockByNumber(1), "SELECT 2;", c.comment);
        VERIFY_COLOR(doc.findBlockByNumber(2), "SELECT 3;", c.comment);

        // ...closing it on line 2 gives line 3 back.
        QTextCursor cur2(doc.findBlockByNumber(1));
        cur2.movePosition(QTextCursor::EndOfBlock);
        cur2.insertText(QStringLiteral(" */"));
        VERIFY_COLOR(doc.findBlockByNumber(1), "SELECT 2; */", c.comment);
        VERIFY_COLOR(doc.findBlockByNumber(2), "SELECT", c.keyword);

        // Removing the opener restores line 2.
        cur.movePosition(QTextCursor::EndOfBlock);
        cur.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, 2);
        cur.removeSelectedText();
        VERIFY_COLOR(doc.findBlockByNumber(1), "SELECT", c.keyword);
        VERIFY_COLOR(doc.findBlockByNumber(2), "SELECT", c.keyword);
    }

    void dollarTagChangePropagates()
    {
        QTextDocument doc;
        doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc)); // as in a QPlainTextEdit
        auto *h = new SqlHighlighter(&doc);
        const auto &c = h->colors();
        doc.setPlainText(QStringLiteral("SELECT $a$\nbody\n$a$;\nSELECT 2;"));
        VERIFY_COLOR(doc.findBlockByNumber(3), "SELECT", c.keyword);
        // Renaming the opening tag leaves the string open to the end.
        QTextCursor cur(doc.findBlockByNumber(0));
        cur.movePosition(QTextCursor::EndOfBlock);
        cur.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, 2);
        cur.insertText(QStringLiteral("b$"));
        QCOMPARE(doc.findBlockByNumber(0).text(), QStringLiteral("SELECT $b$"));
        VERIFY_COLOR(doc.findBlockByNumber(3), "SELECT 2;", c.string);
    }

    void incompleteSqlStillHighlights()
    {
        QTextDocument doc;
        doc.setDocumentLayout(new QPlainTextDocumentLayout(&doc)); // as in a QPlainTextEdit
        auto *h = new SqlHighlighter(&doc);
        doc.setPlainText(QStringLiteral("SELECT 1e FROM t WHERE s = 'unterminated\nstill string"));
        VERIFY_COLOR(doc.findBlockByNumber(0), "FROM", h->colors().keyword);
        VERIFY_COLOR(doc.findBlockByNumber(0), "1e", h->colors().other);
        VERIFY_COLOR(doc.findBlockByNumber(1), "still string", h->colors().string);
    }

    void viewBasics()
    {
        SqlView view;
        QVERIFY(view.isReadOnly());
        QVERIFY(QFontInfo(view.font()).fixedPitch());
        view.resize(600, 400);
        view.show();
        view.setSql(QStringLiteral("CREATE TABLE t (id int);\n-- comment\nALTER TABLE t\n  ADD COLUMN c int;"));
        QCOMPARE(view.sql().count(u'\n'), 3);
        if (SqlHighlighter *h = view.sqlHighlighter()) {
            VERIFY_COLOR(view.document()->findBlockByNumber(0), "CREATE", h->colors().keyword);
            VERIFY_COLOR(view.document()->findBlockByNumber(1), "-- comment", h->colors().comment);
        }

        const int narrow = view.lineNumberAreaWidth();
        QVERIFY(narrow > 0);
        QString many;
        for (int i = 0; i < 1200; ++i)
            many += QStringLiteral("SELECT %1;\n").arg(i);
        view.setSql(many);
        QVERIFY(view.lineNumberAreaWidth() > narrow);
    }

    void lineMarks()
    {
        SqlView view;
        view.setSql(QStringLiteral("SELECT 1;\nSELECT 2;\nSELECT 3;\nSELECT 4;"));
        view.highlightLines(2, 3, QColor(Qt::red), QStringLiteral("takes an ACCESS EXCLUSIVE lock"));
        QCOMPARE(view.extraSelections().size(), 2);
        QCOMPARE(view.extraSelections()[0].cursor.blockNumber(), 1);
        QCOMPARE(view.extraSelections()[1].cursor.blockNumber(), 2);
        QCOMPARE(view.extraSelections()[0].format.toolTip(), QStringLiteral("takes an ACCESS EXCLUSIVE lock"));
        QVERIFY(view.extraSelections()[0].format.property(QTextFormat::FullWidthSelection).toBool());
        QCOMPARE(view.extraSelections()[0].format.background().color().red(), 255);

        // Out-of-range lines are clamped, not ignored or crashed on.
        view.highlightLines(3, 99, QColor(Qt::yellow));
        QCOMPARE(view.lineMarks().last().first, 3);
        QCOMPARE(view.lineMarks().last().last, 4);
        QCOMPARE(view.extraSelections().size(), 4);
        view.highlightLines(-5, 0, QColor(Qt::blue));
        QCOMPARE(view.lineMarks().last().first, 1);
        QCOMPARE(view.lineMarks().last().last, 1);

        view.clearLineHighlights();
        QVERIFY(view.extraSelections().isEmpty());

        // New SQL drops old marks.
        view.highlightLines(1, 1, QColor(Qt::red));
        view.setSql(QStringLiteral("SELECT 5;"));
        QVERIFY(view.lineMarks().isEmpty());
        QVERIFY(view.extraSelections().isEmpty());
    }

    void switchesToDarkColors()
    {
        SqlView view;
        if (!view.sqlHighlighter())
            QSKIP("KSyntaxHighlighting build: themes come from KDE");
        QPalette dark = view.palette();
        dark.setColor(QPalette::Window, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        view.setPalette(dark);
        QCOMPARE(view.sqlHighlighter()->colors().keyword.foreground(), SqlHighlighter::darkColors().keyword.foreground());
    }
};

QTEST_MAIN(TestSqlView)
#include "tst_sqlview.moc"
