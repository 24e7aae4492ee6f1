#include "StallProbe.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <QEvent>
#include <QMetaEnum>
#include <QSaveFile>
#include <QTimerEvent>

#include <time.h>

namespace {
constexpr int kTickMs = 2;

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString eventName(int type)
{
    const char *key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return key ? QString::fromLatin1(key) : QString::number(type);
}
} // namespace

StallProbe *StallProbe::fromEnvironment(QObject *parent)
{
    const QString file = qEnvironmentVariable("STRATA_STALL_LOG");
    return file.isEmpty() ? nullptr : new StallProbe(file, parent);
}

StallProbe::StallProbe(const QString &reportFile, QObject *parent) : QObject(parent), m_file(reportFile)
{
    m_clock.start();
    qApp->installEventFilter(this);
    m_timer = startTimer(kTickMs, Qt::PreciseTimer);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &StallProbe::finish);
}

StallProbe::~StallProbe()
{
    finish();
}

bool StallProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_finished)
        return false;
    // The slice before this delivery ends here; nested deliveries (a dialog's own loop,
    // events sent from inside another event) end it too, so a slice is at most one
    // delivery's own time.
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 slice = now - m_sliceStartNs;
    if (m_sliceClass) {
        if (slice >= 1000000) {
            int at = m_sliceCount < kKeptSlices ? m_sliceCount++ : -1;
            if (at < 0) { // replace the shortest kept one if this one is longer
                at = 0;
                for (int i = 1; i < kKeptSlices; ++i)
                    if (m_slices[i].ns < m_slices[at].ns)
                        at = i;
                if (m_slices[at].ns >= slice)
                    at = -1;
            }
            if (at >= 0)
                m_slices[at] = Slice{m_sliceClass, m_sliceType, slice};
        } else {
            ++m_shortSlices;
            m_shortSlicesNs += slice;
        }
    }
    if (slice > m_maxSliceNs && m_sliceClass) {
        m_maxSliceNs = slice;
        m_maxSlice = QStringLiteral("%1%2 %3").arg(QString::fromLatin1(m_sliceClass),
                                                   m_sliceName.isEmpty() ? QString() : QStringLiteral(" “%1”").arg(m_sliceName),
                                                   eventName(m_sliceType));
    }
    m_sliceStartNs = now;
    m_sliceClass = watched->metaObject()->className();
    m_sliceName = watched->objectName();
    m_sliceType = int(event->type());
    return false;
}

void StallProbe::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer || m_finished)
        return;
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    ++m_ticks;
    if (m_lastTickNs >= 0) {
        const qint64 gapMs = (now - m_lastTickNs) / 1000000;
        const qint64 cpuMs = (cpu - m_lastTickCpuNs) / 1000000;
        if (gapMs >= kReportThresholdMs || gapMs > m_longest.lengthMs || cpuMs > m_busiest.cpuMs) {
            Stall s;
            s.atMs = m_lastTickNs / 1000000;
            s.lengthMs = gapMs;
            s.cpuMs = cpuMs;
            const qint64 sliceMs = m_maxSliceNs / 1000000;
            s.culprit = sliceMs * 2 >= gapMs && !m_maxSlice.isEmpty()
                            ? QStringLiteral("%1 (%2 ms)").arg(m_maxSlice).arg(sliceMs)
                            : QStringLiteral("many short events (longest: %1, %2 ms)").arg(m_maxSlice).arg(sliceMs);
            s.detail = describeSlices();
            if (gapMs > m_longest.lengthMs)
                m_longest = s;
            if (cpuMs > m_busiest.cpuMs)
                m_busiest = s;
            if (gapMs >= kReportThresholdMs)
                m_over.append(s);
        }
    }
    m_lastTickNs = now;
    m_lastTickCpuNs = cpu;
    m_maxSliceNs = 0;
    m_maxSlice.clear();
    m_sliceCount = 0;
    m_shortSlices = 0;
    m_shortSlicesNs = 0;
}

QString StallProbe::describeSlices() const
{
    QList<Slice> kept(m_slices, m_slices + m_sliceCount);
    std::sort(kept.begin(), kept.end(), [](const Slice &a, const Slice &b) { return a.ns > b.ns; });
    QStringList parts;
    for (const Slice &k : kept)
        parts << QStringLiteral("%1 %2 %3 ms").arg(QString::fromLatin1(k.className), eventName(k.type)).arg(double(k.ns) / 1e6, 0, 'f', 1);
    parts << QStringLiteral("%1 shorter deliveries %2 ms").arg(m_shortSlices).arg(double(m_shortSlicesNs) / 1e6, 0, 'f', 1);
    return parts.join(QStringLiteral("; "));
}

QString StallProbe::report() const
{
    auto line = [](const Stall &s) {
        return QStringLiteral("%1 ms at %2 s, GUI thread CPU %3 ms: %4")
            .arg(s.lengthMs)
            .arg(double(s.atMs) / 1000.0, 0, 'f', 3)
            .arg(s.cpuMs)
            .arg(s.culprit.isEmpty() ? QStringLiteral("-") : s.culprit);
    };
    QString text = QStringLiteral("longest stall: %1\n").arg(line(m_longest));
    text += QStringLiteral("busiest stall: %1\n").arg(line(m_busiest));
    text += QStringLiteral("busiest stall's deliveries: %1\n").arg(m_busiest.detail);
    text += QStringLiteral("measured: %1 s, %2 ticks of %3 ms\n")
                .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                .arg(m_ticks)
                .arg(kTickMs);
    text += QStringLiteral("stalls of %1 ms or more: %2\n").arg(kReportThresholdMs).arg(m_over.size());
    for (const Stall &s : m_over)
        text += QStringLiteral("  %1\n    in it: %2\n").arg(line(s), s.detail);
    return text;
}

void StallProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    killTimer(m_timer);
    qApp->removeEventFilter(this);
    // Written once, at the end (a few hundred bytes): no file work while measuring.
    QSaveFile f(m_file);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(report().toUtf8());
        f.commit();
    }
}
