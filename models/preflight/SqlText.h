#pragma once
// Small, lexer-aware helpers to lift pieces of SQL text (index expressions, CHECK
// bodies, partial-index predicates, USING expressions) out of a statement, using the
// byte locations libpg_query reports. Quotes, dollar quotes and comments are skipped,
// so parentheses inside literals never confuse the matching.

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace strata::preflight {

class SourceText
{
public:
    explicit SourceText(const QString &sql);
    const QString &text() const { return m_text; }
    // libpg_query locations are UTF-8 byte offsets into the whole input.
    int charPos(int byteLocation) const;

    // Position just after the parenthesis that matches the '(' at pos; -1 when unbalanced.
    int matchParen(int pos) const;
    // First '(' at nesting depth 0 in [from, to); -1 when none.
    int findOpenParen(int from, int to) const;
    // First occurrence of a keyword (whole word, outside quotes, depth 0) in [from, to).
    int findKeyword(const QString &keyword, int from, int to) const;
    // Splits [from, to) at top-level commas; returns {start, end} pairs.
    QList<QPair<int, int>> splitTopLevel(int from, int to) const;
    // Skips whitespace and comments from pos.
    int skipSpace(int pos) const;
    // Index of the end of the statement that starts at statementStart (its length in the text).
    QString mid(int from, int to) const { return m_text.mid(from, to - from).trimmed(); }

private:
    // Advances over one token starting at pos (quote, comment or single char); returns the next position.
    int skipToken(int pos) const;
    QString m_text;
    QByteArray m_utf8;
    bool m_ascii = true;
    QList<QPair<int, int>> m_marks; // (byte offset, character offset) at every 4 KB
};

// Validates that text is one SQL expression (parses as "SELECT (<text>)" and nothing else).
bool isSingleExpression(const QString &text);

// Helpers for libpg_query JSON nodes.
QString jsonString(const QJsonValue &stringNode);            // {"String":{"sval":..}} -> sval
QStringList jsonStrings(const QJsonArray &list);
// The SQL spelling of a TypeName node: pg_catalog.int4 -> integer, varchar + (20) -> character varying(20).
QString typeNameSql(const QJsonObject &typeName);
// The last name of a TypeName ("int4", "varchar", "mood") and its integer modifiers.
QString typeNameBase(const QJsonObject &typeName);
QList<int> typeNameMods(const QJsonObject &typeName);
// Function names called anywhere inside a node (FuncCall.funcname last part).
QStringList calledFunctions(const QJsonValue &node);

} // namespace strata::preflight
