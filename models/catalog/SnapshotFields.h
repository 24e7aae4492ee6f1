#pragma once
// The JSON field names of every snapshot struct, described once for both the
// writer and the reader (SnapshotJson.cpp): a visitor V gets
//   v.req(name, field)              always written; the reader requires it
//   v.opt(name, field)              written when not empty/false; missing = default
//   v.list(name, QList<T>&)         array of objects, written when not empty
//   v.reqList(name, QList<T>&)      array of objects, always written and required
//   v.object(name, T&)              nested object, written when not default
//   v.kind(name, enumField, names)  an enum as one of the given strings
// Internal to models/catalog.

#include "Snapshot.h"

#include <array>

namespace strata::catalog::fields {

inline constexpr std::array<const char *, 4> kTypeKinds = {"enum", "domain", "composite", "range"};
inline constexpr std::array<const char *, 5> kConstraintTypes = {"primary_key", "unique", "foreign_key", "check", "exclude"};

template<class V> void describe(V &v, Grant &g)
{
    v.req("grantee", g.grantee);
    v.req("privilege", g.privilege);
    v.opt("grantable", g.grantable);
    v.opt("revoked", g.revoked);
}

template<class V> void describe(V &v, SchemaDef &s)
{
    v.req("name", s.name);
    v.opt("owner", s.owner);
    v.opt("comment", s.comment);
    v.list("grants", s.grants);
}

template<class V> void describe(V &v, ExtensionDef &e)
{
    v.req("name", e.name);
    v.req("schema", e.schema);
    v.req("version", e.version);
    v.opt("comment", e.comment);
}

template<class V> void describe(V &v, SequenceOptions &o)
{
    v.req("data_type", o.dataType);
    v.req("start", o.start);
    v.req("increment", o.increment);
    v.req("min", o.minValue);
    v.req("max", o.maxValue);
    v.req("cache", o.cache);
    v.opt("cycle", o.cycle);
}

template<class V> void describe(V &v, DomainConstraint &c)
{
    v.req("name", c.name);
    v.req("definition", c.definition);
    v.req("validated", c.validated);
    v.opt("comment", c.comment);
}

template<class V> void describe(V &v, Column &c)
{
    v.req("name", c.name);
    v.req("type", c.type);
    v.opt("collation", c.collation);
    v.opt("default", c.defaultExpr);
    v.opt("generated", c.generatedExpr);
    v.opt("identity", c.identity);
    v.opt("identity_sequence", c.identitySequence);
    v.object("identity_options", c.identityOptions);
    v.opt("not_null", c.notNull);
    v.opt("inherited", c.inherited);
    v.opt("comment", c.comment);
}

template<class V> void describe(V &v, TypeDef &t)
{
    v.kind("kind", t.kind, kTypeKinds);
    v.req("schema", t.schema);
    v.req("name", t.name);
    v.opt("owner", t.owner);
    v.opt("comment", t.comment);
    v.list("grants", t.grants);
    v.opt("labels", t.labels);
    v.opt("base_type", t.baseType);
    v.opt("collation", t.collation);
    v.opt("default", t.defaultExpr);
    v.opt("not_null", t.notNull);
    v.list("constraints", t.constraints);
    v.list("attributes", t.attributes);
    v.opt("subtype", t.subtype);
    v.opt("subtype_opclass", t.subtypeOpclass);
    v.opt("canonical", t.canonicalFunction);
    v.opt("subtype_diff", t.subtypeDiffFunction);
    v.opt("multirange", t.multirangeName);
}

template<class V> void describe(V &v, SequenceDef &s)
{
    v.req("schema", s.schema);
    v.req("name", s.name);
    v.opt("owner", s.owner);
    v.opt("comment", s.comment);
    v.list("grants", s.grants);
    v.req("options", s.options);
    v.opt("owned_by_schema", s.ownedBySchema);
    v.opt("owned_by_table", s.ownedByTable);
    v.opt("owned_by_column", s.ownedByColumn);
}

template<class V> void describe(V &v, TableDef &t)
{
    v.req("schema", t.schema);
    v.req("name", t.name);
    v.opt("owner", t.owner);
    v.opt("comment", t.comment);
    v.list("grants", t.grants);
    v.list("columns", t.columns);
    v.opt("unlogged", t.unlogged);
    v.opt("options", t.options);
    v.opt("partition_key", t.partitionKey);
    v.opt("parent_schema", t.parentSchema);
    v.opt("parent_name", t.parentName);
    v.opt("partition_bound", t.partitionBound);
    v.opt("rls_enabled", t.rlsEnabled);
    v.opt("rls_forced", t.rlsForced);
}

template<class V> void describe(V &v, TableStats &s)
{
    v.req("rows", s.rowEstimate);
    v.req("pages", s.pages);
    v.req("table_bytes", s.tableBytes);
    v.req("total_bytes", s.totalBytes);
    v.opt("exact", s.exactSizes);
}

template<class V> void describe(V &v, ConstraintDef &c)
{
    v.req("schema", c.schema);
    v.req("table", c.table);
    v.req("name", c.name);
    v.kind("type", c.type, kConstraintTypes);
    v.req("definition", c.definition);
    v.opt("columns", c.columns);
    v.opt("ref_schema", c.refSchema);
    v.opt("ref_table", c.refTable);
    v.opt("ref_columns", c.refColumns);
    v.opt("on_update", c.onUpdate);
    v.opt("on_delete", c.onDelete);
    v.opt("match", c.matchType);
    v.opt("deferrable", c.deferrable);
    v.opt("initially_deferred", c.initiallyDeferred);
    v.req("validated", c.validated);
    v.opt("nulls_not_distinct", c.nullsNotDistinct);
    v.opt("inherited", c.inherited);
    v.opt("comment", c.comment);
}

template<class V> void describe(V &v, IndexDef &i)
{
    v.req("schema", i.schema);
    v.req("table", i.table);
    v.req("name", i.name);
    v.req("definition", i.definition);
    v.req("method", i.method);
    v.opt("unique", i.unique);
    v.req("valid", i.valid);
    v.opt("columns", i.columns);
    v.opt("expressions", i.expressions);
    v.opt("include", i.includeColumns);
    v.opt("predicate", i.predicate);
    v.opt("constraint", i.constraintName);
    v.opt("parent_index", i.parentIndex);
    v.opt("comment", i.comment);
}

template<class V> void describe(V &v, ViewDef &w)
{
    v.req("schema", w.schema);
    v.req("name", w.name);
    v.opt("materialized", w.materialized);
    v.opt("owner", w.owner);
    v.opt("comment", w.comment);
    v.list("grants", w.grants);
    v.req("definition", w.definition);
    v.opt("options", w.options);
    v.req("populated", w.populated);
    v.list("columns", w.columns);
    v.opt("depends_on", w.dependsOn);
}

template<class V> void describe(V &v, FunctionDef &f)
{
    v.req("schema", f.schema);
    v.req("name", f.name);
    v.opt("procedure", f.procedure);
    v.req("argument_types", f.argumentTypes);
    v.req("arguments", f.arguments);
    v.req("identity_arguments", f.identityArguments);
    v.opt("result", f.result);
    v.req("language", f.language);
    v.req("volatility", f.volatility);
    v.opt("strict", f.strict);
    v.opt("security_definer", f.securityDefiner);
    v.req("definition", f.definition);
    v.opt("owner", f.owner);
    v.opt("comment", f.comment);
    v.list("grants", f.grants);
}

template<class V> void describe(V &v, TriggerDef &t)
{
    v.req("schema", t.schema);
    v.req("table", t.table);
    v.req("name", t.name);
    v.req("definition", t.definition);
    v.req("enabled", t.enabled);
    v.opt("inherited", t.inherited);
    v.opt("comment", t.comment);
}

template<class V> void describe(V &v, PolicyDef &p)
{
    v.req("schema", p.schema);
    v.req("table", p.table);
    v.req("name", p.name);
    v.req("permissive", p.permissive);
    v.req("command", p.command);
    v.opt("roles", p.roles);
    v.opt("using", p.usingExpr);
    v.opt("with_check", p.withCheckExpr);
    v.opt("comment", p.comment);
}

template<class V> void describe(V &v, Dependency &d)
{
    v.req("from", d.from);
    v.req("to", d.to);
}

template<class V> void describe(V &v, SnapshotScope &s)
{
    v.opt("include_schemas", s.includeSchemas);
    v.opt("exclude_schemas", s.excludeSchemas);
    v.req("owners", s.owners);
    v.req("grants", s.grants);
}

// The object lists of a snapshot, in file order.
template<class V> void describeObjects(V &v, Snapshot &s)
{
    v.reqList("schemas", s.schemas);
    v.reqList("extensions", s.extensions);
    v.reqList("types", s.types);
    v.reqList("sequences", s.sequences);
    v.reqList("tables", s.tables);
    v.reqList("constraints", s.constraints);
    v.reqList("indexes", s.indexes);
    v.reqList("views", s.views);
    v.reqList("functions", s.functions);
    v.reqList("triggers", s.triggers);
    v.reqList("policies", s.policies);
    v.list("dependencies", s.dependencies); // format 2
}

} // namespace strata::catalog::fields
