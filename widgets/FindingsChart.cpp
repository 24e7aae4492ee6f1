#include "FindingsChart.h"
#include "DarkPalette.h"
#include "ChartAxes.h"
#include "ViewActions.h"
#include "items/FindingsModel.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace strata {

using preflight::Finding;
using preflight::Severity;

FindingsChart::FindingsChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 160);
    installChartExport(this);
    setReport({});
}

QMap<QString, FindingsChart::Bar> FindingsChart::barsFor(const preflight::PreflightReport &report)
{
    QMap<QString, Bar> bars;
    for (const Finding &f : report.findings) {
        if (f.count <= 0 || f.table.isEmpty() || (f.category != u"data" && f.category != u"rollback"))
            continue;
        Bar &b = bars[FindingsModel::tableName(f)];
        if (f.severity == Severity::Blocking)
            b.blocking += f.count;
        else
            b.warning += f.count;
    }
    return bars;
}

void FindingsChart::setReport(const preflight::PreflightReport &report)
{
    m_bars = barsFor(report);
    const bool dark = isDarkPalette(palette());
    auto *chart = new QChart;
    chart->setTitle(tr("Colliding groups and violating rows per table"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (dark)
        chart->setTheme(QChart::ChartThemeDark);

    // Largest at the top: a horizontal bar series draws its first category at the bottom.
    QStringList tables = m_bars.keys();
    std::stable_sort(tables.begin(), tables.end(), [this](const QString &a, const QString &b) {
        return m_bars.value(a).total() < m_bars.value(b).total();
    });
    auto *blocking = new QBarSet(tr("Blocking"));
    auto *warning = new QBarSet(tr("Warning (e.g. rollback)"));
    blocking->setColor(dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28));
    warning->setColor(dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xef, 0x8f, 0x00));
    qint64 maxCount = 0;
    for (const QString &t : tables) {
        const Bar b = m_bars.value(t);
        *blocking << double(b.blocking);
        *warning << double(b.warning);
        maxCount = std::max(maxCount, b.total());
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(blocking);
    series->append(warning);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(tables.isEmpty() ? QStringList{tr("(no collisions or violations)")} : tables);
    auto *x = new QValueAxis;
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    fitCountAxis(chart, x, maxCount, 8); // a horizontal axis has room for more ticks
    series->attachAxis(x);
    series->attachAxis(y);
    // Zero segments would print "0" labels; hide labels on sets that are all zero.
    for (QBarSet *set : {blocking, warning}) {
        bool any = false;
        for (int i = 0; i < set->count(); ++i)
            any = any || set->at(i) > 0;
        if (!any)
            set->setLabelColor(Qt::transparent);
        else
            set->setLabelColor(dark ? Qt::black : Qt::white);
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace strata
