#pragma once
// The bundled demo project "Helpline", a multi-tenant support desk: a dbmate migration
// folder, seed data and a README, embedded as Qt resources under :/demo.
//
// load() builds the demo database on a scratch server the way a team using dbmate
// would have it: every migration but the last applied and recorded in
// schema_migrations, then the seed data. The last migration stays pending; it moves
// three tables to workspace-scoped keys, and the seed data makes its rollback fail.

#include "history/MigrationFile.h"
#include "pg/ScratchServer.h"

#include <QCoreApplication>
#include <QList>

namespace strata {

class Connection;
class JobControl;

class DemoProject
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)
public:
    // ":/demo": README.md, db/migrations/*.sql, db/seed.sql.
    static QString resourceRoot();
    // The migration files, ordered by version (paths point into the resources).
    static Result<QList<MigrationFile>> migrations();
    static Result<QString> seedSql();

    // Copies the project to a real folder (created if needed): the views want a
    // migration folder on disk. A file that already exists with other content is an
    // error, never overwritten; an identical one is left as it is.
    static Error extractTo(const QString &dir);

    // Creates the database dbname on the server and loads the demo into it.
    // Progress: one step per migration file and one for the seed; cancel between files.
    static Error load(const ScratchServer &server, const QString &dbname, JobControl *progress = nullptr);

    // Applies one migration's up section and records its version in the dbmate
    // ledger (public.schema_migrations, created like dbmate creates it), in the same
    // transaction when the file is transactional. Errors name the file and line.
    static Error applyUp(Connection &c, const MigrationFile &file);
    // Runs the down section and removes the version from the ledger.
    static Error applyDown(Connection &c, const MigrationFile &file);

    // What dbmate 2 runs before its first migration.
    static QString ledgerDdl();
};

} // namespace strata
