#include "MainWindow.h"
#include "common/Deliver.h"
#include "DemoLauncher.h"

#include "ConnectionDialog.h"
#include "DiffSourcePicker.h"
#include "DiffView.h"
#include "ErrorBanner.h"
#include "FleetView.h"
#include "HistoryView.h"
#include "ObjectBrowser.h"
#include "PasswordStore.h"
#include "PreflightView.h"
#include "RunbookView.h"
#include "SquashView.h"
#include "replay/ReplayTarget.h"
#include "StartPage.h"
#include "items/CatalogTreeModel.h"
#include "pg/ProfileStore.h"
#include "pg/Session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QActionGroup>
#include <QtConcurrent/QtConcurrentRun>
#include <QStatusBar>
#include <QTabWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace strata;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Strata"));
    setObjectName(QStringLiteral("MainWindow"));

    m_banner = new ErrorBanner(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workbenchTabs"));
    m_tabs->setDocumentMode(true);
    m_start = new StartPage(this);
    m_tabs->addTab(m_start, tr("Start"));
    m_history = new HistoryView(this);
    m_tabs->addTab(m_history, tr("History"));
    m_squash = new SquashView(this);
    m_tabs->addTab(m_squash, tr("Squash"));
    m_diff = new DiffView(this);
    m_tabs->addTab(m_diff, tr("Diff"));
    m_preflight = new PreflightView(this);
    m_tabs->addTab(m_preflight, tr("Pre-flight"));
    m_runbook = new RunbookView(this);
    m_tabs->addTab(m_runbook, tr("Runbook"));
    auto *fleet = new FleetView(this);
    m_tabs->addTab(fleet, tr("Fleet"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_browser = new ObjectBrowser(this);
    auto *dock = new QDockWidget(tr("Objects"), this);
    dock->setObjectName(QStringLiteral("objectsDock"));
    dock->setWidget(m_browser);
    m_browser->setMinimumWidth(280);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_objectsDock = dock;
    connect(m_browser->model(), &CatalogTreeModel::loadFailed, m_banner, &ErrorBanner::showError);

    m_serverLabel = new QLabel(tr("Not connected"), this);
    m_modeLabel = new QLabel(this);
    m_sslLabel = new QLabel(this);
    m_busyLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(180);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    statusBar()->addWidget(m_serverLabel, 1);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_sslLabel);
    statusBar()->addPermanentWidget(m_modeLabel);
    clearBusy();

    connect(m_start, &StartPage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartPage::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_start, &StartPage::recentRequested, this, &MainWindow::connectTo);
    // Everything that changes a database runs through the runbook: diff scripts, ledger surgery, migrations.
    auto toRunbook = [this](const QString &sql, const QString &source, int firstLine = 1, const QString &path = {}, bool oneTransaction = false) {
        m_runbook->loadSql(sql, source, firstLine, path, oneTransaction);
        m_tabs->setCurrentWidget(m_runbook);
    };
    connect(m_diff, &DiffView::runbookRequested, this, [toRunbook](const QString &sql, const QString &source) { toRunbook(sql, source); });
    connect(m_squash, &SquashView::surgeryRequested, this, [toRunbook](const QString &sql, const QString &source) { toRunbook(sql, source); });
    connect(m_history, &HistoryView::runbookRequested, this, toRunbook);
    connect(fleet, &FleetView::diffRequested, this, [this](const QString &a, const QString &b) {
        m_diff->setSources(a, b);
        m_tabs->setCurrentWidget(m_diff);
        m_diff->compare();
    });
    connect(m_history, &HistoryView::preflightRequested, this,
            [this](const QString &sql, const QString &source, const QString &rollbackSql, bool run, int firstLine) {
        m_preflight->setSql(sql, source, rollbackSql, firstLine);
        if (run) {
            m_tabs->setCurrentWidget(m_preflight);
            m_preflight->run();
        }
    });

    createActions();
    // An explicit minimum: the window's size is the user's. Without it the layout sets the
    // minimum from the content, and a longer summary, a banner or a wider table would make
    // the window grow by itself.
    setMinimumSize(720, 480);
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    if (!s.contains(QStringLiteral("window/geometry"))) {
        // First start: most of the screen, so the object tree and the views both fit.
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(qMax(1280, screen.width() * 9 / 10), qMax(800, screen.height() * 9 / 10));
        resizeDocks({dock}, {qMin(m_browser->sizeHint().width(), width() * 2 / 5)}, Qt::Horizontal);
    }
    m_tabs->setCurrentIndex(s.value(QStringLiteral("window/tab"), 0).toInt());
}

MainWindow::~MainWindow() = default;

bool MainWindow::showTab(const QString &id)
{
    const QHash<QString, QWidget *> tabs{{QStringLiteral("start"), m_start},     {QStringLiteral("history"), m_history},
                                         {QStringLiteral("diff"), m_diff},        {QStringLiteral("preflight"), m_preflight},
                                         {QStringLiteral("squash"), m_squash},       {QStringLiteral("runbook"), m_runbook}};
    if (QWidget *w = tabs.value(id.toLower())) {
        m_tabs->setCurrentWidget(w);
        return true;
    }
    return false;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAct = file->addAction(tr("&Connect…"), this, &MainWindow::showConnectDialog);
    connectAct->setShortcut(QKeySequence::Open);
    QAction *demo = file->addAction(tr("Open the &demo"), this, &MainWindow::openDemo);
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *disconnectAct = file->addAction(tr("&Disconnect"), this, [this] {
        ++m_connectGeneration;
        setViewsSession(nullptr);
        m_runbook->clearProfile();
        m_pending.reset();
        m_session.reset();
        applyReplayTarget();
        updateStatus();
    });
    disconnectAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    // Where Diff and Squash replay migration folders (strata-cli: --replay-on URI).
    QMenu *replayOn = file->addMenu(tr("Replay migration folders on"));
    auto *replayGroup = new QActionGroup(this);
    QAction *onPrivate = replayOn->addAction(tr("A private server"));
    QAction *onThis = replayOn->addAction(tr("This server (a throwaway database, dropped afterwards)"));
    onThis->setObjectName(QStringLiteral("replayOnThisServer"));
    for (QAction *a : {onPrivate, onThis}) {
        a->setCheckable(true);
        replayGroup->addAction(a);
    }
    (QSettings().value(QStringLiteral("replay/onThisServer")).toBool() ? onThis : onPrivate)->setChecked(true);
    connect(onThis, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("replay/onThisServer"), on);
        applyReplayTarget();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh objects"), this, [this] { m_browser->model()->reload(); });
    refresh->setShortcut(QKeySequence::Refresh);
    // Ctrl+F from every tab: the Objects panel's name filter (the panel is shown if closed).
    QAction *find = m_browser->findAction();
    connect(find, &QAction::triggered, this, [this] {
        m_objectsDock->show();
        m_objectsDock->raise();
    });
    view->addAction(find);
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *a = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    // The migration selected in History: Ctrl+P from every tab.
    QMenu *migration = menuBar()->addMenu(tr("&Migration"));
    migration->addAction(m_history->preflightAction());
    migration->addAction(m_history->runbookAction());

    QMenu *runbook = menuBar()->addMenu(tr("&Runbook"));
    QAction *rollback = runbook->addAction(tr("Roll &back what ran"), this, [this] {
        m_tabs->setCurrentWidget(m_runbook);
        m_runbook->rollBackRun();
    });
    rollback->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    rollback->setToolTip(tr("Builds the way back from the run's journal: the inverse script from the schema "
                            "before the run, restores from the verified backups, and its own pre-flight."));
    rollback->setEnabled(m_runbook->canRollBack());
    auto updateRollback = [this, rollback] { rollback->setEnabled(m_runbook->canRollBack()); };
    connect(m_runbook, &RunbookView::busyChanged, this, updateRollback);
    connect(m_runbook, &RunbookView::busyChanged, this, &MainWindow::updateStatus); // "Runbook writing" while a step runs
    connect(m_runbook, &RunbookView::runbookFinished, this, updateRollback);
    // A step that wrote the migration tool's ledger: History shows the ledger as it is now.
    connect(m_runbook, &RunbookView::ledgerWritten, m_history, &HistoryView::reloadIfShown);
    connect(m_runbook, &RunbookView::stepFinished, this, updateRollback);
    connect(m_runbook, &RunbookView::rollbackReady, this, updateRollback);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Strata"), this, [this] {
        QMessageBox::about(this, tr("About Strata"),
                           tr("<h3>Strata %1</h3><p>A PostgreSQL schema workbench.</p>").arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showConnectDialog()
{
    ConnectionDialog dlg(this);
    if (!m_profile.host.isEmpty() || !m_profile.service.isEmpty())
        dlg.setProfile(m_profile);
    if (dlg.exec() == QDialog::Accepted)
        connectTo(dlg.profile());
}

void MainWindow::connectTo(const ConnectionProfile &profile)
{
    const quint64 gen = ++m_connectGeneration;
    m_banner->hide();
    setBusy(tr("Connecting to %1…").arg(profile.displayString()), false);
    // The new session opens beside the working one and replaces it only once it is open:
    // a wrong password or a missing database leaves the current session as it was.
    m_pending = std::make_unique<Session>();
    Session *raw = m_pending.get();
    deliver(raw->open(profile), this, [this, gen, profile, raw](const Result<ConnectionInfo> &r) {
        if (gen != m_connectGeneration || m_pending.get() != raw)
            return; // superseded by a newer connect (or a disconnect)
        clearBusy();
        if (!r) {
            m_pending.reset();
            if (r.error().kind == Error::Kind::NeedsPassword)
                askPasswordAndRetry(profile, r.error());
            else
                m_banner->showError(r.error());
            updateStatus();
            return;
        }
        std::unique_ptr<Session> previous = std::move(m_session);
        m_session = std::move(m_pending);
        connect(raw, &Session::connectionLost, this, &MainWindow::onConnectionLost);
        onConnected(*r, profile); // the views move to the new session
        previous.reset();
    });
}

void MainWindow::askPasswordAndRetry(ConnectionProfile profile, const Error &error)
{
    // Keychain first; then ask. The password stays in memory only.
    PasswordStore::instance()->read(profile.keychainKey(), [this, profile, error](const QString &stored, const Error &) mutable {
        if (!stored.isEmpty() && profile.transientPassword != stored) {
            profile.transientPassword = stored;
            connectTo(profile);
            return;
        }
        bool ok = false;
        const QString pw = QInputDialog::getText(this, tr("Password"), error.message, QLineEdit::Password, QString(), &ok);
        if (!ok) {
            m_banner->showError(error);
            return;
        }
        profile.transientPassword = pw;
        connectTo(profile);
    });
}

void MainWindow::applyReplayTarget()
{
    const bool onThis = QSettings().value(QStringLiteral("replay/onThisServer")).toBool();
    const bool connected = m_session != nullptr;
    const std::optional<ConnectionProfile> server = onThis && connected ? std::optional<ConnectionProfile>(m_profile) : std::nullopt;
    m_squash->setReplayServer(server);
    m_diff->setReplayServer(server);
    if (server) // what a killed Strata left there (recorded before it was created) goes now
        (void)QtConcurrent::run([p = *server] { (void)replay::ReplayTarget::dropLeftovers(p); });
}

void MainWindow::onConnected(const ConnectionInfo &, const ConnectionProfile &profile)
{
    m_profile = profile;
    applyReplayTarget();
    const bool demo = m_demo && m_demo->isReady() && profile == m_demo->profile();
    if (demo) {
        // The demo's socket directory lives only as long as this window: not a "recent" connection.
        m_banner->showInfo(tr("Demo loaded on a private PostgreSQL server. Its dbmate migrations are in %1; "
                              "the last one, which moves three tables to workspace-scoped keys, is still pending.")
                               .arg(m_demo->projectDir()));
    } else {
        ProfileStore::addRecent(profile);
        m_start->refreshRecent();
    }
    setViewsSession(m_session.get());
    // The runbook opens its own write session, on the first step only; a runbook built for
    // another database stays tied to it (it says so and does not run here).
    m_runbook->setProfile(profile);
    m_browser->model()->fetchMore({});
    if (demo) {
        const QString folder = m_demo->projectDir() + QStringLiteral("/db/migrations");
        m_history->setFolder(folder);
        if (m_squash->folder().isEmpty())
            m_squash->setFolder(folder);
        // Once the history is in, the pending migration waits in the Pre-flight tab.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_history, &HistoryView::loaded, this, [this, once](bool ok) {
            disconnect(*once);
            if (ok && m_preflight->sql().trimmed().isEmpty() && m_history->selectFirstPending())
                m_history->preflightSelected(false);
        });
        m_history->reload();
        // What the pending migration would change: this database against the folder replayed.
        m_diff->sourceA()->setKind(DiffSourcePicker::CurrentConnection);
        if (m_diff->sourceB()->text().isEmpty())
            m_diff->sourceB()->setSpec(folder);
    }
    updateStatus();
    emit connected();
}

void MainWindow::setViewsSession(Session *session)
{
    m_browser->setSession(session);
    m_history->setSession(session);
    m_diff->setSession(session);
    m_preflight->setSession(session);
}

void MainWindow::onConnectionLost(const Error &error)
{
    m_banner->showError(error);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_session || !m_session->isOpen()) {
        m_serverLabel->setText(tr("Not connected"));
        m_modeLabel->clear();
        m_sslLabel->clear();
        setWindowTitle(tr("Strata"));
        return;
    }
    const ConnectionInfo i = m_session->info();
    const QString where = i.host.startsWith(u'/') ? tr("local socket") : i.host + u':' + i.port;
    m_serverLabel->setText(tr("PostgreSQL %1 · %2 · %3 as %4").arg(i.serverVersion, where, i.dbname, i.user));
    if (m_runbook->isWriting()) {
        m_modeLabel->setText(tr("Runbook writing to %1").arg(m_runbook->targetProfile().dbname));
        m_modeLabel->setToolTip(tr("A runbook step runs on its own write session; the review session stays read-only."));
    } else {
        m_modeLabel->setText(i.readOnly ? tr("Review (read-only)") : tr("Write session"));
        m_modeLabel->setToolTip(tr("Review sessions run every transaction READ ONLY with a statement timeout."));
    }
    const QString mode = i.sslmode.isEmpty() ? tr("default") : i.sslmode;
    m_sslLabel->setText(i.sslInUse ? tr("SSL %1 (sslmode=%2)").arg(i.sslProtocol, mode) : tr("No SSL (sslmode=%1)").arg(mode));
    setWindowTitle(tr("%1 — Strata").arg(i.dbname));
}

QString MainWindow::statusText() const
{
    return m_serverLabel->text() + QStringLiteral(" | ") + m_sslLabel->text() + QStringLiteral(" | ") + m_modeLabel->text();
}

void MainWindow::setBusy(const QString &text, bool cancellable)
{
    m_busyLabel->setText(text);
    m_busyLabel->show();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setVisible(cancellable);
}

void MainWindow::clearBusy()
{
    m_busyLabel->hide();
    m_progress->hide();
    m_cancel->hide();
    disconnect(m_cancel, nullptr, nullptr, nullptr);
}

void MainWindow::openDemo()
{
    if (!m_demo) {
        m_demo = new DemoLauncher(this);
        connect(m_demo, &DemoLauncher::progress, this, [this](int value, int max, const QString &text) {
            m_busyLabel->setText(text);
            m_progress->setRange(0, max);
            m_progress->setValue(value);
        });
        connect(m_demo, &DemoLauncher::failed, this, [this](const Error &e) {
            clearBusy();
            m_banner->showError(e);
        });
        connect(m_demo, &DemoLauncher::ready, this, [this](const ConnectionProfile &p) {
            clearBusy();
            connectTo(p);
        });
    }
    if (m_demo->isReady()) {
        connectTo(m_demo->profile());
        return;
    }
    setBusy(tr("Starting the demo server…"), true);
    connect(m_cancel, &QToolButton::clicked, m_demo, &DemoLauncher::cancel);
    m_demo->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    event->accept();
}
