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

} // namespace strata
