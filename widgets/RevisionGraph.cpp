#include "RevisionGraph.h"
#include "HistoryStateColors.h"

#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QPen>

namespace strata {

RevisionGraph::RevisionGraph(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

void RevisionGraph::setGraph(const HistoryResult &result, const QList<MigrationFile> &files)
{
    scene()->clear();
    m_nodes = m_edges = 0;
    // Nodes: the history's entries (ghosts included); parents from the files.
    QHash<QString, int> byVersion;
    for (qsizetype i = 0; i < result.entries.size(); ++i)
        byVersion.insert(result.entries[i].version, int(i));
    QList<QStringList> parents(result.entries.size());
    bool anyParents = false;
    for (qsizetype i = 0; i < result.entries.size(); ++i) {
        const int fi = result.entries[i].fileIndex;
        if (fi >= 0 && fi < files.size()) {
            parents[i] = files[fi].parents + files[fi].dependsOn;
            anyParents |= !parents[i].isEmpty();
        }
    }
    if (!anyParents) // a linear tool: each migration follows the one before
        for (qsizetype i = 1; i < result.entries.size(); ++i)
            parents[i] = {result.entries[i - 1].version};

    // Layers: longest path from a root (entries come in the tool's order, parents first
    // for linear tools; iterate until stable for graphs).
    QList<int> depth(result.entries.size(), 0);
    for (int pass = 0; pass < 64; ++pass) {
        bool changed = false;
        for (qsizetype i = 0; i < result.entries.size(); ++i)
            for (const QString &p : parents[i]) {
                const int pi = byVersion.value(p, -1);
                if (pi >= 0 && depth[pi] + 1 > depth[i] && depth[pi] + 1 < int(result.entries.size()) + 1) {
                    depth[i] = depth[pi] + 1;
                    changed = true;
                }
            }
        if (!changed)
            break;
    }
    QHash<int, int> perLayer;
    QList<QPointF> pos(result.entries.size());
    const qreal w = 150, h = 34, dx = 190, dy = 52;
    for (qsizetype i = 0; i < result.entries.size(); ++i) {
        const int lane = perLayer[depth[i]]++;
        pos[i] = QPointF(depth[i] * dx, lane * dy);
    }
    const bool dark = isDarkPalette(palette());
    const QColor text = palette().color(QPalette::Text);
    QPen edgePen(palette().color(QPalette::Mid), 1.5);
    for (qsizetype i = 0; i < result.entries.size(); ++i)
        for (const QString &p : parents[i]) {
            const int pi = byVersion.value(p, -1);
            if (pi < 0)
                continue;
            scene()->addLine(QLineF(pos[pi] + QPointF(w, h / 2), pos[i] + QPointF(0, h / 2)), edgePen)->setZValue(-1);
            ++m_edges;
        }
    for (qsizetype i = 0; i < result.entries.size(); ++i) {
        const HistoryEntry &e = result.entries[i];
        const QColor c = historyStateColor(e.state, dark);
        auto *box = scene()->addRect(QRectF(pos[i], QSizeF(w, h)), QPen(c, 2), QBrush(c.lighter(dark ? 60 : 185)));
        box->setToolTip(QStringLiteral("%1 %2\n%3").arg(e.version, e.name, History::stateLabel(e.state)));
        QString label = e.name.isEmpty() ? e.version : e.name;
        QFontMetrics fm(font());
        label = fm.elidedText(label, Qt::ElideRight, int(w - 10));
        auto *t = scene()->addSimpleText(label);
        t->setBrush(text);
        t->setPos(pos[i] + QPointF(5, (h - fm.height()) / 2));
        ++m_nodes;
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10));
}

} // namespace strata
