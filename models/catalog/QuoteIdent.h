#pragma once
// Identifier quoting with PostgreSQL's own rules (ruleutils.c quote_identifier):
// a name stays bare only when it is lower-case letters, digits and underscores,
// starts with a letter or underscore, and is not a keyword other than an
// unreserved one. Everything else is double-quoted with inner quotes doubled.

#include <QString>

namespace strata::catalog {

QString quoteIdent(const QString &name);
// schema.name, each part quoted as needed.
QString qualifiedName(const QString &schema, const QString &name);
// True when the word is a reserved, column-name or type/function-name keyword
// (the keyword categories quote_ident quotes). Lower-case input expected.
bool isQuotedKeyword(QStringView word);

} // namespace strata::catalog
