#include "DiffView.h"
#include "common/FileIo.h"
#include "common/Deliver.h"
#include "DiffChart.h"
#include "DiffDdlPane.h"
#include "DiffSourcePicker.h"
#include "DiffStateColors.h"
#include "DiffVerifyBar.h"
#include "ElidedLabel.h"
#include "ErrorBanner.h"
#include "SqlView.h"
#include "ViewActions.h"
#include "items/DiffTreeModel.h"
#include "pg/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace strata {

using diff::ChangeState;
using diff::Comparison;

namespace {

// A small rounded badge with +, − or ~ in the state's colour.
QIcon stateIcon(ChangeState s, bool dark)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(diffStateColor(s, dark));
    p.drawRoundedRect(QRectF(2, 2, 28, 28), 7, 7);
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap));
    if (s == ChangeState::Added || s == ChangeState::Removed)
        p.drawLine(QPointF(9, 16), QPointF(23, 16));
    if (s == ChangeState::Added)
        p.drawLine(QPointF(16, 9), QPointF(16, 23));
    if (s == ChangeState::Changed) {
        QPainterPath wave(QPointF(8, 18));
        wave.cubicTo(QPointF(12, 9), QPointF(16, 25), QPointF(24, 13));
        p.setBrush(Qt::NoBrush);
        p.drawPath(wave);
    }
    return QIcon(pm);
}

// Colours the state column and puts a state badge before object names.
class StateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int state = index.data(DiffTreeModel::StateRole).toInt();
        if (state < 0) { // a kind row
            option->font.setBold(true);
            return;
        }
        const bool dark = isDarkPalette(option->palette);
        if (index.column() == DiffTreeModel::ObjectColumn) {
            // Drawn once per state and palette: this runs for every row painted or measured.
            static QHash<int, QIcon> icons;
            const int key = state * 2 + (dark ? 1 : 0);
            auto it = icons.find(key);
            if (it == icons.end())
                it = icons.insert(key, stateIcon(ChangeState(state), dark));
            option->icon = *it;
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(14, 14);
        } else if (index.column() == DiffTreeModel::StateColumn) {
            option->palette.setColor(QPalette::Text, diffStateColor(ChangeState(state), dark));
            option->font.setBold(true);
        }
    }
};

// Text filter on object rows (key, fields, columns) plus a state filter; a kind row
// is shown when one of its objects is.
class DiffFilter : public QSortFilterProxyModel
{
public:
    explicit DiffFilter(QObject *parent) : QSortFilterProxyModel(parent)
    {
        setRecursiveFilteringEnabled(true);
        setFilterRole(DiffTreeModel::FilterRole);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
    }
    QString stateId;
    void refilter() { invalidateFilter(); }
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!parent.isValid())
            return false; // shown through its objects (recursive filtering)
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (!stateId.isEmpty() && i.data(DiffTreeModel::StateIdRole).toString() != stateId)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
    // Objects sort by name or state inside their kind; the kinds keep the model's
    // order (the order the script handles them in).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        if (!left.parent().isValid() || !right.parent().isValid())
            return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
        return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
    }
};

} // namespace

DiffView::DiffView(QWidget *parent) : QWidget(parent)
{
    m_pickA = new DiffSourcePicker(tr("A"), this);
    m_pickB = new DiffSourcePicker(tr("B"), this);
    m_pickA->setObjectName(QStringLiteral("sourceA"));
    m_pickB->setObjectName(QStringLiteral("sourceB"));
    m_pickA->setToolTip(tr("A: the schema as it is (the script changes this one)"));
    m_pickB->setToolTip(tr("B: the schema as it should be"));
    m_ignoreOwners = new QCheckBox(tr("Ignore owners"), this);
    m_ignoreGrants = new QCheckBox(tr("Ignore grants"), this);
    m_ignoreColumnOrder = new QCheckBox(tr("Ignore column order"), this);
    m_ignoreColumnOrder->setToolTip(tr("Tables with the same columns in another order count as the same (ALTER TABLE cannot reorder columns)."));
    m_schemas = new QLineEdit(this);
    m_schemas->setPlaceholderText(tr("All schemas (or: public, app)"));
    m_schemas->setClearButtonEnabled(true);
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_bar = new QProgressBar(this);
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    // Progress and summary lines elide instead of widening the view (and the window with it).
    m_progress = new ElidedLabel(this);
    m_progress->setTextFormat(Qt::PlainText);
    m_banner = new ErrorBanner(this);
    m_summary = new ElidedLabel(this);
    m_summary->setTextFormat(Qt::PlainText);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter objects"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->addItem(tr("All states"), QString());
    for (ChangeState s : {ChangeState::Added, ChangeState::Removed, ChangeState::Changed})
        m_stateFilter->addItem(DiffTreeModel::stateLabel(s), diff::stateId(s));
    m_model = new DiffTreeModel(this);
    m_proxy = new DiffFilter(this);
    m_proxy->setSourceModel(m_model);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("diffTree"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new StateDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    installCopyAction(m_tree);

    m_ddl = new DiffDdlPane(this);
    m_script = new SqlView(this);
    m_script->setObjectName(QStringLiteral("diffScript"));
    m_script->setReadOnly(true);
    m_hazards = new QListWidget(this);
    m_hazards->setObjectName(QStringLiteral("diffHazards"));
    m_hazards->setMaximumHeight(140);
    m_save = new QPushButton(tr("Save script…"), this);
    m_toRunbook = new QPushButton(tr("Open in the runbook…"), this);
    m_toRunbook->setToolTip(tr("Step through this script with backups, confirmation and a journal"));
    m_chart = new DiffChart(this);
    installChartExport(m_chart);
    m_verifyBar = new DiffVerifyBar(this);

    // Layout: sources and options on top; the tree and the chart on the left; the
    // definitions and the script as tabs on the right.
    auto *options = new QHBoxLayout;
    options->addWidget(m_ignoreOwners);
    options->addWidget(m_ignoreGrants);
    options->addWidget(m_ignoreColumnOrder);
    options->addWidget(new QLabel(tr("Schemas:"), this));
    options->addWidget(m_schemas, 1);
    options->addWidget(m_compare);
    options->addWidget(m_cancel);
    options->addWidget(m_bar);
    options->addWidget(m_progress, 1);

    auto *left = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_stateFilter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addLayout(filters);
    auto *leftSplit = new QSplitter(Qt::Vertical, left);
    leftSplit->addWidget(m_tree);
    leftSplit->addWidget(m_chart);
    leftSplit->setStretchFactor(0, 3);
    leftSplit->setStretchFactor(1, 2);
    leftLayout->addWidget(leftSplit, 1);

    auto *scriptPage = new QWidget(this);
    auto *scriptLayout = new QVBoxLayout(scriptPage);
    scriptLayout->setContentsMargins(0, 0, 0, 0);
    scriptLayout->addWidget(m_script, 1);
    auto *hazardRow = new QHBoxLayout;
    hazardRow->addWidget(new QLabel(tr("Hazards:"), scriptPage));
    hazardRow->addStretch(1);
    hazardRow->addWidget(m_save);
    hazardRow->addWidget(m_toRunbook);
    scriptLayout->addLayout(hazardRow);
    scriptLayout->addWidget(m_hazards);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("diffTabs"));
    tabs->addTab(m_ddl, tr("Definitions"));
    tabs->addTab(scriptPage, tr("Script"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 840});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pickA);
    layout->addWidget(m_pickB);
    layout->addLayout(options);
    layout->addWidget(m_banner);
    layout->addWidget(m_verifyBar);
    layout->addWidget(split, 1);

    connect(m_compare, &QPushButton::clicked, this, &DiffView::compare);
    connect(m_cancel, &QPushButton::clicked, this, &DiffView::cancel);
    connect(m_pickA, &DiffSourcePicker::returnPressed, this, &DiffView::compare);
    connect(m_pickB, &DiffSourcePicker::returnPressed, this, &DiffView::compare);
    connect(m_filter, &QLineEdit::textChanged, this, &DiffView::applyFilter);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &DiffView::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DiffView::showSelected);
    connect(m_save, &QPushButton::clicked, this, &DiffView::chooseSaveFile);
    connect(m_toRunbook, &QPushButton::clicked, this, [this] {
        if (canOpenInRunbook())
            emit runbookRequested(m_script->sql(), tr("generated diff script"));
    });
    connect(m_hazards, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_hazards->item(row))
            m_script->goToLine(item->data(Qt::UserRole).toInt());
    });
    setBusy(false);
}

DiffView::~DiffView()
{
    if (m_cancelRunning)
        m_cancelRunning(); // the job winds down on its own thread; its result is dropped
}

void DiffView::setConnectionTarget(const QString &target)
{
    if (target == m_sessionTargetKey)
        return;
    // Connected elsewhere: what came from the previous connection goes.
    m_sessionTargetKey = target;
    if (m_busy)
        cancel();
    if (!m_resultTarget.isEmpty())
        clearResult();
    updateRunbookButton();
}

void DiffView::setSession(Session *session)
{
    if (!session) {
        clearCurrentProfile();
        return;
    }
    setConnectionTarget(session->profile().targetKey());
    m_session = session;
    m_pickA->setCurrentProfile(session->profile());
    m_pickB->setCurrentProfile(session->profile());
    // The diff starts from this database (A: the schema the script changes), unless the
    // user already chose a source for A.
    if (m_pickA->kind() == DiffSourcePicker::ConnectionString && m_pickA->text().isEmpty())
        m_pickA->setKind(DiffSourcePicker::CurrentConnection);
    updateRunbookButton();
}

void DiffView::setCurrentProfile(const ConnectionProfile &profile)
{
    setConnectionTarget(profile.targetKey());
    m_session = nullptr;
    m_pickA->setCurrentProfile(profile);
    m_pickB->setCurrentProfile(profile);
}

void DiffView::clearCurrentProfile()
{
    setConnectionTarget(QString());
    m_session = nullptr;
    m_pickA->setCurrentProfile(std::nullopt);
    m_pickB->setCurrentProfile(std::nullopt);
}

void DiffView::setSources(const QString &a, const QString &b)
{
    m_pickA->setSpec(a);
    m_pickB->setSpec(b);
}

void DiffView::setBusy(bool busy)
{
    m_busy = busy;
    m_compare->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_bar->setVisible(busy);
    m_save->setEnabled(!busy && m_comparison && !m_comparison->plan.isEmpty());
    updateRunbookButton();
}

QString DiffView::sessionTarget() const
{
    return m_sessionTargetKey;
}

bool DiffView::canOpenInRunbook() const
{
    return !m_busy && m_comparison && !m_comparison->plan.isEmpty() && m_resultAIsConnection
           && !m_resultTarget.isEmpty() && m_resultTarget == sessionTarget();
}

void DiffView::updateRunbookButton()
{
    m_toRunbook->setEnabled(canOpenInRunbook());
    if (m_comparison && !m_comparison->plan.isEmpty() && !m_resultAIsConnection)
        m_toRunbook->setToolTip(tr("The script changes side A: it opens in the runbook when A is the current connection."));
    else
        m_toRunbook->setToolTip(tr("Step through this script with backups, confirmation and a journal"));
}

void DiffView::clearResult()
{
    m_comparison.reset();
    m_resultTarget.clear();
    m_resultAIsConnection = false;
    m_model->clear();
    m_chart->setResult({});
    m_script->setSql(QString());
    m_hazards->clear();
    m_summary->clear();
    m_ddl->clear();
    m_verifyBar->clear();
    setBusy(m_busy);
}

void DiffView::fail(const Error &e)
{
    clearResult(); // the old result does not stay under the error as if it still held
    m_progress->clear();
    m_banner->showError(e);
    emit finished(false);
}

void DiffView::cancel()
{
    if (!m_busy)
        return;
    ++m_generation; // drop whatever the job still delivers
    if (m_cancelRunning)
        m_cancelRunning();
    m_cancelRunning = nullptr;
    setBusy(false);
    m_progress->setText(tr("Canceled."));
    emit finished(false);
}

void DiffView::compare()
{
    if (m_session) {
        m_pickA->setCurrentProfile(m_session->profile());
        m_pickB->setCurrentProfile(m_session->profile());
    }
    auto a = m_pickA->source();
    if (!a)
        return fail(a.error());
    auto b = m_pickB->source();
    if (!b)
        return fail(b.error());
    a->replayServer = b->replayServer = m_replayServer;
    // Which sides are the window's connection: the result is tied to it.
    const QString connection = sessionTarget();
    auto isConnection = [&connection](const DiffSourcePicker *p) {
        if (connection.isEmpty())
            return false;
        if (p->kind() == DiffSourcePicker::CurrentConnection)
            return true;
        if (p->kind() != DiffSourcePicker::ConnectionString)
            return false;
        const auto profile = ConnectionProfile::fromConnectionString(p->text());
        return profile && profile->targetKey() == connection;
    };
    const bool aIsConnection = isConnection(m_pickA);
    const QString resultTarget = aIsConnection || isConnection(m_pickB) ? connection : QString();
    if (m_cancelRunning)
        m_cancelRunning(); // superseded
    diff::CompareOptions o;
    o.ignoreOwners = m_ignoreOwners->isChecked();
    o.ignoreGrants = m_ignoreGrants->isChecked();
    o.ignoreColumnOrder = m_ignoreColumnOrder->isChecked();
    for (const QString &s : m_schemas->text().split(u',', Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            o.includeSchemas.append(s.trimmed());

    const quint64 gen = ++m_generation;
    QFuture<Result<Comparison>> future = QtConcurrent::run(
        [a = *a, b = *b, o](QPromise<Result<Comparison>> &promise) {
            JobControl ctl([&promise] { return promise.isCanceled(); },
                           [&promise](int v, int m, const QString &t) {
                               promise.setProgressRange(0, m);
                               promise.setProgressValueAndText(v, t);
                           });
            promise.addResult(Comparison::run(a, b, o, &ctl));
        });
    m_cancelRunning = [future]() mutable { future.cancel(); };
    auto *watcher = new QFutureWatcher<Result<Comparison>>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, gen](int min, int max) {
        if (gen == m_generation)
            m_bar->setRange(min, max);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, gen](int v) {
        if (gen == m_generation)
            m_bar->setValue(v);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, gen](const QString &t) {
        if (gen == m_generation && !t.isEmpty())
            m_progress->setText(t);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen, resultTarget, aIsConnection] {
        watcher->deleteLater();
        if (gen != m_generation)
            return; // superseded or canceled: already reported
        m_cancelRunning = nullptr;
        setBusy(false);
        QFuture<Result<Comparison>> f = watcher->future();
        if (f.isCanceled() || f.resultCount() == 0) {
            m_progress->setText(tr("Canceled."));
            emit finished(false);
            return;
        }
        // Moved out, not copied: two snapshots of a large database are a lot to copy on this thread.
        Result<Comparison> r = f.takeResult();
        if (!r)
            return fail(r.error());
        m_resultTarget = resultTarget;
        m_resultAIsConnection = aIsConnection;
        showComparison(std::move(r).value()); // finished(true) once all of it is shown
    });
    watcher->setFuture(future);
    m_banner->hide();
    m_bar->setRange(0, 0);
    m_progress->setText(tr("Loading both sides…"));
    setBusy(true);
}

void DiffView::showComparison(Comparison &&result)
{
    m_verifyBar->clear(); // a verification of the previous comparison is dropped
    m_comparison = std::make_unique<Comparison>(std::move(result));
    const Comparison &c = *m_comparison;
    m_model->setResult(c.diff);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(DiffTreeModel::ObjectColumn);
    m_tree->resizeColumnToContents(DiffTreeModel::StateColumn);
    // Long names must not push the state off screen: at most 60% of the width.
    const int maxName = std::max(160, m_tree->viewport()->width() * 3 / 5);
    if (m_tree->columnWidth(DiffTreeModel::ObjectColumn) > maxName)
        m_tree->setColumnWidth(DiffTreeModel::ObjectColumn, maxName);
    if (c.diff.hasDifferences())
        m_summary->setText(tr("%n difference(s): %1 added, %2 removed, %3 changed", nullptr, c.diff.added + c.diff.removed + c.diff.changed)
                               .arg(c.diff.added).arg(c.diff.removed).arg(c.diff.changed));
    else
        m_summary->setText(tr("The schemas are the same."));
    QStringList info = c.notes + c.plan.notes;
    if (!info.isEmpty())
        m_banner->showInfo(info.join(u' '));
    m_ddl->clear();
    // Start on the first object, so the side-by-side view has something to show.
    const QModelIndex firstKind = m_proxy->index(0, 0);
    if (firstKind.isValid() && m_proxy->rowCount(firstKind) > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0, firstKind));
    // The chart and the script follow in later turns of the event loop: the tree, the
    // chart and the script of a large comparison together held the GUI thread for one
    // long stretch (63 ms of CPU for 10,000 tables, tests/bench/gui/bench_stalls.sh), and
    // a click or a repaint waited for all three. A newer compare (or a cleared result)
    // drops what is left (and reports the end itself); a result cleared meanwhile ends
    // this one as not shown.
    const quint64 gen = m_generation;
    auto current = [this, gen] {
        if (gen != m_generation)
            return false;
        if (!m_comparison)
            emit finished(false);
        return bool(m_comparison);
    };
    QTimer::singleShot(0, this, [this, current] {
        if (!current())
            return;
        m_chart->setResult(m_comparison->diff);
        QTimer::singleShot(0, this, [this, current] {
            if (!current())
                return;
            showScript(m_comparison->plan);
            m_progress->clear();
            setBusy(false);
            m_verifyBar->setComparison(m_comparison.get(), m_ignoreColumnOrder->isChecked());
            emit finished(true);
        });
    });
}

void DiffView::showScript(const diff::Plan &plan)
{
    const QString script = plan.toSql(true);
    m_script->setSql(script);
    m_hazards->clear();
    const bool dark = isDarkPalette(palette());
    // One pass over the script: line numbers are counted on from the previous step (a
    // script of thousands of steps must not be rescanned from its start for each one).
    QList<SqlView::LineMark> marks;
    qsizetype from = 0;
    qsizetype counted = 0; // line numbers are known up to this offset
    int lineOfCounted = 1;
    int stepNo = 0;
    for (const diff::PlanStep &s : plan.steps) {
        ++stepNo;
        const qsizetype at = script.indexOf(s.sql + u';', from);
        if (at < 0)
            continue;
        from = at + s.sql.size();
        if (!s.hazards.any())
            continue;
        lineOfCounted += int(QStringView(script).mid(counted, at - counted).count(u'\n'));
        counted = at;
        int first = lineOfCounted;
        const int last = first + int(s.sql.count(u'\n'));
        // Take the step's comment lines (explanation, hazard) into the mark: walk back over
        // the lines before it that start with "--".
        qsizetype lineStart = QStringView(script).left(at).lastIndexOf(u'\n') + 1; // the step's own line
        while (lineStart > 0) {
            const qsizetype prevStart = QStringView(script).left(lineStart - 1).lastIndexOf(u'\n') + 1;
            if (!QStringView(script).mid(prevStart, lineStart - 1 - prevStart).startsWith(u"--"))
                break;
            --first;
            lineStart = prevStart;
        }
        const QString text = s.hazards.describe();
        const QColor color = diffStateColor(s.hazards.dataLoss ? ChangeState::Removed : ChangeState::Changed, dark);
        marks.append(SqlView::LineMark{first, last, color, text});
        auto *item = new QListWidgetItem(tr("Step %1 (line %2): %3 — %4").arg(stepNo).arg(first).arg(text, s.sql.section(u'\n', 0, 0)));
        item->setData(Qt::UserRole, first);
        item->setForeground(color);
        item->setToolTip(s.explanation);
        m_hazards->addItem(item);
    }
    m_script->highlightLines(marks);
    if (m_hazards->count() == 0)
        m_hazards->addItem(plan.isEmpty() ? tr("Nothing to do.") : tr("No step has a hazard."));
}

void DiffView::showSelected()
{
    const diff::ObjectDiff *o = m_model->object(m_proxy->mapToSource(m_tree->currentIndex()));
    if (!o || !m_comparison) {
        m_ddl->clear();
        return;
    }
    QString title = tr("%1 — %2").arg(o->key, DiffTreeModel::stateLabel(o->state));
    if (!o->fields.isEmpty())
        title += tr(" (%1)").arg(o->fields.join(QStringLiteral(", ")));
    m_ddl->setDdl(title, m_comparison->ddlA(o->key), m_comparison->ddlB(o->key));
}

bool DiffView::selectObject(const QString &key)
{
    const QModelIndex source = m_model->indexOfKey(key);
    const QModelIndex proxied = m_proxy->mapFromSource(source);
    if (!proxied.isValid())
        return false;
    m_tree->setCurrentIndex(proxied);
    showSelected();
    return true;
}

void DiffView::applyFilter()
{
    auto *f = static_cast<DiffFilter *>(m_proxy);
    f->stateId = m_stateFilter->currentData().toString();
    f->setFilterFixedString(m_filter->text());
    f->refilter();
    m_tree->expandAll();
}

void DiffView::chooseSaveFile()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Save script"), QStringLiteral("migration.sql"),
                                                      tr("SQL scripts (*.sql);;All files (*)"));
    if (!name.isEmpty())
        saveScript(name);
}

void DiffView::saveScript(const QString &fileName)
{
    if (!m_comparison) {
        m_banner->showError(Error(Error::Kind::Usage, tr("Compare two schemas first; there is no script yet.")));
        emit scriptSaved(false);
        return;
    }
    const QByteArray data = m_comparison->plan.toSql(true).toUtf8();
    deliver(QtConcurrent::run([fileName, data]() -> Error {
        if (Error e = writeFile(fileName, data))
            return Error(Error::Kind::Io, DiffView::tr("Could not save the script to “%1”.").arg(fileName), e.message, e.hint);
        return {};
    }), this, [this](const Error &e) {
        if (e)
            m_banner->showError(e);
        emit scriptSaved(!e);
    });
}

} // namespace strata
