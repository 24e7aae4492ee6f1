#pragma once
// Wiring only: menus, docks, tabs and the status bar around the widgets/ views.

#include "common/Error.h"
#include "pg/Connection.h"

#include <QMainWindow>
#include <memory>

class QDockWidget;
class QLabel;
class QProgressBar;
class QTabWidget;
class QToolButton;

namespace strata {
class DiffView;
class ErrorBanner;
class HistoryView;
class ObjectBrowser;
class PreflightView;
class Session;
class RunbookView;
class SquashView;
class StartPage;
}

class DemoLauncher;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openDemo();
    void connectTo(const strata::ConnectionProfile &profile);
    void showConnectDialog();
    // "start", "history", "squash", "diff", "preflight", "runbook": false for an unknown name.
    bool showTab(const QString &id);

    // For tests and screenshots.
    strata::Session *session() const { return m_session.get(); }
    strata::ObjectBrowser *objectBrowser() const { return m_browser; }
    strata::ErrorBanner *banner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    strata::HistoryView *historyView() const { return m_history; }
    strata::DiffView *diffView() const { return m_diff; }
    strata::PreflightView *preflightView() const { return m_preflight; }
    strata::SquashView *squashView() const { return m_squash; }
    strata::RunbookView *runbookView() const { return m_runbook; }
    QString statusText() const;

signals:
    void connected();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void onConnected(const strata::ConnectionInfo &info, const strata::ConnectionProfile &profile);
    void onConnectionLost(const strata::Error &error);
    void askPasswordAndRetry(strata::ConnectionProfile profile, const strata::Error &error);
    void setBusy(const QString &text, bool cancellable);
    void clearBusy();
    void updateStatus();
    void setViewsSession(strata::Session *session);
    // "Replay migration folders on": the private server, or the connected one.
    void applyReplayTarget();

    std::unique_ptr<strata::Session> m_session;
    // A connection being opened: it replaces m_session only once it is open, so a failed
    // attempt leaves the working session as it was.
    std::unique_ptr<strata::Session> m_pending;
    strata::ConnectionProfile m_profile;
    strata::ErrorBanner *m_banner;
    strata::ObjectBrowser *m_browser;
    strata::HistoryView *m_history;
    strata::DiffView *m_diff;
    strata::PreflightView *m_preflight;
    strata::SquashView *m_squash;
    strata::RunbookView *m_runbook;
    strata::StartPage *m_start;
    QTabWidget *m_tabs;
    QDockWidget *m_objectsDock;
    QLabel *m_serverLabel, *m_modeLabel, *m_sslLabel, *m_busyLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    DemoLauncher *m_demo = nullptr;
    quint64 m_connectGeneration = 0;
};
