#include "ExprDeparse.h"
#include "ExprConstants.h"
#include "QuoteIdent.h"

#include <cstring>

namespace strata::catalog::deparse {

using nodes::Node;

namespace {

// CoercionForm, as outfuncs writes the enum.
constexpr qint64 kExplicitCall = 0, kExplicitCast = 1, kImplicitCast = 2;

// The fields holding a node's result type and collation (exprType, exprCollation).
struct ResultFields
{
    std::string_view node, type, collation;
};
constexpr ResultFields kResultFields[] = {
    {"VAR", "vartype", "varcollid"},
    {"CONST", "consttype", "constcollid"},
    {"OPEXPR", "opresulttype", "opcollid"},
    {"NULLIFEXPR", "opresulttype", "opcollid"},
    {"FUNCEXPR", "funcresulttype", "funccollid"},
    {"RELABELTYPE", "resulttype", "resultcollid"},
    {"COERCEVIAIO", "resulttype", "resultcollid"},
    {"ARRAYCOERCEEXPR", "resulttype", "resultcollid"},
    {"ARRAYEXPR", "array_typeid", "array_collid"},
    {"COALESCEEXPR", "coalescetype", "coalescecollid"},
    {"MINMAXEXPR", "minmaxtype", "minmaxcollid"},
};

const ResultFields *resultFields(std::string_view type)
{
    for (const ResultFields &f : kResultFields)
        if (type == f.node)
            return &f;
    return nullptr;
}

// What a struct node names, for the lookup query: from its type and its fields, read by
// field(name, fallback) (a tree's Node or a scanned nodes::StructFields).
template<class Field>
quint32 resultType(std::string_view type, const Field &field)
{
    if (const ResultFields *f = resultFields(type))
        return quint32(field(f->type, 0));
    for (std::string_view boolean : {"BOOLEXPR", "NULLTEST", "BOOLEANTEST", "SCALARARRAYOPEXPR", "DISTINCTEXPR"})
        if (type == boolean)
            return kBool;
    return 0;
}

template<class Field>
void note(std::string_view type, const Field &field, Needs *needs)
{
    if (type == "OPEXPR" || type == "SCALARARRAYOPEXPR")
        needs->operators.insert(quint32(field("opno", 0)));
    else if (type == "FUNCEXPR")
        needs->functions.insert(quint32(field("funcid", 0)));
    if (type == "CONST")
        needs->typeNames.insert({quint32(field("consttype", 0)), qint32(field("consttypmod", -1))});
    else if (type == "RELABELTYPE" || type == "ARRAYCOERCEEXPR")
        needs->typeNames.insert({quint32(field("resulttype", 0)), qint32(field("resulttypmod", -1))});
    else if (type == "COERCEVIAIO" || type == "FUNCEXPR")
        needs->typeNames.insert({resultType(type, field), -1});
    else if (type == "ARRAYEXPR")
        needs->typeNames.insert({quint32(field("array_typeid", 0)), -1});
    if (const quint32 t = resultType(type, field))
        needs->types.insert(t);
}

bool anyOf(const Node &n, std::initializer_list<std::string_view> types)
{
    for (std::string_view t : types)
        if (n.is(t))
            return true;
    return false;
}

const std::vector<Node> *args(const Node &n, std::string_view field = "args")
{
    const Node *a = n.field(field);
    if (!a || a->kind != Node::Kind::List || !a->text.empty())
        return nullptr;
    return &a->values;
}

class Printer
{
public:
    Printer(const Catalog &c, const ColumnName &column) : m_c(c), m_column(column) {}

    bool rule(const Node &n, bool showImplicit)
    {
        if (n.kind == Node::Kind::List && n.text.empty())
            return joined(n.values, u", ", showImplicit);
        if (n.is("VAR"))
            return var(n);
        if (n.is("CONST"))
            return constant(n, 0);
        if (n.is("OPEXPR"))
            return op(n);
        if (n.is("FUNCEXPR"))
            return func(n, showImplicit);
        if (n.is("BOOLEXPR"))
            return boolExpr(n);
        if (n.is("NULLTEST"))
            return nullTest(n);
        if (n.is("RELABELTYPE"))
            return relabel(n, "relabelformat", n.oid("resulttype"), qint32(n.integer("resulttypmod", -1)), showImplicit);
        if (n.is("COERCEVIAIO"))
            return relabel(n, "coerceformat", n.oid("resulttype"), -1, showImplicit);
        if (n.is("SCALARARRAYOPEXPR"))
            return arrayOp(n);
        if (n.is("ARRAYEXPR"))
            return array(n);
        if (n.is("ARRAYCOERCEEXPR"))
            return relabel(n, "coerceformat", n.oid("resulttype"), qint32(n.integer("resulttypmod", -1)), showImplicit);
        if (n.is("COALESCEEXPR"))
            return call(QStringLiteral("COALESCE"), n);
        if (n.is("NULLIFEXPR"))
            return call(QStringLiteral("NULLIF"), n);
        if (n.is("MINMAXEXPR")) {
            const qint64 kind = n.integer("op", -1);
            return (kind == 0 || kind == 1) && call(kind == 0 ? QStringLiteral("GREATEST") : QStringLiteral("LEAST"), n);
        }
        if (n.is("DISTINCTEXPR"))
            return distinct(n);
        if (n.is("BOOLEANTEST"))
            return booleanTest(n);
        return false;
    }

    QString m_out;

private:
    bool var(const Node &n)
    {
        if (n.integer("varno") != 1 || n.integer("varlevelsup") != 0)
            return false;
        const QString *name = m_column(n.integer("varattno"));
        if (!name)
            return false;
        m_out += quoteIdent(*name);
        return true;
    }

    bool typeName(quint32 type, qint32 typmod)
    {
        const auto it = m_c.typeNames.constFind({type, typmod});
        if (it == m_c.typeNames.cend())
            return false;
        m_out += *it;
        return true;
    }

    // ruleutils.c get_const_expr: showType -1 bare, 0 labelled where the parser would
    // not infer the type.
    bool constant(const Node &n, int showType)
    {
        const quint32 type = n.oid("consttype");
        const qint32 typmod = qint32(n.integer("consttypmod", -1));
        if (n.flag("constisnull")) {
            m_out += QStringLiteral("NULL");
            if (showType >= 0) {
                m_out += QStringLiteral("::");
                return typeName(type, typmod) && defaultCollation(n, type);
            }
            return true;
        }
        const std::optional<QString> text = constantText(type, n.field("constvalue") ? n.field("constvalue")->datum : QByteArray());
        if (!text)
            return false;
        const QString &v = *text;
        bool label = false;
        switch (type) {
        case kInt4:
            if (v.startsWith(u'-')) {
                quoteLiteral(v);
                label = true;
            } else {
                m_out += v;
            }
            break;
        case kNumeric:
            if (!v.isEmpty() && v[0].isDigit() && (v.contains(u'.') || v.contains(u'e') || v.contains(u'E'))) {
                m_out += v;
            } else {
                quoteLiteral(v);
                label = true;
            }
            break;
        case kBool:
            m_out += v == u"t" ? QStringLiteral("true") : QStringLiteral("false");
            break;
        default:
            quoteLiteral(v);
            break;
        }
        if (showType < 0)
            return true;
        switch (type) {
        case kBool:
        case kUnknown:
            label = false;
            break;
        case kInt4:
            break;
        case kNumeric:
            label = label || typmod >= 0;
            break;
        default:
            label = true;
            break;
        }
        if (label || showType > 0) {
            m_out += QStringLiteral("::");
            if (!typeName(type, typmod))
                return false;
        }
        return defaultCollation(n, type);
    }

    // A constant with a collation other than its type's would print COLLATE: not handled.
    bool defaultCollation(const Node &n, quint32 type) const
    {
        const quint32 coll = n.oid("constcollid");
        if (coll == 0)
            return true;
        const auto it = m_c.types.constFind(type);
        return it != m_c.types.cend() && it->collation == coll;
    }

    void quoteLiteral(const QString &v)
    {
        m_out += u'\'';
        for (const QChar ch : v) {
            if (ch == u'\'' || (ch == u'\\' && !m_c.standardConformingStrings))
                m_out += ch;
            m_out += ch;
        }
        m_out += u'\'';
    }

    // generate_operator_name: bare when the unqualified name finds this operator for these
    // argument types (pg_catalog, exact types), OPERATOR(schema.op) when it cannot.
    bool operatorName(quint32 opno, quint32 left, quint32 right)
    {
        const auto it = m_c.operators.constFind(opno);
        if (it == m_c.operators.cend())
            return false;
        if (it->schema != u"pg_catalog") {
            m_out += QStringLiteral("OPERATOR(") + quoteIdent(it->schema) + u'.' + it->name + u')';
            return true;
        }
        const bool exact = it->kind == 'b' ? (it->left == left && it->right == right) : (it->kind == 'l' && left == 0 && it->right == right);
        if (!exact)
            return false;
        m_out += it->name;
        return true;
    }

    bool op(const Node &n)
    {
        const std::vector<Node> *a = args(n);
        if (!a || a->empty() || a->size() > 2)
            return false;
        m_out += u'(';
        if (a->size() == 2) {
            if (!rule((*a)[0], true))
                return false;
            m_out += u' ';
            if (!operatorName(n.oid("opno"), typeOf((*a)[0]), typeOf((*a)[1])))
                return false;
            m_out += u' ';
            if (!rule((*a)[1], true))
                return false;
        } else {
            if (!operatorName(n.oid("opno"), 0, typeOf((*a)[0])))
                return false;
            m_out += u' ';
            if (!rule((*a)[0], true))
                return false;
        }
        m_out += u')';
        return true;
    }

    // get_coercion_expr: "(arg)::type", or a constant of that very type labelled once.
    bool coercion(const Node &arg, quint32 type, qint32 typmod)
    {
        if (arg.is("CONST") && arg.oid("consttype") == type && arg.integer("consttypmod", -1) == -1) {
            if (!constant(arg, -1))
                return false;
        } else {
            m_out += u'(';
            if (!rule(arg, false))
                return false;
            m_out += u')';
        }
        m_out += QStringLiteral("::");
        return typeName(type, typmod);
    }

    bool relabel(const Node &n, std::string_view formatField, quint32 type, qint32 typmod, bool showImplicit)
    {
        const Node *arg = n.field("arg");
        if (!arg)
            return false;
        if (n.integer(formatField, -1) == kImplicitCast && !showImplicit)
            return rule(*arg, false);
        return coercion(*arg, type, typmod);
    }

    bool func(const Node &n, bool showImplicit)
    {
        const std::vector<Node> *a = args(n);
        if (!a)
            return false;
        const qint64 format = n.integer("funcformat", -1);
        if (format == kImplicitCast && !showImplicit)
            return !a->empty() && rule((*a)[0], false);
        if (format == kExplicitCast || format == kImplicitCast) {
            if (a->size() != 1) // length coercions (typmod argument): not handled
                return false;
            return coercion((*a)[0], n.oid("funcresulttype"), -1);
        }
        if (format != kExplicitCall || n.flag("funcvariadic"))
            return false;
        const auto it = m_c.functions.constFind(n.oid("funcid"));
        if (it == m_c.functions.cend() || it->variadic)
            return false;
        if (it->schema == u"pg_catalog") {
            // Bare only when the unqualified name resolves to it: the exact argument types.
            if (qsizetype(a->size()) != it->argTypes.size())
                return false;
            for (size_t i = 0; i < a->size(); ++i)
                if ((*a)[i].is("NAMEDARGEXPR") || typeOf((*a)[i]) != it->argTypes[qsizetype(i)])
                    return false;
            return call(quoteIdent(it->name), n);
        }
        for (const Node &arg : *a)
            if (arg.is("NAMEDARGEXPR"))
                return false;
        return call(quoteIdent(it->schema) + u'.' + quoteIdent(it->name), n);
    }

    bool call(const QString &name, const Node &n)
    {
        const std::vector<Node> *a = args(n);
        if (!a)
            return false;
        m_out += name + u'(';
        if (!joined(*a, u", ", true))
            return false;
        m_out += u')';
        return true;
    }

    // The items printed one after the other with `separator` between them.
    bool joined(const std::vector<Node> &items, QStringView separator, bool showImplicit)
    {
        for (size_t i = 0; i < items.size(); ++i) {
            if (i > 0)
                m_out += separator;
            if (!rule(items[i], showImplicit))
                return false;
        }
        return true;
    }

    bool boolExpr(const Node &n)
    {
        const std::vector<Node> *a = args(n);
        const Node *kind = n.field("boolop");
        if (!a || a->empty() || !kind)
            return false;
        m_out += u'(';
        if (kind->text == "not") {
            if (a->size() != 1)
                return false;
            m_out += QStringLiteral("NOT ");
            if (!rule((*a)[0], false))
                return false;
        } else {
            const QString sep = kind->text == "and" ? QStringLiteral(" AND ") : kind->text == "or" ? QStringLiteral(" OR ") : QString();
            if (sep.isEmpty() || !joined(*a, sep, false))
                return false;
        }
        m_out += u')';
        return true;
    }

    bool distinct(const Node &n)
    {
        const std::vector<Node> *a = args(n);
        if (!a || a->size() != 2)
            return false;
        m_out += u'(';
        if (!rule((*a)[0], true))
            return false;
        m_out += QStringLiteral(" IS DISTINCT FROM ");
        if (!rule((*a)[1], true))
            return false;
        m_out += u')';
        return true;
    }

    bool booleanTest(const Node &n)
    {
        static const char *const kTests[] = {" IS TRUE", " IS NOT TRUE", " IS FALSE", " IS NOT FALSE", " IS UNKNOWN",
                                             " IS NOT UNKNOWN"};
        const Node *arg = n.field("arg");
        const qint64 kind = n.integer("booltesttype", -1);
        if (!arg || kind < 0 || kind > 5)
            return false;
        m_out += u'(';
        if (!rule(*arg, false))
            return false;
        m_out += QLatin1StringView(kTests[kind]) + u')';
        return true;
    }

    bool nullTest(const Node &n)
    {
        const Node *arg = n.field("arg");
        if (!arg || n.flag("argisrow"))
            return false;
        // A row-typed input prints IS [NOT] DISTINCT FROM NULL: not handled.
        const quint32 type = typeOf(*arg);
        const auto t = m_c.types.constFind(type);
        if (type == 0 || type == kRecord || t == m_c.types.cend() || !(t->typtype == 'b' || t->typtype == 'e' || t->typtype == 'r' || t->typtype == 'm'))
            return false;
        m_out += u'(';
        if (!rule(*arg, true))
            return false;
        const qint64 kind = n.integer("nulltesttype", -1);
        if (kind == 0)
            m_out += QStringLiteral(" IS NULL");
        else if (kind == 1)
            m_out += QStringLiteral(" IS NOT NULL");
        else
            return false;
        m_out += u')';
        return true;
    }

    bool arrayOp(const Node &n)
    {
        const std::vector<Node> *a = args(n);
        if (!a || a->size() != 2 || (*a)[1].is("SUBLINK"))
            return false;
        const auto arrayType = m_c.types.constFind(typeOf((*a)[1]));
        if (arrayType == m_c.types.cend() || arrayType->element == 0)
            return false;
        m_out += u'(';
        if (!rule((*a)[0], true))
            return false;
        m_out += u' ';
        if (!operatorName(n.oid("opno"), typeOf((*a)[0]), arrayType->element))
            return false;
        m_out += n.flag("useOr") ? QStringLiteral(" ANY (") : QStringLiteral(" ALL (");
        if (!rule((*a)[1], true))
            return false;
        m_out += QStringLiteral("))");
        return true;
    }

    bool array(const Node &n)
    {
        const std::vector<Node> *e = args(n, "elements");
        const Node *f = n.field("elements");
        if (!f)
            return false;
        m_out += QStringLiteral("ARRAY[");
        if (e) {
            if (!joined(*e, u", ", true))
                return false;
        } else if (!f->isNull()) {
            return false;
        }
        m_out += u']';
        if (!e || e->empty()) {
            m_out += QStringLiteral("::");
            return typeName(n.oid("array_typeid"), -1);
        }
        return true;
    }

    const Catalog &m_c;
    const ColumnName &m_column;
};

void walk(const Node &n, Needs *needs)
{
    if (n.kind == Node::Kind::Struct)
        note(n.text, [&n](std::string_view name, qint64 fallback) { return n.integer(name, fallback); }, needs);
    if (n.kind == Node::Kind::Struct || (n.kind == Node::Kind::List && n.text.empty()))
        for (const Node &v : n.values)
            walk(v, needs);
}

} // namespace

void collect(const Node &expr, Needs *needs)
{
    walk(expr, needs);
}

bool collect(QByteArrayView tree, Needs *needs)
{
    return nodes::scan(tree, [needs](const nodes::StructFields &n) {
        note(n.type, [&n](std::string_view name, qint64 fallback) { return n.integer(name, fallback); }, needs);
    });
}

std::optional<QString> expression(const Node &expr, const Catalog &catalog, const ColumnName &column)
{
    Printer p(catalog, column);
    if (!p.rule(expr, false))
        return std::nullopt;
    return p.m_out;
}

bool looksLikeFunction(const Node &expr)
{
    if (expr.is("FUNCEXPR")) {
        const qint64 format = expr.integer("funcformat", -1);
        return format == kExplicitCall || format == 3; // COERCE_SQL_SYNTAX
    }
    return anyOf(expr, {"NULLIFEXPR", "COALESCEEXPR", "MINMAXEXPR", "SQLVALUEFUNCTION", "XMLEXPR"});
}

quint32 typeOf(const Node &n)
{
    if (n.kind != Node::Kind::Struct)
        return 0;
    return resultType(n.text, [&n](std::string_view name, qint64 fallback) { return n.integer(name, fallback); });
}

quint32 collationOf(const Node &n)
{
    const ResultFields *f = n.kind == Node::Kind::Struct ? resultFields(n.text) : nullptr;
    return f ? n.oid(f->collation) : 0;
}

} // namespace strata::catalog::deparse
