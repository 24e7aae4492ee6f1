#pragma once
// The Runbook tab's step list: one row per step with its state (pending, in doubt,
// done, failed, skipped), lock level, mode, title and time. The notices and timings of
// the last attempt are kept per step for the detail pane. No colours (models/ has no
// QtGui): views colour rows by StateRole.

#include "runbook/RunState.h"
#include "runbook/Runbook.h"

#include <QAbstractTableModel>
#include <QMap>

namespace strata {

class RunbookStepsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, StateColumn, LockColumn, ModeColumn, TitleColumn, TookColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, StateIdRole, DestructiveRole, StepNumberRole };

    explicit RunbookStepsModel(QObject *parent = nullptr);

    // A new runbook: every step pending.
    void setRunbook(const runbook::Runbook &runbook);
    const runbook::Runbook &runbook() const { return m_runbook; }
    // States from the executor (RunState), one per step; the current step is marked.
    void setStatuses(const QList<runbook::StepStatus> &statuses, int current);
    // The run's backups (RunState::backups()): a done backup step shows its result.
    void setBackups(const QMap<QString, runbook::BackupRecord> &backups);
    // "1,234 rows, 56.0 KB, sha256 0a1b2c3d…, verified" for the backup a backup step made; empty when none.
    QString backupResult(int step) const;
    runbook::BackupRecord backup(int step) const; // the backup a backup step made (empty when none)
    // Lines for the detail pane: notices, statement timings, errors.
    void setStepNotes(int step, const QStringList &notes);
    QStringList stepNotes(int step) const { return m_notes.value(step); }
    runbook::StepState state(int step) const;
    int current() const { return m_current; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateLabel(runbook::StepState s); // translated

private:
    runbook::Runbook m_runbook;
    QList<runbook::StepStatus> m_status;
    QMap<int, QStringList> m_notes;
    QMap<QString, runbook::BackupRecord> m_backups;
    int m_current = 1;
};

} // namespace strata
