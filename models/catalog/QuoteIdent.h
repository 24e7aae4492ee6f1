#pragma once
// Identifier quoting with PostgreSQL's own rules (ruleutils.c quote_identifier):
// a name stays bare only when it is lower-case letters, digits and underscores,
// starts with a letter or underscore, and is not a keyword other than an
// unreserved one. Everything else is double-quoted with inner quotes doubled.

#include <QString>
#include <QStringList>

namespace strata::catalog {

QString quoteIdent(const QString &name);
// schema.name, each part quoted as needed.
QString qualifiedName(const QString &schema, const QString &name);
// Names, each quoted as needed, joined with ", " (column lists).
QString quotedList(const QStringList &names);
// True when the word is a reserved, column-name or type/function-name keyword
// (the keyword categories quote_ident quotes). Lower-case input expected.
bool isQuotedKeyword(QStringView word);

} // namespace strata::catalog
