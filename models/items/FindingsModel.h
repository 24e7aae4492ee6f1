#pragma once
// The Pre-flight tab's findings table: one row per finding of a PreflightReport
// (severity, statement line, table, check, count, message, advice). No colours here
// (models/ has no QtGui): views colour rows by SeverityRole.

#include "preflight/Findings.h"

#include <QAbstractTableModel>

namespace strata {

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LineColumn, TableColumn, CheckColumn, CountColumn, MessageColumn, AdviceColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(preflight::Severity)
        SortRole,                        // numbers for severity, line and count; text otherwise
        RuleRole,                        // the stable rule id
        FindingRowRole,                  // the row in report().findings
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setReport(const preflight::PreflightReport &report);
    void clear();
    const preflight::PreflightReport &report() const { return m_report; }
    const preflight::Finding &finding(int row) const { return m_report.findings[row]; }

    // "public.agents" or "agents" for the public schema; empty for script-wide findings.
    static QString tableName(const preflight::Finding &f);
    static QString severityLabel(preflight::Severity s);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    preflight::PreflightReport m_report;
};

// A plain table of strings: the drill-down's duplicate groups, sample rows or breakdown.
class FindingRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The cell as a number when it reads as one (counts sort as numbers), else its text.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit FindingRowsModel(QObject *parent = nullptr);

    void setRows(const QStringList &columns, const QList<QStringList> &rows);
    void clear() { setRows({}, {}); }
    const QStringList &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QList<QStringList> m_rows;
};

} // namespace strata
