#pragma once
// One migration as found on disk, whatever the tool. Folder parsers (one per format)
// produce these; History joins them with ledger rows.

#include "common/Error.h"

#include <QString>

namespace strata {

struct MigrationFile
{
    QString version;       // the tool's version key ("20240101120000", "1.2.3", a revision id)
    QString name;          // human part of the name ("create_users")
    QString path;          // absolute path of the file (or folder's migration.sql)
    QString upSql;         // forward SQL ("" when the format keeps it elsewhere)
    QString downSql;       // rollback SQL, if the format has one
    bool transactional = true; // false: run statement by statement outside a transaction
    int upLine = 1;        // 1-based line where upSql starts in the file
    QString checksum;      // as the tool computes it, where it records one
};

} // namespace strata
