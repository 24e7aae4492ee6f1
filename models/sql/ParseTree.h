#pragma once
// Statements parsed by libpg_query, with their parse trees as JSON (the same
// node names as PostgreSQL's parsenodes.h: CreateStmt, AlterTableStmt, IndexStmt, ...).

#include "SqlSplitter.h"

#include <QJsonObject>

namespace strata {

struct ParsedStatement
{
    SqlStatement statement;
    QString nodeType;   // "IndexStmt", "AlterTableStmt", ...
    QJsonObject node;   // the node's fields, e.g. node["concurrent"], node["relation"]
};

class ParseTree
{
    Q_DECLARE_TR_FUNCTIONS(ParseTree)
public:
    // Parses all statements; a syntax error comes back with line and column.
    static Result<QList<ParsedStatement>> parse(const QString &sql);
};

// A script's statements split once, their parse trees made a batch at a time: the memory
// of a large script's trees is that of one batch, not of the whole script. Locations in
// the trees are byte offsets into the whole script, as with ParseTree::parse.
class ParseStream
{
public:
    explicit ParseStream(const QString &sql) : m_sql(sql) {}
    // The parser's split of the whole script; a syntax error comes back with line and column.
    Error split();
    qsizetype size() const { return m_statements.size(); }
    // The parse trees of the statements [from, from + count) (fewer at the end).
    Result<QList<ParsedStatement>> parse(qsizetype from, qsizetype count) const;

private:
    const QString &m_sql;
    QList<SqlStatement> m_statements;
    QList<qsizetype> m_byteOffsets; // of each statement in the script's UTF-8
};

} // namespace strata
