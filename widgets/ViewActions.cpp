#include "ViewActions.h"
#include "common/FileIo.h"

#include <QTableWidget>
#include <QAbstractItemView>
#include <QAction>
#include <QBuffer>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QSvgGenerator>
#include <QTableView>
#include <QTreeView>
#include <QtConcurrent>
#include <algorithm>

namespace strata {

namespace {

QHeaderView *headerOf(const QAbstractItemView *view)
{
    if (auto *t = qobject_cast<const QTableView *>(view))
        return t->horizontalHeader();
    if (auto *t = qobject_cast<const QTreeView *>(view))
        return t->header();
    return nullptr;
}

QString cellText(const QModelIndex &index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

QString selectionAsTsv(const QAbstractItemView *view)
{
    if (!view || !view->selectionModel())
        return {};
    QModelIndexList cells = view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells << view->currentIndex();
    if (cells.isEmpty())
        return {};
    QHeaderView *header = headerOf(view);
    // Visual column order where there is a header; rows in the order the view shows them.
    auto visualColumn = [header](int logical) { return header ? header->visualIndex(logical) : logical; };
    QList<int> columns;
    for (const QModelIndex &i : cells)
        if (!columns.contains(i.column()) && !(header && header->isSectionHidden(i.column())))
            columns << i.column();
    std::sort(columns.begin(), columns.end(), [&](int a, int b) { return visualColumn(a) < visualColumn(b); });
    std::sort(cells.begin(), cells.end(), [view](const QModelIndex &a, const QModelIndex &b) {
        const int ya = view->visualRect(a).top(), yb = view->visualRect(b).top();
        return ya != yb ? ya < yb : a.column() < b.column();
    });
    QStringList lines;
    QStringList head;
    const QAbstractItemModel *model = view->model();
    for (int c : columns)
        head << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << head.join(u'\t');
    QModelIndex rowKey;
    QStringList row;
    auto flush = [&] {
        if (rowKey.isValid())
            lines << row.join(u'\t');
    };
    for (const QModelIndex &i : std::as_const(cells)) {
        if (!columns.contains(i.column()))
            continue;
        if (!rowKey.isValid() || i.row() != rowKey.row() || i.parent() != rowKey.parent()) {
            flush();
            rowKey = i;
            row = QStringList(int(columns.size()), QString());
        }
        row[columns.indexOf(i.column())] = cellText(i);
    }
    flush();
    return lines.join(u'\n') + u'\n';
}

void installCopyAction(QAbstractItemView *view)
{
    auto *copy = new QAction(QCoreApplication::translate("strata::ViewActions", "Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectionAsTsv(view);
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    view->addAction(copy);
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

bool exportChart(QChartView *view, const QString &fileName, QString *error)
{
    QByteArray bytes;
    if (fileName.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(view->chart() ? view->chart()->title() : QString());
        QPainter p(&svg);
        view->render(&p);
        p.end();
    } else if (fileName.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
        const QImage image = view->grab().toImage();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    } else {
        if (error)
            *error = QCoreApplication::translate("strata::ViewActions", "Charts are saved as .png or .svg files.");
        return false;
    }
    QPointer<QChartView> guard(view);
    auto *watcher = new QFutureWatcher<QString>(view);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, view, [watcher, guard] {
        const QString failure = watcher->result();
        watcher->deleteLater();
        if (!failure.isEmpty() && guard)
            QMessageBox::warning(guard, QCoreApplication::translate("strata::ViewActions", "Save chart"), failure);
    });
    watcher->setFuture(QtConcurrent::run([fileName, bytes]() -> QString {
        if (Error e = writeFile(fileName, bytes))
            return e.message;
        return {};
    }));
    return true;
}

void installChartExport(QChartView *view)
{
    auto save = [view](const QString &filter, const QString &suffix) {
        QString name = QFileDialog::getSaveFileName(view, QCoreApplication::translate("strata::ViewActions", "Save chart"), QString(), filter);
        if (name.isEmpty())
            return;
        if (!name.endsWith(suffix, Qt::CaseInsensitive))
            name += suffix;
        QString error;
        if (!exportChart(view, name, &error))
            QMessageBox::warning(view, QCoreApplication::translate("strata::ViewActions", "Save chart"), error);
    };
    auto *png = new QAction(QCoreApplication::translate("strata::ViewActions", "Save chart as PNG…"), view);
    QObject::connect(png, &QAction::triggered, view, [save] { save(QCoreApplication::translate("strata::ViewActions", "PNG images (*.png)"), QStringLiteral(".png")); });
    auto *svg = new QAction(QCoreApplication::translate("strata::ViewActions", "Save chart as SVG…"), view);
    QObject::connect(svg, &QAction::triggered, view, [save] { save(QCoreApplication::translate("strata::ViewActions", "SVG images (*.svg)"), QStringLiteral(".svg")); });
    view->addAction(png);
    view->addAction(svg);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

int filterTableRows(QTableWidget *table, const QString &text)
{
    const QString needle = text.trimmed();
    int visible = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        bool match = needle.isEmpty();
        for (int c = 0; !match && c < table->columnCount(); ++c) {
            const QTableWidgetItem *item = table->item(r, c);
            match = item && item->text().contains(needle, Qt::CaseInsensitive);
        }
        table->setRowHidden(r, !match);
        visible += match ? 1 : 0;
    }
    return visible;
}

} // namespace strata
