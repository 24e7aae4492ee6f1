#include "DiffTreeModel.h"

#include <algorithm>
#include <array>

namespace strata {

using diff::ChangeState;
using diff::ObjectDiff;
using diff::ObjectKind;

namespace {

// The object's name as a user reads it: "public.users", "users.users_pkey" for
// objects that belong to a table, the signature for functions.
QString displayName(const ObjectDiff &o)
{
    const qsizetype colon = o.key.indexOf(u':');
    return colon >= 0 ? o.key.mid(colon + 1) : o.key;
}

QString columnSummary(const ObjectDiff &o)
{
    QStringList parts;
    for (const diff::ColumnChange &c : o.columns) {
        switch (c.kind) {
        case diff::ColumnChange::Kind::Added: parts.append(DiffTreeModel::tr("+%1").arg(c.name)); break;
        case diff::ColumnChange::Kind::Dropped: parts.append(DiffTreeModel::tr("−%1").arg(c.name)); break;
        case diff::ColumnChange::Kind::Changed:
            parts.append(DiffTreeModel::tr("%1 (%2)").arg(c.name, c.fields.join(QStringLiteral(", "))));
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

DiffTreeModel::DiffTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

QString DiffTreeModel::stateLabel(ChangeState state)
{
    switch (state) {
    case ChangeState::Added: return tr("added");
    case ChangeState::Removed: return tr("removed");
    case ChangeState::Changed: return tr("changed");
    case ChangeState::Same: return tr("same");
    }
    return {};
}

void DiffTreeModel::setResult(const diff::DiffResult &result)
{
    beginResetModel();
    m_groups.clear();
    std::array<qsizetype, diff::kObjectKindCount> groupOf;
    groupOf.fill(-1);
    for (const ObjectDiff &o : result.objects) {
        if (o.state == ChangeState::Same)
            continue;
        qsizetype &gi = groupOf[size_t(o.kind)];
        if (gi < 0) {
            gi = m_groups.size();
            m_groups.append(Group{o.kind, {}});
        }
        Group &g = m_groups[gi];
        g.objects.append(o);
        (o.state == ChangeState::Added ? g.added : o.state == ChangeState::Removed ? g.removed : g.changed)++;
    }
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) { return a.kind < b.kind; });
    endResetModel();
}

void DiffTreeModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

int DiffTreeModel::objectCount(ObjectKind kind) const
{
    for (const Group &g : m_groups)
        if (g.kind == kind)
            return int(g.objects.size());
    return 0;
}

int DiffTreeModel::count(ObjectKind kind, ChangeState state) const
{
    for (const Group &g : m_groups) {
        if (g.kind != kind)
            continue;
        switch (state) {
        case ChangeState::Added: return g.added;
        case ChangeState::Removed: return g.removed;
        case ChangeState::Changed: return g.changed;
        case ChangeState::Same: return 0;
        }
    }
    return 0;
}

const ObjectDiff *DiffTreeModel::object(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kTopLevel)
        return nullptr;
    const auto g = qsizetype(index.internalId());
    if (g < 0 || g >= m_groups.size() || index.row() >= m_groups[g].objects.size())
        return nullptr;
    return &m_groups[g].objects[index.row()];
}

QModelIndex DiffTreeModel::indexOfKey(const QString &key) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g)
        for (qsizetype r = 0; r < m_groups[g].objects.size(); ++r)
            if (m_groups[g].objects[r].key == key)
                return createIndex(int(r), 0, quintptr(g));
    return {};
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups[parent.row()].objects.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex DiffTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int DiffTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups[parent.row()].objects.size());
}

int DiffTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DiffTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == kTopLevel) {
        if (index.row() >= m_groups.size())
            return {};
        const Group &g = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == ObjectColumn)
                return tr("%1 (%2)").arg(diff::kindDisplayName(g.kind)).arg(g.objects.size());
            if (index.column() == StateColumn) {
                QStringList parts;
                if (g.added) parts.append(tr("%1 added").arg(g.added));
                if (g.removed) parts.append(tr("%1 removed").arg(g.removed));
                if (g.changed) parts.append(tr("%1 changed").arg(g.changed));
                return parts.join(QStringLiteral(", "));
            }
            return {};
        case StateRole: return -1;
        case StateIdRole: return QString();
        case KindRole: return int(g.kind);
        case KeyRole: return QString();
        case FilterRole: return diff::kindDisplayName(g.kind);
        default: return {};
        }
    }
    const ObjectDiff *o = object(index);
    if (!o)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectColumn: return displayName(*o);
        case StateColumn: return stateLabel(o->state);
        case DetailColumn: {
            QString detail = o->fields.join(QStringLiteral(", "));
            const QString cols = columnSummary(*o);
            if (!cols.isEmpty())
                detail += (detail.isEmpty() ? QString() : QStringLiteral(" — ")) + cols;
            return detail;
        }
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(o->key, stateLabel(o->state));
    case StateRole: return int(o->state);
    case StateIdRole: return diff::stateId(o->state);
    case KindRole: return int(o->kind);
    case KeyRole: return o->key;
    case FilterRole: return QString(o->key + u' ' + o->fields.join(u' ') + u' ' + columnSummary(*o));
    default: return {};
    }
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ObjectColumn: return tr("Object");
    case StateColumn: return tr("State");
    case DetailColumn: return tr("What differs");
    }
    return {};
}

} // namespace strata
