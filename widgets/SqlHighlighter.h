#pragma once
// SQL syntax highlighting driven by SqlScanner (libpg_query's lexer): the whole
// document is scanned once per change and the tokens are mapped onto blocks, so
// multi-line /* */ comments and $$ bodies highlight right.

#include "sql/SqlScanner.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace strata {

class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    struct Colors
    {
        QTextCharFormat keyword;
        QTextCharFormat identifier;
        QTextCharFormat quotedIdentifier;
        QTextCharFormat string;
        QTextCharFormat number;
        QTextCharFormat comment;
        QTextCharFormat op;          // operators and punctuation
        QTextCharFormat parameter;
        QTextCharFormat other;       // what the lexer rejected
    };

    // Highlights `document` (the highlighter becomes its child). Use this
    // constructor only: the highlighter must see document changes before
    // QSyntaxHighlighter reformats, so do not call setDocument() later.
    // Like any QSyntaxHighlighter it follows edits only when the document has a
    // layout (a QPlainTextEdit's document, or one given a QPlainTextDocumentLayout).
    explicit SqlHighlighter(QTextDocument *document);

    static Colors lightColors();
    static Colors darkColors();
    // Dark colors when the palette's window is dark, light ones otherwise.
    static Colors colorsFor(const QPalette &palette);

    void setColors(const Colors &colors);
    const Colors &colors() const { return m_colors; }
    QTextCharFormat formatFor(SqlToken::Category category) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void ensureScanned();

    Colors m_colors;
    QList<SqlToken> m_tokens;
    bool m_dirty = true;
    int m_scannedLength = -1;
};

} // namespace strata
