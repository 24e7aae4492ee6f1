#include "Definitions.h"
#include "QuoteIdent.h"

namespace strata::catalog::definitions {

namespace {

QString tail(bool deferrable, bool deferred, bool validated)
{
    QString s;
    if (deferrable)
        s += QStringLiteral(" DEFERRABLE");
    if (deferred)
        s += QStringLiteral(" INITIALLY DEFERRED");
    if (!validated)
        s += QStringLiteral(" NOT VALID");
    return s;
}

QString action(char c)
{
    switch (c) {
    case 'r': return QStringLiteral("RESTRICT");
    case 'c': return QStringLiteral("CASCADE");
    case 'n': return QStringLiteral("SET NULL");
    case 'd': return QStringLiteral("SET DEFAULT");
    default: return {}; // 'a': NO ACTION is not printed
    }
}

} // namespace

QString keyConstraint(bool primary, bool nullsNotDistinct, const QStringList &columns, const QStringList &include,
                      bool deferrable, bool deferred, bool validated)
{
    QString s = primary ? QStringLiteral("PRIMARY KEY") : QStringLiteral("UNIQUE");
    if (!primary && nullsNotDistinct)
        s += QStringLiteral(" NULLS NOT DISTINCT");
    s += QStringLiteral(" (") + quotedList(columns) + u')';
    if (!include.isEmpty())
        s += QStringLiteral(" INCLUDE (") + quotedList(include) + u')';
    return s + tail(deferrable, deferred, validated);
}

QString foreignKey(const QStringList &columns, const QString &refQualifiedName, const QStringList &refColumns,
                   char match, char onUpdate, char onDelete, bool deferrable, bool deferred, bool validated)
{
    QString s = QStringLiteral("FOREIGN KEY (") + quotedList(columns) + QStringLiteral(") REFERENCES ") + refQualifiedName
        + u'(' + quotedList(refColumns) + u')';
    if (match == 'f')
        s += QStringLiteral(" MATCH FULL");
    else if (match == 'p')
        s += QStringLiteral(" MATCH PARTIAL");
    if (const QString a = action(onUpdate); !a.isEmpty())
        s += QStringLiteral(" ON UPDATE ") + a;
    if (const QString a = action(onDelete); !a.isEmpty())
        s += QStringLiteral(" ON DELETE ") + a;
    return s + tail(deferrable, deferred, validated);
}

QString index(bool unique, const QString &name, bool only, const QString &tableQualifiedName, const QString &method,
              const QStringList &keyColumns, const QStringList &include, bool nullsNotDistinct, const QString &predicate)
{
    QString s = unique ? QStringLiteral("CREATE UNIQUE INDEX ") : QStringLiteral("CREATE INDEX ");
    s += quoteIdent(name) + QStringLiteral(" ON ") + (only ? QStringLiteral("ONLY ") : QString()) + tableQualifiedName
        + QStringLiteral(" USING ") + method + QStringLiteral(" (") + keyColumns.join(QStringLiteral(", "));
    if (!include.isEmpty())
        s += QStringLiteral(") INCLUDE (") + quotedList(include);
    s += u')';
    if (nullsNotDistinct)
        s += QStringLiteral(" NULLS NOT DISTINCT");
    if (!predicate.isEmpty())
        s += QStringLiteral(" WHERE ") + predicate;
    s.squeeze(); // kept in the snapshot: without the room the appends left (a third of 30,000 definitions)
    return s;
}

} // namespace strata::catalog::definitions
