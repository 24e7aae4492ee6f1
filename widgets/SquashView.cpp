#include "SquashView.h"

#include "ErrorBanner.h"
#include "SqlView.h"
#include "ViewActions.h"
#include "common/SafeText.h"
#include "history/LedgerSurgery.h"
#include "pg/Session.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace strata {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(true);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSortingEnabled(false); // on after each fill: items set while sorting would move
    installCopyAction(t);
    return t;
}

QTableWidgetItem *cell(const QString &text, const QString &toolTip = {})
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return i;
}

// Columns as wide as their text but at most a third of the view; the last one takes
// the rest and wraps; rows as tall as their wrapped text.
void fitColumns(QTableWidget *t, int viewWidth)
{
    t->resizeColumnsToContents();
    const int cap = std::max(240, viewWidth / 3);
    for (int c = 0; c + 1 < t->columnCount(); ++c)
        t->setColumnWidth(c, std::min(t->columnWidth(c), cap));
    t->resizeRowsToContents();
}

} // namespace

SquashView::SquashView(QWidget *parent) : QWidget(parent)
{
    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("The migration folder with the full chain"));
    m_baseline = new QLineEdit(this);
    m_baseline->setPlaceholderText(tr("The candidate baseline: a .sql file or a folder (empty: audit the chain alone)"));
    auto *browseFolderButton = new QPushButton(tr("Folder…"), this);
    auto *baselineFile = new QPushButton(tr("File…"), this);
    auto *baselineFolder = new QPushButton(tr("Folder…"), this);
    m_tool = new QComboBox(this);
    m_tool->addItem(tr("Tool of the folder"), QString());
    for (const QString &t : LedgerSurgery::tools())
        m_tool->addItem(t, t);
    m_check = new QPushButton(tr("Check"), this);
    m_check->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    m_status = new QLabel(tr("Pick the chain and a baseline, then Check. With only the chain, Check audits it."), this);
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_banner = new ErrorBanner(this);

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseFolderButton);
    form->addRow(tr("Chain:"), folderRow);
    auto *baselineRow = new QHBoxLayout;
    baselineRow->addWidget(m_baseline, 1);
    baselineRow->addWidget(baselineFile);
    baselineRow->addWidget(baselineFolder);
    form->addRow(tr("Baseline:"), baselineRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Ledger surgery for:"), this));
    actions->addWidget(m_tool);
    actions->addStretch(1);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_check);
    actions->addWidget(m_cancel);
    form->addRow(actions);

    m_differences = makeTable({tr("State"), tr("Kind"), tr("Object"), tr("What differs")}, this);
    m_report = makeTable({tr("Finding"), tr("Object"), tr("Files and lines"), tr("Details")}, this);
    m_steps = makeTable({tr("#"), tr("File"), tr("What it does"), tr("Transaction"), tr("Status"), tr("Findings")}, this);
    m_surgery = new SqlView(this);
    m_surgery->setPlaceholderText(tr("The ledger surgery script appears here when the baseline is equivalent."));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_differences, tr("Differences"));
    m_tabs->addTab(m_report, tr("Consolidation report"));
    m_tabs->addTab(m_steps, tr("Migrations"));
    m_openInRunbook = new QPushButton(tr("Open in the runbook…"), this);
    m_openInRunbook->setToolTip(tr("Ledger surgery runs only through the Runbook tab, one step at a time."));
    m_openInRunbook->setEnabled(false);
    auto *surgeryPage = new QWidget(this);
    auto *surgeryLayout = new QVBoxLayout(surgeryPage);
    surgeryLayout->setContentsMargins(0, 0, 0, 0);
    surgeryLayout->addWidget(m_surgery, 1);
    auto *surgeryButtons = new QHBoxLayout;
    surgeryButtons->addStretch(1);
    surgeryButtons->addWidget(m_openInRunbook);
    surgeryLayout->addLayout(surgeryButtons);
    m_tabs->addTab(surgeryPage, tr("Ledger surgery"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(m_status);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("squashFilter"));
    m_filter->setPlaceholderText(tr("Filter differences and findings (object, kind, file, text)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &SquashView::applyFilter);
    layout->addWidget(m_filter);
    layout->addWidget(m_tabs, 1);

    connect(browseFolderButton, &QPushButton::clicked, this, &SquashView::browseFolder);
    connect(baselineFile, &QPushButton::clicked, this, &SquashView::browseBaselineFile);
    connect(baselineFolder, &QPushButton::clicked, this, &SquashView::browseBaselineFolder);
    connect(m_check, &QPushButton::clicked, this, &SquashView::check);
    connect(m_cancel, &QPushButton::clicked, this, &SquashView::cancel);
    connect(m_openInRunbook, &QPushButton::clicked, this, [this] {
        if (!m_surgerySql.isEmpty())
            emit surgeryRequested(m_surgerySql, m_surgerySource);
    });
}

void SquashView::applyFilter()
{
    const int differences = filterTableRows(m_differences, m_filter->text());
    const int findings = filterTableRows(m_report, m_filter->text());
    const int steps = filterTableRows(m_steps, m_filter->text());
    m_tabs->setTabText(m_tabs->indexOf(m_steps), tr("Migrations (%1)").arg(steps));
    m_tabs->setTabText(m_tabs->indexOf(m_differences), tr("Differences (%1)").arg(differences));
    m_tabs->setTabText(m_tabs->indexOf(m_report), tr("Consolidation report (%1)").arg(findings));
}

SquashView::~SquashView()
{
    if (m_watcher) {
        // The worker only reads files and talks to its own scratch server: stop it and wait.
        m_watcher->disconnect(this);
        m_watcher->future().cancel();
        m_watcher->future().waitForFinished();
    }
}

void SquashView::setFolder(const QString &dir) { m_folder->setText(dir); }
void SquashView::setBaseline(const QString &path) { m_baseline->setText(path); }
QString SquashView::folder() const { return m_folder->text().trimmed(); }
QString SquashView::baseline() const { return m_baseline->text().trimmed(); }
QString SquashView::statusText() const { return m_status->text(); }

void SquashView::setTool(const QString &tool)
{
    const int i = m_tool->findData(tool);
    m_tool->setCurrentIndex(i >= 0 ? i : 0);
}

void SquashView::browseFolder()
{
    const QString d = QFileDialog::getExistingDirectory(this, tr("Migration folder"), folder());
    if (!d.isEmpty())
        setFolder(d);
}

void SquashView::browseBaselineFile()
{
    const QString f = QFileDialog::getOpenFileName(this, tr("Baseline"), baseline(), tr("SQL files (*.sql);;All files (*)"));
    if (!f.isEmpty())
        setBaseline(f);
}

void SquashView::browseBaselineFolder()
{
    const QString d = QFileDialog::getExistingDirectory(this, tr("Baseline folder"), baseline());
    if (!d.isEmpty())
        setBaseline(d);
}

void SquashView::setRunning(bool running)
{
    m_check->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_folder->setReadOnly(running);
    m_baseline->setReadOnly(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("Starting…"));
    }
}

void SquashView::clearResults()
{
    m_differences->setRowCount(0);
    m_report->setRowCount(0);
    m_steps->setRowCount(0);
    applyFilter();
    m_surgery->setSql(QString());
    m_surgerySql.clear();
    m_surgerySource.clear();
    m_openInRunbook->setEnabled(false);
    m_banner->hide();
}

// On a worker thread: the report (no server), then the check, then the surgery script;
// without a baseline, the chain audit.
void SquashView::work(QPromise<Outcome> &promise, const QString &folder, const QString &baseline, const QString &tool,
                      const std::optional<ConnectionProfile> &server)
{
    promise.setProgressRange(0, 100);
    JobControl control([&promise] { return promise.isCanceled(); },
                       [&promise](int v, int, const QString &text) { promise.setProgressValueAndText(v, text); });
    Outcome o{Error(), Error(), Error(), std::nullopt};
    if (baseline.isEmpty()) {
        squash::AuditOptions ao;
        ao.replayServer = server;
        o.audit = squash::ChainAudit::run(folder, ao, &control);
        if (!promise.isCanceled())
            promise.addResult(o);
        return;
    }
    o.report = Consolidation::analyze(folder);
    SquashOptions so;
    so.replayServer = server;
    o.check = SquashCheck::run(folder, baseline, so, &control);
    if (o.check && o.check->identical) {
        const QString toolId = !tool.isEmpty() ? tool : (o.report ? o.report->format : QString());
        if (LedgerSurgery::tools().contains(toolId)) {
            auto plan = LedgerSurgery::planFor(toolId, folder, baseline);
            o.surgery = plan ? LedgerSurgery::script(*plan) : Result<QString>(plan.error());
        } else {
            o.surgery = Error(Error::Kind::Usage, tr("No ledger surgery is known for this folder's tool; choose one."));
        }
    }
    promise.addResult(o);
}

void SquashView::check()
{
    if (m_watcher)
        return;
    clearResults();
    if (folder().isEmpty()) {
        m_banner->showError(Error(Error::Kind::Usage, tr("Pick the migration folder first.")));
        emit finished(false);
        return;
    }
    setRunning(true);
    const QString where = m_replayServer ? m_replayServer->displayString() : tr("a private scratch server");
    m_status->setText(baseline().isEmpty() ? tr("Auditing the chain (replay on %1)…").arg(where)
                                           : tr("Replaying the chain and the baseline on %1…").arg(where));
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, this, [this](const QString &text) {
        m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text + QStringLiteral(" (%p%)"));
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        QFutureWatcher<Outcome> *w = m_watcher;
        m_watcher = nullptr;
        w->deleteLater();
        setRunning(false);
        if (w->future().resultCount() == 0) {
            m_status->setText(tr("Canceled."));
            emit finished(false);
            return;
        }
        showOutcome(w->result());
    });
    m_watcher->setFuture(QtConcurrent::run(&SquashView::work, folder(), baseline(), m_tool->currentData().toString(), m_replayServer));
}

void SquashView::cancel()
{
    if (!m_watcher)
        return;
    m_progress->setFormat(tr("Canceling…"));
    m_watcher->future().cancel();
}

void SquashView::showOutcome(const Outcome &o)
{
    if (o.audit) {
        if (*o.audit) {
            showAudit(**o.audit);
        } else if (o.audit->error().kind == Error::Kind::Canceled) {
            m_status->setText(tr("Canceled."));
        } else {
            m_status->setText(tr("The audit could not be completed."));
            m_banner->showError(o.audit->error());
        }
        emit finished(false);
        return;
    }
    if (o.report)
        fillReport(*o.report);
    if (!o.check) {
        if (o.check.error().kind == Error::Kind::Canceled) {
            m_status->setText(tr("Canceled."));
        } else {
            m_status->setText(tr("The check could not be completed."));
            m_banner->showError(o.check.error());
        }
        emit finished(false);
        return;
    }
    const SquashResult &r = *o.check;
    fillDifferences(r);
    if (r.identical) {
        m_status->setText(tr("Identical: the baseline gives the same schema as the chain (%n object(s)).", nullptr, r.chainObjects));
        m_tabs->setCurrentWidget(m_report); // nothing to list under Differences
        if (o.surgery) {
            m_surgery->setSql(*o.surgery);
            m_surgerySql = *o.surgery;
            m_surgerySource = tr("ledger surgery for %1").arg(QFileInfo(folder()).fileName());
            m_openInRunbook->setEnabled(!m_surgerySql.trimmed().isEmpty());
        } else
            m_surgery->setSql(lineComment(o.surgery.error().message));
    } else {
        m_status->setText(tr("Not equivalent: %n difference(s).", nullptr, int(r.differences.size())));
        m_tabs->setCurrentWidget(m_differences);
    }
    emit finished(r.identical);
}

void SquashView::fillDifferences(const SquashResult &r)
{
    m_differences->setSortingEnabled(false);
    m_differences->setRowCount(int(r.differences.size()));
    for (int i = 0; i < r.differences.size(); ++i) {
        const SquashDifference &d = r.differences[i];
        m_differences->setItem(i, 0, cell(SquashDifference::stateLabel(d.state)));
        m_differences->setItem(i, 1, cell(diff::kindId(d.kind)));
        m_differences->setItem(i, 2, cell(d.object, d.key));
        m_differences->setItem(i, 3, cell(d.detail));
    }
    fitColumns(m_differences, width());
    applyFilter();
    m_differences->setSortingEnabled(true);
}

void SquashView::showAudit(const squash::AuditReport &r)
{
    m_steps->setSortingEnabled(false);
    m_steps->setRowCount(int(r.steps.size()));
    for (int i = 0; i < r.steps.size(); ++i) {
        const squash::AuditStep &s = r.steps[i];
        auto *order = new QTableWidgetItem;
        order->setData(Qt::DisplayRole, s.order);
        m_steps->setItem(i, 0, order);
        m_steps->setItem(i, 1, cell(s.file));
        m_steps->setItem(i, 2, cell(s.summary));
        m_steps->setItem(i, 3, cell(s.transactional ? tr("in a transaction") : tr("outside (%1)").arg(s.outsideReason)));
        m_steps->setItem(i, 4, cell(squash::AuditStep::statusLabel(s.status)));
        m_steps->setItem(i, 5, cell(QString::number(s.findings)));
    }
    fitColumns(m_steps, width());
    m_steps->setSortingEnabled(true);
    m_report->setSortingEnabled(false);
    m_report->setRowCount(int(r.findings.size()));
    for (int i = 0; i < r.findings.size(); ++i) {
        const squash::AuditFinding &f = r.findings[i];
        QStringList where;
        for (const ChainLocation &l : f.locations)
            where.append(Consolidation::where(l));
        m_report->setItem(i, 0, cell(squash::AuditFinding::severityId(f.severity) + QStringLiteral(": ") + f.code));
        m_report->setItem(i, 1, cell(f.object));
        m_report->setItem(i, 2, cell(where.join(u'\n')));
        m_report->setItem(i, 3, cell(f.message));
    }
    fitColumns(m_report, width());
    m_report->setSortingEnabled(true);
    applyFilter();
    const QString replay = !r.replayAttempted ? QString()
                           : r.replayed       ? tr("the chain replays.")
                           : r.stop.file.isEmpty() ? tr("the replay could not run: %1").arg(r.replayError)
                                                   : tr("the replay stops at %1, line %2.").arg(r.stop.file).arg(r.stop.line);
    m_status->setText(tr("Audit of %n migration(s): %1 blocking, %2 warning(s), %3 info; %4", nullptr, int(r.steps.size()))
                          .arg(r.count(squash::AuditFinding::Severity::Blocking))
                          .arg(r.count(squash::AuditFinding::Severity::Warning))
                          .arg(r.count(squash::AuditFinding::Severity::Info))
                          .arg(replay));
    m_tabs->setCurrentWidget(m_steps);
}

void SquashView::fillReport(const ConsolidationReport &r)
{
    m_report->setSortingEnabled(false);
    m_report->setRowCount(int(r.findings.size()));
    for (int i = 0; i < r.findings.size(); ++i) {
        const ConsolidationFinding &f = r.findings[i];
        QStringList where;
        for (const ChainLocation &l : f.locations)
            where.append(Consolidation::where(l));
        m_report->setItem(i, 0, cell(ConsolidationFinding::kindLabel(f.kind)));
        m_report->setItem(i, 1, cell(f.object, Consolidation::objectKindLabel(f.objectKind)));
        m_report->setItem(i, 2, cell(where.join(u'\n')));
        m_report->setItem(i, 3, cell(f.message));
    }
    fitColumns(m_report, width());
    applyFilter();
    m_report->setSortingEnabled(true);
}

} // namespace strata
