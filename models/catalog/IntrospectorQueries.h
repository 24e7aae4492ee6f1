#pragma once
// The bulk catalog queries of the Introspector: one per object kind, never one per
// object. They run as COPY (query) TO STDOUT, which takes no parameters: the schemas to
// include (empty = all) and to exclude come from two settings of the capture's
// transaction, strata.snapshot_schemas and strata.snapshot_excluded (text[] literals,
// set with set_config from parameters; includedSchemas() and excludedSchemas() read
// them). Every query skips the system schemas. Each query's columns are documented by
// the reader that consumes them.
// The per-table queries (columns, constraints, indexes) take parts/part: only the
// tables whose oid % parts == part (a parallel capture gives each connection one part,
// so each table's definitions are deparsed, and its relcache entry built, by one backend).

#include <QString>

namespace strata::catalog::queries {

QString includedSchemas(); // the text[] expressions for the two settings above
QString excludedSchemas();

// Which object kinds the database has any of: a SELECT list (no FROM) of boolean EXISTS
// tests, each true for a superset of the rows of the query named in Presence (oids of 16384
// and up: every object made after initdb, the same bound comments() and dependencies() use;
// no schema filter, no extension filter). Operators are qualified: it runs in the settings
// statement, before search_path is emptied.
QString presence();
// The columns of presence(), in order.
// Inheritance: any pg_inherits row (partitions, inheritance children, partition indexes):
// without, relations() and indexes() leave out the parent lookups (parents: false).
enum class Presence { Comments, Types, Sequences, Defaults, Functions, Triggers, Policies, Rules, Inheritance, Count };

QString schemas();
QString extensions();
QString types();
QString sequences();
// statsMode: 0 none, 1 size estimates from pg_class, 2 exact sizes.
// parents: the partition parent's schema and name (false: NULL, when pg_inherits is empty).
QString relations(int statsMode, bool parents = true);
QString columns(int parts = 1, int part = 0);
QString defaults(int parts = 1, int part = 0);
// Follow-up of columns(): format_type of each distinct (type, typmod), the types'
// collations, and the names of the collations columns use. Takes $1..$3, not the schemas.
QString columnTypes();
QString comments();
// clientDeparse: table CHECK constraints, index expressions and predicates come back as
// their node trees (for ExprDeparse) instead of server text, which opens every table.
QString constraints(int serverVersionNum, int parts = 1, int part = 0, bool clientDeparse = false);
QString indexes(int serverVersionNum, int parts = 1, int part = 0, bool clientDeparse = false, bool parents = true);
QString opclasses();
QString indexDefinitions();
// The server's text for what ExprDeparse could not print (and a sample of what it did):
// constraints ($1 oid[]), indexes ($2) and policies ($3), in one statement.
QString expressionDefinitions();
// What ExprDeparse needs about the objects expressions name: $1 operators, $2 functions,
// $3 types (oid[]), $4/$5 (type, typmod) pairs to print with format_type.
QString expressionObjects();
QString attributeNames();
QString functions();
QString triggers();
QString policies(bool clientDeparse = false);

QString viewDependencies();
// The dependency graph (Snapshot::dependencies): one filtered scan of pg_depend, with the
// rewrite rules and user types the client needs to fold both sides into snapshot objects.
QString dependencies();

} // namespace strata::catalog::queries
