#pragma once
// The drill-down under the Pre-flight findings table: the selected finding's message and
// advice, its duplicate groups, sample rows and tenant breakdown, the statement in the
// script (highlighted), and the query that produced the finding.

#include "preflight/Findings.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace strata {

class FindingRowsModel;
class SqlView;

class FindingsDetail : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsDetail(QWidget *parent = nullptr);

    // script: the whole SQL the report was made from (the statement is marked in it).
    // firstLine: the file line `script` starts at (the report's lines are file lines).
    void showFinding(const preflight::Finding &finding, const preflight::PreflightReport &report, const QString &script,
                     int firstLine = 1);
    void clear();

    FindingRowsModel *groupsModel() const { return m_groups; }
    FindingRowsModel *samplesModel() const { return m_samples; }
    FindingRowsModel *breakdownModel() const { return m_breakdown; }
    SqlView *statementView() const { return m_statement; }
    SqlView *queryView() const { return m_query; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *messageLabel() const { return m_message; }

private:
    QTableView *makeTable(FindingRowsModel *model);
    void setTab(QWidget *page, bool visible, const QString &title);

    QLabel *m_message;
    QTabWidget *m_tabs;
    FindingRowsModel *m_groups;
    FindingRowsModel *m_samples;
    FindingRowsModel *m_breakdown;
    QTableView *m_groupsView;
    QTableView *m_samplesView;
    QTableView *m_breakdownView;
    SqlView *m_statement;
    SqlView *m_query;
};

} // namespace strata
