#pragma once
// Lexes SQL with libpg_query's scanner (the real PostgreSQL lexer) into tokens
// for highlighting and light analysis. Tolerates incomplete SQL: an unterminated
// string, comment or quoted identifier runs to the end of the text; junk the
// lexer rejects (e.g. "1e") becomes an Other token and scanning goes on after it.

#include <QList>
#include <QString>

namespace strata {

struct SqlToken
{
    enum class Category {
        Keyword,          // reserved, unreserved, column-name or type/function-name keyword
        Identifier,       // plain (unquoted) identifier
        QuotedIdentifier, // "Like This" or U&"..."
        String,           // '...', E'...', U&'...', $tag$...$tag$, B'...', X'...'
        Number,           // 42, 1.5e3
        Comment,          // -- ... and /* ... */
        Operator,         // + - * / < > = || :: := => <> != ...
        Punctuation,      // ( ) [ ] , ; . :
        Parameter,        // $1
        Other,            // anything the lexer rejected
    };
    enum class KeywordKind { None, Unreserved, ColumnName, TypeFunctionName, Reserved };

    int start = 0; // QString character offset, inclusive
    int end = 0;   // QString character offset, exclusive
    Category category = Category::Other;
    KeywordKind keywordKind = KeywordKind::None;
    bool unterminated = false; // string/comment/identifier still open at the end of the text

    int length() const { return end - start; }
    bool operator==(const SqlToken &) const = default;
};

class SqlScanner
{
public:
    // Tokens in order, non-overlapping, within [0, sql.size()]. Whitespace is not a token.
    static QList<SqlToken> scan(const QString &sql);

    // A stable lower-case name for a category ("keyword", "string", ...), for tests and JSON.
    static QString categoryName(SqlToken::Category c);
};

} // namespace strata
