// models/ folders form a graph through their #include "folder/..." lines; it must have
// no cycle (lower folders never include higher ones). Reads the real source tree.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

class tst_ModuleLayers : public QObject
{
    Q_OBJECT

    using Graph = QHash<QString, QSet<QString>>;

    static Graph includeGraph(QStringList &edgesOut)
    {
        const QString root = QStringLiteral(STRATA_SOURCE_DIR "/models");
        QSet<QString> folders;
        for (const QString &d : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            folders.insert(d);
        Graph g;
        static const QRegularExpression inc(QStringLiteral("^\\s*#\\s*include\\s+\"([^/\"]+)/"), QRegularExpression::MultilineOption);
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString from = QDir(root).relativeFilePath(path).section(u'/', 0, 0);
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = inc.globalMatch(text); m.hasNext();) {
                const QString to = m.next().captured(1);
                if (to != from && folders.contains(to) && !g[from].contains(to)) {
                    g[from].insert(to);
                    edgesOut.append(from + QStringLiteral(" -> ") + to + QStringLiteral(" (") + QDir(root).relativeFilePath(path) + u')');
                }
            }
        }
        return g;
    }

    // A cycle as "a -> b -> a", or empty.
    static QString findCycle(const Graph &g)
    {
        QHash<QString, int> state; // 1 on the stack, 2 done
        QStringList stack;
        std::function<QString(const QString &)> visit = [&](const QString &n) -> QString {
            state[n] = 1;
            stack.append(n);
            for (const QString &m : g.value(n)) {
                if (state.value(m) == 1)
                    return (stack.mid(stack.indexOf(m)) << m).join(QStringLiteral(" -> "));
                if (state.value(m) == 0)
                    if (QString c = visit(m); !c.isEmpty())
                        return c;
            }
            stack.removeLast();
            state[n] = 2;
            return {};
        };
        QStringList nodes = g.keys();
        nodes.sort();
        for (const QString &n : nodes)
            if (state.value(n) == 0)
                if (QString c = visit(n); !c.isEmpty())
                    return c;
        return {};
    }

private slots:
    void detectsACycle()
    {
        Graph g;
        g[QStringLiteral("diff")].insert(QStringLiteral("history"));
        g[QStringLiteral("history")].insert(QStringLiteral("diff"));
        QVERIFY(!findCycle(g).isEmpty());
        g[QStringLiteral("history")].clear();
        QVERIFY(findCycle(g).isEmpty());
    }

    void modelsFoldersHaveNoCycle()
    {
        QStringList edges;
        const Graph g = includeGraph(edges);
        QVERIFY2(g.size() > 3, "the models/ include graph was not found");
        const QString cycle = findCycle(g);
        QVERIFY2(cycle.isEmpty(), qPrintable(QStringLiteral("include cycle: %1\nedges:\n%2").arg(cycle, edges.join(u'\n'))));
    }

    void replayAndSquashSitWhereTheyBelong()
    {
        QStringList edges;
        const Graph g = includeGraph(edges);
        // replay reads folders (history) and is used by diff and squash, never the other way.
        QVERIFY(!g.value(QStringLiteral("replay")).contains(QStringLiteral("diff")));
        QVERIFY(!g.value(QStringLiteral("replay")).contains(QStringLiteral("squash")));
        QVERIFY(!g.value(QStringLiteral("history")).contains(QStringLiteral("replay")));
        QVERIFY(!g.value(QStringLiteral("history")).contains(QStringLiteral("diff")));
        QVERIFY(!g.value(QStringLiteral("diff")).contains(QStringLiteral("squash")));
        QVERIFY(g.value(QStringLiteral("diff")).contains(QStringLiteral("replay")));
        QVERIFY(g.value(QStringLiteral("squash")).contains(QStringLiteral("replay")));
    }
};

QTEST_GUILESS_MAIN(tst_ModuleLayers)
#include "tst_modulelayers.moc"
