#pragma once
// Schemas, tables (row estimates, sizes), views and functions of the connected
// database, with a name filter (Ctrl+F; it loads every schema's objects) and sorting
// by name, rows or size.

#include <QWidget>

class QAction;
class QLineEdit;
class QTreeView;

namespace strata {

class CatalogFilterProxy;
class CatalogTreeModel;
class Session;

class ObjectBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ObjectBrowser(QWidget *parent = nullptr);
    void setSession(Session *session);
    CatalogTreeModel *model() const { return m_model; }   // the source model
    CatalogFilterProxy *proxy() const { return m_proxy; } // what the view shows
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    // "Find objects…" (Ctrl+F, window-wide): focuses the name filter.
    QAction *findAction() const { return m_findAction; }
    // Wide enough for "schema > group > table" plus kind, rows and size, so the dock opens
    // with every column in view.
    QSize sizeHint() const override;

    // The Name column's narrowest width: a table name three levels deep stays readable; a
    // narrower dock scrolls sideways instead of squeezing the names to "...".
    int nameColumnFloor() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void fitNameColumn();

    CatalogTreeModel *m_model;
    CatalogFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QAction *m_findAction;
};

} // namespace strata
