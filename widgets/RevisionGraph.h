#pragma once
// The revision graph (QGraphicsView): one node per migration, edges to its parents
// (Alembic down_revision incl. merges, sqitch dependencies); linear tools form a chain.
#include "history/History.h"

#include <QGraphicsView>

namespace strata {

class RevisionGraph : public QGraphicsView
{
    Q_OBJECT
public:
    explicit RevisionGraph(QWidget *parent = nullptr);
    void setGraph(const HistoryResult &result, const QList<MigrationFile> &files);
    int nodeCount() const { return m_nodes; }
    int edgeCount() const { return m_edges; }

private:
    int m_nodes = 0;
    int m_edges = 0;
};

} // namespace strata
