#include "FleetTargetsModel.h"

namespace strata::fleet {

FleetTargetsModel::FleetTargetsModel(QObject *parent) : QAbstractTableModel(parent) {}

void FleetTargetsModel::setTargets(const QList<Target> &targets)
{
    beginResetModel();
    m_targets = targets;
    m_status.clear();
    m_preflight.clear();
    m_rollout = QList<RolloutCell>(targets.size());
    endResetModel();
}

void FleetTargetsModel::setStatus(const FleetStatusResult &status)
{
    if (status.targets.size() != m_targets.size())
        return;
    m_status = status.targets;
    if (!m_targets.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_targets.size()) - 1, ColumnCount - 1));
}

void FleetTargetsModel::setPreflight(const FleetPreflightResult &preflight)
{
    if (preflight.targets.size() != m_targets.size())
        return;
    m_preflight = preflight.targets;
    if (!m_targets.isEmpty())
        emit dataChanged(index(0, PreflightColumn), index(int(m_targets.size()) - 1, PreflightColumn));
}

void FleetTargetsModel::applyRolloutEvent(const RolloutEvent &e)
{
    if (e.target < 0 || e.target >= m_rollout.size())
        return;
    RolloutCell &c = m_rollout[e.target];
    c.state = e.state;
    c.step = e.step;
    c.steps = e.steps;
    c.text = e.text;
    c.touched = true;
    emit dataChanged(index(e.target, RolloutColumn), index(e.target, RolloutColumn));
}

void FleetTargetsModel::setRolloutResult(const RolloutResult &result)
{
    if (result.targets.size() != m_rollout.size())
        return;
    for (qsizetype i = 0; i < result.targets.size(); ++i) {
        const TargetOutcome &o = result.targets[i];
        RolloutCell &c = m_rollout[i];
        c.state = o.state;
        c.step = o.stepsDone;
        c.steps = o.steps;
        c.text = o.message;
        c.touched = true;
    }
    if (!m_targets.isEmpty())
        emit dataChanged(index(0, RolloutColumn), index(int(m_targets.size()) - 1, RolloutColumn));
}

void FleetTargetsModel::clearRollout()
{
    m_rollout = QList<RolloutCell>(m_targets.size());
    if (!m_targets.isEmpty())
        emit dataChanged(index(0, RolloutColumn), index(int(m_targets.size()) - 1, RolloutColumn));
}

const TargetStatus *FleetTargetsModel::status(int row) const
{
    return row >= 0 && row < m_status.size() ? &m_status[row] : nullptr;
}

const TargetPreflight *FleetTargetsModel::preflight(int row) const
{
    return row >= 0 && row < m_preflight.size() ? &m_preflight[row] : nullptr;
}

int FleetTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int FleetTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetTargetsModel::stateLabel(const QString &id)
{
    if (id == u"clean")
        return tr("clean");
    if (id == u"pending")
        return tr("pending");
    if (id == u"drift")
        return tr("drifted");
    if (id == u"dirty")
        return tr("failed/dirty");
    if (id == u"error")
        return tr("error");
    return tr("not checked");
}

QVariant FleetTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Target &t = m_targets[row];
    const TargetStatus *s = status(row);
    const TargetPreflight *p = preflight(row);
    const RolloutCell &r = m_rollout[row];
    if (role == TargetRowRole)
        return row;
    if (role == StateIdRole)
        return s ? s->stateId() : QString();
    if (role == RolloutStateRole)
        return int(r.state);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn: return t.isSchema() ? tr("Schema %1 of %2").arg(t.schema, t.profile.displayString()) : t.profile.displayString();
        case StateColumn: return s && s->error ? s->error.fullText() : (s ? s->driftAgainst : QString());
        case PreflightColumn: return p ? (p->error ? p->error.message : p->reasons().join(u'\n')) : QString();
        case RolloutColumn: return r.text;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return t.name;
    case StateColumn:
        return s ? stateLabel(s->stateId()) : stateLabel({});
    case AppliedColumn:
        return s ? (s->applied.isEmpty() ? (sort ? QString() : tr("none")) : s->applied) : QString();
    case PendingColumn:
        if (!s || s->error)
            return sort ? QVariant(-1) : QVariant(QString());
        return s->pending;
    case DifferencesColumn:
        if (!s || s->error || !s->driftChecked)
            return sort ? QVariant(-1) : QVariant(QString());
        return int(s->differences.size());
    case PreflightColumn:
        if (!p)
            return sort ? QVariant(-1) : QVariant(QString());
        if (p->error)
            return sort ? QVariant(-2) : QVariant(tr("error"));
        if (sort)
            return p->blocking * 1000 + p->warnings;
        return p->wouldFail() ? tr("would fail: %1").arg(p->reasons().value(0))
                              : (p->warnings > 0 ? tr("ok, %n warning(s)", nullptr, p->warnings) : tr("ok"));
    case RolloutColumn:
        if (sort)
            return int(r.state) * 1000 + r.step;
        if (!r.touched)
            return QString();
        if (r.state == TargetRunState::Running && r.step > 0)
            return tr("step %1 of %2").arg(r.step).arg(r.steps);
        if (r.state == TargetRunState::Throttled || r.state == TargetRunState::Failed)
            return r.text;
        return targetRunStateLabel(r.state);
    default:
        return {};
    }
}

QVariant FleetTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Target");
    case StateColumn: return tr("State");
    case AppliedColumn: return tr("Applied");
    case PendingColumn: return tr("Pending");
    case DifferencesColumn: return tr("Differences");
    case PreflightColumn: return tr("Pre-flight");
    case RolloutColumn: return tr("Rollout");
    default: return {};
    }
}

} // namespace strata::fleet
