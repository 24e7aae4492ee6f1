#include "HistoryView.h"
#include "runbook/RunbookBuilder.h"
#include "common/Deliver.h"
#include "ElidedLabel.h"
#include "ErrorBanner.h"
#include "HistoryStateColors.h"
#include "HistoryTimeline.h"
#include "RevisionGraph.h"
#include "SqlView.h"
#include "ViewActions.h"
#include "history/FolderFormat.h"
#include "history/HistoryLoader.h"
#include "items/HistoryTableModel.h"
#include "pg/Session.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace strata {

namespace {

// Colours the state column; the model itself has no colours (models/ links no QtGui).
class StateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto state = HistoryEntry::State(index.data(HistoryTableModel::StateRole).toInt());
        option->palette.setColor(QPalette::Text, historyStateColor(state, isDarkPalette(option->palette)));
        option->font.setBold(state != HistoryEntry::State::Applied);
    }
};

// Filters by state group and by text in any column.
class HistoryFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString stateId; // "" = all; "problems" = everything but applied
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        const QString id = i.data(HistoryTableModel::StateIdRole).toString();
        if (stateId == u"problems") {
            if (id == u"applied")
                return false;
        } else if (!stateId.isEmpty() && id != stateId) {
            return false;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
    void refilter() { invalidateFilter(); }
};

} // namespace

HistoryView::HistoryView(QWidget *parent) : QWidget(parent)
{
    m_dir = new QLineEdit(this);
    m_dir->setPlaceholderText(tr("Migration folder (leave empty to read only the database's ledger)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    m_format = new QComboBox(this);
    m_format->addItem(tr("Detect format"), QString());
    for (const FolderFormat *f : FolderFormat::all())
        m_format->addItem(f->displayName(), f->id());
    auto *load = new QPushButton(tr("Load history"), this);
    load->setDefault(true);

    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All states"), QString());
    m_stateFilter->addItem(tr("Needs attention"), QStringLiteral("problems"));
    using S = HistoryEntry::State;
    for (S s : {S::Applied, S::Pending, S::Ghost, S::Changed, S::Failed, S::Dirty, S::OutOfOrder})
        m_stateFilter->addItem(History::stateLabel(s), History::stateId(s));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter by version, name or file"));
    m_search->setClearButtonEnabled(true);
    m_summary = new ElidedLabel(this);
    m_banner = new ErrorBanner(this);

    m_model = new HistoryTableModel(this);
    auto *filter = new HistoryFilter(this);
    filter->setSourceModel(m_model);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter->setFilterKeyColumn(-1);
    filter->setSortRole(HistoryTableModel::SortRole);
    m_proxy = filter;
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryTableModel::VersionColumn, Qt::AscendingOrder);
    m_table->setItemDelegateForColumn(HistoryTableModel::StateColumn, new StateDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_timeline = new HistoryTimeline(this);
    m_graph = new RevisionGraph(this);
    m_sql = new SqlView(this);
    m_sql->setObjectName(QStringLiteral("historySql"));
    m_sql->setReadOnly(true);
    m_sql->setPlaceholderText(tr("Select a migration to read its SQL."));
    auto *lower = new QTabWidget(this);
    m_lower = lower;
    lower->addTab(m_timeline, tr("Timeline"));
    lower->addTab(m_graph, tr("Revision graph"));
    lower->addTab(m_sql, tr("SQL"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *top = new QHBoxLayout;
    top->addWidget(m_dir, 1);
    top->addWidget(browse);
    top->addWidget(m_format);
    top->addWidget(load);
    m_preflight = new QPushButton(tr("Pre-flight…"), this);
    m_preflight->setToolTip(tr("Check the selected migration's forward SQL against this database (Ctrl+P)"));
    m_runbook = new QPushButton(tr("Runbook…"), this);
    m_runbook->setToolTip(tr("Step through the selected migration with backups and confirmation"));
    auto *preflightAct = new QAction(tr("Pre-flight this migration"), m_table);
    preflightAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    preflightAct->setShortcutContext(Qt::WindowShortcut);
    auto *runbookAct = new QAction(tr("Open in the runbook"), m_table);
    m_preflightAct = preflightAct;
    m_runbookAct = runbookAct;
    m_table->addAction(preflightAct);
    m_table->addAction(runbookAct);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(preflightAct, &QAction::triggered, this, [this] { preflightSelected(); });
    connect(runbookAct, &QAction::triggered, this, &HistoryView::runbookSelected);
    connect(m_preflight, &QPushButton::clicked, this, [this] { preflightSelected(); });
    connect(m_runbook, &QPushButton::clicked, this, &HistoryView::runbookSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::showSelectedSql);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { preflightSelected(); });
    installCopyAction(m_table);
    installChartExport(m_timeline);
    updateActions();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_summary);
    filters->addWidget(m_preflight);
    filters->addWidget(m_runbook);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(browse, &QPushButton::clicked, this, &HistoryView::chooseFolder);
    connect(load, &QPushButton::clicked, this, &HistoryView::reload);
    connect(m_dir, &QLineEdit::returnPressed, this, &HistoryView::reload);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryView::applyFilter);
}

void HistoryView::setSession(Session *session)
{
    // Another connection (or none): the previous database's ledger goes, with everything
    // drawn from it.
    m_session = session;
    ++m_generation;
    m_files.clear();
    m_model->setResult({});
    m_timeline->setResult({});
    m_graph->setGraph({}, {});
    m_summary->clear();
    m_banner->hide();
    m_sql->setSql(QString());
}

void HistoryView::setFolder(const QString &dir)
{
    m_dir->setText(dir);
}

void HistoryView::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Migration folder"), m_dir->text());
    if (!dir.isEmpty()) {
        m_dir->setText(dir);
        reload();
    }
}

void HistoryView::applyFilter()
{
    auto *f = static_cast<HistoryFilter *>(m_proxy);
    f->stateId = m_stateFilter->currentData().toString();
    f->setFilterFixedString(m_search->text());
    f->refilter();
}

void HistoryView::reloadIfShown()
{
    if (m_session && m_model->rowCount() > 0)
        reload();
}

void HistoryView::reload()
{
    if (!m_session) {
        m_banner->showError(Session::notConnectedError());
        emit loaded(false);
        return;
    }
    HistoryRequest req;
    req.dir = m_dir->text().trimmed();
    req.formatId = m_format->currentData().toString();
    const quint64 gen = ++m_generation;
    m_summary->setText(tr("Loading…"));
    m_banner->hide();
    deliver(m_session->run<LoadedHistory>([req](Connection &c, JobControl &ctl) { return HistoryLoader::load(c, req, &ctl); }),
            this, [this, gen](const Result<LoadedHistory> &r) {
            if (gen != m_generation)
                return; // a newer request (or another connection) superseded this one
            if (!r) {
                m_summary->clear();
                m_banner->showError(r.error());
                emit loaded(false);
                return;
            }
            showResult(r->result, r->files);
            emit loaded(true);
        });
}

const MigrationFile *HistoryView::selectedFile() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    const QString path = m_model->entry(row).path;
    if (path.isEmpty())
        return nullptr;
    for (const MigrationFile &f : m_files)
        if (f.path == path)
            return &f;
    return nullptr;
}

void HistoryView::updateActions()
{
    const MigrationFile *f = selectedFile();
    const bool usable = f && !f->upSql.trimmed().isEmpty();
    m_preflight->setEnabled(usable);
    m_runbook->setEnabled(usable);
    for (QAction *a : m_table->actions())
        a->setEnabled(usable);
}

void HistoryView::preflightSelected(bool run)
{
    if (const MigrationFile *f = selectedFile(); f && !f->upSql.trimmed().isEmpty())
        emit preflightRequested(f->upSql, f->fileName.isEmpty() ? f->path : f->fileName, f->downSql, run, f->upLine);
}

bool HistoryView::selectFirstPending()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_model->entry(m_proxy->mapToSource(index).row()).state == HistoryEntry::State::Pending) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void HistoryView::runbookSelected()
{
    if (const MigrationFile *f = selectedFile(); f && !f->upSql.trimmed().isEmpty())
        emit runbookRequested(f->upSql, f->fileName.isEmpty() ? f->path : f->fileName, f->upLine, f->path,
                              runbook::RunbookBuilder::toolRunsInOneTransaction(m_model->result().format, *f));
}

void HistoryView::showSelectedSql()
{
    const MigrationFile *f = selectedFile();
    if (!f) {
        m_sql->setSql(QString());
        return;
    }
    QString text = f->upSql;
    if (!f->downSql.trimmed().isEmpty())
        text += QStringLiteral("\n\n-- ") + tr("Down section (the way back):") + u'\n' + f->downSql;
    m_sql->setSql(text);
}

// Columns no entry has a value for (dbmate records only the version) are hidden.
void HistoryView::hideEmptyColumns()
{
    for (int c : {HistoryTableModel::AppliedAtColumn, HistoryTableModel::AppliedByColumn, HistoryTableModel::DurationColumn}) {
        bool any = false;
        for (int row = 0; !any && row < m_model->rowCount(); ++row)
            any = !m_model->index(row, c).data().toString().isEmpty();
        m_table->setColumnHidden(c, !any);
    }
}

void HistoryView::showResult(const HistoryResult &r, const QList<MigrationFile> &files)
{
    m_files = files;
    m_model->setResult(r);
    hideEmptyColumns();
    m_table->resizeColumnsToContents();
    m_timeline->setResult(r);
    m_graph->setGraph(r, files);
    const HistorySummary &s = r.summary;
    QStringList parts{tr("%n migration(s)", nullptr, s.total), tr("%1 applied").arg(s.applied)};
    if (s.pending) parts << tr("%1 pending").arg(s.pending);
    if (s.ghost) parts << tr("%1 ghost").arg(s.ghost);
    if (s.changed) parts << tr("%1 changed").arg(s.changed);
    if (s.failed + s.dirty) parts << tr("%1 failed or dirty").arg(s.failed + s.dirty);
    if (s.outOfOrder) parts << tr("%1 out of order").arg(s.outOfOrder);
    QString ledger = r.ledgerTool.isEmpty() ? tr("no ledger") : tr("%1 ledger %2.%3").arg(r.ledgerTool, r.ledgerSchema, r.ledgerTable);
    m_summary->setText(parts.join(QStringLiteral(" · ")) + QStringLiteral("  (") + ledger + u')');
    if (!r.findings.isEmpty())
        m_banner->showInfo(tr("%n finding(s) in the folder or ledger, e.g.: %1", nullptr, int(r.findings.size())).arg(r.findings.first().message));
}

} // namespace strata
