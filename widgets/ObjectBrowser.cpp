#include "ObjectBrowser.h"
#include "ViewActions.h"
#include "items/CatalogFilterProxy.h"
#include "items/CatalogTreeModel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace strata {

ObjectBrowser::ObjectBrowser(QWidget *parent)
    : QWidget(parent), m_model(new CatalogTreeModel(this)), m_proxy(new CatalogFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("objectFilter"));
    m_filter->setPlaceholderText(tr("Filter objects by name (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the tables, views and functions whose name (or schema.name) contains the text, in every schema."));
    auto *find = new QAction(tr("&Find objects…"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut); // from every tab, not only from this panel
    m_findAction = find;
    connect(find, &QAction::triggered, m_filter, [this] { m_filter->setFocus(); m_filter->selectAll(); });
    addAction(find);
    connect(m_filter, &QLineEdit::textChanged, this, &ObjectBrowser::applyFilter);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("objectTree"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogTreeModel::NameColumn, Qt::AscendingOrder);
    installCopyAction(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    // Name takes the room the other columns leave, but never less than its floor
    // (fitNameColumn); QHeaderView::Stretch would squeeze it to nothing in a narrow dock.
    m_view->header()->setSectionResizeMode(CatalogTreeModel::NameColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(CatalogTreeModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CatalogTreeModel::RowsColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CatalogTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setMinimumSectionSize(40);
    m_view->viewport()->installEventFilter(this);
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section != CatalogTreeModel::NameColumn)
            fitNameColumn(); // Kind, Rows or Size grew to their contents
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    // Open the first schema (public) and its tables as soon as they arrive; while a
    // filter is set, open everything that matches as it loads. Both after the insertion's
    // signal has reached everyone: expanding fetches children, and rows inserted from
    // inside another insertion's notification would reach the other observers (the
    // proxy's, a model tester) nested in it.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &insertedUnder, int first) {
        if (insertedUnder.isValid() || first != 0)
            return;
        QTimer::singleShot(0, this, [this] {
            const QModelIndex schema = m_model->index(0, 0);
            if (!schema.isValid())
                return;
            m_view->expand(m_proxy->mapFromSource(schema));
            m_view->expand(m_proxy->mapFromSource(m_model->index(0, 0, schema)));
        });
    });
    auto *expandMatches = new QTimer(this); // one expandAll for a burst of insertions
    expandMatches->setSingleShot(true);
    expandMatches->setInterval(0);
    connect(expandMatches, &QTimer::timeout, this, [this] {
        if (!m_proxy->nameFilter().isEmpty())
            m_view->expandAll();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, expandMatches, [this, expandMatches] {
        if (!m_proxy->nameFilter().isEmpty())
            expandMatches->start();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_model->setEagerLoading(!m_proxy->nameFilter().isEmpty());
    });
}

void ObjectBrowser::setSession(Session *session)
{
    m_model->setSession(session);
}

int ObjectBrowser::nameColumnFloor() const
{
    // Three levels of indentation, the expand arrow, and about 18 characters of a name.
    return 3 * m_view->indentation() + m_view->fontMetrics().horizontalAdvance(QStringLiteral("workspace_members_")) + 24;
}

QSize ObjectBrowser::sizeHint() const
{
    // The Name column's floor, then Kind, Rows and Size each as wide as its header or a
    // typical value ("function", "1,234,567", "999.0 KB"), whichever is wider; the values
    // formatted as the model formats them.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + style()->pixelMetric(QStyle::PM_HeaderMarkSize);
    const std::pair<int, QString> samples[] = {{CatalogTreeModel::KindColumn, QStringLiteral("function")},
                                               {CatalogTreeModel::RowsColumn, QLocale().toString(1234567)},
                                               {CatalogTreeModel::SizeColumn, CatalogTreeModel::formatBytes(1023 * 1000)}};
    int width = nameColumnFloor();
    for (const auto &[column, sample] : samples) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        width += std::max(fm.horizontalAdvance(header), fm.horizontalAdvance(sample)) + pad;
    }
    width += style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * m_view->frameWidth();
    return {width, 600};
}

void ObjectBrowser::fitNameColumn()
{
    const QHeaderView *header = m_view->header();
    int others = 0;
    for (int c = 0; c < header->count(); ++c)
        if (c != CatalogTreeModel::NameColumn && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    const int width = std::max(nameColumnFloor(), m_view->viewport()->width() - others);
    if (header->sectionSize(CatalogTreeModel::NameColumn) != width)
        m_view->setColumnWidth(CatalogTreeModel::NameColumn, width);
}

bool ObjectBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void ObjectBrowser::applyFilter(const QString &text)
{
    m_proxy->setNameFilter(text);
    m_model->setEagerLoading(!m_proxy->nameFilter().isEmpty());
    if (!m_proxy->nameFilter().isEmpty())
        m_view->expandAll();
}

} // namespace strata
