#pragma once
// The Diff tab: pick source A and source B (a connection string, the current
// connection, a snapshot file or a migration folder), Compare (off the GUI thread,
// with progress and Cancel), then a tree of differences grouped by kind with a
// filter, the selected object's DDL side by side, the generated script with its
// hazards marked, "Save script…", a chart of differences by kind, and the script's
// verification on a scratch copy (DiffVerifyBar: automatic for small schemas).

#include "diff/Comparison.h"
#include "pg/ConnectionProfile.h"

#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace strata {

class DiffChart;
class DiffDdlPane;
class DiffSourcePicker;
class DiffTreeModel;
class DiffVerifyBar;
class ErrorBanner;
class Session;
class SqlView;

class DiffView : public QWidget
{
    Q_OBJECT
public:
    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    // "Current connection" as a source: the session's profile (read when comparing),
    // or a profile given directly. nullptr / clearCurrentProfile() removes the option.
    // A result drawn from the previous connection is cleared when the session goes to
    // another server or database (a compare still running for it is canceled).
    void setSession(Session *session);
    void setCurrentProfile(const ConnectionProfile &profile);
    void clearCurrentProfile();
    // Specs as `strata-cli diff` takes them: a URI or key=value string, a *.json
    // snapshot file or a migration folder.
    void setSources(const QString &a, const QString &b);
    // Migration folders replay on this server (throwaway databases) instead of a private one.
    void setReplayServer(const std::optional<ConnectionProfile> &server) { m_replayServer = server; }
    // Loads both sides and compares them off the GUI thread; finished(ok) follows.
    // A new compare() supersedes (cancels) a running one.
    void compare();
    void cancel();
    bool isBusy() const { return m_busy; }
    // Drops the shown result (tree, chart, script, hazards, summary).
    void clearResult();
    // The script opens in the runbook only when side A is the window's connection and the
    // window is still connected to the database it was compared on.
    bool canOpenInRunbook() const;
    // Writes the generated script (off the GUI thread); scriptSaved(ok) follows.
    void saveScript(const QString &fileName);
    // Selects the object with this key in the tree and shows its DDL.
    bool selectObject(const QString &key);

    // For tests and the main window.
    const diff::Comparison *comparison() const { return m_comparison.get(); }
    DiffSourcePicker *sourceA() const { return m_pickA; }
    DiffSourcePicker *sourceB() const { return m_pickB; }
    QCheckBox *ignoreOwnersBox() const { return m_ignoreOwners; }
    QCheckBox *ignoreGrantsBox() const { return m_ignoreGrants; }
    QCheckBox *ignoreColumnOrderBox() const { return m_ignoreColumnOrder; }
    DiffTreeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    DiffDdlPane *ddlPane() const { return m_ddl; }
    SqlView *scriptView() const { return m_script; }
    QListWidget *hazardList() const { return m_hazards; }
    DiffChart *chart() const { return m_chart; }
    ErrorBanner *banner() const { return m_banner; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *runbookButton() const { return m_toRunbook; }
    DiffVerifyBar *verifyBar() const { return m_verifyBar; }

signals:
    void finished(bool ok);
    void scriptSaved(bool ok);
    // "Open in the runbook…": the generated script and a name for it.
    void runbookRequested(const QString &sql, const QString &source);

private:
    std::optional<ConnectionProfile> m_replayServer;
    void setBusy(bool busy);
    void showComparison(diff::Comparison &&result);
    void showScript(const diff::Plan &plan);
    void showSelected();
    void applyFilter();
    void chooseSaveFile();
    void fail(const Error &e);
    void updateRunbookButton();
    QString sessionTarget() const;
    void setConnectionTarget(const QString &target);

    Session *m_session = nullptr;
    quint64 m_generation = 0;
    bool m_busy = false;
    std::function<void()> m_cancelRunning;
    std::unique_ptr<diff::Comparison> m_comparison;
    // The connection (target key) the shown result was drawn from ("" when neither side
    // was the window's connection), and whether side A was that connection.
    QString m_resultTarget;
    bool m_resultAIsConnection = false;
    QString m_sessionTargetKey; // the window's connection (session or current profile), "" when none

    DiffSourcePicker *m_pickA;
    DiffSourcePicker *m_pickB;
    QCheckBox *m_ignoreOwners;
    QCheckBox *m_ignoreGrants;
    QCheckBox *m_ignoreColumnOrder;
    QLineEdit *m_schemas;
    QPushButton *m_compare;
    QPushButton *m_cancel;
    QProgressBar *m_bar;
    QLabel *m_progress;
    ErrorBanner *m_banner;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    DiffTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    DiffDdlPane *m_ddl;
    SqlView *m_script;
    QListWidget *m_hazards;
    QPushButton *m_save;
    QPushButton *m_toRunbook;
    DiffChart *m_chart;
    DiffVerifyBar *m_verifyBar;
};

} // namespace strata
