#include "PreflightCopy.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace strata {

QString preflightSelectionText(const QAbstractItemView *view)
{
    if (!view->selectionModel() || !view->model())
        return {};
    QModelIndexList cells = view->selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        return {};
    std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QList<int> columns;
    for (const QModelIndex &i : cells)
        if (!columns.contains(i.column()))
            columns.append(i.column());
    std::sort(columns.begin(), columns.end());
    const QAbstractItemModel *m = view->model();
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header.append(m->headerData(c, Qt::Horizontal).toString());
    lines.append(header.join(u'\t'));
    QMap<int, QMap<int, QString>> rows;
    for (const QModelIndex &i : cells)
        rows[i.row()][i.column()] = i.data().toString().replace(u'\t', u' ').replace(u'\n', u' ');
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList cellsOfRow;
        for (int c : columns)
            cellsOfRow.append(it.value().value(c));
        lines.append(cellsOfRow.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void installPreflightCopy(QAbstractItemView *view)
{
    auto *copy = new QAction(QCoreApplication::translate("strata::PreflightView", "Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = preflightSelectionText(view);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace strata
