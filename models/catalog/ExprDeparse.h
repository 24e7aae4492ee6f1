#pragma once
// SQL text for the common kinds of stored expressions (CHECK constraints, index
// expressions and predicates), printed as PostgreSQL 15's ruleutils.c prints them
// (pg_get_expr, pg_get_constraintdef, pg_get_indexdef: not pretty, every operator in
// parentheses), so that a snapshot can take them without the server opening every table.
//
// It knows columns, constants of the plain number, boolean and string types, operators
// and function calls that resolve without qualification or are printed qualified, casts
// (also of arrays), AND/OR/NOT, IS [NOT] NULL, IS [NOT] TRUE/FALSE/UNKNOWN, IS DISTINCT
// FROM, x op ANY (ARRAY[...]), COALESCE, NULLIF, GREATEST and LEAST. For anything else
// expression() returns nothing and the caller asks the server: the result is then either
// byte for byte what the server prints or not given at all (tst_exprdeparse compares it
// with the server on a corpus of expressions).

#include "NodeTree.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace strata::catalog::deparse {

// What the printer needs to know about the objects an expression names: one bulk query
// (IntrospectorQueries::expressionObjects) for everything collect() gathered.
struct Catalog
{
    struct Operator
    {
        QString name;
        QString schema;
        char kind = 'b'; // 'b' binary, 'l' prefix
        quint32 left = 0;
        quint32 right = 0;
    };
    struct Function
    {
        QString name;
        QString schema;
        bool variadic = false;
        QList<quint32> argTypes;
    };
    struct Type
    {
        char typtype = 'b';
        quint32 collation = 0;
        quint32 element = 0; // typelem (arrays)
    };
    QHash<quint32, Operator> operators;
    QHash<quint32, Function> functions;
    QHash<quint32, Type> types;
    QHash<QPair<quint32, qint32>, QString> typeNames; // format_type(oid, typmod)
    bool standardConformingStrings = true;
};

// The objects a tree names, for the lookup query.
struct Needs
{
    QSet<quint32> operators;
    QSet<quint32> functions;
    QSet<quint32> types;
    QSet<QPair<quint32, qint32>> typeNames;
};
void collect(const nodes::Node &expr, Needs *needs);
// The same from the tree's text, without building the tree (nodes::scan()): for a pass
// that needs only this. False when the text is not a node tree.
bool collect(QByteArrayView tree, Needs *needs);

// A column's name by its number in the expression's table; nullptr when unknown.
using ColumnName = std::function<const QString *(qint64 attnum)>;

// The expression as pg_get_expr(expr, relation) prints it (a list: its items joined with
// ", "), or nothing when it holds something this printer does not know.
std::optional<QString> expression(const nodes::Node &expr, const Catalog &catalog, const ColumnName &column);

// pg_get_indexdef prints an index expression bare when it is a function call, else in
// parentheses.
bool looksLikeFunction(const nodes::Node &expr);
// exprType() and exprCollation() of the kinds expression() prints (0 for others).
quint32 typeOf(const nodes::Node &expr);
quint32 collationOf(const nodes::Node &expr);

} // namespace strata::catalog::deparse
