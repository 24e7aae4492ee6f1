#pragma once
// The Fleet tab's chart: schema differences and pending migrations per target, as
// horizontal stacked bars, the targets with the most first (at most 30 shown).

#include "fleet/FleetStatus.h"

#include <QtCharts/QChartView>

namespace strata {

class FleetChart : public QChartView
{
    Q_OBJECT
public:
    explicit FleetChart(QWidget *parent = nullptr);

    void setStatus(const fleet::FleetStatusResult &status);
    void clear();
    // The targets shown, top first (for tests).
    const QStringList &shown() const { return m_shown; }
    static constexpr int kMaxBars = 30;

private:
    QStringList m_shown;
};

} // namespace strata
