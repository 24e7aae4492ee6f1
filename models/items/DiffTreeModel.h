#pragma once
// The diff view's tree: one top-level row per object kind that has differences
// ("Tables (3)"), the objects below it with their state (added / removed / changed)
// and the fields that differ. No colours here (models/ has no QtGui): views colour
// rows by StateRole.

#include "diff/SchemaDiff.h"

#include <QAbstractItemModel>

namespace strata {

class DiffTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ObjectColumn, StateColumn, DetailColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(diff::ChangeState); kind rows: -1
        StateIdRole,                  // "added", "removed", "changed"; kind rows: ""
        KindRole,                     // int(diff::ObjectKind)
        KeyRole,                      // the object's key ("table:public.users"); kind rows: ""
        FilterRole,                   // text the filter box matches (key, name, fields)
    };

    explicit DiffTreeModel(QObject *parent = nullptr);

    // Shows the non-Same objects of `result`.
    void setResult(const diff::DiffResult &result);
    void clear();

    int kindCount() const { return int(m_groups.size()); }
    diff::ObjectKind kindAt(int row) const { return m_groups[row].kind; }
    // Objects listed under a kind (0 when it has no differences).
    int objectCount(diff::ObjectKind kind) const;
    // Per kind and state ([kind][state], states as diff::ChangeState).
    int count(diff::ObjectKind kind, diff::ChangeState state) const;
    // The object behind an index (nullptr for kind rows and invalid indexes).
    const diff::ObjectDiff *object(const QModelIndex &index) const;
    QModelIndex indexOfKey(const QString &key) const;

    static QString stateLabel(diff::ChangeState state); // translated "added", ...

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        diff::ObjectKind kind;
        QList<diff::ObjectDiff> objects;
        int added = 0, removed = 0, changed = 0;
    };
    static constexpr quintptr kTopLevel = ~quintptr(0);
    QList<Group> m_groups;
};

} // namespace strata
