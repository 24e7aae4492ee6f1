#pragma once
// One migration as found on disk, whatever the tool. Folder parsers (one per format)
// produce these; History joins them with ledger rows.

#include "common/Error.h"

#include <QString>
#include <QStringList>

namespace strata {

struct MigrationFile
{
    enum class Kind {
        Versioned,  // runs once, in version order
        Repeatable, // Flyway R__: runs again whenever its checksum changes
        Undo,       // Flyway U: reverts a version (not part of the forward history)
        Baseline,   // Flyway B: stands for every version up to its own
    };

    QString version;       // the tool's version key ("20240101120000", "1.2.3", a revision id)
    QString name;          // human part of the name ("create_users")
    QString path;          // absolute path of the file (or folder's migration.sql)
    QString upSql;         // forward SQL ("" when the format keeps it elsewhere)
    QString downSql;       // rollback SQL, if the format has one
    bool transactional = true; // false: run statement by statement outside a transaction
    int upLine = 1;        // 1-based line where upSql starts in the file
    QString checksum;      // as the tool computes it, where it records one

    // Fields the folder parsers fill where their format has them.
    QString fileName;      // path relative to the migration folder ("V1__init.sql", "2024_x/migration.sql")
    Kind kind = Kind::Versioned;
    QString group;         // Django app label; sqitch project
    QStringList parents;   // Alembic down_revision(s); sqitch dependencies (requires)
    QStringList dependsOn; // Alembic depends_on
    QStringList labels;    // Alembic branch_labels; sqitch tags that follow this change
    QStringList altChecksums; // other checksums the tool accepts for the same file (Prisma: other line endings)
    int occurrence = 1;    // sqitch: 2 for the first rework of a change name, ...
};

} // namespace strata
