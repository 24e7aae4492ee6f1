#include "RunbookStepsModel.h"

#include <QLocale>

#include <optional>

namespace strata {

using namespace runbook;

RunbookStepsModel::RunbookStepsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunbookStepsModel::setRunbook(const Runbook &rb)
{
    beginResetModel();
    m_runbook = rb;
    m_status = QList<StepStatus>(rb.steps.size());
    m_notes.clear();
    m_backups.clear();
    m_current = rb.steps.isEmpty() ? 0 : 1;
    endResetModel();
}

void RunbookStepsModel::setStatuses(const QList<StepStatus> &statuses, int current)
{
    if (statuses.size() != m_status.size())
        return;
    m_status = statuses;
    m_current = current;
    if (!m_status.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_status.size()) - 1, ColumnCount - 1));
}

void RunbookStepsModel::setBackups(const QMap<QString, BackupRecord> &backups)
{
    m_backups = backups;
    if (!m_status.isEmpty())
        emit dataChanged(index(0, TitleColumn), index(int(m_status.size()) - 1, TitleColumn));
}

BackupRecord RunbookStepsModel::backup(int step) const
{
    if (step < 1 || step > m_runbook.steps.size() || m_runbook.steps[step - 1].mode != StepMode::Backup)
        return {};
    const BackupRecord b = m_backups.value(m_runbook.steps[step - 1].backupTable.display());
    return b.step == step ? b : BackupRecord();
}

QString RunbookStepsModel::backupResult(int step) const
{
    const std::optional<BackupRecord> rec = backup(step).step == step ? std::optional(backup(step)) : std::nullopt;
    if (!rec)
        return {};
    const BackupRecord *b = &*rec;
    const QLocale loc;
    return tr("%1 rows, %2, sha256 %3…, verified")
        .arg(loc.toString(b->rows), loc.formattedDataSize(std::max<qint64>(b->bytes, 0), 1, QLocale::DataSizeTraditionalFormat), b->sha256.left(12));
}

void RunbookStepsModel::setStepNotes(int step, const QStringList &notes)
{
    m_notes.insert(step, notes);
}

StepState RunbookStepsModel::state(int step) const
{
    return step >= 1 && step <= m_status.size() ? m_status[step - 1].state : StepState::Pending;
}

int RunbookStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runbook.steps.size());
}

int RunbookStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunbookStepsModel::stateLabel(StepState s)
{
    switch (s) {
    case StepState::Pending: return tr("pending");
    case StepState::InDoubt: return tr("in doubt");
    case StepState::Done: return tr("done");
    case StepState::Failed: return tr("failed");
    case StepState::Skipped: return tr("skipped");
    }
    return {};
}

QVariant RunbookStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunbookStep &s = m_runbook.steps[index.row()];
    const StepStatus &st = m_status[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return s.number == m_current && st.state != StepState::Done ? QStringLiteral("▶ %1").arg(s.number) : QString::number(s.number);
        case StateColumn: return QString(stateLabel(st.state) + (st.attempts > 1 ? tr(" (%1 attempts)").arg(st.attempts) : QString()));
        case LockColumn: return s.lockLevel;
        case ModeColumn:
            switch (s.mode) {
            case StepMode::Transaction: return tr("transaction");
            case StepMode::ExplicitBlock: return tr("own block");
            case StepMode::OutsideTransaction: return tr("autocommit");
            case StepMode::Restore: return tr("restore");
            case StepMode::Backup: return tr("backup");
            }
            return {};
        case TitleColumn: {
            const QString result = backupResult(s.number);
            if (s.mode == StepMode::Backup && st.state == StepState::Skipped)
                return tr("%1 — skipped, NOT backed up").arg(s.title());
            if (!result.isEmpty())
                return tr("%1 — %2").arg(s.title(), result);
            return QString((s.destructive ? QStringLiteral("⚠ ") : QString()) + s.title());
        }
        case TookColumn:
            if (st.state != StepState::Done || st.elapsedMs <= 0)
                return {};
            return st.elapsedMs < 1000 ? tr("%1 ms").arg(st.elapsedMs) : tr("%1 s").arg(double(st.elapsedMs) / 1000.0, 0, 'f', 1);
        }
        return {};
    case Qt::ToolTipRole:
        if (!st.error.isEmpty())
            return st.error;
        return s.destructive ? s.destructiveReason : QVariant();
    case StateRole: return int(st.state);
    case StateIdRole: return stepStateName(st.state);
    case DestructiveRole: return s.destructive;
    case StepNumberRole: return s.number;
    default: return {};
    }
}

QVariant RunbookStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("#");
    case StateColumn: return tr("State");
    case LockColumn: return tr("Lock");
    case ModeColumn: return tr("Runs as");
    case TitleColumn: return tr("Step");
    case TookColumn: return tr("Took");
    }
    return {};
}

} // namespace strata
