#include "LintRules.h"

namespace strata::preflight {

namespace {

struct Rule
{
    const char *id;
    Severity severity;
    const char *category;
};

const Rule rules[] = {
    // Safety lints (Squawk's set and relatives)
    {"require-lock-timeout", Severity::Warning, "lint"},
    {"require-statement-timeout", Severity::Warning, "lint"},
    {"require-concurrent-index-creation", Severity::Warning, "lint"},
    {"require-concurrent-index-deletion", Severity::Warning, "lint"},
    {"constraint-missing-not-valid", Severity::Warning, "lint"},
    {"adding-foreign-key-constraint", Severity::Warning, "lint"},
    {"setting-not-nullable-field", Severity::Warning, "lint"},
    {"adding-field-with-volatile-default", Severity::Warning, "lint"},
    {"adding-required-field", Severity::Warning, "lint"},
    {"adding-serial-primary-key-field", Severity::Warning, "lint"},
    {"adding-primary-key-without-index", Severity::Warning, "lint"},
    {"disallowed-unique-constraint", Severity::Warning, "lint"},
    {"changing-column-type", Severity::Warning, "lint"},
    {"renaming-column", Severity::Warning, "lint"},
    {"renaming-table", Severity::Warning, "lint"},
    {"ban-drop-column", Severity::Warning, "lint"},
    {"ban-drop-table", Severity::Warning, "lint"},
    {"ban-drop-database", Severity::Warning, "lint"},
    {"ban-drop-not-null", Severity::Info, "lint"},
    {"ban-truncate-cascade", Severity::Warning, "lint"},
    {"ban-char-field", Severity::Info, "lint"},
    {"prefer-bigint-over-int", Severity::Info, "lint"},
    {"prefer-text-field", Severity::Info, "lint"},
    {"prefer-timestamptz", Severity::Info, "lint"},
    {"prefer-identity", Severity::Info, "lint"},
    {"prefer-robust-stmts", Severity::Info, "lint"},
    {"transaction-nesting", Severity::Warning, "lint"},
    {"table-rewrite", Severity::Warning, "lint"},
    {"enum-value-order", Severity::Info, "lint"},
    {"enum-value-in-transaction", Severity::Warning, "lint"},
    {"do-block", Severity::Info, "lint"},
    {"invalid-index-present", Severity::Warning, "lint"},
    // Sure errors: the statement will fail
    {"concurrently-in-transaction", Severity::Blocking, "error"},
    {"concurrently-on-partitioned", Severity::Blocking, "error"},
    {"relation-exists", Severity::Blocking, "error"},
    {"relation-missing", Severity::Blocking, "error"},
    {"column-exists", Severity::Blocking, "error"},
    {"column-missing", Severity::Blocking, "error"},
    {"constraint-exists", Severity::Blocking, "error"},
    {"constraint-missing", Severity::Blocking, "error"},
    {"enum-value-exists", Severity::Blocking, "error"},
    {"enum-neighbor-missing", Severity::Blocking, "error"},
    // Locks held right now
    {"conflicting-lock-holder", Severity::Warning, "locks"},
    {"long-running-transaction", Severity::Warning, "locks"},
};

} // namespace

QStringList LintRules::allRules()
{
    QStringList ids;
    for (const Rule &r : rules)
        ids.append(QString::fromLatin1(r.id));
    return ids;
}

Finding LintRules::make(const QString &rule, const QStringList &args)
{
    Finding f;
    f.rule = rule;
    f.severity = Severity::Info;
    f.category = QStringLiteral("lint");
    for (const Rule &r : rules) {
        if (rule == QLatin1StringView(r.id)) {
            f.severity = r.severity;
            f.category = QString::fromLatin1(r.category);
        }
    }
    auto a = [&args](int i) { return i < args.size() ? args[i] : QString(); };
    QString m, adv;
    if (rule == u"require-lock-timeout") {
        m = tr("%1 waits for its %2 lock with no lock_timeout set. While it waits in the lock queue, every later query on %3 waits behind it.").arg(a(0), a(1), a(2));
        adv = tr("Start the migration with SET lock_timeout = '2s'; (and retry on timeout), so a long-running transaction cannot turn the wait into an outage.");
    } else if (rule == u"require-statement-timeout") {
        m = tr("%1 holds its %2 lock while it scans or rewrites %3, and no statement_timeout is set.").arg(a(0), a(1), a(2));
        adv = tr("Set statement_timeout for the migration (SET statement_timeout = '15min';) so a slower-than-expected step is stopped instead of blocking for hours.");
    } else if (rule == u"require-concurrent-index-creation") {
        m = tr("CREATE INDEX %1 without CONCURRENTLY takes a SHARE lock on %2: writes are blocked for the whole build.").arg(a(0), a(1));
        adv = tr("Use CREATE INDEX CONCURRENTLY (outside a transaction block). It takes SHARE UPDATE EXCLUSIVE, so reads and writes continue; if it fails, drop the INVALID index and retry.");
    } else if (rule == u"require-concurrent-index-deletion") {
        m = tr("DROP INDEX %1 without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table.").arg(a(0));
        adv = tr("Use DROP INDEX CONCURRENTLY (outside a transaction block).");
    } else if (rule == u"constraint-missing-not-valid" || rule == u"adding-foreign-key-constraint") {
        m = tr("Adding %1 validates every existing row of %2 while holding its %3 lock.").arg(a(0), a(1), a(2));
        adv = tr("Add the constraint with NOT VALID (brief lock, new rows are checked), then run ALTER TABLE %1 VALIDATE CONSTRAINT %2; in a separate step: validation takes only SHARE UPDATE EXCLUSIVE.").arg(a(1), a(3).isEmpty() ? QStringLiteral("<name>") : a(3));
    } else if (rule == u"setting-not-nullable-field") {
        m = tr("SET NOT NULL on %1.%2 scans the whole table under an ACCESS EXCLUSIVE lock.").arg(a(0), a(1));
        adv = tr("First ADD CONSTRAINT %1_not_null CHECK (%1 IS NOT NULL) NOT VALID; then VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE); then SET NOT NULL, which PostgreSQL 12+ proves from the valid CHECK without a scan; then drop the CHECK.").arg(a(1));
    } else if (rule == u"adding-field-with-volatile-default") {
        m = tr("Column %1 is added with a volatile default (%2): PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock.").arg(a(0), a(1));
        adv = tr("Add the column without a default (or with a constant one), set the default separately, and backfill existing rows in small batches.");
    } else if (rule == u"adding-required-field") {
        m = tr("Column %1 is added as NOT NULL without a default: this fails as soon as the table has a row.").arg(a(0));
        adv = tr("Add the column nullable (or with a constant DEFAULT), backfill, then add NOT NULL through a validated CHECK constraint.");
    } else if (rule == u"adding-serial-primary-key-field") {
        m = tr("Column %1 is added as serial/identity: every row gets a value, which rewrites the table and builds an index under ACCESS EXCLUSIVE.").arg(a(0));
        adv = tr("Add a nullable bigint column, backfill in batches from a sequence, build a unique index CONCURRENTLY, then add the key USING INDEX.");
    } else if (rule == u"adding-primary-key-without-index") {
        m = tr("ADD PRIMARY KEY on %1 builds its index while holding ACCESS EXCLUSIVE: reads and writes stop for the whole build.").arg(a(0));
        adv = tr("CREATE UNIQUE INDEX CONCURRENTLY on the key columns first, then ALTER TABLE %1 ADD CONSTRAINT ... PRIMARY KEY USING INDEX <index> (a brief lock).").arg(a(0));
    } else if (rule == u"disallowed-unique-constraint") {
        m = tr("ADD UNIQUE on %1 builds its index while holding ACCESS EXCLUSIVE.").arg(a(0));
        adv = tr("CREATE UNIQUE INDEX CONCURRENTLY first, then ALTER TABLE %1 ADD CONSTRAINT ... UNIQUE USING INDEX <index>.").arg(a(0));
    } else if (rule == u"changing-column-type") {
        m = tr("Changing %1 from %2 to %3 rewrites %4 and rebuilds its indexes under an ACCESS EXCLUSIVE lock.").arg(a(0), a(1), a(2), a(4));
        adv = tr("Add a new column of the new type, keep both in sync (trigger or application), backfill in batches, then switch readers and drop the old column. Binary-coercible changes (varchar(n) to a larger n or to text) need no rewrite.");
    } else if (rule == u"renaming-column") {
        m = tr("Renaming column %1 to %2 breaks every running client that still uses the old name.").arg(a(0), a(1));
        adv = tr("Add the new column and migrate readers and writers first (or a view with the old name), then drop the old one in a later release.");
    } else if (rule == u"renaming-table") {
        m = tr("Renaming table %1 to %2 breaks every running client that still uses the old name.").arg(a(0), a(1));
        adv = tr("Rename, then create a view with the old name for the transition, or deploy code that reads both names first.");
    } else if (rule == u"ban-drop-column") {
        m = tr("Dropping column %1 breaks clients that still select it, and its data is gone.").arg(a(0));
        adv = tr("Stop using the column in all deployed code first; keep a backup of the table; drop it in a later release.");
    } else if (rule == u"ban-drop-table") {
        m = tr("Dropping table %1 deletes its data and breaks clients that still use it.").arg(a(0));
        adv = tr("Rename it first and drop it a release later, or take a backup (Strata's runbook does) before the step.");
    } else if (rule == u"ban-drop-database") {
        m = tr("DROP DATABASE in a migration.");
        adv = tr("Drop databases by hand, never from a migration.");
    } else if (rule == u"ban-drop-not-null") {
        m = tr("DROP NOT NULL on %1: code that relies on the column never being NULL may break.").arg(a(0));
        adv = tr("Check the readers of this column before relaxing the constraint.");
    } else if (rule == u"ban-truncate-cascade") {
        m = tr("TRUNCATE ... CASCADE also empties every table that references %1.").arg(a(0));
        adv = tr("Truncate the dependent tables explicitly, so the statement says what it deletes.");
    } else if (rule == u"ban-char-field") {
        m = tr("Column %1 uses char(n): values are padded with blanks.").arg(a(0));
        adv = tr("Use text (with a CHECK on length if needed).");
    } else if (rule == u"prefer-bigint-over-int") {
        m = tr("Column %1 is %2: identifiers and counters outgrow 32 bits, and changing it later rewrites the table.").arg(a(0), a(1));
        adv = tr("Use bigint for identifiers and counters.");
    } else if (rule == u"prefer-text-field") {
        m = tr("Column %1 is %2: raising the limit later is cheap, lowering it rewrites the table.").arg(a(0), a(1));
        adv = tr("Use text with a CHECK (length(...) <= n) constraint, which can be changed without a rewrite.");
    } else if (rule == u"prefer-timestamptz") {
        m = tr("Column %1 is timestamp without time zone.").arg(a(0));
        adv = tr("Use timestamptz, which stores an absolute point in time.");
    } else if (rule == u"prefer-identity") {
        m = tr("Column %1 uses a serial type.").arg(a(0));
        adv = tr("Use bigint GENERATED BY DEFAULT AS IDENTITY.");
    } else if (rule == u"prefer-robust-stmts") {
        m = tr("%1 is not re-runnable: after a failure half-way the retry fails too.").arg(a(0));
        adv = tr("Use IF NOT EXISTS / IF EXISTS for steps that run outside a transaction (CONCURRENTLY).");
    } else if (rule == u"transaction-nesting") {
        m = tr("BEGIN inside an open transaction block: the inner BEGIN is ignored and its COMMIT ends the outer transaction early.");
        adv = tr("Use one transaction per migration, or SAVEPOINTs.");
    } else if (rule == u"table-rewrite") {
        m = tr("%1 rewrites %2 under an ACCESS EXCLUSIVE lock.").arg(a(0), a(1));
        adv = tr("Schedule it in a maintenance window, or use an online alternative (pg_repack for rewrites of large tables).");
    } else if (rule == u"enum-value-order") {
        m = tr("New value %1 of enum %2 sorts %3. Enums sort by declaration order, not alphabetically: ORDER BY, comparisons and range checks on the type see the new order.").arg(a(0), a(1), a(2));
        adv = tr("Check that the position is intended; use BEFORE/AFTER to place it. Values cannot be removed or reordered later without recreating the type.");
    } else if (rule == u"enum-value-in-transaction") {
        m = tr("ALTER TYPE %1 ADD VALUE %2 runs inside a transaction block: the new value cannot be used until that transaction commits (\"unsafe use of new value\").").arg(a(0), a(1));
        adv = tr("Run ADD VALUE in its own migration step, committed before any statement that uses the value.");
    } else if (rule == u"invalid-index-present") {
        m = tr("Index %1 on %2 is INVALID (left behind by a failed CREATE INDEX CONCURRENTLY): it enforces nothing and slows down writes.").arg(a(0), a(1));
        adv = tr("DROP INDEX CONCURRENTLY %1; then create it again.").arg(a(0));
    } else if (rule == u"concurrently-on-partitioned") {
        m = tr("CREATE INDEX CONCURRENTLY on partitioned table %1 will fail: PostgreSQL cannot build an index on a partitioned table concurrently.").arg(a(0));
        adv = tr("Create the index on each partition with CONCURRENTLY, then CREATE INDEX ... ON ONLY %1 and ALTER INDEX ... ATTACH PARTITION each partition's index; the parent index becomes valid once every partition's index is attached.").arg(a(0));
    } else if (rule == u"do-block") {
        m = tr("A DO block runs code that Strata does not analyse: its locks, rewrites and errors are not in this report.");
        adv = tr("Prefer plain statements in migrations, or check the statements the block runs on their own.");
    } else if (rule == u"concurrently-in-transaction") {
        m = tr("%1 cannot run inside a transaction block: it will fail with \"cannot run inside a transaction block\".").arg(a(0));
        adv = tr("Move it out of BEGIN ... COMMIT (or mark the migration as non-transactional, e.g. dbmate's transaction:false).");
    } else if (rule == u"relation-exists") {
        m = tr("%1 will fail: a relation named %2 already exists in schema %3.").arg(a(0), a(1), a(2));
        adv = tr("Choose another name, drop the old object first, or add IF NOT EXISTS when the existing one is equivalent.");
    } else if (rule == u"relation-missing") {
        m = tr("%1 will fail: %2 does not exist.").arg(a(0), a(1));
        adv = tr("Check the name and schema (search_path is %1), or that an earlier migration created it.").arg(a(2));
    } else if (rule == u"column-exists") {
        m = tr("ADD COLUMN %1 will fail: %2 already has a column with that name.").arg(a(0), a(1));
        adv = tr("Use ADD COLUMN IF NOT EXISTS if the existing column is the same, or pick another name.");
    } else if (rule == u"column-missing") {
        m = tr("%1 will fail: column %2 does not exist in %3.").arg(a(0), a(1), a(2));
        adv = tr("Check the column name (it is case-sensitive when quoted) or the migration that should have added it.");
    } else if (rule == u"constraint-exists") {
        m = tr("ADD CONSTRAINT %1 will fail: %2 already has a constraint (or index) with that name.").arg(a(0), a(1));
        adv = tr("Drop or rename the existing one first, or choose another name.");
    } else if (rule == u"constraint-missing") {
        m = tr("%1 will fail: %2 has no constraint or index named %3.").arg(a(0), a(1), a(2));
        adv = tr("Use IF EXISTS, or check the name in the current schema.");
    } else if (rule == u"enum-value-exists") {
        m = tr("ADD VALUE %1 will fail: enum %2 already has that value.").arg(a(0), a(1));
        adv = tr("Use ADD VALUE IF NOT EXISTS.");
    } else if (rule == u"enum-neighbor-missing") {
        m = tr("ADD VALUE ... %1 %2 will fail: enum %3 has no value %2.").arg(a(0), a(1), a(2));
        adv = tr("Existing values: %1.").arg(a(3));
    } else if (rule == u"conflicting-lock-holder") {
        m = tr("Right now backend %1 (%2, %3, transaction open for %4 s) holds %5 on %6, which conflicts with the %7 lock this migration needs. Query: %8").arg(a(0), a(1), a(2), a(3), a(4), a(5), a(6), a(7));
        adv = tr("Wait for it to finish, or ask its owner; with lock_timeout set the migration gives up instead of queueing every other query behind it.");
    } else if (rule == u"long-running-transaction") {
        m = tr("Backend %1 has had a transaction open for %2 s touching %3.").arg(a(0), a(1), a(2));
        adv = tr("Any ACCESS EXCLUSIVE step waits for it. Run the migration when it has ended.");
    } else {
        m = rule;
    }
    f.message = m;
    f.advice = adv;
    return f;
}

} // namespace strata::preflight
