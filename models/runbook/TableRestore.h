#pragma once
// Puts a table's rows back from a verified backup, inside the caller's transaction:
// the backup is verified against its manifest, the table's columns must match the
// backup's, the rows are replaced (triggers and foreign-key actions off when the role
// may do that, so that no ON DELETE CASCADE reaches other tables), and the loaded rows
// must match the manifest's count and row checksum before the caller may COMMIT.

#include "Backup.h"

namespace strata {
class Connection;
}

namespace strata::runbook {

class TableRestore
{
    Q_DECLARE_TR_FUNCTIONS(TableRestore)
public:
    static Error restoreInTransaction(Connection &c, const QString &manifestPath, const QList<TableRef> &tables);
    // count(*) and the row checksum the manifest records ("rows:sum"), for a table now.
    static Result<QString> rowsChecksum(Connection &c, const QString &qualifiedTable);
};

} // namespace strata::runbook
