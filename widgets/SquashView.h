#pragma once
// The squash assistant: pick a migration folder (the full chain) and a candidate
// baseline (a .sql file or a folder); check() replays both on a private scratch server
// off the GUI thread (progress, cancel) and shows "identical" or every difference, the
// consolidation report over the chain, and — when the baseline is equivalent and the
// tool has one — the ledger surgery script (for the runbook, never run from here).
// With only a chain, check() audits it (squash::ChainAudit): every migration with what
// it does and its replay status, and the findings (sequence checks, consolidation,
// where the replay stops).

#include "history/Consolidation.h"
#include "pg/ConnectionProfile.h"
#include "squash/ChainAudit.h"
#include "squash/SquashCheck.h"

#include <optional>

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace strata {

class ErrorBanner;
class SqlView;

class SquashView : public QWidget
{
    Q_OBJECT
public:
    explicit SquashView(QWidget *parent = nullptr);
    ~SquashView() override;

    void setFolder(const QString &dir);
    void setBaseline(const QString &path);
    QString folder() const;
    QString baseline() const;
    // Ledger tool for the surgery script: "" = the chain folder's format.
    void setTool(const QString &tool);

    void check();
    void cancel();
    // Replay on this server (throwaway databases) instead of a private one; nullopt: private.
    void setReplayServer(const std::optional<ConnectionProfile> &server) { m_replayServer = server; }
    bool isRunning() const { return m_watcher != nullptr; }

    // What the view shows (for tests and the main window).
    QTableWidget *differencesTable() const { return m_differences; }
    QTableWidget *reportTable() const { return m_report; }
    QTableWidget *migrationsTable() const { return m_steps; }
    QLineEdit *filterEdit() const { return m_filter; }
    SqlView *surgeryView() const { return m_surgery; }
    QPushButton *openInRunbookButton() const { return m_openInRunbook; }
    QString statusText() const;
    ErrorBanner *errorBanner() const { return m_banner; }

signals:
    // After every check: true when the baseline is equivalent (false also on errors and cancel).
    void finished(bool identical);
    // "Open in the runbook…": the ledger surgery script and a name for it. Surgery runs only
    // through the runbook (step by step, journaled); this view never executes it.
    void surgeryRequested(const QString &sql, const QString &source);

private:
    void applyFilter();
    struct Outcome
    {
        Result<SquashResult> check;
        Result<ConsolidationReport> report;
        Result<QString> surgery;
        std::optional<Result<squash::AuditReport>> audit; // set when there was no baseline
    };
    static void work(QPromise<Outcome> &promise, const QString &folder, const QString &baseline, const QString &tool,
                     const std::optional<ConnectionProfile> &server);

    void browseFolder();
    void browseBaselineFile();
    void browseBaselineFolder();
    void setRunning(bool running);
    void showOutcome(const Outcome &o);
    void fillDifferences(const SquashResult &r);
    void fillReport(const ConsolidationReport &r);
    void showAudit(const squash::AuditReport &r);
    void clearResults();

    QTableWidget *m_steps = nullptr;
    std::optional<ConnectionProfile> m_replayServer;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_baseline = nullptr;
    QComboBox *m_tool = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_differences = nullptr;
    QTableWidget *m_report = nullptr;
    SqlView *m_surgery = nullptr;
    QPushButton *m_openInRunbook = nullptr;
    QString m_surgerySql; // the script shown, when there is one (not an error note)
    QString m_surgerySource;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
};

} // namespace strata
