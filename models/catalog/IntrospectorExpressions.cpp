// Capture::printExpressions: table CHECK constraints, index expressions and predicates and
// policy expressions,
// printed by ExprDeparse from their node trees instead of by the server (whose printing
// opens every table). What the printer does not know goes to the server in one bulk query;
// a sample of what it printed goes along, and if any sample differs from the server's text
// every print of this capture is replaced by the server's.

#include "Definitions.h"
#include "ExprDeparse.h"
#include "IntrospectorCapture.h"
#include "IntrospectorQueries.h"
#include "QuoteIdent.h"

#include <QScopeGuard>
#include <thread>

namespace strata::catalog::detail {

namespace {

// A PostgreSQL array literal of numbers: "{1,2,3}".
template<class T>
QString numberArray(const QList<T> &values)
{
    QStringList parts;
    parts.reserve(values.size());
    for (T v : values)
        parts << QString::number(v);
    return u'{' + parts.join(u',') + u'}';
}

// Up to `count` evenly spread entries of `from`.
QList<qsizetype> sample(const QList<qsizetype> &from, qsizetype count)
{
    QList<qsizetype> out;
    if (from.isEmpty())
        return out;
    const qsizetype stride = std::max<qsizetype>(1, from.size() / count);
    for (qsizetype i = 0; i < from.size() && out.size() < count; i += stride)
        out.append(from[i]);
    return out;
}

constexpr qsizetype kSample = 8; // prints of each kind checked against the server per capture

} // namespace

void Capture::noteTree(const QByteArray &text)
{
    if (text.isEmpty())
        return;
    m_anyTree = true;
    deparse::collect(QByteArrayView(text), &m_exprNeeds); // a broken tree is printed by the server
}

Error Capture::printExpressions()
{
    using nodes::Node;
    // Each tree is read twice: scanned as its row is read (noteTree(), for what it names,
    // without building it), and parsed here to print it, then dropped. All 20,000 trees of
    // a large schema held at once would cost more memory than the rest of the snapshot.
    if (!m_anyTree)
        return {};
    const deparse::Needs &needs = m_exprNeeds;

    // What the trees name, in one query.
    deparse::Catalog cat;
    cat.standardConformingStrings = m_standardStrings;
    {
        QList<quint32> typeOids;
        QList<qint32> typmods;
        for (const auto &[oid, typmod] : std::as_const(needs.typeNames)) {
            typeOids << oid;
            typmods << typmod;
        }
        const QVariantList params{numberArray(needs.operators.values()), numberArray(needs.functions.values()),
                                  numberArray(needs.types.values()), numberArray(typeOids), numberArray(typmods)};
        if (Error x = step("expression objects", queries::expressionObjects(), params, [&cat](const Row &r) {
                switch (r.ch(0)) {
                case 'o':
                    cat.operators.insert(r.oid(1), {r.str(2), r.str(3), r.ch(4), r.oid(5), r.oid(6)});
                    break;
                case 'f': {
                    QList<quint32> argTypes;
                    for (qint64 t : r.ints(7))
                        argTypes << quint32(t);
                    cat.functions.insert(r.oid(1), {r.str(2), r.str(3), r.ch(4) == 'v', argTypes});
                    break;
                }
                case 't':
                    cat.types.insert(r.oid(1), {r.ch(4), r.oid(5), r.oid(6)});
                    break;
                case 'n':
                    cat.typeNames.insert({r.oid(1), qint32(r.i64(5))}, r.str(2));
                    break;
                default:
                    break;
                }
            }))
            return x;
    }

    auto columnsOf = [this](quint32 rel) {
        return [this, rel](qint64 attnum) -> const QString * {
            const Attr *a = attr(rel, attnum);
            return a ? &a->name : nullptr;
        };
    };

    // CHECK (expr) [NO INHERIT] [NOT VALID], as pg_get_constraintdef prints it. On a
    // second thread, while this one prints the indexes: the two touch different objects
    // and only read the rest (the catalog, the column names).
    QList<quint32> serverConstraints;
    QList<qsizetype> printedConstraints;
    QStringList constraintsLeft; // for the report, in front of the indexes' names
    std::thread checks([&] {
        for (qsizetype i = 0; i < m_pendingConstraints.size(); ++i) {
            PendingConstraint &p = m_pendingConstraints[i];
            if (!p.hasTree)
                continue;
            ConstraintDef &c = m_s.constraints[p.index];
            const std::optional<Node> tree = nodes::parse(p.checkTree);
            const std::optional<QString> e = tree ? deparse::expression(*tree, cat, columnsOf(p.rel)) : std::nullopt;
            p.checkTree = QByteArray(); // printed (the tree viewed it): not needed again, and the peak memory is near
            if (!e) {
                serverConstraints << p.oid;
                constraintsLeft << qualifiedName(c.schema, c.table) + u'.' + quoteIdent(c.name);
                continue;
            }
            c.definition = QStringLiteral("CHECK (") + *e + u')';
            if (p.noInherit)
                c.definition += QStringLiteral(" NO INHERIT");
            if (!c.validated)
                c.definition += QStringLiteral(" NOT VALID");
            printedConstraints << i;
        }
    });
    QStringList indexesLeft;

    // Index expressions, predicate and, unless the server printed it already (storage
    // options), the whole definition.
    QList<quint32> serverIndexes;
    QList<qsizetype> printedIndexes;
    for (qsizetype i = 0; i < m_pendingIndexes.size(); ++i) {
        PendingIndex &p = m_pendingIndexes[i];
        if (!p.hasTrees)
            continue;
        IndexDef &ix = m_s.indexes[p.index];
        struct
        {
            std::optional<Node> expr, pred;
        } t;
        if (!p.exprTree.isEmpty())
            t.expr = nodes::parse(p.exprTree);
        if (!p.predTree.isEmpty())
            t.pred = nodes::parse(p.predTree);
        // The trees view the text: it goes when this index is done, not needed again (the
        // peak memory is near).
        const auto release = qScopeGuard([&p] { p.exprTree = p.predTree = QByteArray(); });
        const auto column = columnsOf(p.rel);
        bool ok = (p.exprTree.isEmpty() || t.expr) && (p.predTree.isEmpty() || t.pred);
        const std::vector<Node> *items = nullptr;
        if (ok && t.expr) {
            ok = t.expr->kind == Node::Kind::List && t.expr->text.empty();
            items = ok ? &t.expr->values : nullptr;
        }
        QString expressions, predicate;
        if (ok && t.expr) {
            const std::optional<QString> e = deparse::expression(*t.expr, cat, column);
            ok = e.has_value();
            expressions = e.value_or(QString());
        }
        if (ok && t.pred) {
            const std::optional<QString> e = deparse::expression(*t.pred, cat, column);
            ok = e.has_value();
            predicate = e.value_or(QString());
        }
        const bool compose = ix.definition.isEmpty() && !p.columnOptions; // else: the server's (finish())
        QStringList keys;
        size_t next = 0;
        for (qsizetype k = 0; ok && compose && k < p.keyCount; ++k) {
            std::optional<QString> key;
            if (k < p.keys.size() && p.keys[k] != 0) {
                if (const Attr *a = attr(p.rel, p.keys[k]))
                    key = indexKey(p, k, quoteIdent(a->name), a->type, a->collation);
            } else if (items && next < items->size()) {
                const Node &e = (*items)[next++];
                if (const std::optional<QString> text = deparse::expression(e, cat, column)) {
                    const QString shown = deparse::looksLikeFunction(e) ? *text : u'(' + *text + u')';
                    key = indexKey(p, k, shown, deparse::typeOf(e), deparse::collationOf(e));
                }
            }
            if (key)
                keys << *key;
            else
                ok = false;
        }
        if (!ok) {
            serverIndexes << p.oid;
            indexesLeft << qualifiedName(ix.schema, ix.name);
            continue;
        }
        ix.expressions = expressions;
        ix.predicate = predicate;
        if (compose) {
            const TableDef *tab = m_tables.contains(p.rel) ? &m_s.tables[m_tables.value(p.rel)] : nullptr;
            const QString table = tab ? tab->qualifiedName() : m_s.views[m_views.value(p.rel)].qualifiedName();
            ix.definition = definitions::index(ix.unique, ix.name, p.only, table, ix.method, keys,
                                               names(p.rel, p.keys, p.keyCount), p.nullsNotDistinct, predicate);
        }
        printedIndexes << i;
    }

    checks.join();
    if (m_rep)
        m_rep->leftToServer << constraintsLeft << indexesLeft;

    // Policy expressions (USING, WITH CHECK), as pg_get_expr prints them.
    QList<quint32> serverPolicies;
    QList<qsizetype> printedPolicies;
    for (qsizetype i = 0; i < m_pendingPolicies.size(); ++i) {
        const PendingPolicy &p = m_pendingPolicies[i];
        PolicyDef &pol = m_s.policies[p.index];
        const auto column = columnsOf(p.rel);
        auto print = [&](const QByteArray &text, QString *out) {
            if (text.isEmpty())
                return true;
            const std::optional<Node> tree = nodes::parse(text);
            const std::optional<QString> e = tree ? deparse::expression(*tree, cat, column) : std::nullopt;
            if (e)
                *out = *e;
            return e.has_value();
        };
        QString usingExpr, checkExpr;
        if (print(p.usingTree, &usingExpr) && print(p.checkTree, &checkExpr)) {
            pol.usingExpr = usingExpr;
            pol.withCheckExpr = checkExpr;
            printedPolicies << i;
        } else {
            serverPolicies << p.oid;
            if (m_rep)
                m_rep->leftToServer << qualifiedName(pol.schema, pol.table) + u'.' + quoteIdent(pol.name);
        }
    }

    // The server prints the rest, and a sample of the client's prints for comparison.
    QHash<quint32, QString> sampledConstraints, sampledIndexes;
    for (qsizetype i : sample(printedConstraints, kSample)) {
        const PendingConstraint &p = m_pendingConstraints[i];
        sampledConstraints.insert(p.oid, m_s.constraints[p.index].definition);
        serverConstraints << p.oid;
    }
    for (qsizetype i : sample(printedIndexes, kSample)) {
        const PendingIndex &p = m_pendingIndexes[i];
        const IndexDef &ix = m_s.indexes[p.index];
        sampledIndexes.insert(p.oid, ix.definition + u'\n' + ix.expressions + u'\n' + ix.predicate);
        serverIndexes << p.oid;
    }
    QHash<quint32, QString> sampledPolicies;
    for (qsizetype i : sample(printedPolicies, kSample)) {
        const PendingPolicy &p = m_pendingPolicies[i];
        const PolicyDef &pol = m_s.policies[p.index];
        sampledPolicies.insert(p.oid, pol.usingExpr + u'\n' + pol.withCheckExpr);
        serverPolicies << p.oid;
    }
    bool mismatch = false;
    QHash<quint32, qsizetype> constraintByOid, indexByOid, policyByOid;
    for (const PendingPolicy &p : std::as_const(m_pendingPolicies))
        policyByOid.insert(p.oid, p.index);
    for (const PendingConstraint &p : std::as_const(m_pendingConstraints))
        if (p.hasTree)
            constraintByOid.insert(p.oid, p.index);
    for (const PendingIndex &p : std::as_const(m_pendingIndexes))
        if (p.hasTrees)
            indexByOid.insert(p.oid, p.index);
    auto fetch = [&](const QList<quint32> &constraints, const QList<quint32> &indexes, const QList<quint32> &policies) -> Error {
        if (constraints.isEmpty() && indexes.isEmpty() && policies.isEmpty())
            return {};
        const QVariantList params{numberArray(constraints), numberArray(indexes), numberArray(policies)};
        return step("expression definitions", queries::expressionDefinitions(), params, [&](const Row &r) {
            const quint32 oid = r.oid(1);
            switch (r.ch(0)) {
            case 'c':
                if (auto s = sampledConstraints.constFind(oid); s != sampledConstraints.cend() && *s != r.str(2))
                    mismatch = true;
                if (auto it = constraintByOid.constFind(oid); it != constraintByOid.cend())
                    m_s.constraints[*it].definition = r.str(2);
                break;
            case 'i':
                if (auto s = sampledIndexes.constFind(oid); s != sampledIndexes.cend() && *s != r.str(2) + u'\n' + r.str(3) + u'\n' + r.str(4))
                    mismatch = true;
                if (auto it = indexByOid.constFind(oid); it != indexByOid.cend()) {
                    IndexDef &ix = m_s.indexes[*it];
                    ix.definition = r.str(2);
                    ix.expressions = r.str(3);
                    ix.predicate = r.str(4);
                }
                break;
            case 'p':
                if (auto s = sampledPolicies.constFind(oid); s != sampledPolicies.cend() && *s != r.str(3) + u'\n' + r.str(4))
                    mismatch = true;
                if (auto it = policyByOid.constFind(oid); it != policyByOid.cend()) {
                    m_s.policies[*it].usingExpr = r.str(3);
                    m_s.policies[*it].withCheckExpr = r.str(4);
                }
                break;
            default:
                break;
            }
        });
    };
    if (Error x = fetch(serverConstraints, serverIndexes, serverPolicies))
        return x;
    if (m_rep) {
        m_rep->printedByServer += int(serverConstraints.size() - sampledConstraints.size() + serverIndexes.size()
                                      - sampledIndexes.size() + serverPolicies.size() - sampledPolicies.size());
        m_rep->printedByClient += int(printedConstraints.size() + printedIndexes.size() + printedPolicies.size());
    }
    if (!mismatch)
        return {};
    // A print differed from the server's: trust none of them.
    if (m_rep) {
        m_rep->sampleMismatch = true;
        m_rep->printedByServer += m_rep->printedByClient;
        m_rep->printedByClient = 0;
    }
    QList<quint32> allConstraints, allIndexes, allPolicies;
    for (qsizetype i : std::as_const(printedConstraints))
        allConstraints << m_pendingConstraints[i].oid;
    for (qsizetype i : std::as_const(printedIndexes))
        allIndexes << m_pendingIndexes[i].oid;
    for (qsizetype i : std::as_const(printedPolicies))
        allPolicies << m_pendingPolicies[i].oid;
    sampledConstraints.clear();
    sampledIndexes.clear();
    sampledPolicies.clear();
    return fetch(allConstraints, allIndexes, allPolicies);
}

} // namespace strata::catalog::detail
