#include "FindingsModel.h"

#include <QLocale>

namespace strata {

using preflight::Finding;
using preflight::Severity;

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingsModel::setReport(const preflight::PreflightReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

void FindingsModel::clear()
{
    setReport({});
}

QString FindingsModel::tableName(const Finding &f)
{
    if (f.table.isEmpty())
        return {};
    if (f.schema.isEmpty() || f.schema == u"public")
        return f.table;
    return f.schema + u'.' + f.table;
}

QString FindingsModel::severityLabel(Severity s)
{
    switch (s) {
    case Severity::Blocking: return tr("Blocking");
    case Severity::Warning: return tr("Warning");
    case Severity::Info: return tr("Info");
    }
    return {};
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_report.findings[index.row()];
    switch (role) {
    case SeverityRole: return int(f.severity);
    case RuleRole: return f.rule;
    case FindingRowRole: return index.row();
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn || index.column() == CountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CheckColumn: return f.rule;
        case MessageColumn:
        case AdviceColumn:
            return f.advice.isEmpty() ? f.message : f.message + QStringLiteral("\n\n") + f.advice;
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case SeverityColumn: return int(f.severity);
        case LineColumn: return f.line;
        case CountColumn: return f.count;
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return severityLabel(f.severity);
        case LineColumn: return f.line > 0 ? QVariant(f.line) : QVariant(QString());
        case TableColumn: return tableName(f);
        case CheckColumn: return f.check.isEmpty() ? f.rule : f.check;
        case CountColumn: return f.count >= 0 ? QLocale().toString(f.count) : QString();
        case MessageColumn: return f.message;
        case AdviceColumn: return f.advice;
        default: return {};
        }
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case LineColumn: return tr("Line");
    case TableColumn: return tr("Table");
    case CheckColumn: return tr("Check");
    case CountColumn: return tr("Count");
    case MessageColumn: return tr("Finding");
    case AdviceColumn: return tr("Advice");
    default: return {};
    }
}

FindingRowsModel::FindingRowsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingRowsModel::setRows(const QStringList &columns, const QList<QStringList> &rows)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    endResetModel();
}

int FindingRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FindingRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows[index.row()].value(index.column());
    if (role == SortRole) {
        const QString text = m_rows[index.row()].value(index.column());
        bool number = false;
        const double value = text.toDouble(&number);
        return number ? QVariant(value) : QVariant(text);
    }
    return {};
}

QVariant FindingRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace strata
