#pragma once
// The diff view's chart: differences per object kind as vertical bars stacked by
// state (added, removed, changed).

#include "diff/SchemaDiff.h"

#include <QMap>
#include <QtCharts/QChartView>

namespace strata {

class DiffChart : public QChartView
{
    Q_OBJECT
public:
    explicit DiffChart(QWidget *parent = nullptr);

    void setResult(const diff::DiffResult &result);

    struct Bar
    {
        int added = 0;
        int removed = 0;
        int changed = 0;
        int total() const { return added + removed + changed; }
    };
    // What the chart shows, by translated kind name (the category labels); for tests.
    const QMap<QString, Bar> &bars() const { return m_bars; }
    QStringList categories() const { return m_categories; }

private:
    QMap<QString, Bar> m_bars;
    QStringList m_categories; // in the chart's order
};

} // namespace strata
