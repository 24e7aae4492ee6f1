#pragma once
// The object browser's filter and sort over CatalogTreeModel: a name filter that
// keeps the schemas and groups above every matching object (and hides empty ones),
// and sorting of the objects inside each group by name, row estimate or size.
// Schemas and groups keep the server's order (public first; Tables, Views, Functions).

#include <QSortFilterProxyModel>

namespace strata {

class CatalogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CatalogFilterProxy(QObject *parent = nullptr);

    // Case-insensitive; matches the object's name or "schema.name".
    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filter;
};

} // namespace strata
