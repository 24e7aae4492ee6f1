#include "ChartAxes.h"

#include <QtCharts/QValueAxis>

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

} // namespace strata
