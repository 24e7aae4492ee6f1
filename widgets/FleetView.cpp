#include "FleetView.h"
#include "PasswordStore.h"

#include "common/FileIo.h"
#include "ErrorBanner.h"
#include "FleetChart.h"
#include "ViewActions.h"
#include "common/Deliver.h"
#include "fleet/FleetTargetsModel.h"
#include "preflight/Preflight.h"
#include "runbook/RunbookBuilder.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace strata {

using namespace fleet;

namespace {

struct StatusRun
{
    QList<Target> targets;
    FleetStatusResult status;
};

struct PreflightRun
{
    QList<Target> targets;
    FleetPreflightResult result;
};

QPushButton *browseButton(QWidget *parent, QLineEdit *edit, bool folder, const QString &title)
{
    auto *b = new QPushButton(FleetView::tr("Browse…"), parent);
    QObject::connect(b, &QPushButton::clicked, parent, [parent, edit, folder, title] {
        const QString path = folder ? QFileDialog::getExistingDirectory(parent, title, edit->text())
                                    : QFileDialog::getOpenFileName(parent, title, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    return b;
}

} // namespace

FleetView::FleetView(QWidget *parent) : QWidget(parent)
{
    PasswordStore::instance(); // made on this (the GUI) thread, where its keychain jobs run
    m_passwordLookup = [](const ConnectionProfile &p) { return PasswordStore::readFromWorker(p.keychainKey()); };
    m_banner = new ErrorBanner(this);

    // Targets: a file, or one database and its tenant schemas; saved groups.
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Targets file"));
    m_mode->addItem(tr("Tenant schemas of one database"));
    m_modeStack = new QStackedWidget(this);
    auto *filePage = new QWidget(m_modeStack);
    auto *fileRow = new QHBoxLayout(filePage);
    fileRow->setContentsMargins(0, 0, 0, 0);
    m_targetsFile = new QLineEdit(filePage);
    m_targetsFile->setPlaceholderText(tr("One target per line: name<TAB>postgresql://… or just a URI"));
    fileRow->addWidget(m_targetsFile, 1);
    fileRow->addWidget(browseButton(this, m_targetsFile, false, tr("Targets file")));
    auto *tenantPage = new QWidget(m_modeStack);
    auto *tenantRow = new QHBoxLayout(tenantPage);
    tenantRow->setContentsMargins(0, 0, 0, 0);
    m_database = new QLineEdit(tenantPage);
    m_database->setPlaceholderText(tr("postgresql://host/database (password from the keychain or ~/.pgpass)"));
    m_tenants = new QLineEdit(tenantPage);
    m_tenants->setPlaceholderText(tr("SELECT schema_name FROM … (read-only) or a LIKE pattern such as tenant_%"));
    tenantRow->addWidget(m_database, 1);
    tenantRow->addWidget(m_tenants, 1);
    m_modeStack->addWidget(filePage);
    m_modeStack->addWidget(tenantPage);
    connect(m_mode, &QComboBox::currentIndexChanged, m_modeStack, &QStackedWidget::setCurrentIndex);
    m_groups = new QComboBox(this);
    m_groups->setMinimumContentsLength(12);
    auto *saveGroup = new QPushButton(tr("Save group…"), this);
    connect(saveGroup, &QPushButton::clicked, this, &FleetView::saveGroup);
    connect(m_groups, &QComboBox::activated, this, &FleetView::loadGroup);

    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("Migration folder (each target is compared with the folder replayed up to its own version)"));
    m_check = new QPushButton(tr("Check status"), this);
    m_check->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    connect(m_check, &QPushButton::clicked, this, &FleetView::checkStatus);
    connect(m_cancel, &QPushButton::clicked, this, &FleetView::cancel);

    auto *form = new QFormLayout;
    auto *targetsRow = new QHBoxLayout;
    targetsRow->addWidget(m_mode);
    targetsRow->addWidget(m_modeStack, 1);
    targetsRow->addWidget(m_groups);
    targetsRow->addWidget(saveGroup);
    form->addRow(tr("Targets:"), targetsRow);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseButton(this, m_folder, true, tr("Migration folder")));
    folderRow->addWidget(m_check);
    folderRow->addWidget(m_cancel);
    form->addRow(tr("Migrations:"), folderRow);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_model = new FleetTargetsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FleetTargetsModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("fleetTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetTargetsModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    installCopyAction(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetView::showSelected);

    m_chart = new FleetChart(this);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a target to see its ledger, its differences and its rollout."));
    m_openDiff = new QPushButton(tr("Open in Diff"), this);
    m_openDiff->setEnabled(false);
    connect(m_openDiff, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_proxy->mapToSource(m_table->currentIndex());
        if (i.isValid() && !m_folder->text().isEmpty())
            emit diffRequested(m_model->targets()[i.row()].profile.displayString(), m_folder->text());
    });
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_openDiff, 0, Qt::AlignRight);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_chart);
    right->addWidget(detailBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // Pre-flight and rollout of one migration file.
    m_migration = new QLineEdit(this);
    m_migration->setPlaceholderText(tr("Migration file to pre-flight or roll out"));
    m_journalDir = new QLineEdit(this);
    m_journalDir->setPlaceholderText(tr("Journal folder (a plan there is resumed)"));
    m_canary = new QSpinBox(this);
    m_canary->setRange(0, 1000);
    m_canary->setPrefix(tr("canary "));
    m_wave = new QSpinBox(this);
    m_wave->setRange(0, 100000);
    m_wave->setPrefix(tr("wave "));
    m_wave->setSpecialValueText(tr("one wave"));
    m_maxFailures = new QSpinBox(this);
    m_maxFailures->setRange(1, 100000);
    m_maxFailures->setPrefix(tr("stop after "));
    m_maxFailures->setSuffix(tr(" failure(s)"));
    m_maxLag = new QSpinBox(this);
    m_maxLag->setRange(-1, 3600000);
    m_maxLag->setValue(-1);
    m_maxLag->setSpecialValueText(tr("no lag limit"));
    m_maxLag->setPrefix(tr("replica lag ≤ "));
    m_maxLag->setSuffix(tr(" ms"));
    m_confirmTables = new QLineEdit(this);
    m_confirmTables->setPlaceholderText(tr("Tables whose data may be lost (comma-separated)"));
    m_preflight = new QPushButton(tr("Pre-flight on every target"), this);
    m_run = new QPushButton(tr("Run rollout"), this);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setCheckable(true);
    m_stop = new QPushButton(tr("Stop"), this);
    connect(m_preflight, &QPushButton::clicked, this, &FleetView::runPreflight);
    connect(m_run, &QPushButton::clicked, this, &FleetView::startRollout);
    connect(m_pause, &QPushButton::toggled, this, &FleetView::pauseRollout);
    connect(m_stop, &QPushButton::clicked, this, &FleetView::stopRollout);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progressText = new QLabel(this);

    auto *fileRow2 = new QHBoxLayout;
    fileRow2->addWidget(m_migration, 2);
    fileRow2->addWidget(browseButton(this, m_migration, false, tr("Migration file")));
    fileRow2->addWidget(m_journalDir, 1);
    fileRow2->addWidget(browseButton(this, m_journalDir, true, tr("Journal folder")));
    auto *optRow = new QHBoxLayout;
    optRow->addWidget(m_canary);
    optRow->addWidget(m_wave);
    optRow->addWidget(m_maxFailures);
    optRow->addWidget(m_maxLag);
    optRow->addWidget(m_confirmTables, 1);
    optRow->addWidget(m_preflight);
    optRow->addWidget(m_run);
    optRow->addWidget(m_pause);
    optRow->addWidget(m_stop);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressText, 1);
    form->addRow(tr("Rollout:"), fileRow2);
    form->addRow(QString(), optRow);

    // The controls scroll sideways in a narrow window instead of widening every tab.
    auto *controls = new QWidget(this);
    controls->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    scroll->setFixedHeight(controls->sizeHint().height() + scroll->horizontalScrollBar()->sizeHint().height());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addLayout(progressRow);
    m_banner->hide();
    reloadGroups();
    setBusy(false);
}

FleetView::~FleetView()
{
    if (m_control)
        m_control->cancel();
    if (m_rollout)
        m_rollout->stop();
}

void FleetView::setTargetsFile(const QString &path)
{
    m_mode->setCurrentIndex(0);
    m_targetsFile->setText(path);
}

void FleetView::setTenantDatabase(const QString &uri, const QString &tenantSchemas)
{
    m_mode->setCurrentIndex(1);
    m_database->setText(uri);
    m_tenants->setText(tenantSchemas);
}

void FleetView::setMigrationFolder(const QString &dir)
{
    m_folder->setText(dir);
}

void FleetView::setMigrationFile(const QString &file)
{
    m_migration->setText(file);
}

void FleetView::setJournalDir(const QString &dir)
{
    m_journalDir->setText(dir);
}

TargetGroup FleetView::currentGroup() const
{
    TargetGroup g;
    if (m_mode->currentIndex() == 0) {
        g.targetsFile = m_targetsFile->text().trimmed();
    } else {
        g.database = m_database->text().trimmed();
        g.tenantSchemas = m_tenants->text().trimmed();
    }
    return g;
}

void FleetView::reloadGroups()
{
    m_groups->clear();
    m_groups->addItem(tr("Saved groups"));
    for (const TargetGroup &g : TargetGroupStore::groups())
        m_groups->addItem(g.name);
}

void FleetView::loadGroup(int index)
{
    const QList<TargetGroup> all = TargetGroupStore::groups();
    if (index < 1 || index > all.size())
        return;
    const TargetGroup &g = all[index - 1];
    if (g.isTenants())
        setTenantDatabase(g.database, g.tenantSchemas);
    else
        setTargetsFile(g.targetsFile);
}

void FleetView::saveGroup()
{
    TargetGroup g = currentGroup();
    if (g.targetsFile.isEmpty() && g.database.isEmpty()) {
        m_banner->showError(Error(Error::Kind::Usage, tr("Give a targets file or a database before saving a group.")));
        m_banner->show();
        return;
    }
    bool ok = false;
    g.name = QInputDialog::getText(this, tr("Save target group"), tr("Name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || g.name.isEmpty())
        return;
    QList<TargetGroup> all = TargetGroupStore::groups();
    all.removeIf([&g](const TargetGroup &o) { return o.name == g.name; });
    all.append(g);
    TargetGroupStore::save(all);
    reloadGroups();
}

void FleetView::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy || m_rollout);
    m_progress->setRange(0, busy ? 0 : 1);
    m_progress->setValue(0);
    m_progressText->setText(text);
    updateButtons();
}

void FleetView::updateButtons()
{
    const bool rollout = bool(m_rollout);
    m_check->setEnabled(!m_busy && !rollout);
    m_preflight->setEnabled(!m_busy && !rollout);
    m_run->setEnabled(!m_busy && !rollout);
    m_cancel->setEnabled(m_busy);
    m_pause->setEnabled(rollout);
    m_stop->setEnabled(rollout);
}

void FleetView::progress(int done, int total, const QString &text)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progressText->setText(text);
}

void FleetView::fail(const Error &e)
{
    m_banner->showError(e);
    m_banner->show();
}

void FleetView::cancel()
{
    if (m_control)
        m_control->cancel();
}

int FleetView::startJob()
{
    // A new generation: progress and results of an earlier job are dropped.
    const int gen = ++m_generation;
    QPointer<FleetView> self(this);
    m_control = std::make_shared<FleetControl>([self, gen](int done, int total, const QString &text) {
        QMetaObject::invokeMethod(self, [self, gen, done, total, text] {
            if (self && self->m_generation == gen)
                self->progress(done, total, text);
        }, Qt::QueuedConnection);
    });
    return gen;
}

void FleetView::checkStatus()
{
    const TargetGroup group = currentGroup();
    StatusOptions o;
    o.dir = m_folder->text().trimmed();
    o.drift = !o.dir.isEmpty();
    const int gen = startJob();
    m_banner->hide();
    setBusy(true, tr("Reading the targets…"));
    auto control = m_control;
    deliver(QtConcurrent::run([group, o, control, lookup = m_passwordLookup]() -> Result<StatusRun> {
                auto targets = group.resolve(lookup);
                if (!targets)
                    return targets.error();
                auto status = FleetStatus::run(*targets, o, control.get());
                if (!status)
                    return status.error();
                return StatusRun{*targets, *status};
            }),
            this, [this, gen](const Result<StatusRun> &r) {
                if (gen != m_generation)
                    return; // superseded
                m_control.reset();
                setBusy(false);
                if (!r) {
                    if (r.error().kind != Error::Kind::Canceled)
                        fail(r.error());
                    m_progressText->setText(r.error().kind == Error::Kind::Canceled ? tr("Canceled.") : QString());
                    emit statusFinished(false);
                    return;
                }
                m_targets = r->targets;
                m_model->setTargets(r->targets);
                m_model->setStatus(r->status);
                m_chart->setStatus(r->status);
                m_table->resizeColumnsToContents();
                const FleetStatusResult &s = r->status;
                m_summary->setText(tr("%1 targets: %2 clean, %3 with pending migrations, %4 drifted, %5 errors (%6 replays, %7 ms).")
                                       .arg(s.targets.size()).arg(s.clean).arg(s.pending).arg(s.drifted).arg(s.errors).arg(s.replays).arg(s.elapsedMs));
                emit statusFinished(true);
            });
}

void FleetView::runPreflight()
{
    const TargetGroup group = currentGroup();
    const QString file = m_migration->text().trimmed();
    if (file.isEmpty()) {
        fail(Error(Error::Kind::Usage, tr("Choose the migration file to pre-flight.")));
        return;
    }
    const int gen = startJob();
    m_banner->hide();
    setBusy(true, tr("Pre-flight on every target…"));
    auto control = m_control;
    const QList<Target> known = m_targets;
    deliver(QtConcurrent::run([group, file, control, known, lookup = m_passwordLookup]() -> Result<PreflightRun> {
                const auto bytes = readFile(file, ReadLimit::SqlScript);
                if (!bytes)
                    return bytes.error();
                const auto sections = preflight::Preflight::splitSections(QString::fromUtf8(*bytes));
                auto targets = group.resolve(lookup);
                if (!targets)
                    return targets.error();
                PreflightRequest req;
                req.sql = sections.up;
                req.rollbackSql = sections.down;
                req.source = QFileInfo(file).fileName();
                auto r = FleetPreflight::run(*targets, req, control.get());
                if (!r)
                    return r.error();
                return PreflightRun{*targets, *r};
            }),
            this, [this, gen](const Result<PreflightRun> &r) {
                if (gen != m_generation)
                    return;
                m_control.reset();
                setBusy(false);
                if (!r) {
                    if (r.error().kind != Error::Kind::Canceled)
                        fail(r.error());
                    emit preflightFinished(false);
                    return;
                }
                if (r->targets.size() != m_model->rowCount() || m_targets.isEmpty()) {
                    m_targets = r->targets;
                    m_model->setTargets(r->targets);
                }
                m_model->setPreflight(r->result);
                m_table->resizeColumnsToContents();
                m_summary->setText(tr("Pre-flight: %1 of %2 targets would fail, %3 errors.")
                                       .arg(r->result.failing).arg(r->result.targets.size()).arg(r->result.errors));
                showSelected();
                emit preflightFinished(true);
            });
}

void FleetView::startRollout()
{
    const QString dir = m_journalDir->text().trimmed();
    const QString file = m_migration->text().trimmed();
    if (dir.isEmpty()) {
        fail(Error(Error::Kind::Usage, tr("Choose a journal folder for the rollout.")));
        return;
    }
    const bool resume = QFileInfo::exists(QDir(dir).filePath(QStringLiteral("fleet.json")));
    if (!resume && file.isEmpty()) {
        fail(Error(Error::Kind::Usage, tr("Choose the migration file to roll out.")));
        return;
    }
    const TargetGroup group = currentGroup();
    RolloutOptions o;
    o.canary = m_canary->value();
    o.wave = m_wave->value();
    o.maxFailures = m_maxFailures->value();
    o.maxReplicaLagMs = m_maxLag->value();
    o.confirmTables = m_confirmTables->text().split(u',', Qt::SkipEmptyParts);
    for (QString &t : o.confirmTables)
        t = t.trimmed();
    m_banner->hide();
    m_rollout = std::make_shared<Rollout>();
    m_pause->setChecked(false);
    m_model->clearRollout();
    m_progress->setVisible(true);
    updateButtons();
    m_progressText->setText(resume ? tr("Resuming the rollout…") : tr("Rolling out…"));
    QPointer<FleetView> self(this);
    auto handle = m_rollout;
    auto sink = [self](const RolloutEvent &e) {
        QMetaObject::invokeMethod(self, [self, e] {
            if (!self)
                return;
            self->m_model->applyRolloutEvent(e);
            if (e.target < 0 || e.state == TargetRunState::Throttled)
                self->m_progressText->setText(e.text);
        }, Qt::QueuedConnection);
    };
    // The rows must stand before the first event arrives (same queue, so in order).
    auto showTargets = [self](const QList<Target> &targets) {
        QMetaObject::invokeMethod(self, [self, targets] {
            if (!self)
                return;
            bool same = targets.size() == self->m_model->rowCount();
            for (qsizetype i = 0; same && i < targets.size(); ++i)
                same = self->m_model->targets()[i].name == targets[i].name;
            if (!same) {
                self->m_targets = targets;
                self->m_model->setTargets(targets);
            }
        }, Qt::QueuedConnection);
    };
    deliver(QtConcurrent::run([group, file, dir, o, handle, sink, resume, showTargets, lookup = m_passwordLookup]()
                                  -> Result<std::pair<QList<Target>, RolloutResult>> {
                if (resume) {
                    auto plan = Rollout::readPlan(dir);
                    if (!plan)
                        return plan.error();
                    showTargets(plan->targets);
                    auto r = Rollout::resume(dir, o.confirmTables, sink, handle.get(), lookup);
                    if (!r)
                        return r.error();
                    return std::make_pair(plan->targets, *r);
                }
                auto rb = runbook::RunbookBuilder::fromMigrationFile(file);
                if (!rb)
                    return rb.error();
                auto targets = group.resolve(lookup);
                if (!targets)
                    return targets.error();
                showTargets(*targets);
                auto r = Rollout::start(*rb, *targets, dir, o, sink, handle.get());
                if (!r)
                    return r.error();
                return std::make_pair(*targets, *r);
            }),
            this, [this](const Result<std::pair<QList<Target>, RolloutResult>> &r) {
                m_rollout.reset();
                updateButtons();
                if (!r) {
                    fail(r.error());
                    m_progressText->clear();
                    emit rolloutFinished(false);
                    return;
                }
                if (r->first.size() != m_model->rowCount()) {
                    m_targets = r->first;
                    m_model->setTargets(r->first);
                }
                m_model->setRolloutResult(r->second);
                const RolloutResult &res = r->second;
                m_progressText->setText(tr("Rollout: %1 done, %2 failed, %3 not run.").arg(res.done).arg(res.failed).arg(res.notStarted));
                m_progress->setRange(0, std::max<int>(1, int(res.targets.size())));
                m_progress->setValue(res.done);
                showSelected();
                emit rolloutFinished(res.exitCode() == 0);
            });
}

void FleetView::pauseRollout(bool paused)
{
    if (!m_rollout)
        return;
    if (paused)
        m_rollout->pause();
    else
        m_rollout->unpause();
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_progressText->setText(paused ? tr("Paused: no new step starts.") : tr("Rolling out…"));
}

void FleetView::stopRollout()
{
    if (m_rollout)
        m_rollout->stop();
    m_progressText->setText(tr("Stopping: the running steps are canceled and rolled back…"));
}

QString FleetView::detailText() const
{
    return m_detail->toPlainText();
}

void FleetView::showSelected()
{
    const QModelIndex i = m_proxy->mapToSource(m_table->currentIndex());
    if (!i.isValid()) {
        m_detail->clear();
        m_openDiff->setEnabled(false);
        return;
    }
    const int row = i.row();
    const Target &t = m_model->targets()[row];
    QStringList lines;
    lines << (t.isSchema() ? tr("%1 — schema %2 of %3").arg(t.name, t.schema, t.profile.displayString())
                           : tr("%1 — %2").arg(t.name, t.profile.displayString()));
    if (const TargetStatus *s = m_model->status(row)) {
        if (s->error) {
            lines << tr("Error: %1").arg(s->error.fullText());
        } else {
            lines << tr("Ledger: %1").arg(s->ledger.isEmpty() ? tr("none (nothing applied)") : s->ledger);
            lines << tr("Applied: %1 (%n migration(s))", nullptr, s->appliedCount).arg(s->applied.isEmpty() ? tr("none") : s->applied);
            if (!s->pendingVersions.isEmpty())
                lines << tr("Pending: %1").arg(s->pendingVersions.join(QStringLiteral(", ")));
            if (s->ghosts > 0)
                lines << tr("Ghosts (applied, file gone): %1").arg(s->ghosts);
            if (s->dirty)
                lines << tr("A failed or dirty run is recorded.");
            if (s->driftChecked) {
                lines << tr("Compared with %1: %n difference(s)", nullptr, int(s->differences.size())).arg(s->driftAgainst);
                for (const TargetDifference &d : s->differences)
                    lines << QStringLiteral("  %1 %2%3").arg(d.state, d.key, d.fields.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.fields.join(QStringLiteral(", "))));
            } else if (!s->driftAgainst.isEmpty()) {
                lines << s->driftAgainst;
            }
        }
    }
    if (const TargetPreflight *p = m_model->preflight(row)) {
        if (p->error)
            lines << tr("Pre-flight error: %1").arg(p->error.message);
        else if (p->wouldFail())
            lines << tr("Pre-flight: would fail") << p->reasons().replaceInStrings(QRegularExpression(QStringLiteral("^")), QStringLiteral("  "));
        else
            lines << tr("Pre-flight: ok");
    }
    if (const QString r = m_model->rolloutText(row); !r.isEmpty())
        lines << tr("Rollout: %1").arg(r);
    m_detail->setPlainText(lines.join(u'\n'));
    m_openDiff->setEnabled(!t.isSchema() && !m_folder->text().trimmed().isEmpty());
}

} // namespace strata
