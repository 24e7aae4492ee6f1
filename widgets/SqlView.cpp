#include "SqlView.h"
#include "SqlHighlighter.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace strata {

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository r;
    return r;
}
} // namespace
#endif

class SqlView::Gutter : public QWidget
{
public:
    explicit Gutter(SqlView *view) : QWidget(view), m_view(view) {}
    QSize sizeHint() const override { return {m_view->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip && m_view->gutterToolTip(event))
            return true;
        return QWidget::event(event);
    }

private:
    SqlView *m_view;
};

SqlView::SqlView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setAccessibleName(tr("SQL"));

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    auto *k = new KSyntaxHighlighting::SyntaxHighlighter(document());
    k->setDefinition(repository().definitionForName(QStringLiteral("SQL (PostgreSQL)")));
    k->setTheme(repository().themeForPalette(palette()));
    m_highlighter = k;
#else
    m_sqlHighlighter = new SqlHighlighter(document());
    m_sqlHighlighter->setColors(SqlHighlighter::colorsFor(palette()));
    m_highlighter = m_sqlHighlighter;
#endif

    connect(this, &QPlainTextEdit::blockCountChanged, this, &SqlView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SqlView::updateGutter);
    updateGutterWidth();
}

void SqlView::setSql(const QString &sql, int firstLine)
{
    m_marks.clear();
    m_firstLine = qMax(1, firstLine);
    setPlainText(sql);
    updateGutterWidth();
    applyMarks();
}

int SqlView::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int n = qMax(1, blockCount()) + m_firstLine - 1; n >= 10; n /= 10)
        ++digits;
    const int markStripe = 4;
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(digits, 2) + 12 + markStripe;
}

void SqlView::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void SqlView::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void SqlView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void SqlView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
    else if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

void SqlView::applyColors()
{
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *k = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter)) {
        k->setTheme(repository().themeForPalette(palette()));
        k->rehighlight();
    }
#else
    if (m_sqlHighlighter)
        m_sqlHighlighter->setColors(SqlHighlighter::colorsFor(palette()));
#endif
    m_gutter->update();
}

void SqlView::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    const QPalette pal = palette();
    p.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    const int width = m_gutter->width();
    const int current = textCursor().blockNumber();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + m_firstLine;
            if (const LineMark *m = markAt(line))
                p.fillRect(QRect(width - 4, top, 4, height), m->color);
            QFont f = font();
            f.setBold(block.blockNumber() == current && hasFocus());
            p.setFont(f);
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(QRect(0, top, width - 10, lineHeight), Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
        }
        top += height;
        block = block.next();
    }
}

const SqlView::LineMark *SqlView::markAt(int line) const
{
    // The last mark wins where marks overlap, as in applyMarks().
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it)
        if (line >= it->first && line <= it->last)
            return &*it;
    return nullptr;
}

void SqlView::highlightLines(int first, int last, const QColor &color, const QString &toolTip)
{
    const int lastLine = qMax(1, blockCount()) + m_firstLine - 1;
    first = qBound(m_firstLine, first, lastLine);
    last = qBound(first, last, lastLine);
    m_marks.append(LineMark{first, last, color, toolTip});
    applyMarks();
}

void SqlView::highlightLines(const QList<LineMark> &marks)
{
    const int lines = qMax(1, blockCount());
    for (LineMark m : marks) {
        m.first = qBound(1, m.first, lines);
        m.last = qBound(m.first, m.last, lines);
        m_marks.append(m);
    }
    applyMarks();
}

void SqlView::clearLineHighlights()
{
    m_marks.clear();
    applyMarks();
}

void SqlView::applyMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const LineMark &m : std::as_const(m_marks)) {
        QColor background = m.color;
        if (background.alpha() == 255)
            background.setAlpha(60); // keep the highlighted text readable
        for (int line = m.first; line <= m.last; ++line) {
            const QTextBlock block = document()->findBlockByNumber(line - m_firstLine);
            if (!block.isValid())
                break;
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(block);
            sel.format.setBackground(background);
            sel.format.setProperty(QTextFormat::FullWidthSelection, true);
            if (!m.toolTip.isEmpty())
                sel.format.setToolTip(m.toolTip);
            selections.append(sel);
        }
    }
    setExtraSelections(selections);
    m_gutter->update();
}

void SqlView::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - m_firstLine));
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    centerCursor();
}

bool SqlView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = cursorForPosition(help->pos()).blockNumber() + m_firstLine;
        const LineMark *m = markAt(line);
        if (m && !m->toolTip.isEmpty()) {
            QToolTip::showText(help->globalPos(), m->toolTip, viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

bool SqlView::gutterToolTip(QEvent *event)
{
    auto *help = static_cast<QHelpEvent *>(event);
    const QPoint inViewport = viewport()->mapFromGlobal(help->globalPos());
    const int line = cursorForPosition(QPoint(0, inViewport.y())).blockNumber() + m_firstLine;
    const LineMark *m = markAt(line);
    if (m && !m->toolTip.isEmpty()) {
        QToolTip::showText(help->globalPos(), m->toolTip, m_gutter);
        return true;
    }
    QToolTip::hideText();
    return false;
}

} // namespace strata
