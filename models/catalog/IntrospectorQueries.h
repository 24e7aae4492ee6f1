#pragma once
// The bulk catalog queries of the Introspector: one per object kind, never one per
// object. Every query takes $1 (text[] of schemas to include, empty = all) and
// $2 (text[] of schemas to exclude) and skips the system schemas. Each query's
// columns are documented by the reader in Introspector.cpp that consumes them.
// The per-table queries (columns, constraints, indexes) take parts/part: only the
// tables whose oid % parts == part (a parallel capture gives each connection one part,
// so each table's definitions are deparsed, and its relcache entry built, by one backend).

#include <QString>

namespace strata::catalog::queries {

QString schemas();
QString extensions();
QString types();
QString sequences();
// statsMode: 0 none, 1 size estimates from pg_class, 2 exact sizes.
QString relations(int statsMode);
QString columns(int parts = 1, int part = 0);
QString constraints(int serverVersionNum, int parts = 1, int part = 0);
QString indexes(int serverVersionNum, int parts = 1, int part = 0);
QString opclasses();
QString indexDefinitions();
QString attributeNames();
QString functions();
QString triggers();
QString policies();
QString viewDependencies();

} // namespace strata::catalog::queries
