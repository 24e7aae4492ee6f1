#include "LedgerDdl.h"

namespace strata::replay {

LedgerDdl LedgerDdl::forFormat(const QString &format)
{
    // Each statement as the tool's PostgreSQL driver sends it (default table names).
    if (format == u"golang-migrate") // database/postgres/postgres.go ensureVersionTable
        return {QStringLiteral("schema_migrations"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS \"schema_migrations\" (version bigint not null primary key, dirty boolean not null)")};
    if (format == u"dbmate") // pkg/driver/postgres CreateMigrationsTable
        return {QStringLiteral("schema_migrations"),
                QStringLiteral("create table if not exists public.schema_migrations (version varchar(128) primary key)")};
    if (format == u"flyway") // PostgreSQL createMetaDataTable.sql
        return {QStringLiteral("flyway_schema_history"),
                QStringLiteral("CREATE TABLE \"public\".\"flyway_schema_history\" (\n"
                               "    \"installed_rank\" INT NOT NULL,\n"
                               "    \"version\" VARCHAR(50),\n"
                               "    \"description\" VARCHAR(200) NOT NULL,\n"
                               "    \"type\" VARCHAR(20) NOT NULL,\n"
                               "    \"script\" VARCHAR(1000) NOT NULL,\n"
                               "    \"checksum\" INTEGER,\n"
                               "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
                               "    \"installed_on\" TIMESTAMP NOT NULL DEFAULT now(),\n"
                               "    \"execution_time\" INTEGER NOT NULL,\n"
                               "    \"success\" BOOLEAN NOT NULL\n"
                               ");\n"
                               "ALTER TABLE \"public\".\"flyway_schema_history\" ADD CONSTRAINT \"flyway_schema_history_pk\" PRIMARY KEY (\"installed_rank\");\n"
                               "CREATE INDEX \"flyway_schema_history_s_idx\" ON \"public\".\"flyway_schema_history\" (\"success\");")};
    if (format == u"prisma") // migration-engine postgres: create_migrations_table
        return {QStringLiteral("_prisma_migrations"),
                QStringLiteral("CREATE TABLE _prisma_migrations (\n"
                               "    id                      VARCHAR(36) PRIMARY KEY NOT NULL,\n"
                               "    checksum                VARCHAR(64) NOT NULL,\n"
                               "    finished_at             TIMESTAMPTZ,\n"
                               "    migration_name          VARCHAR(255) NOT NULL,\n"
                               "    logs                    TEXT,\n"
                               "    rolled_back_at          TIMESTAMPTZ,\n"
                               "    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
                               "    applied_steps_count     INTEGER NOT NULL DEFAULT 0\n"
                               ");")};
    if (format == u"sqlx") // sqlx-postgres migrate.rs ensure_migrations_table
        return {QStringLiteral("_sqlx_migrations"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS _sqlx_migrations (\n"
                               "    version BIGINT PRIMARY KEY,\n"
                               "    description TEXT NOT NULL,\n"
                               "    installed_on TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
                               "    success BOOLEAN NOT NULL,\n"
                               "    checksum BYTEA NOT NULL,\n"
                               "    execution_time BIGINT NOT NULL\n"
                               ");")};
    if (format == u"maragudk") // maragudk/migrate createTable (harness names it "migrations")
        return {QStringLiteral("migrations"), QStringLiteral("create table if not exists migrations (version text not null)")};
    return {};
}

} // namespace strata::replay
