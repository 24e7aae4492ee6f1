#include "FleetChart.h"
#include "ChartAxes.h"
#include "DarkPalette.h"
#include "ViewActions.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace strata {

FleetChart::FleetChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 160);
    installChartExport(this);
    clear();
}

void FleetChart::clear()
{
    setStatus({});
}

void FleetChart::setStatus(const fleet::FleetStatusResult &status)
{
    struct Row
    {
        QString name;
        int differences;
        int pending;
    };
    QList<Row> rows;
    for (const fleet::TargetStatus &t : status.targets)
        if (!t.error && (t.differences.size() + t.pending) > 0)
            rows.append(Row{t.name, int(t.differences.size()), t.pending});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.differences + a.pending > b.differences + b.pending; });
    const qsizetype total = rows.size();
    if (rows.size() > kMaxBars)
        rows.resize(kMaxBars);
    m_shown.clear();
    for (const Row &r : std::as_const(rows))
        m_shown.append(r.name);

    const bool dark = isDarkPalette(palette());
    auto *chart = new QChart;
    chart->setTitle(total > kMaxBars ? tr("Drift and pending migrations per target (%1 of %2 shown)").arg(kMaxBars).arg(total)
                                     : tr("Drift and pending migrations per target"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (dark)
        chart->setTheme(QChart::ChartThemeDark);
    auto *drift = new QBarSet(tr("Differences"));
    auto *pending = new QBarSet(tr("Pending migrations"));
    drift->setColor(dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28));
    pending->setColor(dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0));
    QStringList categories;
    int maxCount = 0;
    // A horizontal bar series draws its first category at the bottom: largest last.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        *drift << it->differences;
        *pending << it->pending;
        categories.append(it->name);
        maxCount = std::max(maxCount, it->differences + it->pending);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(drift);
    series->append(pending);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories.isEmpty() ? QStringList{status.targets.isEmpty() ? tr("(no status yet)") : tr("(every target is clean)")} : categories);
    auto *x = new QValueAxis;
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    fitCountAxis(chart, x, maxCount, 8);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QBarSet *set : {drift, pending}) {
        bool any = false;
        for (int i = 0; i < set->count(); ++i)
            any = any || set->at(i) > 0;
        set->setLabelColor(any ? (dark ? Qt::black : Qt::white) : Qt::transparent);
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace strata
