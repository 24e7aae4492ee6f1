#pragma once
// Small actions every view gets: copy the selected cells of a table or tree (Ctrl+C, as
// tab-separated text with a header line) and save a chart as PNG or SVG.

#include <QString>

class QAbstractItemView;
class QTableWidget;
class QWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace strata {

// Tab-separated text of the selected cells (rows in view order, columns left to right),
// preceded by the header labels of the columns involved.
QString selectionAsTsv(const QAbstractItemView *view);
// Adds "Copy" (Ctrl+C) to the view's context menu; the view must use Qt::ActionsContextMenu
// or no custom menu (the policy is set to ActionsContextMenu when it is the default).
void installCopyAction(QAbstractItemView *view);
// Hides the rows none of whose cells contain `text` (case-insensitive); an empty text
// shows every row. Returns how many rows stay visible.
int filterTableRows(QTableWidget *table, const QString &text);
// Adds "Save chart as PNG…" and "Save chart as SVG…" to the chart view's context menu.
void installChartExport(QChartView *view);
// Renders the chart view into `fileName` (.png or .svg), writing the file off the GUI thread.
// Returns false and sets *error when the format is unknown; write errors arrive in `done`.
bool exportChart(QChartView *view, const QString &fileName, QString *error = nullptr);

} // namespace strata
