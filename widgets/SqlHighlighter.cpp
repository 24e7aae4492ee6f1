#include "SqlHighlighter.h"
#include "DarkPalette.h"

#include <QPalette>
#include <QTextDocument>

#include <algorithm>

namespace strata {

namespace {

QTextCharFormat fmt(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    if (italic)
        f.setFontItalic(true);
    return f;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(static_cast<QObject *>(document)) // a QTextDocument parent installs nothing yet
    , m_colors(lightColors())
{
    // Connected before QSyntaxHighlighter's own slot, so the token cache is marked
    // stale before any block of the change is re-highlighted.
    connect(document, &QTextDocument::contentsChange, this, [this] { m_dirty = true; });
    setDocument(document);
    // setDocument() defers the first pass to the event loop and ignores edits
    // until then; highlight now so the document is right from the start.
    rehighlight();
}

SqlHighlighter::Colors SqlHighlighter::lightColors()
{
    Colors c;
    c.keyword = fmt(QColor(0x00, 0x33, 0x99), true);
    c.identifier = QTextCharFormat();
    c.quotedIdentifier = fmt(QColor(0x6a, 0x1b, 0x9a));
    c.string = fmt(QColor(0x06, 0x7d, 0x17));
    c.number = fmt(QColor(0x17, 0x50, 0xeb));
    c.comment = fmt(QColor(0x8c, 0x8c, 0x8c), false, true);
    c.op = fmt(QColor(0x5c, 0x5c, 0x5c));
    c.parameter = fmt(QColor(0xa6, 0x4d, 0x00), true);
    c.other = fmt(QColor(0xc6, 0x28, 0x28));
    c.other.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    c.other.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
    return c;
}

SqlHighlighter::Colors SqlHighlighter::darkColors()
{
    Colors c;
    c.keyword = fmt(QColor(0x82, 0xaa, 0xff), true);
    c.identifier = QTextCharFormat();
    c.quotedIdentifier = fmt(QColor(0xd3, 0x9e, 0xf0));
    c.string = fmt(QColor(0x9c, 0xd6, 0x7e));
    c.number = fmt(QColor(0xf7, 0x8c, 0x6c));
    c.comment = fmt(QColor(0x8a, 0x93, 0x9e), false, true);
    c.op = fmt(QColor(0xb0, 0xb8, 0xc4));
    c.parameter = fmt(QColor(0xff, 0xcb, 0x6b), true);
    c.other = fmt(QColor(0xff, 0x6e, 0x6e));
    c.other.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    c.other.setUnderlineColor(QColor(0xff, 0x6e, 0x6e));
    return c;
}

SqlHighlighter::Colors SqlHighlighter::colorsFor(const QPalette &palette)
{
    return isDarkPalette(palette) ? darkColors() : lightColors();
}

void SqlHighlighter::setColors(const Colors &colors)
{
    m_colors = colors;
    rehighlight();
}

QTextCharFormat SqlHighlighter::formatFor(SqlToken::Category category) const
{
    using Cat = SqlToken::Category;
    switch (category) {
    case Cat::Keyword: return m_colors.keyword;
    case Cat::Identifier: return m_colors.identifier;
    case Cat::QuotedIdentifier: return m_colors.quotedIdentifier;
    case Cat::String: return m_colors.string;
    case Cat::Number: return m_colors.number;
    case Cat::Comment: return m_colors.comment;
    case Cat::Operator:
    case Cat::Punctuation: return m_colors.op;
    case Cat::Parameter: return m_colors.parameter;
    case Cat::Other: return m_colors.other;
    }
    return {};
}

void SqlHighlighter::ensureScanned()
{
    // The length check is a safety net for documents without a layout, which
    // do not report every change through contentsChange.
    const int length = document() ? document()->characterCount() : 0;
    if (!m_dirty && length == m_scannedLength)
        return;
    m_dirty = false;
    m_scannedLength = length;
    m_tokens = document() ? SqlScanner::scan(document()->toPlainText()) : QList<SqlToken>{};
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    ensureScanned();
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size()); // position of the block's line break
    // First token that ends after the block starts.
    auto it = std::upper_bound(m_tokens.cbegin(), m_tokens.cend(), blockStart,
                               [](int pos, const SqlToken &t) { return pos < t.end; });
    int state = 0;
    for (; it != m_tokens.cend() && it->start <= blockEnd; ++it) {
        const int from = qMax(it->start, blockStart);
        const int to = qMin(it->end, blockEnd);
        if (to > from)
            setFormat(from - blockStart, to - from, formatFor(it->category));
        if (it->end > blockEnd) {
            // A token running over the line break (comment, string, ...). Its
            // category and extent relative to this block decide the state, so a
            // change that opens, closes or moves it re-highlights the next block.
            const size_t h = qHashMulti(0, int(it->category), it->start - blockStart, it->end - blockEnd);
            state = int(h & 0x3fffffff) + 1;
            break;
        }
    }
    setCurrentBlockState(state);
}

} // namespace strata
