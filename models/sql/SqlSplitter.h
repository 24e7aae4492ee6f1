#pragma once
// Splits SQL text into statements with libpg_query (the real PostgreSQL parser).

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace strata {

struct SqlStatement
{
    QString text;    // the statement, without the trailing semicolon
    int offset = 0;  // character offset of the statement in the input
    int line = 1;    // 1-based line of its first character
};

class SqlSplitter
{
    Q_DECLARE_TR_FUNCTIONS(SqlSplitter)
public:
    // Parser-based split: exact, but fails (with line and column) on a syntax error.
    static Result<QList<SqlStatement>> split(const QString &sql);
    // Token-based split (SqlScanner): never fails, tolerates syntax errors (for
    // highlighting and editing). Knows parentheses and BEGIN ATOMIC ... END bodies.
    static Result<QList<SqlStatement>> splitLenient(const QString &sql);

    // libpg_query reports error positions as 1-based character (code point) counts;
    // this turns one into a 0-based QString offset (a surrogate pair is two QChars).
    static int offsetForCursor(const QString &text, int cursorpos);

    // Line and column (1-based) of a character offset; columns count characters
    // (a surrogate pair is one column), lines end at \\n.
    static QPair<int, int> lineColumn(const QString &text, int offset);

    // Offset of the first character that is neither white space nor a comment (-- or
    // nested /* */). Statements from the splitter start right after the previous ';',
    // comments included: this is where their first token is.
    static int codeStart(const QString &text);
};

} // namespace strata
