#include "IntrospectorQueries.h"

namespace strata::catalog::queries {

namespace {

// Schemas the user asked for, without the system ones. `n` is a pg_namespace alias.
QString nsFilter(const char *alias = "n")
{
    return QStringLiteral(
               "%1.nspname <> ALL ('{pg_catalog,information_schema,pg_toast}'::text[])"
               " AND %1.nspname !~ '^pg_(toast_)?temp_'"
               " AND (cardinality($1::text[]) = 0 OR %1.nspname = ANY ($1::text[]))"
               " AND %1.nspname <> ALL ($2::text[])")
        .arg(QLatin1StringView(alias));
}

// Not a member of an extension (CREATE EXTENSION made it).
QString notInExtension(const char *catalog, const char *oidExpr)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = '%1'::regclass"
                          " AND e.objid = %2 AND e.deptype = 'e')")
        .arg(QLatin1StringView(catalog), QLatin1StringView(oidExpr));
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

QString comment(const char *catalog, const char *oidExpr, const char *subIdExpr = "0")
{
    return QStringLiteral("(SELECT ds.description FROM pg_catalog.pg_description ds WHERE ds.classoid = '%1'::regclass"
                          " AND ds.objoid = %2 AND ds.objsubid = %3)")
        .arg(QLatin1StringView(catalog), QLatin1StringView(oidExpr), QLatin1StringView(subIdExpr));
}

// Qualified, quoted collation name from a pg_collation oid.
QString collationName(const char *oidExpr)
{
    return QStringLiteral("(SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)"
                          " FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace"
                          " WHERE co.oid = %1)")
        .arg(QLatin1StringView(oidExpr));
}

} // namespace

QString schemas()
{
    return QStringLiteral("SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner), ")
        + comment("pg_namespace", "n.oid") + QStringLiteral(", ")
        + aclEntries("n.nspacl", 'n', "n.nspowner")
        + QStringLiteral(" FROM pg_catalog.pg_namespace n WHERE ") + nsFilter()
        + QStringLiteral(" AND ") + notInExtension("pg_namespace", "n.oid");
}

QString extensions()
{
    return QStringLiteral("SELECT x.extname, n.nspname, x.extversion, ")
        + comment("pg_extension", "x.oid")
        + QStringLiteral(" FROM pg_catalog.pg_extension x JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace"
                         " WHERE (cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]) OR n.nspname = 'pg_catalog')"
                         " AND n.nspname <> ALL ($2::text[])");
}

QString types()
{
    // 0 oid, 1 schema, 2 name, 3 typtype, 4 owner, 5 comment, 6 acl, 7 enum labels,
    // 8 domain base type, 9 collation, 10 default, 11 not null, 12 typrelid,
    // 13 range subtype, 14 opclass, 15 canonical, 16 subtype_diff, 17 multirange
    return QStringLiteral(
               "SELECT t.oid, n.nspname, t.typname, t.typtype, pg_catalog.pg_get_userbyid(t.typowner), ")
        + comment("pg_type", "t.oid") + QStringLiteral(", ")
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
              " LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace"
              " WHERE (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND"
              "   (SELECT rc.relkind FROM pg_catalog.pg_class rc WHERE rc.oid = t.typrelid) = 'c'))"
              " AND ")
        + nsFilter() + QStringLiteral(" AND ") + notInExtension("pg_type", "t.oid");
}

QString sequences()
{
    // 0 oid, 1 schema, 2 name, 3 owner, 4 comment, 5 acl, 6 type, 7 start, 8 increment,
    // 9 min, 10 max, 11 cache, 12 cycle, 13 deptype (a = owned by, i = identity),
    // 14 table oid, 15 table schema, 16 table name, 17 column name
    return QStringLiteral("SELECT c.oid, n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner), ")
        + comment("pg_class", "c.oid") + QStringLiteral(", ")
        + aclEntries("c.relacl", 's', "c.relowner")
        + QStringLiteral(
              ", pg_catalog.format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, s.seqmax,"
              " s.seqcache, s.seqcycle, dep.deptype, dep.refobjid, tn.nspname, tc.relname, a.attname"
              " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
              " JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid"
              " LEFT JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid"
              "   AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')"
              " LEFT JOIN pg_catalog.pg_class tc ON tc.oid = dep.refobjid"
              " LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace"
              " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid"
              " WHERE c.relkind = 'S' AND ")
        + nsFilter() + QStringLiteral(" AND ") + notInExtension("pg_class", "c.oid");
}

QString relations(bool withStats)
{
    // 0 oid, 1 relkind, 2 schema, 3 name, 4 owner, 5 comment, 6 acl, 7 relpersistence,
    // 8 reloptions, 9 partition key, 10 parent schema, 11 parent name, 12 partition bound,
    // 13 rls, 14 force rls, 15 view definition, 16 populated,
    // 17 reltuples, 18 relpages, 19 relation size, 20 total size
    return QStringLiteral("SELECT c.oid, c.relkind, n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner), ")
        + comment("pg_class", "c.oid") + QStringLiteral(", ")
        + aclEntries("c.relacl", 'r', "c.relowner")
        + QStringLiteral(
              ", c.relpersistence, c.reloptions,"
              " CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END,"
              " pn.nspname, pc.relname,"
              " CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END,"
              " c.relrowsecurity, c.relforcerowsecurity,"
              " CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) END,"
              " c.relispopulated, c.reltuples, c.relpages, ")
        + (withStats ? QStringLiteral("CASE WHEN c.relkind IN ('r', 'm') THEN pg_catalog.pg_relation_size(c.oid) END,"
                                      " CASE WHEN c.relkind IN ('r', 'm') THEN pg_catalog.pg_total_relation_size(c.oid) END")
                     : QStringLiteral("NULL, NULL"))
        + QStringLiteral(
              " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
              " LEFT JOIN pg_catalog.pg_inherits i ON c.relispartition AND i.inhrelid = c.oid"
              " LEFT JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent"
              " LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace"
              " WHERE c.relkind IN ('r', 'p', 'v', 'm') AND ")
        + nsFilter() + QStringLiteral(" AND ") + notInExtension("pg_class", "c.oid");
}

QString columns()
{
    // 0 attrelid, 1 name, 2 type, 3 collation, 4 default, 5 attgenerated, 6 attidentity,
    // 7 not null, 8 islocal, 9 comment
    return QStringLiteral(
               "SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
               " CASE WHEN a.attcollation <> t.typcollation THEN ")
        + collationName("a.attcollation")
        + QStringLiteral(
              " END, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), a.attgenerated, a.attidentity,"
              " a.attnotnull, a.attislocal, ds.description"
              " FROM pg_catalog.pg_attribute a"
              " JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
              " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
              " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
              " LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
              " LEFT JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_class'::regclass"
              "   AND ds.objoid = a.attrelid AND ds.objsubid = a.attnum"
              " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'c') AND ")
        + nsFilter() + QStringLiteral(" ORDER BY a.attrelid, a.attnum");
}

QString constraints(int serverVersionNum)
{
    // 0 conrelid, 1 contypid, 2 name, 3 contype, 4 definition, 5 columns, 6 ref schema,
    // 7 ref table, 8 ref columns, 9 on update, 10 on delete, 11 match, 12 deferrable,
    // 13 deferred, 14 validated, 15 nulls not distinct, 16 inherited, 17 comment
    const QString nnd = serverVersionNum >= 150000
        ? QStringLiteral("COALESCE((SELECT ix.indnullsnotdistinct FROM pg_catalog.pg_index ix WHERE ix.indexrelid = co.conindid), false)")
        : QStringLiteral("false");
    return QStringLiteral(
               "SELECT co.conrelid, co.contypid, co.conname, co.contype, pg_catalog.pg_get_constraintdef(co.oid),"
               " ARRAY(SELECT a.attname FROM unnest(co.conkey) WITH ORDINALITY k(num, ord)"
               "   JOIN pg_catalog.pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.num ORDER BY k.ord),"
               " rn.nspname, rc.relname,"
               " ARRAY(SELECT a.attname FROM unnest(co.confkey) WITH ORDINALITY k(num, ord)"
               "   JOIN pg_catalog.pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.num ORDER BY k.ord),"
               " co.confupdtype, co.confdeltype, co.confmatchtype, co.condeferrable, co.condeferred, co.convalidated, ")
        + nnd + QStringLiteral(", ((NOT co.conislocal AND co.coninhcount > 0) OR co.conparentid <> 0), ")
        + comment("pg_constraint", "co.oid")
        + QStringLiteral(
              " FROM pg_catalog.pg_constraint co JOIN pg_catalog.pg_namespace n ON n.oid = co.connamespace"
              " LEFT JOIN pg_catalog.pg_class rc ON rc.oid = co.confrelid"
              " LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace"
              " WHERE co.contype IN ('p', 'u', 'f', 'c', 'x') AND ")
        + nsFilter();
}

QString indexes(int serverVersionNum)
{
    Q_UNUSED(serverVersionNum)
    // 0 indrelid, 1 schema, 2 index name, 3 table name, 4 definition, 5 method, 6 unique,
    // 7 valid, 8 key columns, 9 include columns, 10 expressions, 11 predicate,
    // 12 constraint, 13 parent index schema, 14 parent index name, 15 comment
    return QStringLiteral(
               "SELECT i.indrelid, n.nspname, ic.relname, tc.relname, pg_catalog.pg_get_indexdef(i.indexrelid),"
               " am.amname, i.indisunique, i.indisvalid,"
               " ARRAY(SELECT COALESCE(a.attname, '') FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, ord)"
               "   LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num"
               "   WHERE k.ord <= i.indnkeyatts ORDER BY k.ord),"
               " CASE WHEN i.indnatts > i.indnkeyatts THEN"
               "   ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, ord)"
               "   JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num"
               "   WHERE k.ord > i.indnkeyatts ORDER BY k.ord) END,"
               " pg_catalog.pg_get_expr(i.indexprs, i.indrelid), pg_catalog.pg_get_expr(i.indpred, i.indrelid),"
               " (SELECT co.conname FROM pg_catalog.pg_constraint co WHERE co.conindid = i.indexrelid"
               "   AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x')),"
               " pin.nspname, pi.relname, ")
        + comment("pg_class", "i.indexrelid")
        + QStringLiteral(
              " FROM pg_catalog.pg_index i"
              " JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
              " JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid"
              " JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace"
              " JOIN pg_catalog.pg_am am ON am.oid = ic.relam"
              " LEFT JOIN pg_catalog.pg_inherits inh ON ic.relispartition AND inh.inhrelid = i.indexrelid"
              " LEFT JOIN pg_catalog.pg_class pi ON pi.oid = inh.inhparent"
              " LEFT JOIN pg_catalog.pg_namespace pin ON pin.oid = pi.relnamespace"
              " WHERE tc.relkind IN ('r', 'p', 'm') AND ")
        + nsFilter();
}

QString functions()
{
    // 0 oid, 1 schema, 2 name, 3 prokind, 4 argument types, 5 arguments, 6 identity arguments,
    // 7 result, 8 language, 9 volatility, 10 strict, 11 security definer, 12 definition,
    // 13 owner, 14 comment, 15 acl
    return QStringLiteral(
               "SELECT p.oid, n.nspname, p.proname, p.prokind, pg_catalog.oidvectortypes(p.proargtypes),"
               " pg_catalog.pg_get_function_arguments(p.oid), pg_catalog.pg_get_function_identity_arguments(p.oid),"
               " CASE WHEN p.prokind <> 'p' THEN pg_catalog.pg_get_function_result(p.oid) END,"
               " l.lanname, p.provolatile, p.proisstrict, p.prosecdef, pg_catalog.pg_get_functiondef(p.oid),"
               " pg_catalog.pg_get_userbyid(p.proowner), ")
        + comment("pg_proc", "p.oid") + QStringLiteral(", ")
        + aclEntries("p.proacl", 'f', "p.proowner")
        + QStringLiteral(
              " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
              " JOIN pg_catalog.pg_language l ON l.oid = p.prolang"
              " WHERE p.prokind IN ('f', 'p') AND ")
        + nsFilter() + QStringLiteral(" AND ") + notInExtension("pg_proc", "p.oid")
        // Constructors the server made for a range or multirange type belong to the type.
        + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend di WHERE di.classid = 'pg_proc'::regclass"
                         " AND di.objid = p.oid AND di.deptype = 'i')");
}

QString triggers()
{
    // 0 tgrelid, 1 name, 2 definition, 3 enabled, 4 inherited, 5 comment
    return QStringLiteral(
               "SELECT t.tgrelid, t.tgname, pg_catalog.pg_get_triggerdef(t.oid), t.tgenabled, t.tgparentid <> 0, ")
        + comment("pg_trigger", "t.oid")
        + QStringLiteral(
              " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
              " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
              " WHERE NOT t.tgisinternal AND ")
        + nsFilter();
}

QString policies()
{
    // 0 polrelid, 1 name, 2 permissive, 3 command, 4 roles, 5 using, 6 with check, 7 comment
    return QStringLiteral(
               "SELECT p.polrelid, p.polname, p.polpermissive, p.polcmd,"
               " ARRAY(SELECT CASE WHEN r.oid = 0 THEN '' ELSE pg_catalog.pg_get_userbyid(r.oid) END"
               "   FROM unnest(p.polroles) r(oid)),"
               " pg_catalog.pg_get_expr(p.polqual, p.polrelid), pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid), ")
        + comment("pg_policy", "p.oid")
        + QStringLiteral(
              " FROM pg_catalog.pg_policy p JOIN pg_catalog.pg_class c ON c.oid = p.polrelid"
              " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE ")
        + nsFilter();
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

} // namespace strata::catalog::queries
