#include "RunState.h"

#include "Journal.h"

#include <QJsonArray>

namespace strata::runbook {

QString stepStateName(StepState s)
{
    switch (s) {
    case StepState::Pending: return QStringLiteral("pending");
    case StepState::InDoubt: return QStringLiteral("in_doubt");
    case StepState::Done: return QStringLiteral("done");
    case StepState::Failed: return QStringLiteral("failed");
    case StepState::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

RunState::RunState(int stepCount)
    : m_steps(stepCount)
{
}

RunState RunState::replay(int stepCount, const QList<QJsonObject> &events)
{
    RunState s(stepCount);
    for (const QJsonObject &e : events)
        s.apply(e);
    return s;
}

void RunState::apply(const QJsonObject &e)
{
    const QString ev = e.value(QLatin1StringView("event")).toString();
    if (ev == event::Backup) {
        BackupRecord b;
        b.table = TableRef{e.value(QLatin1StringView("schema")).toString(), e.value(QLatin1StringView("table")).toString()};
        b.manifest = e.value(QLatin1StringView("manifest")).toString();
        b.method = e.value(QLatin1StringView("method")).toString();
        b.rows = qint64(e.value(QLatin1StringView("rows")).toDouble());
        b.file = e.value(QLatin1StringView("file")).toString();
        b.sha256 = e.value(QLatin1StringView("sha256")).toString();
        b.bytes = qint64(e.value(QLatin1StringView("bytes")).toDouble(-1));
        b.step = e.value(QLatin1StringView("step")).toInt();
        m_backups.insert(b.table.display(), b);
        return;
    }
    if (ev == event::Stopped) {
        m_stopped = true;
        return;
    }
    const int n = e.value(QLatin1StringView("step")).toInt();
    if (n < 1 || n > m_steps.size())
        return;
    StepStatus &s = m_steps[n - 1];
    if (ev == event::Started) {
        m_stopped = false;
        s.state = StepState::InDoubt;
        s.txid = -1;
        s.invalidIndex = false;
        ++s.attempts;
    } else if (ev == event::Retry) {
        s.txid = -1; // rolled back; the next attempt gets a new transaction
    } else if (ev == event::Txid) {
        s.txid = qint64(e.value(QLatin1StringView("txid")).toDouble());
    } else if (ev == event::Committed || ev == event::Done) {
        s.state = StepState::Done;
        s.error.clear();
        if (e.contains(QLatin1StringView("elapsed_ms")))
            s.elapsedMs = qint64(e.value(QLatin1StringView("elapsed_ms")).toDouble());
    } else if (ev == event::Failed) {
        s.state = StepState::Failed;
        s.error = e.value(QLatin1StringView("message")).toString();
        s.invalidIndex = e.value(QLatin1StringView("invalid_index")).toBool();
    } else if (ev == event::Skipped) {
        s.state = StepState::Skipped;
        if (e.value(QLatin1StringView("backup_skipped")).toBool()) {
            m_skippedBackups.insert(TableRef{e.value(QLatin1StringView("schema")).toString(), e.value(QLatin1StringView("table")).toString()}.display());
            for (const QJsonValue &v : e.value(QLatin1StringView("also")).toArray())
                m_skippedBackups.insert(TableRef{v[QLatin1StringView("schema")].toString(), v[QLatin1StringView("name")].toString()}.display());
        }
    } else if (ev == event::Resolved) {
        const QString o = e.value(QLatin1StringView("outcome")).toString();
        s.resolution = o;
        if (o == outcome::Committed || o == outcome::EffectPresent || o == outcome::OperatorDone) {
            s.state = StepState::Done;
        } else if (o == outcome::InvalidIndex) {
            s.state = StepState::Failed;
            s.invalidIndex = true;
            s.error = e.value(QLatin1StringView("message")).toString();
        } else {
            s.state = StepState::Pending;
            s.txid = -1;
        }
    } else if (ev == event::Note && e.value(QLatin1StringView("invalid_index_dropped")).toBool()) {
        s.invalidIndex = false;
    }
}

int RunState::current() const
{
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].state != StepState::Done && m_steps[i].state != StepState::Skipped)
            return i + 1;
    return 0;
}

QList<int> RunState::inDoubt() const
{
    QList<int> out;
    for (int i = 0; i < m_steps.size(); ++i)
        if (m_steps[i].state == StepState::InDoubt)
            out.append(i + 1);
    return out;
}

} // namespace strata::runbook
