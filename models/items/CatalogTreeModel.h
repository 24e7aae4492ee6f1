#pragma once
// The object browser's model: schemas → Tables / Views / Functions → objects.
// Filled lazily: a level is queried (off the GUI thread, on the Session's worker)
// only when the view asks for it through canFetchMore()/fetchMore(). Results that
// arrive after reset() (a new connection) are dropped.

#include "common/Error.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <memory>
#include <vector>

namespace strata {

class Session;
class ResultSet;

class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, RowsColumn, SizeColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, SchemaRole, SizeBytesRole, RowEstimateRole };
    enum class NodeKind { Root, Schema, TablesGroup, ViewsGroup, FunctionsGroup, Table, PartitionedTable,
                          ForeignTable, View, MaterializedView, Function, Procedure, Loading };

    explicit CatalogTreeModel(QObject *parent = nullptr);
    ~CatalogTreeModel() override;

    // Starts over with this session (nullptr: empty model).
    void setSession(Session *session);
    void reload();
    bool isLoading() const { return m_pending > 0; }
    // On: every schema's tables, views and functions are loaded (one query per schema
    // and group, as on expand), now and for schemas that arrive later; the object
    // filter needs them all. Off: back to loading on demand.
    void setEagerLoading(bool on);
    bool eagerLoading() const { return m_eager; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString formatBytes(qint64 bytes);

signals:
    void loadFailed(const strata::Error &error);
    void loadingChanged(bool loading);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    void applyResult(Node *node, quint64 generation, const ResultSet &rs);
    void addGroups(Node *schema);
    void fetchAllGroups();

    std::unique_ptr<Node> m_root;
    QPointer<Session> m_session;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_eager = false;
};

} // namespace strata
