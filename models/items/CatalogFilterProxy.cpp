#include "CatalogFilterProxy.h"
#include "CatalogTreeModel.h"

namespace strata {

namespace {

bool isObject(const QModelIndex &index)
{
    using K = CatalogTreeModel::NodeKind;
    switch (K(index.data(CatalogTreeModel::KindRole).toInt())) {
    case K::Table: case K::PartitionedTable: case K::ForeignTable: case K::View:
    case K::MaterializedView: case K::Function: case K::Procedure:
        return true;
    default:
        return false;
    }
}

} // namespace

CatalogFilterProxy::CatalogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a schema or group shows when an object below it matches
    setDynamicSortFilter(true);         // objects loaded later are filtered and sorted too
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CatalogFilterProxy::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    invalidateFilter();
}

bool CatalogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, CatalogTreeModel::NameColumn, sourceParent);
    if (!isObject(index))
        return false; // containers show through recursive filtering only
    const QString name = index.data().toString();
    const QString schema = index.data(CatalogTreeModel::SchemaRole).toString();
    return name.contains(m_filter, Qt::CaseInsensitive)
           || QString(schema + u'.' + name).contains(m_filter, Qt::CaseInsensitive);
}

bool CatalogFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!isObject(left) || !isObject(right))
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    switch (left.column()) {
    case CatalogTreeModel::RowsColumn:
        return left.data(CatalogTreeModel::RowEstimateRole).toLongLong()
               < right.data(CatalogTreeModel::RowEstimateRole).toLongLong();
    case CatalogTreeModel::SizeColumn:
        return left.data(CatalogTreeModel::SizeBytesRole).toLongLong()
               < right.data(CatalogTreeModel::SizeBytesRole).toLongLong();
    default:
        return QString::localeAwareCompare(left.data().toString().toCaseFolded(),
                                           right.data().toString().toCaseFolded()) < 0;
    }
}

} // namespace strata
