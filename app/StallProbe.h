#pragma once
// Responsiveness probe: how long the GUI thread went without getting back to its event
// loop. A precise 2 ms timer on the GUI thread; the gap between two of its ticks is how
// long any event (a click, a repaint) would have waited. The longest gap is written to a
// file with what ran in it: the receiver and type of the longest single event delivery
// in that gap, seen by an application-wide event filter, and the CPU time the GUI thread
// used in it (on a busy machine much of a gap can be time the thread was not scheduled).
//
// STRATA_STALL_LOG=<file> turns it on (strata --demo, the bench script
// tests/bench/gui/bench_stalls.sh); off, nothing of it runs.

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

class StallProbe : public QObject
{
    Q_OBJECT
public:
    // A probe writing to $STRATA_STALL_LOG, or nullptr when the variable is not set.
    static StallProbe *fromEnvironment(QObject *parent = nullptr);

    explicit StallProbe(const QString &reportFile, QObject *parent = nullptr);
    ~StallProbe() override;

    // Stops measuring and writes the report (once; later calls do nothing). Called before
    // the screenshot is grabbed, so the grab itself is not counted, and at quit.
    void finish();

    struct Stall
    {
        qint64 atMs = 0;     // since the probe started
        qint64 lengthMs = 0; // gap between two ticks
        qint64 cpuMs = 0;    // CPU time of the GUI thread in that gap
        QString culprit;     // "strata::DiffView MetaCall (118 ms)" or "many short events"
        QString detail;      // the gap's longest deliveries and how many shorter ones ran
    };
    const Stall &longest() const { return m_longest; }
    // The gap in which the GUI thread used the most CPU time (its own work, whatever the load).
    const Stall &busiest() const { return m_busiest; }
    // Every gap of at least this length is listed in the report.
    static constexpr int kReportThresholdMs = 50;

    // The report as written to the file.
    QString report() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    QString m_file;
    QElapsedTimer m_clock;
    int m_timer = 0;
    bool m_finished = false;
    qint64 m_lastTickNs = -1;
    qint64 m_lastTickCpuNs = 0;
    qint64 m_ticks = 0;
    // The current slice: from one event delivery's start to the next one's.
    qint64 m_sliceStartNs = 0;
    const char *m_sliceClass = nullptr;
    QString m_sliceName;
    int m_sliceType = 0;
    // The longest slice since the last tick.
    qint64 m_maxSliceNs = 0;
    QString m_maxSlice;
    // The slices of 1 ms or more since the last tick (the longest kKeptSlices), and the
    // number and total of the shorter ones: kept as pointers and numbers, formatted only
    // for a gap that is reported.
    struct Slice
    {
        const char *className = nullptr;
        int type = 0;
        qint64 ns = 0;
    };
    static constexpr int kKeptSlices = 6;
    Slice m_slices[kKeptSlices];
    int m_sliceCount = 0;
    qint64 m_shortSlices = 0;
    qint64 m_shortSlicesNs = 0;
    QString describeSlices() const;
    Stall m_longest;
    Stall m_busiest;
    QList<Stall> m_over; // gaps of kReportThresholdMs or more
};
