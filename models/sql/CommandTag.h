#pragma once
// What a statement is, in the words of SQL rather than of the parser: "SET", "CREATE
// TABLE", "DROP INDEX", "BEGIN" for VariableSetStmt, CreateStmt, DropStmt (index),
// TransactionStmt - close to PostgreSQL's own command tags, for reports people read.

#include <QJsonObject>
#include <QString>

namespace strata {

// nodeType and node as ParseTree gives them. Node types without their own entry read
// as their name in words ("AlterOwnerStmt" -> "ALTER OWNER").
QString commandTag(const QString &nodeType, const QJsonObject &node);

} // namespace strata
