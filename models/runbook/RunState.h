#pragma once
// The executor's state machine, without I/O: each step's state, rebuilt from the
// journal's events. A step whose journal says "started" but neither done, failed nor
// skipped is in doubt: it may or may not have committed, and must be resolved
// (InDoubtResolver) before anything else runs. Steps run in order.

#include "Runbook.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace strata::runbook {

enum class StepState { Pending, InDoubt, Done, Failed, Skipped };
QString stepStateName(StepState s); // "pending", "in_doubt", "done", "failed", "skipped"

// Outcomes written with a "resolved" event.
namespace outcome {
inline const QString Committed = QStringLiteral("committed");         // txid_status = committed
inline const QString NotCommitted = QStringLiteral("not_committed");  // aborted, or no txid recorded
inline const QString EffectPresent = QStringLiteral("effect_present");// non-transactional: catalog shows it ran
inline const QString EffectAbsent = QStringLiteral("effect_absent");
inline const QString InvalidIndex = QStringLiteral("invalid_index");  // CONCURRENTLY failed half-way
inline const QString Repeat = QStringLiteral("repeat");               // harmless to run again
inline const QString OperatorDone = QStringLiteral("operator_done");  // the operator checked by hand
inline const QString OperatorRerun = QStringLiteral("operator_rerun");
} // namespace outcome

struct StepStatus
{
    StepState state = StepState::Pending;
    qint64 txid = -1;            // recorded before COMMIT, -1 = none
    int attempts = 0;            // "started" events
    QString error;               // last failure
    QString resolution;          // last "resolved" outcome
    bool invalidIndex = false;   // a CONCURRENTLY index build left an INVALID index
    qint64 elapsedMs = 0;
};

struct BackupRecord
{
    TableRef table;
    QString manifest;            // path of the manifest.json
    QString method;              // "pg_dump" or "copy_binary"
    QString file;                // relative to the manifest's folder
    QString sha256;              // of the file
    qint64 rows = 0;
    qint64 bytes = -1;
    int step = 0;                // the step that made it
};

class RunState
{
public:
    explicit RunState(int stepCount = 0);
    static RunState replay(int stepCount, const QList<QJsonObject> &events);

    void apply(const QJsonObject &event);

    int stepCount() const { return int(m_steps.size()); }
    const StepStatus &step(int number) const { return m_steps[number - 1]; }
    // The next step to work on (1-based): the first one not done or skipped; 0 when finished.
    int current() const;
    bool finished() const { return current() == 0; }
    QList<int> inDoubt() const;
    bool stopped() const { return m_stopped; }

    // Tables already backed up in this run (key: TableRef::display()).
    const QMap<QString, BackupRecord> &backups() const { return m_backups; }
    // Tables whose backup step the operator skipped, confirmed by its name (key: display()).
    const QSet<QString> &skippedBackups() const { return m_skippedBackups; }

private:
    QList<StepStatus> m_steps;
    QMap<QString, BackupRecord> m_backups;
    QSet<QString> m_skippedBackups;
    bool m_stopped = false;
};

} // namespace strata::runbook
