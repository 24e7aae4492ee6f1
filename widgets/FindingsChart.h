#pragma once
// The Pre-flight tab's bar chart: colliding groups / violating rows per table, from the
// data checks (duplicates, NULLs, orphans, CHECK violators, cast failures, rollback
// collisions), as horizontal bars stacked by severity.

#include "preflight/Findings.h"

#include <QMap>
#include <QtCharts/QChartView>

namespace strata {

class FindingsChart : public QChartView
{
    Q_OBJECT
public:
    explicit FindingsChart(QWidget *parent = nullptr);

    void setReport(const preflight::PreflightReport &report);
    // What the chart shows: table -> (blocking count, warning count); for tests.
    struct Bar
    {
        qint64 blocking = 0;
        qint64 warning = 0;
        qint64 total() const { return blocking + warning; }
    };
    const QMap<QString, Bar> &bars() const { return m_bars; }
    // Counted: data and rollback findings with a positive count.
    static QMap<QString, Bar> barsFor(const preflight::PreflightReport &report);

private:
    QMap<QString, Bar> m_bars;
};

} // namespace strata
