#include "DiffChart.h"
#include "ChartAxes.h"
#include "DiffStateColors.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace strata {

using diff::ChangeState;

DiffChart::DiffChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 240); // room for the value axis labels (ChartAxes.h)
    setResult({});
}

void DiffChart::setResult(const diff::DiffResult &result)
{
    m_bars.clear();
    m_categories.clear();
    const auto counts = result.counts();
    const bool dark = isDarkPalette(palette());
    auto *added = new QBarSet(tr("Added"));
    auto *removed = new QBarSet(tr("Removed"));
    auto *changed = new QBarSet(tr("Changed"));
    added->setColor(diffStateColor(ChangeState::Added, dark));
    removed->setColor(diffStateColor(ChangeState::Removed, dark));
    changed->setColor(diffStateColor(ChangeState::Changed, dark));
    int maxTotal = 0;
    for (int k = 0; k < diff::kObjectKindCount; ++k) {
        const auto &c = counts[size_t(k)];
        Bar b{c[size_t(ChangeState::Added)], c[size_t(ChangeState::Removed)], c[size_t(ChangeState::Changed)]};
        if (b.total() == 0)
            continue;
        const QString name = diff::kindDisplayName(diff::ObjectKind(k));
        m_bars.insert(name, b);
        m_categories.append(name);
        *added << b.added;
        *removed << b.removed;
        *changed << b.changed;
        maxTotal = std::max(maxTotal, b.total());
    }

    auto *chart = new QChart;
    chart->setTitle(tr("Differences by kind"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (dark)
        chart->setTheme(QChart::ChartThemeDark);
    auto *series = new QStackedBarSeries;
    for (QBarSet *set : {added, removed, changed}) {
        series->append(set);
        bool any = false;
        for (int i = 0; i < set->count(); ++i)
            any = any || set->at(i) > 0;
        set->setLabelColor(any ? (dark ? QColor(Qt::black) : QColor(Qt::white)) : QColor(Qt::transparent));
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(m_categories.isEmpty() ? QStringList{tr("(no differences)")} : m_categories);
    if (m_categories.size() > 3)
        x->setLabelsAngle(-40); // long kind names stay readable
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    fitCountAxis(chart, y, maxTotal, 4);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace strata
