-- The floor of any catalog snapshot: the raw rows of the catalogs a schema snapshot reads
-- (what bench_snapshot.sh times as "raw catalog read"), with no joins, no function calls
-- (no format_type, no pg_get_* deparsing, no ACL expansion) and no client work beyond
-- writing the COPY data out. Only the user's objects (oid >= 16384) where the catalog
-- allows the filter. One fresh connection, one statement per catalog.
COPY (SELECT oid, relname, relnamespace, relkind, relowner, relacl, reloptions, relpersistence, reltuples, relpages,
             relispartition, relrowsecurity, relforcerowsecurity, reltoastrelid FROM pg_catalog.pg_class) TO STDOUT;
COPY (SELECT attrelid, attnum, attname, atttypid, atttypmod, attcollation, attgenerated, attidentity, attnotnull,
             attislocal, atthasdef FROM pg_catalog.pg_attribute WHERE attnum > 0 AND NOT attisdropped AND attrelid >= 16384) TO STDOUT;
COPY (SELECT oid, conname, connamespace, contype, conrelid, contypid, conindid, conkey, confrelid, confkey, confupdtype,
             confdeltype, confmatchtype, condeferrable, condeferred, convalidated, conbin FROM pg_catalog.pg_constraint WHERE oid >= 16384) TO STDOUT;
COPY (SELECT indexrelid, indrelid, indisunique, indisvalid, indkey, indnkeyatts, indclass, indcollation, indoption, indexprs,
             indpred FROM pg_catalog.pg_index WHERE indexrelid >= 16384) TO STDOUT;
COPY (SELECT adrelid, adnum, adbin FROM pg_catalog.pg_attrdef) TO STDOUT;
COPY (SELECT oid, typname, typnamespace, typtype, typowner, typbasetype, typtypmod, typnotnull, typdefaultbin, typrelid,
             typcollation FROM pg_catalog.pg_type WHERE oid >= 16384) TO STDOUT;
COPY (SELECT oid, proname, pronamespace, prokind, proargtypes, prorettype, prosrc, proowner, proacl FROM pg_catalog.pg_proc WHERE oid >= 16384) TO STDOUT;
COPY (SELECT classoid, objoid, objsubid, description FROM pg_catalog.pg_description WHERE objoid >= 16384) TO STDOUT;
COPY (SELECT seqrelid, seqtypid, seqstart, seqincrement, seqmin, seqmax, seqcache, seqcycle FROM pg_catalog.pg_sequence) TO STDOUT;
COPY (SELECT objid, refobjid, refobjsubid, deptype FROM pg_catalog.pg_depend WHERE classid = 'pg_catalog.pg_class'::pg_catalog.regclass
             AND refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND deptype IN ('a', 'i')) TO STDOUT;
