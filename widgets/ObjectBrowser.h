#pragma once
// Schemas, tables (row estimates, sizes), views and functions of the connected database.

#include <QWidget>

class QTreeView;

namespace strata {

class CatalogTreeModel;
class Session;

class ObjectBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectBrowser(QWidget *parent = nullptr);
    void setSession(Session *session);
    CatalogTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Wide enough for "schema > group > table" plus rows and size, so the dock opens usable.
    QSize sizeHint() const override { return {400, 600}; }

private:
    CatalogTreeModel *m_model;
    QTreeView *m_view;
};

} // namespace strata
