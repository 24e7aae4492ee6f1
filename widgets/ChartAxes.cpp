#include "ChartAxes.h"

#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

#include <QFontMetricsF>

#include <algorithm>

namespace strata {

qint64 setCountAxis(QValueAxis *axis, qint64 maxValue, int maxIntervals)
{
    maxValue = std::max<qint64>(maxValue, 0);
    maxIntervals = std::max(maxIntervals, 1);
    qint64 step = 1;
    for (qint64 decade = 1;; decade *= 10) {
        bool found = false;
        for (const qint64 m : {1, 2, 5}) {
            step = m * decade;
            if ((maxValue + step) / step <= maxIntervals) {
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setRange(0, double(((maxValue + step) / step) * step));
    return step;
}

void fitCountAxis(QChart *chart, QValueAxis *axis, qint64 maxValue, int maxIntervals)
{
    const auto fit = [chart, axis, maxValue, maxIntervals] {
        const QFontMetricsF metrics(axis->labelsFont());
        const bool vertical = axis->orientation() == Qt::Vertical;
        const qreal length = vertical ? chart->plotArea().height() : chart->plotArea().width();
        const qreal perLabel = vertical ? 2 * metrics.height()
                                        : 2 * metrics.horizontalAdvance(QString::number(std::max<qint64>(maxValue, 0) * 2));
        const int fits = perLabel > 0 ? int(length / perLabel) : maxIntervals;
        setCountAxis(axis, maxValue, std::clamp(fits, 1, std::max(maxIntervals, 1)));
    };
    fit();
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
}

} // namespace strata
