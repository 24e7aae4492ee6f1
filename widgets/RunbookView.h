#pragma once
// The Runbook tab: the steps of a script (state, lock level, mode, time), the selected
// step's SQL highlighted, its warnings, notices and timings; "Run step", "Skip", "Stop"
// for the current step, the table name typed for a step that can lose data, and a busy
// bar with Cancel while a statement runs. The Executor (write connection, backups,
// journal) lives on a worker thread: the GUI thread never waits on the database.

#include "common/Error.h"
#include "pg/ConnectionProfile.h"
#include "runbook/Executor.h"

#include <QThread>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace strata {

class ErrorBanner;
class RunbookStepsModel;
class SqlView;

class RunbookView : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookView(QWidget *parent = nullptr);
    ~RunbookView() override;

    // The window's connection. A runbook is built for the database the window is connected
    // to when it is loaded (a write session is opened there on the first step) and stays
    // tied to it: connected elsewhere (or not at all), it does not run until the operator
    // re-targets it (retarget(), before its first step) or connects to that database again.
    void setProfile(const ConnectionProfile &profile);
    void clearProfile();
    void retarget();
    // The window is connected to the database the loaded runbook was built for.
    bool isOnTarget() const;
    // The database the loaded runbook is built for (valid when hasTarget()).
    const ConnectionProfile &targetProfile() const { return m_profile; }
    bool hasTarget() const { return m_hasProfile; }
    // A step runs on the runbook's write session right now.
    bool isWriting() const { return m_writing; }
    // Builds the runbook from SQL (a migration section, a diff or rollback script) and
    // shows it; nothing runs until "Run step". source names it (file name).
    // firstLine: the file line the SQL starts at (a migration's up section), for step lines.
    // path: the migration file the SQL comes from: the runbook then records it in its tool's
    // ledger as the tool does (LedgerStep, read from the database when the catalog is read)
    // and is blocked when the ledger says it is applied, until the operator types the
    // override (overrideEdit()).
    // oneTransaction: group the statements the way the migration's tool runs them (one
    // transaction step between explicit blocks and CONCURRENTLY statements).
    void loadSql(const QString &sql, const QString &source, int firstLine = 1, const QString &path = {}, bool oneTransaction = false);
    // Where journals (and, next to them, backups) are written; default: the app data folder.
    void setJournalFolder(const QString &dir);
    // Lock timeout, retries, backups...: applies to the runbooks loaded after the call.
    void setExecutorOptions(const runbook::ExecutorOptions &options) { m_options = options; }

    // Loads a prepared runbook (a guided rollback, a saved runbook): a fresh journal, nothing
    // runs until "Run step". findings: pre-flight sentences shown above the steps.
    void loadRunbook(const runbook::Runbook &runbook, const QStringList &findings = {}, bool blocked = false);

    // "Roll back what ran" (button, Ctrl+Shift+Z): after a run that started (done, stopped
    // or failed; a run still open is stopped first), builds the guided rollback from its
    // journal on the worker thread (inverse script from the schema snapshots, restores
    // from the verified backups, pre-flight against the live database read-only), then
    // loads it as the next runbook; its pre-flight findings show in the banner.
    void rollBackRun();
    bool canRollBack() const { return m_journalOpen && !m_busy; }
    // "Audit report…": the run's audit report (Markdown, or HTML for .html/.htm) with its
    // guided rollback, built from the journal on the worker thread; reportWritten follows.
    void exportReport(const QString &path);

    void runStep();   // the current step (needs the typed name for destructive steps)
    void skipStep();
    void stopRun();
    void cancel();    // cancels the running statement (PQcancel)

    bool isBusy() const { return m_busy; }
    QString journalPath() const { return m_journalPath; }

    // For tests and the main window.
    RunbookStepsModel *model() const { return m_model; }
    QTableView *stepsTable() const { return m_table; }
    SqlView *sqlView() const { return m_sql; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QLineEdit *overrideEdit() const { return m_override; }
    // "One step per statement": a migration its tool runs in one transaction, split (before
    // its first step), each step saying which key a table goes without until a later one.
    QCheckBox *splitCheck() const { return m_split; }
    // What the operator types to run a runbook with blocking findings (its version, or its title).
    QString overrideWord() const;
    QPushButton *runButton() const { return m_run; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *retargetButton() const { return m_retarget; }
    QPushButton *reportButton() const { return m_report; }
    // The pre-flight findings of the loaded guided rollback (empty for other runbooks).
    const QStringList &rollbackFindings() const { return m_rollbackFindings; }
    QPlainTextEdit *detailView() const { return m_detail; }
    ErrorBanner *errorBanner() const { return m_banner; }

signals:
    void stepFinished(int step, bool ok);
    void ledgerWritten(); // a step that writes the migration tool's ledger is done
    void runbookFinished();
    void errorOccurred(const QString &message);
    void busyChanged(bool busy);
    // The guided rollback is loaded (steps: its step count; blocked: its pre-flight has a
    // blocking finding) or could not be built (steps -1, the error in errorOccurred).
    void rollbackReady(int steps, bool blocked);
    void reportWritten(const QString &path, const QString &error); // error empty: written

private:
    void showTitle(int steps); // "<source>: N step(s). …"
    QString m_titleSource;
    void freshExecutor();
    QString newJournalPath() const;
    void post(std::function<void(runbook::Executor &)> work);
    void refreshFromExecutor(runbook::Executor &ex, int step, const QStringList &notes, const Error &error, bool ok,
                             bool reportStep);
    void showSelected();
    void refineWithCatalog(); // catalog-aware lock levels and destructive steps, on the worker thread
    void setupColumns();
    void updateButtons();
    void setBusy(bool busy);
    void adoptConnectionAsTarget();
    void tieToConnection();
    void showTargetState();
    void showLedgerState();
    bool overrideNeeded() const;

    ConnectionProfile m_profile;
    runbook::ExecutorOptions m_options;
    QString m_journalFolder;
    QString m_journalPath;
    bool m_started = false;
    bool m_busy = false;
    bool m_stopped = false;
    bool m_hasProfile = false;   // m_profile: the loaded runbook's target
    ConnectionProfile m_connected; // the window's connection
    bool m_isConnected = false;
    bool m_writing = false;
    bool m_targetBanner = false; // the banner shows the "built for another database" note
    bool m_journalOpen = false; // the loaded runbook's run has a journal (it can be rolled back)
    QStringList m_rollbackFindings;
    int m_refining = 0;   // catalog refinements in flight (they keep the view busy)
    int m_generation = 0; // bumped per loaded runbook; stale catalog refinements are dropped
    int m_firstLine = 1;  // the file line the loaded SQL starts at (for the pre-flight's lines)
    struct Loaded { QString sql, source, path; int firstLine = 1; bool toolTransaction = false; } m_loaded; // the last loadSql

    QThread m_thread;
    QObject *m_context = nullptr;                 // lives on m_thread
    std::unique_ptr<runbook::Executor> m_executor; // used on m_thread only (cancel() excepted)

    RunbookStepsModel *m_model;
    QLabel *m_title;
    ErrorBanner *m_banner;
    QTableView *m_table;
    SqlView *m_sql;
    QPlainTextEdit *m_detail;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_overrideLabel;
    QLineEdit *m_override;
    QCheckBox *m_split;
    QPushButton *m_run;
    QPushButton *m_skip;
    QPushButton *m_stop;
    QPushButton *m_cancel;
    QPushButton *m_rollback;
    QPushButton *m_retarget;
    QPushButton *m_report;
    QProgressBar *m_progress;
};

} // namespace strata
