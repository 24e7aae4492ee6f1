#pragma once
// The History tab's table: one row per migration with its state. No colours here
// (models/ has no QtGui): views colour rows by StateRole.

#include "history/History.h"

#include <QAbstractTableModel>

namespace strata {

class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, VersionColumn, NameColumn, AppliedAtColumn, AppliedByColumn, DurationColumn, FileColumn, DetailColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, StateIdRole, SortRole };

    explicit HistoryTableModel(QObject *parent = nullptr);

    void setResult(const HistoryResult &result);
    const HistoryResult &result() const { return m_result; }
    const HistoryEntry &entry(int row) const { return m_result.entries[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    HistoryResult m_result;
};

} // namespace strata
