#pragma once
// The History tab: a migration folder joined with the database's ledger. A table of
// migrations with state filters, a timeline chart and a revision graph.

#include "history/History.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace strata {

class ErrorBanner;
class HistoryTableModel;
class HistoryTimeline;
class RevisionGraph;
class Session;
class SqlView;

class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    void setSession(Session *session);
    void setFolder(const QString &dir);
    void reload();
    // Reads the ledger again when a history is shown (after a runbook wrote the ledger).
    void reloadIfShown();

    HistoryTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QLabel *summaryLabel() const { return m_summary; }
    RevisionGraph *graph() const { return m_graph; }
    HistoryTimeline *timeline() const { return m_timeline; }
    ErrorBanner *banner() const { return m_banner; }
    QTableView *table() const { return m_table; }
    // The selected migration's SQL (its up section, then its down section), highlighted.
    SqlView *sqlView() const { return m_sql; }
    // "Pre-flight this migration" (Ctrl+P) and "Open in the runbook": the main window puts
    // them in its menu, so the shortcut works from every tab.
    QAction *preflightAction() const { return m_preflightAct; }
    QAction *runbookAction() const { return m_runbookAct; }
    // The migration file of the selected row, if it has one (ghosts have none).
    const MigrationFile *selectedFile() const;
    // Sends the selected migration's forward SQL on (emits the signals below).
    // run: ask the receiver to run the check at once (false: only hand the SQL over).
    void preflightSelected(bool run = true);
    void runbookSelected();
    // Selects the first pending migration; false when there is none.
    bool selectFirstPending();

signals:
    void loaded(bool ok);
    // The forward SQL of a migration, for the Pre-flight and Runbook tabs.
    // rollbackSql: the migration's down section ("" when the format has none).
    // firstLine: the file line the up section starts at.
    void preflightRequested(const QString &sql, const QString &source, const QString &rollbackSql, bool run, int firstLine);
    // path: the migration file (its folder's tool and ledger give the runbook its ledger step).
    // oneTransaction: the folder's tool runs the file in one transaction (the runbook's grouping).
    void runbookRequested(const QString &sql, const QString &source, int firstLine, const QString &path, bool oneTransaction);

private:
    void chooseFolder();
    void applyFilter();
    void showResult(const HistoryResult &result, const QList<MigrationFile> &files);
    void updateActions();
    void showSelectedSql();
    void hideEmptyColumns();

    Session *m_session = nullptr;
    quint64 m_generation = 0;
    QLineEdit *m_dir;
    QComboBox *m_format;
    QComboBox *m_stateFilter;
    QLineEdit *m_search;
    QLabel *m_summary;
    ErrorBanner *m_banner;
    HistoryTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    HistoryTimeline *m_timeline;
    RevisionGraph *m_graph;
    QPushButton *m_preflight;
    QPushButton *m_runbook;
    QAction *m_preflightAct;
    QAction *m_runbookAct;
    SqlView *m_sql;
    QTabWidget *m_lower;
    QList<MigrationFile> m_files;
};

} // namespace strata
