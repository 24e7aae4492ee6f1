#pragma once
// Migrations per month (QtCharts): applied (by the ledger's time) and pending (by the
// date in the version, when the version is a timestamp).
#include "history/History.h"

#include <QtCharts/QChartView>

namespace strata {

class HistoryTimeline : public QChartView
{
    Q_OBJECT
public:
    explicit HistoryTimeline(QWidget *parent = nullptr);
    void setResult(const HistoryResult &result);
    // Month label → {applied, pending}; exposed for tests.
    static QMap<QString, QPair<int, int>> bucket(const HistoryResult &result);
};

} // namespace strata
