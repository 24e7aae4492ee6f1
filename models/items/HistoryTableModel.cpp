#include "HistoryTableModel.h"

#include <QLocale>

namespace strata {

HistoryTableModel::HistoryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryTableModel::setResult(const HistoryResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.entries.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return HistoryTableModel::tr("%1 ms").arg(ms);
    return HistoryTableModel::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_result.entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return History::stateLabel(e.state);
        case VersionColumn: return e.version;
        case NameColumn:
            // A group that is the migration's own folder (Prisma: "20240824000000_init")
            // repeats the version and the name: the name alone.
            if (e.group.isEmpty() || (!e.version.isEmpty() && e.group.startsWith(e.version)))
                return e.name;
            return QString(e.group + QStringLiteral(" / ") + e.name);
        case AppliedAtColumn: return e.appliedAt.isValid() ? QLocale().toString(e.appliedAt.toLocalTime(), QLocale::ShortFormat) : QString();
        case AppliedByColumn: return e.appliedBy;
        case DurationColumn: return durationText(e.durationMs);
        case FileColumn: return e.fileName;
        case DetailColumn: return e.detail;
        }
        return {};
    case Qt::ToolTipRole:
        return e.detail.isEmpty() ? QVariant() : QVariant(e.detail);
    case StateRole:
        return int(e.state);
    case StateIdRole:
        return History::stateId(e.state);
    case SortRole:
        switch (index.column()) {
        case AppliedAtColumn: return e.appliedAt;
        case DurationColumn: return e.durationMs;
        case VersionColumn: return index.row(); // the tool's order, not text order
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case VersionColumn: return tr("Version");
    case NameColumn: return tr("Name");
    case AppliedAtColumn: return tr("Applied");
    case AppliedByColumn: return tr("By");
    case DurationColumn: return tr("Duration");
    case FileColumn: return tr("File");
    case DetailColumn: return tr("Detail");
    }
    return {};
}

} // namespace strata
