#pragma once
// A read-only (by default) SQL viewer: monospace, line numbers, syntax
// highlighting, and marked line ranges for hazards and errors.

#include <QColor>
#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace strata {

class SqlHighlighter;

class SqlView : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct LineMark
    {
        int first = 1;  // 1-based, inclusive
        int last = 1;
        QColor color;
        QString toolTip;
    };

    explicit SqlView(QWidget *parent = nullptr);

    // firstLine: the number the first line shows (a migration's up section starts at its
    // file line); every line this view takes or gives is such a number.
    void setSql(const QString &sql, int firstLine = 1);
    int firstLineNumber() const { return m_firstLine; }
    QString sql() const { return toPlainText(); }

    // Marks lines first..last (1-based, clamped to the text) with a background
    // color; the tooltip shows over those lines and their numbers.
    void highlightLines(int first, int last, const QColor &color, const QString &toolTip = {});
    // The same for many ranges at once (applied once: a script with hundreds of marked
    // steps must not re-apply every earlier mark for each new one).
    void highlightLines(const QList<LineMark> &marks);
    void clearLineHighlights();
    const QList<LineMark> &lineMarks() const { return m_marks; }
    // Scrolls so that `line` (1-based) is visible and puts the cursor there.
    void goToLine(int line);

    // The built-in scanner highlighter; nullptr when KSyntaxHighlighting is used.
    SqlHighlighter *sqlHighlighter() const { return m_sqlHighlighter; }
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    class Gutter;
    friend class Gutter;

    void paintGutter(QPaintEvent *event);
    bool gutterToolTip(QEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void applyMarks();
    void applyColors();
    const LineMark *markAt(int line) const;

    Gutter *m_gutter = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    SqlHighlighter *m_sqlHighlighter = nullptr;
    QList<LineMark> m_marks;
    int m_firstLine = 1;
};

} // namespace strata
