// Fuzz target: the pg_node_tree reader (nodes::parse) and the expression printer
// (deparse::expression) on what it reads, with a small catalog of operators, functions and
// types, and the tree-less scan (nodes::scan via deparse::collect). Invariants: no crash,
// no sanitizer report; a text that parses once parses the same way again, and prints the
// same way again; a text that parses is also scanned, to the same needs.

#include "catalog/ExprDeparse.h"
#include "catalog/NodeTree.h"

#include <cstdint>
#include <cstdlib>

using namespace strata::catalog;

namespace {

const deparse::Catalog &catalog()
{
    static const deparse::Catalog c = [] {
        deparse::Catalog c;
        const QString pg = QStringLiteral("pg_catalog");
        c.operators.insert(521, {QStringLiteral(">"), pg, 'b', 23, 23});
        c.operators.insert(96, {QStringLiteral("="), pg, 'b', 23, 23});
        c.operators.insert(98, {QStringLiteral("="), pg, 'b', 25, 25});
        c.operators.insert(558, {QStringLiteral("-"), pg, 'l', 0, 23});
        c.operators.insert(1755, {QStringLiteral(">="), pg, 'b', 1700, 1700});
        c.operators.insert(90001, {QStringLiteral("==="), QStringLiteral("Odd Schema"), 'b', 23, 23});
        c.functions.insert(870, {QStringLiteral("lower"), pg, false, {25}});
        c.functions.insert(1740, {QStringLiteral("numeric"), pg, false, {23}});
        c.functions.insert(90002, {QStringLiteral("twice"), QStringLiteral("app"), false, {23}});
        for (quint32 t : {16u, 20u, 21u, 23u, 25u, 26u, 1042u, 1043u, 1700u})
            c.types.insert(t, {'b', (t == 25 || t == 1042 || t == 1043) ? 100u : 0u, 0});
        c.types.insert(1007, {'b', 0, 23});
        c.types.insert(1009, {'b', 100, 25});
        c.typeNames.insert({23, -1}, QStringLiteral("integer"));
        c.typeNames.insert({25, -1}, QStringLiteral("text"));
        c.typeNames.insert({20, -1}, QStringLiteral("bigint"));
        c.typeNames.insert({1700, -1}, QStringLiteral("numeric"));
        c.typeNames.insert({1700, 655366}, QStringLiteral("numeric(10,2)"));
        c.typeNames.insert({1043, 24}, QStringLiteral("character varying(20)"));
        c.typeNames.insert({1007, -1}, QStringLiteral("integer[]"));
        return c;
    }();
    return c;
}

std::optional<QString> print(const QByteArray &text, bool *parsed)
{
    const std::optional<nodes::Node> tree = nodes::parse(text);
    *parsed = tree.has_value();
    if (!tree)
        return std::nullopt;
    const QString names[] = {QStringLiteral("id"), QStringLiteral("Odd Col"), QStringLiteral("select")};
    return deparse::expression(*tree, catalog(), [&names](qint64 n) -> const QString * {
        return n >= 1 && n <= 3 ? &names[n - 1] : nullptr;
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    bool parsedOnce = false, parsedTwice = false;
    const std::optional<QString> once = print(text, &parsedOnce);
    const std::optional<QString> twice = print(text, &parsedTwice);
    if (parsedOnce != parsedTwice || once != twice)
        std::abort();
    // The scan without a tree (what a capture does while reading rows) never crashes on
    // anything, and on a text that parses it finds exactly what the tree's walk finds.
    deparse::Needs scanned;
    const bool scannedOk = deparse::collect(QByteArrayView(text), &scanned);
    if (parsedOnce) {
        deparse::Needs walked;
        deparse::collect(*nodes::parse(text), &walked);
        if (!scannedOk || scanned.operators != walked.operators || scanned.functions != walked.functions
            || scanned.types != walked.types || scanned.typeNames != walked.typeNames)
            std::abort();
    }
    return 0;
}
