#include "CatalogTreeModel.h"
#include "common/Deliver.h"
#include "pg/Session.h"

#include <QFuture>
#include <QLocale>

namespace strata {

struct CatalogTreeModel::Node
{
    NodeKind kind = NodeKind::Root;
    QString name;
    QString schema;
    QString detail;       // kind text, function arguments
    qint64 rows = -1;     // estimate; -1 = unknown (never analyzed)
    qint64 bytes = -1;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool loaded = false;
    bool loading = false;

    bool isContainer() const
    {
        return kind == NodeKind::Root || kind == NodeKind::Schema || kind == NodeKind::TablesGroup
               || kind == NodeKind::ViewsGroup || kind == NodeKind::FunctionsGroup;
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

namespace {

// One query per level and object kind; schema names go as parameters.
const char *kSchemasSql =
    "SELECT n.nspname FROM pg_namespace n "
    "WHERE n.nspname <> 'information_schema' AND n.nspname !~ '^pg_' "
    "ORDER BY n.nspname = 'public' DESC, n.nspname";

const char *kTablesSql =
    "SELECT c.relname, c.relkind::text, c.reltuples::bigint, pg_total_relation_size(c.oid) "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'f') AND NOT c.relispartition "
    "ORDER BY c.relname";

const char *kViewsSql =
    "SELECT c.relname, c.relkind::text, CASE WHEN c.relkind = 'm' THEN c.reltuples::bigint END, "
    "       CASE WHEN c.relkind = 'm' THEN pg_total_relation_size(c.oid) END "
    "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE n.nspname = $1 AND c.relkind IN ('v', 'm') ORDER BY c.relname";

const char *kFunctionsSql =
    "SELECT p.proname, p.prokind::text, pg_get_function_identity_arguments(p.oid) "
    "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
    "WHERE n.nspname = $1 AND p.prokind IN ('f', 'p') "
    "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass "
    "                  AND d.objid = p.oid AND d.deptype = 'e') "
    "ORDER BY p.proname, 3";

} // namespace

// A schema's groups are known without asking the server: they are created with it,
// so expanding a schema never inserts rows while the view handles another insert.
void CatalogTreeModel::addGroups(Node *schema)
{
    const struct { NodeKind kind; const char *label; } groups[] = {
        {NodeKind::TablesGroup, QT_TR_NOOP("Tables")},
        {NodeKind::ViewsGroup, QT_TR_NOOP("Views")},
        {NodeKind::FunctionsGroup, QT_TR_NOOP("Functions")},
    };
    for (const auto &g : groups) {
        auto child = std::make_unique<Node>();
        child->kind = g.kind;
        child->name = tr(g.label);
        child->schema = schema->name;
        child->parent = schema;
        schema->children.push_back(std::move(child));
    }
    schema->loaded = true;
}

CatalogTreeModel::CatalogTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

CatalogTreeModel::~CatalogTreeModel() = default;

void CatalogTreeModel::setSession(Session *session)
{
    m_session = session;
    reload();
}

void CatalogTreeModel::setEagerLoading(bool on)
{
    m_eager = on;
    if (on)
        fetchAllGroups();
}

void CatalogTreeModel::fetchAllGroups()
{
    if (canFetchMore({})) {
        fetchMore({}); // the groups follow when the schemas arrive
        return;
    }
    for (const auto &schema : m_root->children)
        for (const auto &group : schema->children) {
            const QModelIndex index = indexFor(group.get());
            if (canFetchMore(index))
                fetchMore(index);
        }
}

void CatalogTreeModel::reload()
{
    beginResetModel();
    ++m_generation; // results of earlier requests are dropped
    m_root = std::make_unique<Node>();
    if (m_pending) {
        m_pending = 0;
        emit loadingChanged(false);
    }
    endResetModel();
}

CatalogTreeModel::Node *CatalogTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CatalogTreeModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = nodeFor(child);
    return indexFor(n->parent);
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CatalogTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeFor(parent);
    if (!n->loaded)
        return n->isContainer() && (n != m_root.get() || m_session);
    return !n->children.empty();
}

bool CatalogTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *n = nodeFor(parent);
    return m_session && n->isContainer() && !n->loaded && !n->loading;
}

void CatalogTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *n = nodeFor(parent);
    QString sql;
    QVariantList params;
    switch (n->kind) {
    case NodeKind::Root: sql = QString::fromLatin1(kSchemasSql); break;
    case NodeKind::TablesGroup: sql = QString::fromLatin1(kTablesSql); params << n->schema; break;
    case NodeKind::ViewsGroup: sql = QString::fromLatin1(kViewsSql); params << n->schema; break;
    case NodeKind::FunctionsGroup: sql = QString::fromLatin1(kFunctionsSql); params << n->schema; break;
    default: return;
    }
    n->loading = true;
    if (m_pending++ == 0)
        emit loadingChanged(true);
    const quint64 gen = m_generation;
    // Never inside this call: views call fetchMore() while they handle another insertion.
    deliver(m_session->query(sql, params), this, [this, n, gen](const ResultSet &rs) { applyResult(n, gen, rs); });
}

void CatalogTreeModel::applyResult(Node *n, quint64 generation, const ResultSet &rs)
{
    if (generation != m_generation)
        return; // superseded: n belongs to a tree that no longer exists
    n->loading = false;
    if (--m_pending == 0)
        emit loadingChanged(false);
    if (!rs.ok()) {
        emit loadFailed(rs.error);
        return;
    }
    const QModelIndex parentIndex = indexFor(n);
    std::vector<std::unique_ptr<Node>> items;
    items.reserve(size_t(rs.rowCount()));
    for (int r = 0; r < rs.rowCount(); ++r) {
        auto child = std::make_unique<Node>();
        child->parent = n;
        child->name = rs.text(r, 0);
        switch (n->kind) {
        case NodeKind::Root:
            child->kind = NodeKind::Schema;
            child->schema = child->name;
            addGroups(child.get());
            break;
        case NodeKind::TablesGroup:
        case NodeKind::ViewsGroup: {
            const QString k = rs.text(r, 1);
            child->kind = k == u"p" ? NodeKind::PartitionedTable : k == u"f" ? NodeKind::ForeignTable
                        : k == u"v" ? NodeKind::View : k == u"m" ? NodeKind::MaterializedView : NodeKind::Table;
            child->rows = rs.isNull(r, 2) ? -1 : rs.toInt64(r, 2);
            child->bytes = rs.isNull(r, 3) ? -1 : rs.toInt64(r, 3);
            child->schema = n->schema;
            break;
        }
        case NodeKind::FunctionsGroup:
            child->kind = rs.text(r, 1) == u"p" ? NodeKind::Procedure : NodeKind::Function;
            child->detail = rs.text(r, 2);
            child->schema = n->schema;
            break;
        default:
            break;
        }
        items.push_back(std::move(child));
    }
    n->loaded = true; // before the insert: views may call fetchMore() re-entrantly
    if (!items.empty()) {
        beginInsertRows(parentIndex, 0, int(items.size()) - 1);
        n->children = std::move(items);
        endInsertRows();
    } else {
        // hasChildren() changes from true to false
        if (parentIndex.isValid())
            emit dataChanged(parentIndex, parentIndex);
    }
    if (m_eager && n->kind == NodeKind::Root)
        fetchAllGroups();
}

QString CatalogTreeModel::formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (n->kind == NodeKind::Function || n->kind == NodeKind::Procedure)
                return QString(n->name + u'(' + n->detail + u')');
            return n->name;
        case KindColumn:
            switch (n->kind) {
            case NodeKind::Schema: return tr("schema");
            case NodeKind::Table: return tr("table");
            case NodeKind::PartitionedTable: return tr("partitioned table");
            case NodeKind::ForeignTable: return tr("foreign table");
            case NodeKind::View: return tr("view");
            case NodeKind::MaterializedView: return tr("materialized view");
            case NodeKind::Function: return tr("function");
            case NodeKind::Procedure: return tr("procedure");
            default: return {};
            }
        case RowsColumn:
            if (n->rows >= 0)
                return QLocale().toString(n->rows);
            if (n->kind == NodeKind::Table || n->kind == NodeKind::MaterializedView)
                return tr("not analyzed");
            return {};
        case SizeColumn:
            return formatBytes(n->bytes);
        }
        return {};
    case Qt::ToolTipRole:
        if (n->kind == NodeKind::Table && n->rows < 0)
            return tr("PostgreSQL has no row estimate yet: the table was never vacuumed or analyzed.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RowsColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole:
        return int(n->kind);
    case SchemaRole:
        return n->schema;
    case SizeBytesRole:
        return n->bytes;
    case RowEstimateRole:
        return n->rows;
    }
    return {};
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case RowsColumn: return tr("Rows (est.)");
    case SizeColumn: return tr("Size");
    }
    return {};
}

} // namespace strata
