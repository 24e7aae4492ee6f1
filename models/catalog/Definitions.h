#pragma once
// Definition text for keys, foreign keys and plain indexes, composed from catalog
// columns in exactly the form pg_get_constraintdef / pg_get_indexdef print (the
// tests compare both on a real server). Asking the server for these per object
// makes it load every table's metadata, which dominates a snapshot of 10,000
// tables; expressions are still printed by the server. Internal to models/catalog.

#include <QString>
#include <QStringList>

namespace strata::catalog::definitions {

// "PRIMARY KEY (a, b) INCLUDE (c)" / "UNIQUE NULLS NOT DISTINCT (a)" + deferrable/validity.
QString keyConstraint(bool primary, bool nullsNotDistinct, const QStringList &columns, const QStringList &include,
                      bool deferrable, bool deferred, bool validated);

// "FOREIGN KEY (a) REFERENCES s.t(b) MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE ..."
// Actions and match type as pg_constraint stores them ('a', 'r', 'c', 'n', 'd'; 'f', 'p', 's').
QString foreignKey(const QStringList &columns, const QString &refQualifiedName, const QStringList &refColumns,
                   char match, char onUpdate, char onDelete, bool deferrable, bool deferred, bool validated);

// "CREATE [UNIQUE] INDEX name ON [ONLY] s.t USING am (k1, k2 opclass) INCLUDE (i) NULLS NOT DISTINCT".
// keyColumns are already printed (quoted name, plus " opclass" where needed).
QString index(bool unique, const QString &name, bool only, const QString &tableQualifiedName, const QString &method,
              const QStringList &keyColumns, const QStringList &include, bool nullsNotDistinct,
              const QString &predicate = {});

} // namespace strata::catalog::definitions
