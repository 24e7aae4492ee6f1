#pragma once
// DDL text for single objects, built from snapshot values. Every identifier goes
// through quoteIdent/qualifiedName, every string through quoteLiteral. Used by the
// Planner (and by the diff views to show an object's DDL).

#include "catalog/Snapshot.h"

#include <QString>
#include <QStringList>

namespace strata::diff::sql {

QString quoteLiteral(const QString &text);
QString ident(const QString &name);
QString qname(const QString &schema, const QString &name);

// "name type [COLLATE c] [DEFAULT e | GENERATED ALWAYS AS (e) STORED | GENERATED .. AS IDENTITY (..)] [NOT NULL]"
QString columnDefinition(const catalog::Column &c);
// "GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME s START WITH .. ...)"
QString identityClause(const catalog::Column &c);
// "START WITH 1 INCREMENT BY 1 MINVALUE .. MAXVALUE .. CACHE 1 NO CYCLE"
QString sequenceOptions(const catalog::SequenceOptions &o, bool withType);

QString createTable(const catalog::TableDef &t);
QString createSequence(const catalog::SequenceDef &s);
// Enum, composite and range: one statement. Domains: the CREATE DOMAIN with its constraints.
QString createType(const catalog::TypeDef &t);
QString typeSqlKind(const catalog::TypeDef &t);  // TYPE or DOMAIN
QString createView(const catalog::ViewDef &v, bool orReplace);
QString viewSelect(const catalog::ViewDef &v);   // the definition without the trailing semicolon
QString createIndex(const catalog::IndexDef &i, bool concurrently);
// The same index under another name (in the index's schema).
QString createIndexNamed(const catalog::IndexDef &i, bool concurrently, const QString &name);
QString addConstraint(const catalog::ConstraintDef &c, bool notValid);
QString createPolicy(const catalog::PolicyDef &p);
QString functionDefinition(const catalog::FunctionDef &f);
QString dropFunction(const catalog::FunctionDef &f);

// GRANT/REVOKE statements that turn `from` into `to` on an object ("TABLE public.t").
QStringList grantChanges(const QString &objectSql, const QList<catalog::Grant> &from, const QList<catalog::Grant> &to);

// The object's DDL as a block of statements (for side-by-side display).
QString objectDdl(const catalog::Snapshot &s, const QString &key);

} // namespace strata::diff::sql
