#pragma once
// Value axes for counts in the charts (differences, findings, migrations per month):
// whole numbers from 0 at a "nice" step (1, 2, 5 × 10^n), few enough ticks that
// QtCharts never stands two labels closer than a line of text (it then elides them
// to "..."), and always above the tallest bar.

#include <QtGlobal>

class QChart;
class QValueAxis;

namespace strata {

// Returns the step chosen; the axis ends at the first multiple of it above maxValue.
qint64 setCountAxis(QValueAxis *axis, qint64 maxValue, int maxIntervals = 4);

// setCountAxis, fitted again whenever the chart's plot area changes: at most one label
// per two lines of text along a vertical axis, or per two label widths along a
// horizontal one, and never more than maxIntervals. Call after chart->addAxis(axis).
void fitCountAxis(QChart *chart, QValueAxis *axis, qint64 maxValue, int maxIntervals);

} // namespace strata
