#include "QuoteIdent.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace strata::catalog {

namespace {
// Keywords PostgreSQL 15 lists in pg_get_keywords() with a category other than
// 'U' (unreserved): reserved, column-name and type/function-name keywords.
// Sorted, so a binary search finds them.
constexpr std::array<std::string_view, 151> kQuotedKeywords = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
    "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
    "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
    "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
    "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
    "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float",
    "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having",
    "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into",
    "is", "isnull", "join", "lateral", "leading", "least", "left", "like", "limit", "localtime",
    "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
    "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps",
    "overlay", "placing", "position", "precision", "primary", "real", "references", "returning",
    "right", "row", "select", "session_user", "setof", "similar", "smallint", "some", "substring",
    "symmetric", "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat",
    "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose",
    "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
    "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
};
} // namespace

namespace {

// Which (length, first letter) pairs any keyword has: most names are ruled out by one
// lookup, before the search.
struct KeywordShapes
{
    std::array<std::array<bool, 26>, 33> has{};
    constexpr KeywordShapes()
    {
        for (std::string_view k : kQuotedKeywords)
            if (k.size() < has.size() && k.front() >= 'a' && k.front() <= 'z')
                has[k.size()][size_t(k.front() - 'a')] = true;
    }
};
constexpr KeywordShapes kShapes;

} // namespace

bool isQuotedKeyword(QStringView word)
{
    if (word.size() > 32 || word.isEmpty())
        return false;
    const char16_t first = word.front().unicode();
    if (first < u'a' || first > u'z' || !kShapes.has[size_t(word.size())][size_t(first - u'a')])
        return false;
    char buf[33];
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t ch = word[i].unicode();
        if (ch > 0x7f)
            return false;
        buf[i] = char(ch);
    }
    const std::string_view w(buf, size_t(word.size()));
    return std::binary_search(kQuotedKeywords.begin(), kQuotedKeywords.end(), w);
}

QString quoteIdent(const QString &name)
{
    bool safe = !name.isEmpty();
    if (safe) {
        const char16_t first = name.front().unicode();
        safe = (first >= u'a' && first <= u'z') || first == u'_';
    }
    for (qsizetype i = 1; safe && i < name.size(); ++i) {
        const char16_t ch = name[i].unicode();
        safe = (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_';
    }
    if (safe && isQuotedKeyword(name))
        safe = false;
    if (safe)
        return name;
    QString out;
    out.reserve(name.size() + 2);
    out += u'"';
    for (const QChar c : name) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

QString quotedList(const QStringList &names)
{
    QStringList q;
    q.reserve(names.size());
    for (const QString &n : names)
        q << quoteIdent(n);
    return q.join(QStringLiteral(", "));
}

QString qualifiedName(const QString &schema, const QString &name)
{
    if (schema.isEmpty())
        return quoteIdent(name);
    return quoteIdent(schema) + u'.' + quoteIdent(name);
}

} // namespace strata::catalog
