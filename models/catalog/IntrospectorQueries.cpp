#include "IntrospectorQueries.h"

namespace strata::catalog::queries {

QString includedSchemas()
{
    return QStringLiteral("pg_catalog.current_setting('strata.snapshot_schemas')::text[]");
}

QString excludedSchemas()
{
    return QStringLiteral("pg_catalog.current_setting('strata.snapshot_excluded')::text[]");
}

namespace {

// Schemas the user asked for, without the system ones. `n` is a pg_namespace alias. The
// settings are not constants to the planner; written this way it guesses 5 of a
// pg_namespace's rows pass (with "<> ALL" and "OR": 1), close enough to keep the plans it
// makes for the same filter as parameters (hash joins; with 1 row it nests a loop of
// 40,000 index scans into pg_attribute for the columns, 60% slower).
QString nsFilter(const char *alias = "n")
{
    return QStringLiteral(
               "%1.nspname <> ALL ('{pg_catalog,information_schema,pg_toast}'::text[])"
               " AND %1.nspname !~ '^pg_(toast_)?temp_'"
               " AND CASE WHEN cardinality(%2) = 0 THEN true ELSE %1.nspname = ANY (%2) END"
               " AND NOT (%1.nspname = ANY (%3))")
        .arg(QLatin1StringView(alias), includedSchemas(), excludedSchemas());
}

// Not a member of an extension (CREATE EXTENSION made it). A hashed subplan over the
// extensions' dependencies only: refclassid = pg_extension is the leading column of
// pg_depend_reference_index, so this reads a few rows instead of all of pg_depend.
QString notInExtension(const char *catalog, const char *oidExpr)
{
    return QStringLiteral("%2 NOT IN (SELECT e.objid FROM pg_catalog.pg_depend e"
                          " WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass"
                          " AND e.classid = '%1'::regclass AND e.deptype = 'e')")
        .arg(QLatin1StringView(catalog), QLatin1StringView(oidExpr));
}

// The relations of one part of a parallel capture (empty when not split).
QString partFilter(const char *relExpr, int parts, int part)
{
    if (parts <= 1)
        return {};
    return QStringLiteral(" AND pg_catalog.mod(%1::pg_catalog.int8, %2) = %3")
        .arg(QLatin1StringView(relExpr)).arg(parts).arg(part);
}

// The object's privileges relative to its defaults, as text[] entries
// "<g|r><t|f><PRIVILEGE>:<grantee>" (g = granted beyond the defaults, r = a default
// revoked; t/f = with grant option; empty grantee = PUBLIC). NULL acl = defaults.
QString aclEntries(const char *aclExpr, char kind, const char *ownerExpr)
{
    return QStringLiteral(
               "CASE WHEN %1 IS NULL THEN NULL ELSE ARRAY("
               "SELECT x.op || CASE WHEN x.g THEN 't' ELSE 'f' END || x.p || ':'"
               " || CASE WHEN x.r = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(x.r) END"
               " FROM ((SELECT 'g' AS op, a.grantee AS r, a.privilege_type AS p, a.is_grantable AS g"
               "        FROM pg_catalog.aclexplode(%1) a"
               "        EXCEPT SELECT 'g', a.grantee, a.privilege_type, a.is_grantable"
               "        FROM pg_catalog.aclexplode(pg_catalog.acldefault('%2', %3)) a)"
               "       UNION ALL"
               "       (SELECT 'r', a.grantee, a.privilege_type, false"
               "        FROM pg_catalog.aclexplode(pg_catalog.acldefault('%2', %3)) a"
               "        EXCEPT SELECT 'r', a.grantee, a.privilege_type, false"
               "        FROM pg_catalog.aclexplode(%1) a)) x) END")
        .arg(QLatin1StringView(aclExpr), QChar::fromLatin1(kind), QLatin1StringView(ownerExpr));
}

// A LEFT JOIN that makes `alias.description` the object's comment.
QString commentJoin(const char *alias, const char *catalog, const char *oidExpr, const char *subIdExpr = "0")
{
    return QStringLiteral(" LEFT JOIN pg_catalog.pg_description %1 ON %1.classoid = '%2'::regclass"
                          " AND %1.objoid = %3 AND %1.objsubid = %4")
        .arg(QLatin1StringView(alias), QLatin1StringView(catalog), QLatin1StringView(oidExpr), QLatin1StringView(subIdExpr));
}

// pg_get_expr without the relation when the expression has no column references:
// the relation-bound form opens the table (a relcache build per table, which
// dominates on 10,000 tables); the output is the same.
QString exprText(const char *exprCol, const char *relExpr)
{
    return QStringLiteral("CASE WHEN %1::text LIKE '%{VAR %' THEN pg_catalog.pg_get_expr(%1, %2)"
                          " ELSE pg_catalog.pg_get_expr(%1, 0) END")
        .arg(QLatin1StringView(exprCol), QLatin1StringView(relExpr));
}

// Qualified, quoted collation name from a pg_collation oid.
QString collationName(const char *oidExpr)
{
    return QStringLiteral("(SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)"
                          " FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace"
                          " WHERE co.oid = %1)")
        .arg(QLatin1StringView(oidExpr));
}

// Table sizes: 0 none, 1 estimates from pg_class (free; the indexes' pages are added by
// the client from indexes()), 2 exact (pg_relation_size and pg_total_relation_size open
// every table and index: seconds on 10,000 tables).
QString sizes(int statsMode)
{
    switch (statsMode) {
    case 1:
        return QStringLiteral(
            "CASE WHEN c.relkind IN ('r', 'm') THEN c.relpages::int8 * pg_catalog.current_setting('block_size')::int8 END,"
            " CASE WHEN c.relkind IN ('r', 'm') THEN (c.relpages::int8 + COALESCE((SELECT sz.relpages FROM pg_catalog.pg_class sz"
            "   WHERE sz.oid = c.reltoastrelid AND c.reltoastrelid <> 0), 0)) * pg_catalog.current_setting('block_size')::int8 END");
    case 2:
        return QStringLiteral("CASE WHEN c.relkind IN ('r', 'm') THEN pg_catalog.pg_relation_size(c.oid) END,"
                              " CASE WHEN c.relkind IN ('r', 'm') THEN pg_catalog.pg_total_relation_size(c.oid) END");
    default:
        return QStringLiteral("NULL, NULL");
    }
}

} // namespace

QString presence()
{
    // Comments: comments() itself. Types: the enums, domains and ranges types() reads, and
    // the relations (relkind 'c') behind its composite types. Sequences: every sequence
    // has its pg_sequence row. Defaults: defaults() itself. Functions: functions and
    // procedures (range constructors and extension members too: a superset). Triggers:
    // the ones triggers() reads are not internal. Policies: any. Rules: every row of
    // viewDependencies() comes from a user relation's rewrite rule (each view has one).
    // Inheritance: the parents relations() and indexes() look up are pg_inherits rows.
    return QStringLiteral(
        "EXISTS (SELECT FROM pg_catalog.pg_description d WHERE d.objoid OPERATOR(pg_catalog.>=) '16384'::pg_catalog.oid),"
        " EXISTS (SELECT FROM pg_catalog.pg_type t WHERE t.oid OPERATOR(pg_catalog.>=) '16384'::pg_catalog.oid"
        "   AND t.typtype OPERATOR(pg_catalog.=) ANY ('{e,d,r}'::pg_catalog.\"char\"[]))"
        " OR EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.oid OPERATOR(pg_catalog.>=) '16384'::pg_catalog.oid"
        "   AND c.relkind OPERATOR(pg_catalog.=) 'c'::pg_catalog.\"char\"),"
        " EXISTS (SELECT FROM pg_catalog.pg_sequence),"
        " EXISTS (SELECT FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid OPERATOR(pg_catalog.>=) '16384'::pg_catalog.oid),"
        " EXISTS (SELECT FROM pg_catalog.pg_proc p WHERE p.oid OPERATOR(pg_catalog.>=) '16384'::pg_catalog.oid"
        "   AND p.prokind OPERATOR(pg_catalog.=) ANY ('{f,p}'::pg_catalog.\"char\"[])),"
        " EXISTS (SELECT FROM pg_catalog.pg_trigger tg WHERE NOT tg.tgisinternal),"
        " EXISTS (SELECT FROM pg_catalog.pg_policy),"
        " EXISTS (SELECT FROM pg_catalog.pg_rewrite r WHERE r.oid OPERATOR(pg_catalog.>=) '16384'::pg_catalog.oid),"
        " EXISTS (SELECT FROM pg_catalog.pg_inherits)");
}

QString schemas()
{
    return QStringLiteral("SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner), ds.description, ")
        + aclEntries("n.nspacl", 'n', "n.nspowner")
        + QStringLiteral(" FROM pg_catalog.pg_namespace n") + commentJoin("ds", "pg_namespace", "n.oid")
        + QStringLiteral(" WHERE ") + nsFilter() + QStringLiteral(" AND ") + notInExtension("pg_namespace", "n.oid");
}

QString extensions()
{
    return QStringLiteral("SELECT x.extname, n.nspname, x.extversion, ds.description"
                          " FROM pg_catalog.pg_extension x JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace")
        + commentJoin("ds", "pg_extension", "x.oid")
        + QStringLiteral(" WHERE (cardinality(%1) = 0 OR n.nspname = ANY (%1) OR n.nspname = 'pg_catalog')"
                         " AND n.nspname <> ALL (%2)").arg(includedSchemas(), excludedSchemas());
}

QString types()
{
    // 0 oid, 1 schema, 2 name, 3 typtype, 4 owner, 5 (unused: comments()), 6 acl, 7 enum labels,
    // 8 domain base type, 9 collation, 10 default, 11 not null, 12 typrelid,
    // 13 range subtype, 14 opclass, 15 canonical, 16 subtype_diff, 17 multirange
    return QStringLiteral(
               "SELECT t.oid, n.nspname, t.typname, t.typtype, pg_catalog.pg_get_userbyid(t.typowner), NULL, ")
        + aclEntries("t.typacl", 'T', "t.typowner")
        + QStringLiteral(
              ", CASE WHEN t.typtype = 'e' THEN ARRAY(SELECT l.enumlabel FROM pg_catalog.pg_enum l"
              "   WHERE l.enumtypid = t.oid ORDER BY l.enumsortorder) END,"
              " CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END,"
              " CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN ")
        + collationName("t.typcollation")
        + QStringLiteral(" WHEN t.typtype = 'r' AND r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN ")
        + collationName("r.rngcollation")
        + QStringLiteral(
              " END,"
              " CASE WHEN t.typtype = 'd' THEN pg_catalog.pg_get_expr(t.typdefaultbin, 0) END,"
              " t.typnotnull, t.typrelid,"
              " CASE WHEN t.typtype = 'r' THEN pg_catalog.format_type(r.rngsubtype, NULL) END,"
              " CASE WHEN t.typtype = 'r' AND NOT oc.opcdefault THEN"
              "   pg_catalog.quote_ident(ocn.nspname) || '.' || pg_catalog.quote_ident(oc.opcname) END,"
              " CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::regproc::text END,"
              " CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END,"
              " CASE WHEN t.typtype = 'r' THEN pg_catalog.format_type(r.rngmultitypid, NULL) END"
              " FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
              " LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype"
              " LEFT JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid"
              " LEFT JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype"
              " LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = r.rngsubopc"
              " LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace")
        + QStringLiteral(
              " WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND"
              "   t.typrelid IN (SELECT rc.oid FROM pg_catalog.pg_class rc WHERE rc.relkind = 'c')))"
              " AND ")
        + nsFilter() + QStringLiteral(" AND ") + notInExtension("pg_type", "t.oid");
}

QString sequences()
{
    // 0 oid, 1 schema, 2 name, 3 owner, 4 (unused: comments()), 5 acl, 6 type, 7 start, 8 increment,
    // 9 min, 10 max, 11 cache, 12 cycle, 13 deptype (a = owned by, i = identity),
    // 14 table oid, 15 table schema, 16 table name, 17 column number
    return QStringLiteral("SELECT c.oid, n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner), NULL, ")
        + aclEntries("c.relacl", 's', "c.relowner")
        + QStringLiteral(
              ", pg_catalog.format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,"
              " s.seqcache, s.seqcycle, dep.deptype, dep.refobjid,"
              // The owning table's name only for OWNED BY (an identity sequence's table is
              // found by its oid): no lookup for each of 10,000 identity columns.
              " CASE WHEN dep.deptype = 'a' THEN (SELECT tn.nspname FROM pg_catalog.pg_class tc"
              "   JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace WHERE tc.oid = dep.refobjid) END,"
              " CASE WHEN dep.deptype = 'a' THEN (SELECT tc.relname FROM pg_catalog.pg_class tc WHERE tc.oid = dep.refobjid) END,"
              " dep.refobjsubid"
              " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
              " JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid"
              " LEFT JOIN (SELECT d.objid, d.refobjid, d.refobjsubid, d.deptype FROM pg_catalog.pg_depend d"
              "   WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass"
              "   AND d.deptype IN ('a', 'i')) dep ON dep.objid = c.oid")
        + QStringLiteral(" WHERE c.relkind = 'S' AND ")
        + nsFilter() + QStringLiteral(" AND ") + notInExtension("pg_class", "c.oid");
}

// The LEFT JOINs that find a partition's (or a partition index's) parent, `rel` being the
// child's pg_class alias; with its parent's schema and name as `alias`n.nspname and
// `alias`.relname. None when the database has no pg_inherits row (parents NULL): planning
// the three joins is a tenth of a small database's capture in a new backend.
QString parentJoins(bool parents, const char *rel, const char *alias)
{
    if (!parents)
        return {};
    return QStringLiteral(" LEFT JOIN pg_catalog.pg_inherits %2i ON %1.relispartition AND %2i.inhrelid = %1.oid"
                          " LEFT JOIN pg_catalog.pg_class %2 ON %2.oid = %2i.inhparent"
                          " LEFT JOIN pg_catalog.pg_namespace %2n ON %2n.oid = %2.relnamespace")
        .arg(QLatin1StringView(rel), QLatin1StringView(alias));
}

QString parentColumns(bool parents, const char *alias)
{
    return parents ? QStringLiteral("%1n.nspname, %1.relname").arg(QLatin1StringView(alias)) : QStringLiteral("NULL, NULL");
}

QString relations(int statsMode, bool parents)
{
    // 0 oid, 1 relkind, 2 schema, 3 name, 4 owner, 5 relnatts (room for the columns), 6 acl, 7 relpersistence,
    // 8 reloptions, 9 partition key, 10 parent schema, 11 parent name, 12 partition bound,
    // 13 rls, 14 force rls, 15 view definition, 16 populated,
    // 17 reltuples, 18 relpages, 19 table bytes, 20 total bytes
    return QStringLiteral("SELECT c.oid, c.relkind, n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner), c.relnatts, ")
        + aclEntries("c.relacl", 'r', "c.relowner")
        + QStringLiteral(
              ", c.relpersistence, c.reloptions,"
              " CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END, ")
        + parentColumns(parents, "pc")
        + QStringLiteral(","
              " CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,"
              " c.relrowsecurity, c.relforcerowsecurity,"
              " CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,"
              " c.relispopulated, c.reltuples, c.relpages, ")
        + sizes(statsMode)
        + QStringLiteral(
              " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace")
        + parentJoins(parents, "c", "pc")
        + QStringLiteral(" WHERE c.relkind IN ('r', 'p', 'v', 'm') AND ")
        + nsFilter() + QStringLiteral(" AND ") + notInExtension("pg_class", "c.oid");
}

QString columns(int parts, int part)
{
    // 0 attrelid, 1 attnum, 2 name, 3 atttypid, 4 atttypmod, 5 attcollation, 6 attgenerated,
    // 7 attidentity, 8 not null, 9 islocal, 10 an index's column (one with options, which
    // only pg_get_indexdef prints; nothing else of indexes comes here). The raw rows only:
    // type and collation names come from columnTypes() (once per distinct type), defaults
    // from defaults(), comments from comments(); rows may come in any order.
    return QStringLiteral(
               "SELECT a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attcollation,"
               " a.attgenerated, a.attidentity, a.attnotnull, a.attislocal, c.relkind IN ('i', 'I')"
               " FROM pg_catalog.pg_attribute a"
               " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
               " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
               " WHERE a.attnum > 0 AND NOT a.attisdropped AND (c.relkind IN ('r', 'p', 'v', 'm', 'c')"
               " OR (c.relkind IN ('i', 'I') AND a.attoptions IS NOT NULL)) AND ")
        + nsFilter() + partFilter("a.attrelid", parts, part);
}

QString defaults(int parts, int part)
{
    // 0 adrelid, 1 adnum, 2 the expression, 3 the pg_attrdef oid (for dependencies()).
    // User relations only (oid >= 16384, the first oid of objects made after initdb); the
    // reader keeps those of the snapshot.
    return QStringLiteral("SELECT ad.adrelid, ad.adnum, ") + exprText("ad.adbin", "ad.adrelid") + QStringLiteral(", ad.oid")
        + QStringLiteral(" FROM pg_catalog.pg_attrdef ad WHERE ad.adrelid >= 16384")
        + partFilter("ad.adrelid", parts, part);
}

QString columnTypes()
{
    // 0 kind ('t' type, 'l' collation), 1 oid, 2 typmod, 3 format_type / qualified quoted
    // collation name, 4 the type's collation. $1/$2 (type, typmod) pairs, $3 collations.
    return QStringLiteral(
        "SELECT 't', u.oid, u.typmod, pg_catalog.format_type(u.oid, u.typmod), t.typcollation"
        " FROM unnest($1::oid[], $2::int4[]) u(oid, typmod) LEFT JOIN pg_catalog.pg_type t ON t.oid = u.oid"
        " UNION ALL SELECT 'l', co.oid, 0, pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname), 0"
        " FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace"
        " WHERE co.oid = ANY ($3::oid[])");
}

QString comments()
{
    // 0 catalog oid, 1 object oid, 2 sub-id (column number), 3 comment: every comment on a
    // user object (oid >= 16384), read once instead of joined into each query.
    return QStringLiteral("SELECT d.classoid, d.objoid, d.objsubid, d.description FROM pg_catalog.pg_description d"
                          " WHERE d.objoid >= 16384");
}

QString constraints(int serverVersionNum, int parts, int part, bool clientDeparse)
{
    // 0 conrelid, 1 contypid, 2 name, 3 contype, 4 server definition (CHECK, EXCLUDE and
    // the unusual rest; NULL where the client composes it), 5 conkey, 6 confrelid,
    // 7 confkey, 8 on update, 9 on delete, 10 match, 11 deferrable, 12 deferred,
    // 13 validated, 14 inherited, 15 the node tree of a table CHECK (clientDeparse; 4 is
    // NULL then), 16 NO INHERIT, 17 oid, 18 the backing index (PRIMARY KEY, UNIQUE,
    // EXCLUDE). The referenced table's name, the backing index's NULLS NOT DISTINCT and
    // INCLUDE columns, and the comment come from the other reads of the capture.
    const QString delSetCols = serverVersionNum >= 150000 ? QStringLiteral("co.confdelsetcols IS NOT NULL") : QStringLiteral("false");
    return QStringLiteral(
               "SELECT co.conrelid, co.contypid, co.conname, co.contype,")
        + (clientDeparse ? QStringLiteral(" CASE WHEN co.contype = 'c' AND co.conrelid <> 0 THEN NULL") : QStringLiteral(" CASE"))
        + QStringLiteral(" WHEN co.contype NOT IN ('p', 'u', 'f') OR ")
        + delSetCols
        + QStringLiteral(
              " THEN pg_catalog.pg_get_constraintdef(co.oid) END,"
              " co.conkey, co.confrelid, co.confkey,"
              " co.confupdtype, co.confdeltype, co.confmatchtype, co.condeferrable, co.condeferred, co.convalidated,"
              " ((NOT co.conislocal AND co.coninhcount > 0) OR co.conparentid <> 0), ")
        + (clientDeparse ? QStringLiteral("CASE WHEN co.contype = 'c' AND co.conrelid <> 0 THEN co.conbin::text END")
                         : QStringLiteral("NULL"))
        + QStringLiteral(", co.connoinherit, co.oid, CASE WHEN co.contype IN ('p', 'u', 'x') THEN co.conindid END"
                         " FROM pg_catalog.pg_constraint co JOIN pg_catalog.pg_namespace n ON n.oid = co.connamespace"
                         " WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND ") + nsFilter()
        + partFilter("co.conrelid", parts, part); // domain constraints (conrelid 0) fall in part 0
}

QString indexes(int serverVersionNum, int parts, int part, bool clientDeparse, bool parents)
{
    // 0 indrelid, 1 index name, 2 server definition (NULL when the client may compose it: no
    // expressions, predicate, options or tablespace; per-column options are found by
    // columns()), 3 method, 4 unique, 5 valid, 6 indkey, 7 indnkeyatts, 8 expressions,
    // 9 predicate, 10 parent index schema, 11 parent index name, 12 indclass,
    // 13 indcollation, 14 indoption, 15 nulls not distinct, 16 index oid, 17 estimated bytes.
    // clientDeparse: 8 and 9 are node trees (ExprDeparse), and 2 is NULL for expressions
    // and predicates alone. The table, the schema (the table's), the backing constraint
    // and the comment come from what the capture read before.
    const QString nnd = serverVersionNum >= 150000 ? QStringLiteral("i.indnullsnotdistinct") : QStringLiteral("false");
    const QString serverDef = QStringLiteral(" CASE WHEN %1 ic.reloptions IS NOT NULL OR ic.reltablespace <> 0"
                                             " THEN pg_catalog.pg_get_indexdef(i.indexrelid) END,")
        .arg(clientDeparse ? QString() : QStringLiteral("i.indexprs IS NOT NULL OR i.indpred IS NOT NULL OR"));
    const QString exprs = clientDeparse
        ? QStringLiteral(" i.indexprs::text, i.indpred::text,")
        : QStringLiteral(" CASE WHEN i.indexprs IS NOT NULL THEN pg_catalog.pg_get_expr(i.indexprs, i.indrelid) END,"
                         " CASE WHEN i.indpred IS NOT NULL THEN pg_catalog.pg_get_expr(i.indpred, i.indrelid) END,");
    return QStringLiteral("SELECT i.indrelid, ic.relname,") + serverDef
        + QStringLiteral(" am.amname, i.indisunique, i.indisvalid, i.indkey::int2[], i.indnkeyatts,") + exprs
        + QStringLiteral(" ") + parentColumns(parents, "pi")
        + QStringLiteral(", i.indclass::oid[], i.indcollation::oid[], i.indoption::int2[], ")
        + nnd
        + QStringLiteral(
              ", i.indexrelid, ic.relpages::int8 * pg_catalog.current_setting('block_size')::int8"
              " FROM pg_catalog.pg_index i"
              " JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
              " JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace"
              " JOIN pg_catalog.pg_am am ON am.oid = ic.relam")
        + parentJoins(parents, "ic", "pi")
        + QStringLiteral(
              // Every index's pg_class row has one of these kinds. Stated, it lets the planner
              // hash the 30,000 index rows of pg_class (3.5 MB) instead of the whole of
              // pg_index with its node trees (13.5 MB): 60 ms less in a new backend.
              " WHERE ic.relkind IN ('i', 'I') AND ") + nsFilter() + partFilter("i.indrelid", parts, part);
}

QString opclasses()
{
    // 0 oid, 1 default for its type, 2 input type. Small (a few hundred rows); lets the
    // client tell which index columns use their type's default operator class.
    // 3 the name as pg_get_indexdef prints it (qualified unless in pg_catalog).
    return QStringLiteral("SELECT oc.oid, oc.opcdefault, oc.opcintype,"
                          " CASE WHEN ns.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(oc.opcname)"
                          "   ELSE pg_catalog.quote_ident(ns.nspname) || '.' || pg_catalog.quote_ident(oc.opcname) END"
                          " FROM pg_catalog.pg_opclass oc JOIN pg_catalog.pg_namespace ns ON ns.oid = oc.opcnamespace");
}

QString indexDefinitions()
{
    // 0 index oid, 1 pg_get_indexdef, for the indexes ($1 oid[]) whose text the client
    // cannot compose with certainty.
    return QStringLiteral("SELECT x.oid, pg_catalog.pg_get_indexdef(x.oid) FROM unnest($1::oid[]) x(oid)");
}

QString expressionDefinitions()
{
    // 0 kind ('c' constraint, 'i' index, 'p' policy), 1 oid, 2 pg_get_constraintdef or
    // pg_get_indexdef, 3 index expressions / USING, 4 index predicate / WITH CHECK.
    return QStringLiteral(
        "SELECT 'c', x.oid, pg_catalog.pg_get_constraintdef(x.oid), NULL, NULL FROM unnest($1::oid[]) x(oid)"
        " UNION ALL SELECT 'i', x.oid, pg_catalog.pg_get_indexdef(x.oid),"
        "   CASE WHEN i.indexprs IS NOT NULL THEN pg_catalog.pg_get_expr(i.indexprs, i.indrelid) END,"
        "   CASE WHEN i.indpred IS NOT NULL THEN pg_catalog.pg_get_expr(i.indpred, i.indrelid) END"
        " FROM unnest($2::oid[]) x(oid) JOIN pg_catalog.pg_index i ON i.indexrelid = x.oid"
        " UNION ALL SELECT 'p', x.oid, NULL, pg_catalog.pg_get_expr(p.polqual, p.polrelid),"
        "   pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid)"
        " FROM unnest($3::oid[]) x(oid) JOIN pg_catalog.pg_policy p ON p.oid = x.oid");
}

QString expressionObjects()
{
    // 0 kind ('o' operator, 'f' function, 't' type, 'n' type name), 1 oid, 2 name (format_type
    // for 'n'), 3 schema, 4 operator kind / 'v' variadic function / typtype, 5 left type /
    // typcollation / typmod ('n'), 6 right type / typelem, 7 argument types (functions)
    return QStringLiteral(
        "SELECT 'o', o.oid, o.oprname::text, n.nspname::text, o.oprkind::text, o.oprleft::int8, o.oprright::int8, NULL"
        " FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace WHERE o.oid = ANY ($1::oid[])"
        " UNION ALL SELECT 'f', p.oid, p.proname::text, n.nspname::text, CASE WHEN p.provariadic <> 0 THEN 'v' ELSE '' END,"
        "   0, 0, p.proargtypes::oid[]::text"
        " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE p.oid = ANY ($2::oid[])"
        " UNION ALL SELECT 't', t.oid, NULL, NULL, t.typtype::text, t.typcollation::int8, t.typelem::int8, NULL"
        " FROM pg_catalog.pg_type t WHERE t.oid = ANY ($3::oid[])"
        " UNION ALL SELECT 'n', u.oid, pg_catalog.format_type(u.oid, u.typmod), NULL, NULL, u.typmod, 0, NULL"
        " FROM unnest($4::oid[], $5::int4[]) u(oid, typmod)");
}

QString attributeNames()
{
    // 0 attrelid, 1 attnum, 2 name, 3 the table's schema, 4 the table's name: columns of
    // tables outside the snapshot that foreign keys or sequences of the snapshot refer to.
    // $1 oid[], $2 int2[].
    return QStringLiteral("SELECT a.attrelid, a.attnum, a.attname, n.nspname, c.relname FROM pg_catalog.pg_attribute a"
                          " JOIN unnest($1::oid[], $2::int2[]) u(rel, num) ON a.attrelid = u.rel AND a.attnum = u.num"
                          " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace");
}

QString functions()
{
    // 0 oid, 1 schema, 2 name, 3 prokind, 4 argument types, 5 arguments, 6 identity arguments,
    // 7 result, 8 language, 9 volatility, 10 strict, 11 security definer, 12 definition,
    // 13 owner, 14 (unused: comments()), 15 acl
    return QStringLiteral(
               "SELECT p.oid, n.nspname, p.proname, p.prokind, pg_catalog.oidvectortypes(p.proargtypes),"
               " pg_catalog.pg_get_function_arguments(p.oid), pg_catalog.pg_get_function_identity_arguments(p.oid),"
               " CASE WHEN p.prokind <> 'p' THEN pg_catalog.pg_get_function_result(p.oid) END,"
               " l.lanname, p.provolatile, p.proisstrict, p.prosecdef, pg_catalog.pg_get_functiondef(p.oid),"
               " pg_catalog.pg_get_userbyid(p.proowner), NULL, ")
        + aclEntries("p.proacl", 'f', "p.proowner")
        + QStringLiteral(
              " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
              " JOIN pg_catalog.pg_language l ON l.oid = p.prolang")
        + QStringLiteral(" WHERE p.prokind IN ('f', 'p') AND ")
        + nsFilter() + QStringLiteral(" AND ") + notInExtension("pg_proc", "p.oid")
        // Constructors the server made for a range or multirange type belong to the type.
        + QStringLiteral(" AND p.oid NOT IN (SELECT di.objid FROM pg_catalog.pg_depend di WHERE di.classid = 'pg_proc'::regclass"
                         " AND di.deptype = 'i')");
}

QString triggers()
{
    // 0 tgrelid, 1 name, 2 definition, 3 enabled, 4 inherited, 5 oid
    // The table's schema is looked up for each user trigger (a few per table; the tens of
    // thousands of internal foreign key triggers are filtered out first): joined, the
    // planner hashed every row of pg_class for them.
    return QStringLiteral(
               "SELECT t.tgrelid, t.tgname, pg_catalog.pg_get_triggerdef(t.oid), t.tgenabled, t.tgparentid <> 0, t.oid"
               " FROM pg_catalog.pg_trigger t CROSS JOIN LATERAL (SELECT n.nspname FROM pg_catalog.pg_class c"
               " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = t.tgrelid OFFSET 0) n")
        + QStringLiteral(" WHERE NOT t.tgisinternal AND ") + nsFilter();
}

QString policies(bool clientDeparse)
{
    // 0 polrelid, 1 name, 2 permissive, 3 command, 4 roles, 5 using, 6 with check, 7 (unused: comments()),
    // 8 oid. clientDeparse: 5 and 6 are node trees (ExprDeparse).
    return QStringLiteral(
               "SELECT p.polrelid, p.polname, p.polpermissive, p.polcmd,"
               " ARRAY(SELECT CASE WHEN r.oid = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(r.oid) END"
               "   FROM unnest(p.polroles) r(oid)),")
        + (clientDeparse ? QStringLiteral(" p.polqual::text, p.polwithcheck::text,")
                         : QStringLiteral(" pg_catalog.pg_get_expr(p.polqual, p.polrelid), pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid),"))
        + QStringLiteral(" NULL, p.oid"
               " FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid"
               " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace")
        + QStringLiteral(" WHERE ") + nsFilter();
}

QString viewDependencies()
{
    // 0 view oid, 1 oid of a view or materialized view it reads
    return QStringLiteral(
               "SELECT DISTINCT r.ev_class, d.refobjid"
               " FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_rewrite r ON r.oid = d.objid"
               " JOIN pg_catalog.pg_class c ON c.oid = r.ev_class"
               " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
               " JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid"
               " WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass"
               " AND d.refobjid <> r.ev_class AND rc.relkind IN ('v', 'm') AND ")
        + nsFilter();
}

QString dependencies()
{
    // Rows of three kinds (column 4), all read by Capture::readDependency:
    // - 'n' / 'a': 0 class, 1 oid of the dependent object, 2 class, 3 oid of the object it
    //   depends on. One filtered scan of pg_depend (user objects only: oids of 16384 and
    //   up). Left out here, as the client would drop them anyway: references to schemas
    //   (no snapshot object), and automatic ('a') dependencies other than one relation's
    //   on another as a whole (a partition on its parent: the others are an index, a
    //   default or a constraint on its own table's columns, or a sequence OWNED BY a
    //   column). The client folds both sides into the objects a snapshot holds.
    // - 'R': 1 rewrite rule oid, 3 its relation (views and rules belong to it).
    // - 'T': 0 typarray, 1 oid, 2 typelem, 3 typrelid of each user type (arrays belong to
    //   their element type, row types to their relation).
    // What else the folding needs comes from the other queries: attrdef oids (defaults()),
    // the indexes of keys and the domains of constraints (constraints()), composite types
    // (types()).
    return QStringLiteral(
        "SELECT d.classid, d.objid, d.refclassid, d.refobjid, d.deptype FROM pg_catalog.pg_depend d"
        " WHERE d.objid >= 16384 AND d.refobjid >= 16384"
        " AND d.refclassid <> 'pg_catalog.pg_namespace'::pg_catalog.regclass"
        " AND (d.deptype = 'n' OR (d.deptype = 'a' AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass"
        "  AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid = 0))"
        " UNION ALL SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid, 'pg_catalog.pg_class'::pg_catalog.regclass,"
        " r.ev_class, 'R' FROM pg_catalog.pg_rewrite r WHERE r.oid >= 16384"
        " UNION ALL SELECT t.typarray, t.oid, t.typelem, t.typrelid, 'T' FROM pg_catalog.pg_type t WHERE t.oid >= 16384");
}

} // namespace strata::catalog::queries
