#include "FindingsDetail.h"
#include "ViewActions.h"
#include "SqlView.h"
#include "items/FindingsModel.h"
#include "sql/SqlSplitter.h" // codeStart

#include <QSortFilterProxyModel>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace strata {

using preflight::Finding;

FindingsDetail::FindingsDetail(QWidget *parent) : QWidget(parent)
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_groups = new FindingRowsModel(this);
    m_samples = new FindingRowsModel(this);
    m_breakdown = new FindingRowsModel(this);
    m_groupsView = makeTable(m_groups);
    m_groupsView->setObjectName(QStringLiteral("groupsTable"));
    m_samplesView = makeTable(m_samples);
    m_samplesView->setObjectName(QStringLiteral("samplesTable"));
    m_breakdownView = makeTable(m_breakdown);
    m_breakdownView->setObjectName(QStringLiteral("breakdownTable"));
    m_statement = new SqlView(this);
    m_query = new SqlView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    clear();
}

QTableView *FindingsDetail::makeTable(FindingRowsModel *model)
{
    auto *v = new QTableView(this);
    auto *sorted = new QSortFilterProxyModel(v);
    sorted->setSourceModel(model);
    sorted->setSortRole(FindingRowsModel::SortRole);
    sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    v->setModel(sorted);
    v->setSortingEnabled(true);
    v->sortByColumn(-1, Qt::AscendingOrder); // the server's order until a header is clicked
    v->setAlternatingRowColors(true);
    v->setSelectionBehavior(QAbstractItemView::SelectItems);
    v->setSelectionMode(QAbstractItemView::ExtendedSelection);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(false);
    installCopyAction(v);
    return v;
}

void FindingsDetail::setTab(QWidget *page, bool visible, const QString &title)
{
    const int i = m_tabs->indexOf(page);
    if (visible && i < 0)
        m_tabs->addTab(page, title);
    else if (visible)
        m_tabs->setTabText(i, title);
    else if (i >= 0)
        m_tabs->removeTab(i);
}

void FindingsDetail::clear()
{
    m_message->setText(tr("Select a finding to see its rows, the statement and the query behind it."));
    m_groups->clear();
    m_samples->clear();
    m_breakdown->clear();
    m_statement->setSql({});
    m_query->setSql({});
    while (m_tabs->count())
        m_tabs->removeTab(0);
    for (QWidget *w : {static_cast<QWidget *>(m_groupsView), static_cast<QWidget *>(m_samplesView),
                       static_cast<QWidget *>(m_breakdownView), static_cast<QWidget *>(m_statement), static_cast<QWidget *>(m_query)})
        w->hide();
}

void FindingsDetail::showFinding(const Finding &f, const preflight::PreflightReport &report, const QString &script, int firstLine)
{
    clear();
    QString html = QStringLiteral("<b>%1</b> %2").arg(FindingsModel::severityLabel(f.severity).toHtmlEscaped(), f.message.toHtmlEscaped());
    if (!f.advice.isEmpty())
        html += QStringLiteral("<br><i>%1</i> %2").arg(tr("Safe alternative:").toHtmlEscaped(), f.advice.toHtmlEscaped());
    m_message->setText(html);

    m_groups->setRows(f.groupColumns, f.groupRows);
    m_samples->setRows(f.sampleColumns, f.sampleRows);
    QList<QStringList> breakdown;
    for (const auto &b : f.breakdown)
        breakdown.append({b.first, QString::number(b.second)});
    m_breakdown->setRows({f.breakdownLabel.isEmpty() ? tr("value") : f.breakdownLabel, tr("groups / rows")}, breakdown);

    setTab(m_groupsView, !f.groupRows.isEmpty(), tr("Duplicate groups (%1)").arg(f.groupRows.size()));
    setTab(m_samplesView, !f.sampleRows.isEmpty(), tr("Sample rows (%1)").arg(f.sampleRows.size()));
    setTab(m_breakdownView, !f.breakdown.isEmpty(),
           f.breakdownLabel.isEmpty() ? tr("Breakdown") : tr("By %1").arg(f.breakdownLabel));

    // The statement, marked in the whole script.
    const preflight::StatementReport *st = nullptr;
    for (const preflight::StatementReport &s : report.statements)
        if (s.index == f.statement)
            st = &s;
    if (!script.isEmpty() && (st || f.line > 0)) {
        const int first = st ? st->line : f.line;
        const int last = st ? first + int(QStringView(st->text).mid(SqlSplitter::codeStart(st->text)).count(u'\n')) : first;
        m_statement->setSql(script, firstLine); // the report's lines are file lines
        m_statement->highlightLines(first, last, f.severity == preflight::Severity::Blocking ? QColor(0xff, 0xcd, 0xd2) : QColor(0xff, 0xec, 0xb3),
                                    f.message);
        setTab(m_statement, true, tr("Statement (line %1)").arg(first));
        m_statement->goToLine(first);
    }
    if (!f.sql.isEmpty()) {
        m_query->setSql(f.sql);
        setTab(m_query, true, tr("Check query"));
    }
    if (m_tabs->count())
        m_tabs->setCurrentIndex(0);
}

} // namespace strata
