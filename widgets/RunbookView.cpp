#include "RunbookView.h"
#include "common/FileIo.h"

#include "ErrorBanner.h"
#include "items/RunbookStepsModel.h"
#include "SqlView.h"
#include "ViewActions.h"
#include "pg/Connection.h"
#include "preflight/Preflight.h"
#include "runbook/AuditReport.h"
#include "runbook/BackupSteps.h"
#include "runbook/GuidedRollback.h"
#include "runbook/LedgerStep.h"
#include "runbook/RunbookBuilder.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace strata {

using namespace runbook;

RunbookView::RunbookView(QWidget *parent)
    : QWidget(parent), m_model(new RunbookStepsModel(this))
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("runbook-executor"));
    m_thread.start();
    m_executor = std::make_unique<Executor>(m_options);
    m_journalFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runbooks");

    m_title = new QLabel(tr("No runbook loaded. Open a migration, a diff or a rollback script to run it step by step."), this);
    m_title->setObjectName(QStringLiteral("runbookTitle"));
    m_title->setWordWrap(true);
    m_banner = new ErrorBanner(this);
    m_banner->hide();

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // One line per step: the statement's first line, elided; no wrapped lock names.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    setupColumns();
    m_table->setObjectName(QStringLiteral("runbookSteps"));
    installCopyAction(m_table);
    // A model reset drops the per-section resize modes of the header: set them again.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunbookView::setupColumns);

    m_sql = new SqlView(this);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Warnings, notices and timings of the selected step appear here."));
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_sql);
    right->addWidget(m_detail);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    m_confirmLabel = new QLabel(this);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmTable"));
    m_overrideLabel = new QLabel(this);
    m_overrideLabel->setWordWrap(true);
    m_override = new QLineEdit(this);
    m_override->setObjectName(QStringLiteral("overrideBlockers"));
    connect(m_override, &QLineEdit::textChanged, this, &RunbookView::updateButtons);
    m_split = new QCheckBox(tr("One step per statement"), this);
    m_split->setObjectName(QStringLiteral("splitSteps"));
    m_split->setToolTip(tr("The migration's tool runs it in one transaction. Split it into one step per statement only if you "
                           "want to confirm each: every step then says which key a table goes without until a later step."));
    m_split->hide();
    connect(m_split, &QCheckBox::toggled, this, [this] {
        if (!m_started && !m_busy && !m_loaded.path.isEmpty())
            loadSql(m_loaded.sql, m_loaded.source, m_loaded.firstLine, m_loaded.path, m_loaded.toolTransaction);
    });
    m_run = new QPushButton(tr("Run step"), this);
    m_skip = new QPushButton(tr("Skip"), this);
    m_stop = new QPushButton(tr("Stop"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_rollback = new QPushButton(tr("Roll back what ran"), this);
    m_rollback->setObjectName(QStringLiteral("rollBackRun"));
    // Ctrl+Shift+Z is the Runbook menu's "Roll back what ran" (one shortcut, window-wide).
    m_rollback->setToolTip(tr("Build the guided rollback of this run (inverse script and restores from its backups, with its own pre-flight) "
                              "and load it as the next runbook (%1).").arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z).toString(QKeySequence::NativeText)));
    m_retarget = new QPushButton(tr("Run against this connection"), this);
    m_retarget->setObjectName(QStringLiteral("retargetRunbook"));
    m_retarget->setToolTip(tr("Tie this runbook to the database the window is connected to now and read that database's catalog again."));
    m_retarget->hide();
    connect(m_retarget, &QPushButton::clicked, this, &RunbookView::retarget);
    m_report = new QPushButton(tr("Audit report…"), this);
    m_report->setObjectName(QStringLiteral("auditReport"));
    m_report->setToolTip(tr("Save the audit report of this run: tables and keys before and after, pre-flight, the SQL "
                            "that ran with timings, backups with counts and checksums, and the way back (Markdown or HTML)."));
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the audit report"),
                                                          QFileInfo(m_journalPath).completeBaseName() + QStringLiteral("-audit.md"),
                                                          tr("Markdown (*.md);;HTML (*.html)"));
        if (!path.isEmpty())
            exportReport(path);
    });
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the server does not report progress of a statement
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_retarget);
    controls->addWidget(m_split);
    controls->addWidget(m_overrideLabel);
    controls->addWidget(m_override, 1);
    controls->addWidget(m_confirmLabel);
    controls->addWidget(m_confirm, 1);
    controls->addWidget(m_run);
    controls->addWidget(m_skip);
    controls->addWidget(m_stop);
    controls->addSpacing(12);
    controls->addWidget(m_progress);
    controls->addWidget(m_cancel);
    controls->addSpacing(12);
    controls->addWidget(m_report);
    controls->addWidget(m_rollback);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addLayout(controls);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunbookView::showSelected);
    connect(m_confirm, &QLineEdit::textChanged, this, &RunbookView::updateButtons);
    connect(m_run, &QPushButton::clicked, this, &RunbookView::runStep);
    connect(m_skip, &QPushButton::clicked, this, &RunbookView::skipStep);
    connect(m_stop, &QPushButton::clicked, this, &RunbookView::stopRun);
    connect(m_cancel, &QPushButton::clicked, this, &RunbookView::cancel);
    connect(m_rollback, &QPushButton::clicked, this, &RunbookView::rollBackRun);
    updateButtons();
}

RunbookView::~RunbookView()
{
    if (m_executor)
        m_executor->cancel();
    m_thread.quit();
    m_thread.wait();
}

void RunbookView::setupColumns()
{
    QHeaderView *h = m_table->horizontalHeader();
    if (h->count() != RunbookStepsModel::ColumnCount)
        return;
    for (int c = 0; c < RunbookStepsModel::ColumnCount; ++c)
        h->setSectionResizeMode(c, c == RunbookStepsModel::TitleColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

void RunbookView::setProfile(const ConnectionProfile &profile)
{
    m_connected = profile;
    m_isConnected = true;
    if (m_model->runbook().steps.isEmpty() || (!m_hasProfile && !m_started)) {
        adoptConnectionAsTarget(); // nothing loaded yet, or loaded before any connection
        return;
    }
    if (isOnTarget() && !m_started && !m_busy)
        refineWithCatalog();
    showTargetState();
}

void RunbookView::clearProfile()
{
    m_isConnected = false;
    showTargetState();
}

bool RunbookView::isOnTarget() const
{
    return m_hasProfile && m_isConnected && m_connected.targetKey() == m_profile.targetKey();
}

void RunbookView::retarget()
{
    if (!m_isConnected || m_started || m_busy)
        return;
    adoptConnectionAsTarget();
}

// The loaded runbook (if any) is built for the window's connection from now on.
void RunbookView::adoptConnectionAsTarget()
{
    m_hasProfile = m_isConnected;
    if (m_isConnected)
        m_profile = m_connected;
    if (m_hasProfile && !m_started && !m_busy && !m_model->runbook().steps.isEmpty())
        refineWithCatalog();
    showTargetState();
}

// Says so when the window is connected elsewhere than the runbook's database.
void RunbookView::showTargetState()
{
    const bool loaded = !m_model->runbook().steps.isEmpty();
    const bool elsewhere = loaded && m_hasProfile && !isOnTarget();
    m_retarget->setVisible(elsewhere && m_isConnected && !m_started);
    if (elsewhere) {
        const QString target = m_profile.displayString();
        if (!m_isConnected)
            m_banner->showInfo(tr("This runbook is built for %1. Connect to it again to run it.").arg(target));
        else if (m_started)
            m_banner->showInfo(tr("This run belongs to %1; the window is now connected to %2. Connect to %1 again to go on with it.")
                                   .arg(target, m_connected.displayString()));
        else
            m_banner->showInfo(tr("This runbook is built for %1; the window is now connected to %2. It does not run against another "
                                  "database: press “%3” to build it for %2, or connect to %1 again.")
                                   .arg(target, m_connected.displayString(), m_retarget->text()));
        m_banner->show();
        m_targetBanner = true;
    } else if (m_targetBanner) {
        m_banner->hide();
        m_targetBanner = false;
    }
    updateButtons();
}

void RunbookView::refineWithCatalog()
{
    // Offline, a DROP INDEX (or a dropped key) cannot be tied to its table: the lock level and
    // the "can lose data" check need the catalog. Read-only connection, off the GUI thread; the
    // Run button waits for it (busy) so the steps do not change under a running runbook.
    const int gen = m_generation;
    Runbook rb = m_model->runbook();
    const ConnectionProfile profile = m_profile;
    const QString source = QFileInfo(rb.sourcePath).fileName();
    const int firstLine = m_firstLine;
    const BackupOptions backupOptions = m_options.backup;
    ++m_refining;
    setBusy(true);
    QPointer<RunbookView> self(this);
    QMetaObject::invokeMethod(m_context, [self, gen, rb, profile, source, firstLine, backupOptions, this]() mutable {
        const SessionOptions so = SessionOptions::review(QStringLiteral("strata runbook (pre-flight)"));
        Error error;
        auto c = Connection::open(profile, so);
        if (!c) {
            error = c.error();
        } else if (Error e = RunbookBuilder::refineWithCatalog(rb, **c)) {
            error = e;
        } else if (Error le = LedgerStep::add(rb, **c)) {
            error = le;
        } else if (!rb.sourceSql.isEmpty()) {
            // The data checks (read-only, bounded) and, for a migration file with a down
            // section, whether that way back still works with today's data: their findings
            // travel with the steps (step detail, journal, audit report).
            preflight::PreflightOptions po;
            po.source = source;
            po.firstLine = firstLine;
            if (rb.source == SourceKind::MigrationUp) {
                if (auto bytes = readFile(rb.sourcePath, ReadLimit::SqlScript))
                    po.rollbackSql = preflight::Preflight::splitSections(QString::fromUtf8(*bytes)).down;
            }
            if (auto report = preflight::Preflight::run(rb.sourceSql, c->get(), po))
                RunbookBuilder::attachPreflight(rb, *report);
        }
        // A visible backup step before the first step that writes each existing table.
        if (!error.isError())
            if (Error e = BackupSteps::add(rb, **c, backupOptions))
                error = e;
        QMetaObject::invokeMethod(self, [self, gen, rb, error, this] {
            if (!self)
                return;
            if (--m_refining == 0)
                setBusy(false);
            if (gen != m_generation || m_started)
                return;
            if (error.isError()) {
                m_banner->showInfo(tr("Lock levels from the script alone (the catalog could not be read: %1).").arg(error.message));
                m_banner->show();
                return;
            }
            const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
            m_model->setRunbook(rb);
            showTitle(int(rb.steps.size())); // backup and ledger steps were added
            m_table->selectRow(row);
            showSelected();
            showLedgerState();
            updateButtons();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

QString RunbookView::newJournalPath() const
{
    return QDir(m_journalFolder).filePath(QStringLiteral("%1-%2.journal")
                                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")),
                                                   m_model->runbook().sha256().left(12)));
}

void RunbookView::setJournalFolder(const QString &dir)
{
    m_journalFolder = dir;
}

void RunbookView::loadSql(const QString &sql, const QString &source, int firstLine, const QString &path, bool oneTransaction)
{
    if (m_busy && m_refining == 0)
        return;
    m_banner->hide();
    m_loaded = {sql, source, path, firstLine, oneTransaction};
    const bool split = oneTransaction && m_split->isChecked();
    auto rb = RunbookBuilder::fromSql(sql, path.isEmpty() ? SourceKind::SqlScript : SourceKind::MigrationUp,
                                      path.isEmpty() ? source : path, source, firstLine, oneTransaction && !split);
    if (rb && split)
        RunbookBuilder::splitFindings(*rb);
    m_split->setVisible(oneTransaction && rb);
    if (!rb) {
        m_banner->showError(rb.error());
        m_model->setRunbook(Runbook());
        updateButtons();
        emit errorOccurred(rb.error().message);
        return;
    }
    // Lock levels and lints from the offline pre-flight (no connection, no data checks).
    preflight::PreflightOptions po;
    po.runDataChecks = false;
    po.source = source;
    po.firstLine = firstLine;
    if (auto report = preflight::Preflight::run(sql, nullptr, po))
        RunbookBuilder::attachPreflight(*rb, *report);
    freshExecutor();
    tieToConnection();
    m_rollbackFindings.clear();
    m_override->clear();
    m_firstLine = firstLine;
    m_model->setRunbook(*rb);
    ++m_generation;
    m_titleSource = source;
    showTitle(int(rb->steps.size()));
    m_table->selectRow(0);
    showSelected();
    updateButtons();
    if (m_hasProfile)
        refineWithCatalog();
}

void RunbookView::post(std::function<void(Executor &)> work)
{
    Executor *ex = m_executor.get();
    QMetaObject::invokeMethod(m_context, [ex, work = std::move(work)] { work(*ex); }, Qt::QueuedConnection);
}

void RunbookView::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    updateButtons();
    emit busyChanged(busy);
}

void RunbookView::runStep()
{
    const int n = m_model->current();
    if (m_busy || n < 1 || m_stopped || !isOnTarget())
        return;
    const RunbookStep &step = m_model->runbook().steps[n - 1];
    const QString typed = step.destructive ? m_confirm->text().trimmed() : QString();
    if (step.destructive && typed != step.confirmName)
        return;
    m_banner->hide();
    m_writing = true;
    setBusy(true);
    const bool start = !m_started;
    if (start && overrideNeeded() && m_override->text().trimmed() != overrideWord())
        return;
    const bool overrideTyped = start && overrideNeeded();
    if (start) {
        m_journalPath = newJournalPath();
        m_started = true;
    }
    const Runbook rb = m_model->runbook();
    const ConnectionProfile profile = m_profile;
    const QString journal = m_journalPath;
    QPointer<RunbookView> self(this);
    post([self, start, rb, profile, journal, typed, n, overrideTyped, this](Executor &ex) {
        QStringList notes;
        ex.setNoticeSink([&notes](int, const Notice &nt) { notes.append(nt.severity + QStringLiteral(": ") + nt.message); });
        Executor *exp = &ex;
        if (start) {
            ex.setOverrideBlockers(overrideTyped);
            if (Error e = ex.start(rb, profile, journal)) {
                ex.setNoticeSink({});
                QMetaObject::invokeMethod(self, [self, exp, n, e, this] {
                    if (!self)
                        return;
                    m_started = false;
                    refreshFromExecutor(*exp, n, {}, e, false, false);
                }, Qt::QueuedConnection);
                return;
            }
        }
        auto r = ex.runCurrent(typed);
        ex.setNoticeSink({});
        Error error = r ? r->error : r.error();
        bool ok = r && r->status == StepResult::Status::Done;
        if (r) {
            for (const StatementTiming &t : r->timings)
                notes.append(tr("statement %1: %2 ms (%3)").arg(t.statement + 1).arg(t.elapsedMs).arg(t.commandTag));
            if (r->attempts > 1)
                notes.append(tr("%1 attempts (lock timeout, retried)").arg(r->attempts));
            notes.append(tr("step took %1 ms").arg(r->elapsedMs));
        }
        QMetaObject::invokeMethod(self, [self, exp, n, notes, ok, error, this] {
            if (self)
                refreshFromExecutor(*exp, n, notes, ok ? Error() : error, ok, true);
        }, Qt::QueuedConnection);
    });
}

void RunbookView::refreshFromExecutor(Executor &ex, int step, const QStringList &notes, const Error &error, bool ok, bool reportStep)
{
    // Reading the journal's in-memory events is safe here: the worker is idle until the
    // next post (every post comes from this thread, after this refresh).
    m_journalOpen = !ex.journal().path().isEmpty();
    if (ex.journal().path().isEmpty()) {
        m_model->setStatuses(QList<StepStatus>(m_model->runbook().steps.size()), m_model->current());
    } else {
        const RunState st = ex.state();
        QList<StepStatus> list;
        for (int i = 1; i <= st.stepCount(); ++i)
            list.append(st.step(i));
        m_model->setStatuses(list, st.current());
        m_model->setBackups(st.backups());
    }
    QStringList all = notes;
    if (error.isError())
        all.append(tr("error: %1").arg(error.fullText()));
    if (step > 0 && !all.isEmpty())
        m_model->setStepNotes(step, all);
    m_writing = false;
    setBusy(false);
    if (error.isError()) {
        m_banner->showError(error);
        m_banner->show();
        emit errorOccurred(error.message);
    }
    m_confirm->clear();
    if (m_model->current() > 0)
        m_table->selectRow(m_model->current() - 1);
    showSelected();
    if (reportStep)
        emit stepFinished(step, ok);
    if (reportStep && ok && step > 0 && step <= m_model->runbook().steps.size() && !m_model->runbook().steps[step - 1].ledger.isEmpty())
        emit ledgerWritten();
    if (m_started && m_model->current() == 0)
        emit runbookFinished();
}

void RunbookView::skipStep()
{
    const int n = m_model->current();
    if (m_busy || n < 1 || m_stopped)
        return;
    const RunbookStep &step = m_model->runbook().steps[n - 1];
    const bool backup = step.mode == StepMode::Backup;
    // Skipping a backup takes the table's name typed; the journal and the report keep it.
    const QString typed = backup ? m_confirm->text().trimmed() : QString();
    if (backup && !Executor::backupSkipConfirmed(step, typed))
        return;
    if (!m_started && !(backup && isOnTarget())) {
        if (!m_busy)
            m_banner->showInfo(tr("Run the first step before skipping: the journal starts with it."));
        return;
    }
    const bool start = !m_started;
    if (start) {
        m_journalPath = newJournalPath();
        m_started = true;
    }
    setBusy(true);
    QPointer<RunbookView> self(this);
    const Runbook rb = m_model->runbook();
    const ConnectionProfile profile = m_profile;
    const QString journal = m_journalPath;
    post([self, n, typed, start, rb, profile, journal, this](Executor &ex) {
        Error e = start ? ex.start(rb, profile, journal) : Error();
        if (!e.isError())
            e = ex.skipCurrent(tr("skipped in the Runbook tab"), typed);
        Executor *exp = &ex;
        QMetaObject::invokeMethod(self, [self, exp, n, e, this] {
            if (self)
                refreshFromExecutor(*exp, n, {tr("skipped")}, e, !e.isError(), true);
        }, Qt::QueuedConnection);
    });
}

void RunbookView::stopRun()
{
    if (m_busy)
        return;
    m_stopped = true;
    if (m_started)
        post([](Executor &ex) { ex.stop(); });
    if (m_journalPath.isEmpty())
        m_banner->showInfo(tr("Stopped before the first step: nothing ran, and there is no journal to resume."));
    else
        m_banner->showInfo(tr("Stopped. The journal %1 can be resumed later (strata-cli resume).").arg(QDir::toNativeSeparators(m_journalPath)));
    m_banner->show();
    updateButtons();
}

void RunbookView::cancel()
{
    if (m_busy && m_executor)
        m_executor->cancel(); // thread-safe: PQcancel on the running statement
}

void RunbookView::showSelected()
{
    const QModelIndex cur = m_table->currentIndex();
    const int row = cur.isValid() ? cur.row() : -1;
    if (row < 0 || row >= m_model->runbook().steps.size()) {
        m_sql->setSql(QString());
        m_detail->clear();
        return;
    }
    const RunbookStep &s = m_model->runbook().steps[row];
    m_sql->setSql(s.sql());
    QStringList lines;
    if (s.mode == StepMode::Backup) {
        lines.append(tr("Step %1 backs up %2 with %3 before step %4 writes to it, then reads the file back to verify it.")
                         .arg(s.number).arg(s.backupResolved.name.isEmpty() ? s.backupTable.display() : s.backupResolved.display(),
                                            BackupSteps::methodText(s.backupMethod))
                         .arg(s.number + 1));
        lines.append(tr("Estimate from the live statistics: %1.").arg(BackupSteps::estimateText(s)));
        if (m_model->state(s.number) == StepState::Skipped) {
            lines.append(tr("Skipped by the operator: %1 is NOT backed up and cannot be restored from this run.").arg(s.backupTable.display()));
        } else if (const QString result = m_model->backupResult(s.number); !result.isEmpty()) {
            const BackupRecord b = m_model->backup(s.number);
            lines.append(tr("Backed up: %1").arg(QDir::toNativeSeparators(QFileInfo(b.manifest).dir().filePath(b.file))));
            lines.append(tr("%1 rows, %2 bytes, method %3.").arg(b.rows).arg(b.bytes).arg(b.method));
            lines.append(tr("sha256 %1").arg(b.sha256));
            lines.append(tr("Verified: the file's checksum matches the manifest and it holds the %1 rows counted in the same snapshot.").arg(b.rows));
        } else {
            lines.append(tr("Skipping it leaves the table without a backup: type its name “%1” and press Skip.").arg(s.backupTable.name));
        }
        lines += m_model->stepNotes(s.number);
        m_detail->setPlainText(lines.join(u'\n'));
        return;
    }
    lines.append(tr("Step %1, line %2. Lock: %3.").arg(s.number).arg(s.line).arg(s.lockLevel.isEmpty() ? tr("unknown") : s.lockLevel));
    if (s.rewrite)
        lines.append(tr("Rewrites the table and rebuilds its indexes while it holds the lock."));
    else if (s.scan)
        lines.append(tr("Scans the whole table while it holds the lock."));
    if (s.estimatedSeconds >= 1)
        lines.append(tr("Rough time from the live statistics: about %1 s.").arg(qRound(s.estimatedSeconds)));
    else if (s.rewrite || s.scan)
        lines.append(tr("Rough time from the live statistics: under a second."));
    if (s.destructive)
        lines.append(tr("Can lose data: %1 Type “%2” to confirm.").arg(s.destructiveReason, s.confirmName));
    if (!s.ledger.isEmpty())
        lines.append(s.statements.isEmpty()
                         ? tr("Ledger: %1, in a transaction of its own, as %2 writes it.").arg(LedgerStep::describe(s.ledger), LedgerStep::toolName(s.ledger.tool))
                         : tr("Ledger: %1, in the same transaction as the step's statements, as %2 writes it.")
                               .arg(LedgerStep::describe(s.ledger), LedgerStep::toolName(s.ledger.tool)));
    if (!s.findings.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Pre-flight of this step:"));
        for (const QString &f : s.findings)
            lines.append(QStringLiteral("• ") + f);
    }
    lines += m_model->stepNotes(s.number);
    m_detail->setPlainText(lines.join(u'\n'));
}

void RunbookView::updateButtons()
{
    const int n = m_model->current();
    const bool have = n >= 1 && n <= m_model->runbook().steps.size() && !m_stopped;
    const RunbookStep *step = have ? &m_model->runbook().steps[n - 1] : nullptr;
    const bool destructive = step && step->destructive;
    const bool backup = step && step->mode == StepMode::Backup;
    m_confirmLabel->setVisible(destructive || backup);
    m_confirm->setVisible(destructive || backup);
    if (destructive) {
        m_confirmLabel->setText(tr("Step %1 can lose data. Type the table name “%2” to confirm:").arg(n).arg(step->confirmName));
        m_confirm->setPlaceholderText(step->confirmName);
    } else if (backup) {
        m_confirmLabel->setText(tr("To skip the backup of %1, type its name:").arg(step->backupTable.display()));
        m_confirm->setPlaceholderText(step->backupTable.name);
    }
    const bool override = have && overrideNeeded();
    m_overrideLabel->setVisible(override);
    m_override->setVisible(override);
    if (override) {
        m_overrideLabel->setText(tr("The ledger says this must not run. To run it anyway, type “%1”:").arg(overrideWord()));
        m_override->setPlaceholderText(overrideWord());
    }
    const bool overridden = !override || m_override->text().trimmed() == overrideWord();
    const bool confirmed = (!destructive || m_confirm->text().trimmed() == step->confirmName) && overridden;
    m_run->setEnabled(have && !m_busy && confirmed && isOnTarget());
    m_run->setText(have ? tr("Run step %1").arg(n) : tr("Run step"));
    const bool skipConfirmed = !backup || Executor::backupSkipConfirmed(*step, m_confirm->text());
    m_skip->setEnabled(have && !m_busy && skipConfirmed && (m_started || (backup && isOnTarget())));
    m_split->setEnabled(!m_started && !m_busy);
    m_stop->setEnabled(have && !m_busy);
    m_cancel->setEnabled(m_busy);
    m_rollback->setEnabled(canRollBack() && isOnTarget());
    m_report->setEnabled(canRollBack());
}

// A newly loaded runbook is built for the window's connection (none: it waits for one).
void RunbookView::tieToConnection()
{
    m_hasProfile = m_isConnected;
    if (m_isConnected)
        m_profile = m_connected;
    m_retarget->hide();
    if (m_targetBanner)
        m_banner->hide();
    m_targetBanner = false;
}

// A fresh executor (and journal) per runbook; the old one is done with on its thread.
void RunbookView::freshExecutor()
{
    Executor *old = m_executor.release();
    QMetaObject::invokeMethod(m_context, [old] { delete old; }, Qt::QueuedConnection);
    m_executor = std::make_unique<Executor>(m_options);
    m_started = false;
    m_stopped = false;
    m_journalOpen = false;
    m_journalPath.clear();
}

void RunbookView::showTitle(int steps)
{
    m_title->setText(tr("%1: %n step(s). Each step runs only when you press “Run step”.", nullptr, steps).arg(m_titleSource));
}

void RunbookView::loadRunbook(const Runbook &rb, const QStringList &findings, bool blocked)
{
    if (m_busy)
        return;
    freshExecutor();
    tieToConnection();
    m_override->clear();
    m_firstLine = 1;
    m_loaded = {};
    m_split->hide();
    m_rollbackFindings = findings;
    ++m_generation;
    m_model->setRunbook(rb);
    m_titleSource = rb.title;
    showTitle(int(rb.steps.size()));
    if (blocked) {
        m_banner->showError(Error(Error::Kind::Usage, tr("The pre-flight found problems that make a step fail as things are; fix them first."),
                                  findings.join(u'\n')));
        m_banner->show();
    } else if (!findings.isEmpty()) {
        m_banner->showInfo(tr("Pre-flight: %1").arg(findings.join(QStringLiteral("; "))));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    m_table->selectRow(0);
    showSelected();
    updateButtons();
}

bool RunbookView::overrideNeeded() const
{
    return !m_started && !m_model->runbook().blockers.isEmpty();
}

QString RunbookView::overrideWord() const
{
    for (const RunbookStep &s : m_model->runbook().steps)
        if (!s.ledger.isEmpty())
            return s.ledger.version;
    return m_model->runbook().title;
}

// The runbook's blocking findings ("already applied per ...") and what to run where
// Strata cannot write the tool's ledger, above the steps.
void RunbookView::showLedgerState()
{
    const Runbook &rb = m_model->runbook();
    if (m_started || m_targetBanner)
        return;
    if (!rb.blockers.isEmpty()) {
        m_banner->showError(Error(Error::Kind::Usage, tr("Blocked: %1").arg(rb.blockers.join(u' ')), rb.ledgerNotes.join(u'\n'),
                                  tr("Nothing runs unless you type “%1” to override the ledger.").arg(overrideWord())));
        m_banner->show();
    } else if (!rb.ledgerNotes.isEmpty()) {
        m_banner->showInfo(tr("Ledger: %1").arg(rb.ledgerNotes.join(u' ')));
        m_banner->show();
    }
}

void RunbookView::rollBackRun()
{
    if (!canRollBack() || !isOnTarget())
        return;
    setBusy(true);
    m_banner->hide();
    const ConnectionProfile profile = m_profile;
    QPointer<RunbookView> self(this);
    post([self, profile, this](Executor &ex) {
        // A run still open is stopped first: its journal says so and the snapshot after it is written.
        const RunState st = ex.state();
        if (!st.finished() && !st.stopped())
            ex.stop();
        const QString journal = ex.journal().path();
        Result<RollbackPlan> plan = Error(Error::Kind::Internal, QString());
        const SessionOptions so = SessionOptions::review(QStringLiteral("strata runbook (rollback pre-flight)"), 0);
        if (auto c = Connection::open(profile, so))
            plan = GuidedRollback::build(journal, **c);
        else
            plan = c.error();
        QMetaObject::invokeMethod(self, [self, plan, this] {
            if (!self)
                return;
            setBusy(false);
            if (!plan) {
                m_banner->showError(plan.error());
                m_banner->show();
                emit errorOccurred(plan.error().message);
                emit rollbackReady(-1, false);
                return;
            }
            m_stopped = true; // the run is over either way
            loadRunbook(plan->runbook, plan->findingTexts(), plan->blocked());
            emit rollbackReady(int(plan->runbook.steps.size()), plan->blocked());
        }, Qt::QueuedConnection);
    });
}

void RunbookView::exportReport(const QString &path)
{
    if (!canRollBack() || path.isEmpty())
        return;
    setBusy(true);
    const ConnectionProfile profile = m_profile;
    const bool withRollback = m_hasProfile;
    QPointer<RunbookView> self(this);
    post([self, profile, withRollback, path, this](Executor &ex) {
        // The way back as the guided rollback would build it now (not for a rollback run).
        std::optional<RollbackPlan> plan;
        if (withRollback && ex.runbook().source != SourceKind::RollbackScript && !ex.snapshotBefore().isEmpty()) {
            const SessionOptions so = SessionOptions::review(QStringLiteral("strata runbook (audit report)"), 0);
            if (auto c = Connection::open(profile, so))
                if (auto built = GuidedRollback::build(ex.journal().path(), **c))
                    plan = *built;
        }
        const QString text = AuditReport::forPath(path, ex.runbook(), ex.journal().header(), ex.journal().events(),
                                                  ex.journal().path(), profile.displayString(), plan ? &*plan : nullptr);
        QString error;
        WriteOptions wo;
        wo.privateFile = true; // keys and rows of the tables touched
        if (Error e = writeFile(path, text.toUtf8(), wo))
            error = e.message;
        QMetaObject::invokeMethod(self, [self, path, error, this] {
            if (!self)
                return;
            setBusy(false);
            if (error.isEmpty()) {
                m_banner->showInfo(tr("Audit report written to %1.").arg(QDir::toNativeSeparators(path)));
            } else {
                m_banner->showError(Error(Error::Kind::Io, tr("Cannot write the audit report %1: %2").arg(path, error),
                                          {}, tr("Choose another folder.")));
            }
            m_banner->show();
            emit reportWritten(path, error);
        }, Qt::QueuedConnection);
    });
}

} // namespace strata
