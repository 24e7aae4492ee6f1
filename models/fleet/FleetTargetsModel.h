#pragma once
// The Fleet tab's table: one row per target with its ledger state, applied version,
// pending count, differences, pre-flight findings and rollout state. Filled from the
// fleet's plain results (FleetStatusResult, FleetPreflightResult, RolloutEvent) on the
// GUI thread. No colours here (models/ has no QtGui): views colour by StateIdRole.

#include "FleetPreflight.h"
#include "FleetStatus.h"
#include "Rollout.h"

#include <QAbstractTableModel>

namespace strata::fleet {

class FleetTargetsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, AppliedColumn, PendingColumn, DifferencesColumn, PreflightColumn, RolloutColumn, ColumnCount };
    enum Role {
        StateIdRole = Qt::UserRole + 1, // "clean", "pending", "drift", "dirty", "error", "" (not checked)
        SortRole,                       // numbers for counts, text otherwise
        RolloutStateRole,               // int(TargetRunState)
        TargetRowRole,                  // the row in targets()
    };

    explicit FleetTargetsModel(QObject *parent = nullptr);

    // New targets: every result is cleared.
    void setTargets(const QList<Target> &targets);
    void setStatus(const FleetStatusResult &status);
    void setPreflight(const FleetPreflightResult &preflight);
    void applyRolloutEvent(const RolloutEvent &event);
    void setRolloutResult(const RolloutResult &result);
    void clearRollout();

    const QList<Target> &targets() const { return m_targets; }
    // The status of row i, when a status was set for these targets.
    const TargetStatus *status(int row) const;
    const TargetPreflight *preflight(int row) const;
    QString rolloutText(int row) const { return m_rollout.value(row).text; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateLabel(const QString &stateId);

private:
    struct RolloutCell
    {
        TargetRunState state = TargetRunState::NotStarted;
        int step = 0;
        int steps = 0;
        QString text;
        bool touched = false;
    };
    QList<Target> m_targets;
    QList<TargetStatus> m_status;       // empty or one per target
    QList<TargetPreflight> m_preflight; // empty or one per target
    QList<RolloutCell> m_rollout;       // one per target
};

} // namespace strata::fleet
