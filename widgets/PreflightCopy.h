#pragma once
// Ctrl+C on the Pre-flight tables: the selected cells as tab-separated text, with the
// header labels of the columns involved as the first line.

#include <QString>

class QAbstractItemView;

namespace strata {

QString preflightSelectionText(const QAbstractItemView *view);
// Adds a "Copy" action (Ctrl+C, also in the context menu) to the view.
void installPreflightCopy(QAbstractItemView *view);

} // namespace strata
