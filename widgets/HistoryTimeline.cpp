#include "HistoryTimeline.h"
#include "ChartAxes.h"
#include "HistoryStateColors.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace strata {

HistoryTimeline::HistoryTimeline(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setResult({});
}

static QString monthOfVersion(const QString &version)
{
    // dbmate, golang-migrate -ts, Rails, Prisma: yyyyMMddhhmmss...
    if (version.size() >= 8) {
        const QDate d = QDate::fromString(version.left(8), QStringLiteral("yyyyMMdd"));
        if (d.isValid() && d.year() > 1990 && d.year() < 2200)
            return d.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

QMap<QString, QPair<int, int>> HistoryTimeline::bucket(const HistoryResult &result)
{
    QMap<QString, QPair<int, int>> months;
    for (const HistoryEntry &e : result.entries) {
        if (e.applied) {
            // Ledgers without a timestamp (dbmate, golang-migrate): the month in the version.
            QString m = e.appliedAt.isValid() ? e.appliedAt.toString(QStringLiteral("yyyy-MM")) : monthOfVersion(e.version);
            months[m.isEmpty() ? tr("undated") : m].first++;
        } else if (!e.applied && e.state != HistoryEntry::State::Ghost) {
            const QString m = monthOfVersion(e.version);
            months[m.isEmpty() ? tr("undated") : m].second++;
        }
    }
    return months;
}

void HistoryTimeline::setResult(const HistoryResult &result)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Migrations per month"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const auto months = bucket(result);
    auto *applied = new QBarSet(tr("Applied"));
    auto *pending = new QBarSet(tr("Pending"));
    const bool dark = isDarkPalette(palette());
    applied->setColor(historyStateColor(HistoryEntry::State::Applied, dark));
    pending->setColor(historyStateColor(HistoryEntry::State::Pending, dark));
    QStringList categories;
    int maxCount = 1;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        categories << it.key();
        *applied << it.value().first;
        *pending << it.value().second;
        maxCount = qMax(maxCount, it.value().first + it.value().second);
    }
    auto *series = new QStackedBarSeries;
    series->append(applied);
    series->append(pending);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    fitCountAxis(chart, y, maxCount, 4);
    series->attachAxis(x);
    series->attachAxis(y);
    if (dark)
        chart->setTheme(QChart::ChartThemeDark);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace strata
