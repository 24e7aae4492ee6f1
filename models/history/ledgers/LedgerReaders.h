#pragma once
// One small ledger reader per migration tool (see LedgerReader.h). Each lives in its own .cpp.

#include "history/LedgerReader.h"

namespace strata {

// flyway_schema_history: installed_rank, version, description, type, script, checksum (CRC-32), installed_by, installed_on, execution_time (ms), success.
class FlywayLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(FlywayLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
    QString keyFor(const MigrationFile &f) const override;
};

// _prisma_migrations: id, checksum (SHA-256), finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count.
class PrismaLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(PrismaLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
    QString keyFor(const MigrationFile &f) const override;
};

// _sqlx_migrations: version, description, installed_on, success, checksum (SHA-384 bytes), execution_time (ns).
class SqlxLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(SqlxLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
};

// sqitch registry: changes (change_id, script_hash, change, project, committed_at, committer_*) and events (deploy/revert/fail).
class SqitchLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(SqitchLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
    QString keyFor(const MigrationFile &f) const override;
};

// alembic_version: version_num, one row per current head.
class AlembicLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(AlembicLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
};

// Rails: schema_migrations(version) beside ar_internal_metadata.
class RailsLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(RailsLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
};

// golang-migrate: schema_migrations(version bigint, dirty boolean), one row: the current version.
class GolangMigrateLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(GolangMigrateLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
};

// dbmate: schema_migrations(version), one row per applied version, no times.
class DbmateLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(DbmateLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
};

// django_migrations: id, app, name, applied.
class DjangoLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(DjangoLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
    QString keyFor(const MigrationFile &f) const override;
};

// knex_migrations: id, name (file name), batch, migration_time.
class KnexLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(KnexLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
    QString keyFor(const MigrationFile &f) const override;
};

// databasechangelog: id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, tag.
class LiquibaseLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(LiquibaseLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
    QString keyFor(const MigrationFile &f) const override;
};

// node-pg-migrate: pgmigrations(id, name, run_on).
class NodePgMigrateLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(NodePgMigrateLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
    QString keyFor(const MigrationFile &f) const override;
};

// sql-migrate: gorp_migrations(id = file name, applied_at).
class SqlMigrateLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(SqlMigrateLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
    QString keyFor(const MigrationFile &f) const override;
};

// goose: goose_db_version(id, version_id, is_applied, tstamp); the latest row per version counts.
class GooseLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(GooseLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
};

// Diesel: __diesel_schema_migrations(version, run_on).
class DieselLedger : public LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(DieselLedger)
public:
    QString tool() const override;
    QString displayName() const override;
    QStringList tableNames() const override;
    bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const override;
    Result<Ledger> read(Connection &c, const LedgerCandidate &t) const override;
};

} // namespace strata
