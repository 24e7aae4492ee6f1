#pragma once
// A one-line label that may shrink below its text: it paints the text elided at the
// right ("…") when there is not room, and shows the whole text as its tool tip then.
// text() stays the whole text. Used for status lines (source names, summaries) that
// would otherwise set the minimum width of a whole view, and with it the window's.

#include <QLabel>

namespace strata {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace strata
