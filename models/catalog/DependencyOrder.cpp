#include "DependencyOrder.h"

#include <QSet>

namespace strata::catalog {

QStringList dependencyOrder(const QStringList &keys, const QHash<QString, QStringList> &deps)
{
    QStringList sorted = keys;
    sorted.sort();
    const QSet<QString> inSet(sorted.cbegin(), sorted.cend());
    QSet<QString> done, visiting;
    QStringList out;
    out.reserve(sorted.size());
    // Depth first without recursion: (key, next dependency to look at).
    for (const QString &start : std::as_const(sorted)) {
        if (done.contains(start))
            continue;
        QList<QPair<QString, QStringList>> stack;
        auto push = [&](const QString &k) {
            visiting.insert(k);
            QStringList d = deps.value(k);
            d.sort();
            std::reverse(d.begin(), d.end()); // taken from the back: key order
            stack.append({k, d});
        };
        push(start);
        while (!stack.isEmpty()) {
            QStringList &pending = stack.last().second;
            if (!pending.isEmpty()) {
                const QString x = pending.takeLast();
                if (inSet.contains(x) && !done.contains(x) && !visiting.contains(x)) // a cycle is broken here
                    push(x);
                continue;
            }
            const QString k = stack.takeLast().first;
            visiting.remove(k);
            done.insert(k);
            out.append(k);
        }
    }
    return out;
}

} // namespace strata::catalog
