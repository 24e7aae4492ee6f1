#include "PreflightView.h"
#include "common/FileIo.h"
#include "common/Deliver.h"
#include "ElidedLabel.h"
#include "DarkPalette.h"
#include "ErrorBanner.h"
#include "FindingsChart.h"
#include "FindingsDetail.h"
#include "ViewActions.h"
#include "SqlHighlighter.h"
#include "items/FindingsModel.h"
#include "pg/Session.h"
#include "preflight/Preflight.h"
#include "preflight/ReportExport.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace strata {

using preflight::PreflightReport;
using preflight::Severity;

namespace {

QColor severityColor(Severity s, bool dark)
{
    switch (s) {
    case Severity::Blocking: return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    case Severity::Warning: return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x5b, 0x00);
    case Severity::Info: return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x1e, 0x5a, 0x96);
    }
    return {};
}

// Colours and bolds the severity column; the model has no colours (models/ has no QtGui).
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto s = Severity(index.data(FindingsModel::SeverityRole).toInt());
        const bool dark = isDarkPalette(option->palette, QPalette::Base);
        option->palette.setColor(QPalette::Text, severityColor(s, dark));
        option->font.setBold(s != Severity::Info);
    }
};

QString fileFilter(PreflightView::ExportFormat f)
{
    switch (f) {
    case PreflightView::ExportFormat::Markdown: return PreflightView::tr("Markdown (*.md)");
    case PreflightView::ExportFormat::Html: return PreflightView::tr("HTML (*.html)");
    case PreflightView::ExportFormat::Json: return PreflightView::tr("JSON (*.json)");
    }
    return {};
}

QString suffix(PreflightView::ExportFormat f)
{
    switch (f) {
    case PreflightView::ExportFormat::Markdown: return QStringLiteral(".md");
    case PreflightView::ExportFormat::Html: return QStringLiteral(".html");
    case PreflightView::ExportFormat::Json: return QStringLiteral(".json");
    }
    return {};
}

} // namespace

PreflightView::PreflightView(QWidget *parent) : QWidget(parent)
{
    // Input: the SQL editor and what to run.
    auto *open = new QPushButton(tr("Open file…"), this);
    m_source = new ElidedLabel(this);
    m_source->setObjectName(QStringLiteral("sourceLabel"));
    m_inTransaction = new QCheckBox(tr("Runs in one transaction"), this);
    m_inTransaction->setToolTip(tr("The migration tool wraps the file in BEGIN/COMMIT (dbmate, Flyway and most others do): CONCURRENTLY will fail, locks are held until the end."));
    m_inTransaction->setChecked(false);
    m_dataChecks = new QCheckBox(tr("Check the data"), this);
    m_dataChecks->setToolTip(tr("Count duplicates, NULLs, orphans, violating rows and failing casts in a read-only transaction (ACCESS SHARE locks only)."));
    m_dataChecks->setChecked(true);
    m_run = new QPushButton(tr("Run pre-flight"), this);
    m_run->setDefault(true);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setToolTip(tr("Analyze the SQL and check it against the connected database (Ctrl+Enter). Nothing is changed."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("preflightEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlaceholderText(tr("Type or paste the migration SQL, open a file, or send a pending migration from the History tab."));
    m_editor->setTabStopDistance(4 * m_editor->fontMetrics().horizontalAdvance(u' '));
    m_highlighter = new SqlHighlighter(m_editor->document());
    m_highlighter->setColors(SqlHighlighter::colorsFor(m_editor->palette()));

    m_banner = new ErrorBanner(this);

    // Results.
    m_summary = new ElidedLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter findings (table, check, text)"));
    m_filter->setClearButtonEnabled(true);
    m_model = new FindingsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FindingsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setItemDelegateForColumn(FindingsModel::SeverityColumn, new SeverityDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    installCopyAction(m_table);
    m_chart = new FindingsChart(this);
    m_detail = new FindingsDetail(this);

    auto *exportLabel = new QLabel(tr("Export:"), this);
    for (auto [format, label] : {std::pair{ExportFormat::Markdown, tr("Markdown…")}, std::pair{ExportFormat::Html, tr("HTML…")},
                                 std::pair{ExportFormat::Json, tr("JSON…")}}) {
        auto *b = new QPushButton(label, this);
        b->setToolTip(tr("Save the report as a migration audit"));
        connect(b, &QPushButton::clicked, this, [this, format] { chooseExport(format); });
        m_exports.append(b);
    }

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(open);
    inputRow->addWidget(m_source, 1);
    inputRow->addWidget(m_inTransaction);
    inputRow->addWidget(m_dataChecks);
    inputRow->addWidget(m_progress);
    inputRow->addWidget(m_cancel);
    inputRow->addWidget(m_run);

    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_summary);
    resultRow->addWidget(m_filter, 1);
    resultRow->addWidget(exportLabel);
    for (QPushButton *b : m_exports)
        resultRow->addWidget(b);

    auto *tableAndChart = new QSplitter(Qt::Horizontal, this);
    tableAndChart->addWidget(m_table);
    tableAndChart->addWidget(m_chart);
    tableAndChart->setStretchFactor(0, 5);
    tableAndChart->setStretchFactor(1, 2);
    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(resultRow);
    resultsLayout->addWidget(tableAndChart, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    split->addWidget(results);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(inputRow);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(open, &QPushButton::clicked, this, &PreflightView::openFile);
    connect(m_run, &QPushButton::clicked, this, &PreflightView::run);
    connect(m_cancel, &QPushButton::clicked, this, &PreflightView::cancel);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setFilterFixedString(t);
        updateSummary();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PreflightView::selectionChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PreflightView::selectionChanged);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_editor->setExtraSelections({}); });
    setRunning(false);
    updateSummary();
}

PreflightView::~PreflightView()
{
    // A run still on the worker: its continuation checks the generation, but this object
    // goes away; deliver()'s context (this) makes Qt drop it.
    ++m_generation;
    if (m_running && m_session)
        m_session->cancel();
}

void PreflightView::setSession(Session *session)
{
    if (m_running && m_session)
        m_session->cancel();
    m_session = session;
    ++m_generation;
    setRunning(false);
    m_model->clear();
    m_chart->setReport({});
    m_detail->clear();
    updateSummary();
}

void PreflightView::setSql(const QString &sql, const QString &sourceName, const QString &rollbackSql, int firstLine,
                           int rollbackFirstLine)
{
    const preflight::Preflight::Sections sections = preflight::Preflight::splitSections(sql);
    m_editor->setPlainText(sections.up);
    m_firstLine = firstLine;
    m_rollbackSql = rollbackSql.isEmpty() ? sections.down : rollbackSql;
    // The down part of the text itself keeps the text's lines (splitSections pads it).
    m_rollbackFirstLine = rollbackSql.isEmpty() ? firstLine : rollbackFirstLine;
    m_sourceName = sourceName;
    QString label = sourceName.isEmpty() ? QString() : tr("Source: %1").arg(sourceName);
    if (!m_rollbackSql.trimmed().isEmpty())
        label += (label.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("its down section is checked for the rollback");
    m_source->setText(label);
    m_source->setToolTip(m_rollbackSql.trimmed().isEmpty() ? QString() : m_rollbackSql.trimmed());
    m_banner->hide();
}

QString PreflightView::sql() const
{
    return m_editor->toPlainText();
}

const PreflightReport &PreflightView::report() const
{
    return m_model->report();
}

void PreflightView::openFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open SQL file"), QString(), tr("SQL files (*.sql);;All files (*)"));
    if (file.isEmpty())
        return;
    // Reading happens off the GUI thread (a network drive can be slow).
    const quint64 gen = ++m_generation;
    deliver(QtConcurrent::run([file]() -> Result<QString> {
        auto bytes = readFile(file, ReadLimit::SqlScript);
        if (!bytes)
            return Error(bytes.error().kind, PreflightView::tr("Cannot read %1.").arg(file), bytes.error().message);
        return QString::fromUtf8(*bytes);
    }), this, [this, gen, file](const Result<QString> &r) {
        if (gen != m_generation)
            return;
        if (!r) {
            m_banner->showError(r.error());
            return;
        }
        setSql(*r, QFileInfo(file).fileName());
    });
}

void PreflightView::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    if (running) {
        m_progress->setRange(0, 0); // busy until the data checks report progress
        m_progress->setFormat(tr("Analyzing…"));
    }
    for (QPushButton *b : m_exports)
        b->setEnabled(!running && !m_reportScript.isNull());
}

void PreflightView::run()
{
    // Typed or pasted dbmate text: the up part is checked, the down part is the rollback.
    const preflight::Preflight::Sections sections = preflight::Preflight::splitSections(m_editor->toPlainText());
    const QString script = sections.up;
    const QString rollback = sections.down.isEmpty() ? m_rollbackSql : sections.down;
    if (m_running && m_session)
        m_session->cancel(); // the superseded run stops on the server; its result is dropped
    const quint64 gen = ++m_generation;
    m_banner->hide();
    m_editor->setExtraSelections({});
    if (script.trimmed().isEmpty()) {
        setRunning(false);
        m_banner->showError(Error(Error::Kind::Usage, tr("There is no SQL to check."), {},
                                  tr("Type or paste SQL, open a file, or send a pending migration from the History tab.")));
        emit finished(false);
        return;
    }
    preflight::PreflightOptions o;
    o.source = m_sourceName.isEmpty() ? tr("typed SQL") : m_sourceName;
    o.analyzer.scriptInTransaction = m_inTransaction->isChecked();
    o.runDataChecks = m_dataChecks->isChecked();
    o.rollbackSql = rollback;
    o.firstLine = m_firstLine;
    o.rollbackFirstLine = sections.down.isEmpty() ? m_rollbackFirstLine : m_firstLine;
    setRunning(true);

    QFuture<Result<PreflightReport>> future;
    if (m_session && m_session->isOpen()) {
        future = m_session->run<PreflightReport>([script, o](Connection &c, JobControl &ctl) {
            return preflight::Preflight::run(script, &c, o, &ctl);
        });
    } else {
        // Not connected: the offline analysis (locks, rewrites, lints), off the GUI thread.
        future = QtConcurrent::run([script, o]() { return preflight::Preflight::run(script, nullptr, o); });
    }
    auto *watcher = new QFutureWatcher<Result<PreflightReport>>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, gen](int min, int max) {
        if (gen == m_generation)
            m_progress->setRange(min, max);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, gen](const QString &text) {
        if (gen == m_generation)
            m_progress->setFormat(tr("Checking %1 (%v of %m)").arg(text));
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, gen](int v) {
        if (gen == m_generation)
            m_progress->setValue(v);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gen, script, firstLine = o.firstLine] {
        watcher->deleteLater();
        if (gen != m_generation)
            return; // superseded (a newer run, another session, or the view was reset)
        setRunning(false);
        const Result<PreflightReport> r = watcher->result();
        if (!r) {
            showFailure(r.error(), script);
            emit finished(false);
            return;
        }
        showReport(*r, script, firstLine);
        emit finished(true);
    });
    watcher->setFuture(future);
}

void PreflightView::cancel()
{
    if (!m_running)
        return;
    m_progress->setFormat(tr("Canceling…"));
    if (m_session)
        m_session->cancel();
}

void PreflightView::showFailure(const Error &error, const QString &script)
{
    if (error.kind == Error::Kind::Canceled) {
        m_banner->showInfo(tr("Pre-flight canceled. The previous results are still shown."));
        return;
    }
    m_banner->showError(error);
    if (error.kind == Error::Kind::Parse && error.position > 0)
        markErrorPosition(script, error.position);
}

void PreflightView::markErrorPosition(const QString &script, int position)
{
    if (m_editor->toPlainText() != script)
        return; // edited meanwhile: the position no longer fits
    QTextCursor c(m_editor->document());
    c.setPosition(qBound(0, position - 1, int(script.size())));
    QTextEdit::ExtraSelection line;
    line.format.setBackground(isDarkPalette(palette(), QPalette::Base) ? QColor(0x6d, 0x1f, 0x1f) : QColor(0xff, 0xcd, 0xd2));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = c;
    line.cursor.clearSelection();
    QTextEdit::ExtraSelection mark;
    mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    mark.format.setUnderlineColor(Qt::red);
    mark.cursor = c;
    mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
    m_editor->setExtraSelections({line, mark});
    m_editor->setTextCursor(c);
    m_editor->ensureCursorVisible();
}

void PreflightView::showReport(const PreflightReport &report, const QString &script, int firstLine)
{
    m_reportScript = script;
    m_reportFirstLine = firstLine;
    m_model->setReport(report);
    m_chart->setReport(report);
    m_detail->clear();
    setRunning(false);
    m_table->resizeColumnsToContents();
    // Long texts get a sensible width (the tooltip and the drill-down have the rest), so
    // the finding itself stays readable next to the check.
    m_table->setColumnWidth(FindingsModel::TableColumn, qMin(m_table->columnWidth(FindingsModel::TableColumn), 160));
    m_table->setColumnWidth(FindingsModel::CheckColumn, qMin(m_table->columnWidth(FindingsModel::CheckColumn), 240));
    m_table->setColumnWidth(FindingsModel::MessageColumn, qMin(m_table->columnWidth(FindingsModel::MessageColumn), 520));
    if (!report.connected)
        m_banner->showInfo(tr("Not connected: only the offline analysis ran (locks, rewrites, lint rules). Connect to a database to check the data."));
    updateSummary();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

void PreflightView::updateSummary()
{
    const PreflightReport &r = m_model->report();
    if (m_model->rowCount() == 0 && m_reportScript.isNull()) {
        m_summary->setText(tr("No report yet."));
        return;
    }
    QString text = tr("%1 blocking, %2 warnings, %3 info").arg(r.count(Severity::Blocking)).arg(r.count(Severity::Warning)).arg(r.count(Severity::Info));
    if (r.dataChecksRun > 0)
        text += tr(" · %1 data checks in %2 ms").arg(r.dataChecksRun).arg(r.dataCheckMs);
    if (m_proxy->rowCount() != m_model->rowCount())
        text += tr(" · %1 shown").arg(m_proxy->rowCount());
    m_summary->setText(text);
}

void PreflightView::selectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    m_detail->showFinding(m_model->finding(row), m_model->report(), m_reportScript, m_reportFirstLine);
}

QFuture<Error> PreflightView::exportReport(ExportFormat format, const QString &fileName) const
{
    const PreflightReport report = m_model->report();
    return QtConcurrent::run([report, format, fileName]() -> Error {
        QByteArray bytes;
        switch (format) {
        case ExportFormat::Markdown: bytes = preflight::ReportExport::toMarkdown(report).toUtf8(); break;
        case ExportFormat::Html: bytes = preflight::ReportExport::toHtml(report).toUtf8(); break;
        case ExportFormat::Json: bytes = preflight::ReportExport::toJson(report); break;
        }
        WriteOptions wo;
        wo.privateFile = true; // the data checks' samples are rows of the tables
        if (Error e = writeFile(fileName, bytes, wo))
            return Error(Error::Kind::Io, PreflightView::tr("Cannot write %1.").arg(fileName), e.message, e.hint);
        return {};
    });
}

void PreflightView::chooseExport(ExportFormat format)
{
    QString base = m_sourceName.isEmpty() ? QStringLiteral("preflight") : QFileInfo(m_sourceName).completeBaseName() + QStringLiteral("-preflight");
    const QString file = QFileDialog::getSaveFileName(this, tr("Export pre-flight report"), base + suffix(format), fileFilter(format));
    if (file.isEmpty())
        return;
    deliver(exportReport(format, file), this, [this, file](const Error &e) {
        if (e.isError())
            m_banner->showError(e);
        else
            m_banner->showInfo(tr("Report saved to %1.").arg(QDir::toNativeSeparators(file)));
    });
}

} // namespace strata
