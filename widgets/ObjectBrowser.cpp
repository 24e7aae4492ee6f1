#include "ObjectBrowser.h"
#include "items/CatalogTreeModel.h"

#include <QHeaderView>
#include <QTreeView>
#include "ViewActions.h"
#include <QVBoxLayout>

namespace strata {

ObjectBrowser::ObjectBrowser(QWidget *parent) : QWidget(parent), m_model(new CatalogTreeModel(this))
{
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("objectTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    installCopyAction(m_view);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CatalogTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CatalogTreeModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CatalogTreeModel::RowsColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CatalogTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->header()->setMinimumSectionSize(60);
    // Open the first schema (public) and its tables as soon as they arrive.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first) {
        if (!parent.isValid() && first == 0) {
            const QModelIndex schema = m_model->index(0, 0);
            m_view->expand(schema);
            m_view->expand(m_model->index(0, 0, schema));
        }
    });
}

void ObjectBrowser::setSession(Session *session)
{
    m_model->setSession(session);
}

} // namespace strata
