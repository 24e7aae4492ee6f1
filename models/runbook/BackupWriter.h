#pragma once
// Backs up one table at a time into a backup folder, before the first step that
// touches it: pg_dump -Fc -t when an installed pg_dump is at least the server's major
// version (run against a snapshot exported by our own REPEATABLE READ transaction, so
// the row count and checksum describe exactly the dumped rows), otherwise binary COPY.
// The manifest gets the table's definitions either way. Every backup is verified
// (BackupVerifier) before it is reported.

#include "Backup.h"
#include "PgTools.h"
#include "pg/ConnectionProfile.h"

#include <optional>

namespace strata {
class Connection;
}

namespace strata::runbook {

struct BackupOptions
{
    bool allowPgDump = true;   // false: always binary COPY
    QString pgDumpPath;        // empty: PgTools::find
};

class BackupWriter
{
    Q_DECLARE_TR_FUNCTIONS(BackupWriter)
public:
    BackupWriter(Connection &c, ConnectionProfile profile, QString folder, BackupOptions options = {});

    // Creates the folder and proves it can be written (a probe file written, fsync'd and
    // removed). Call before anything runs.
    Error prepare();
    // No value when the table does not exist (yet) or is not a table (a view, an index):
    // nothing to back up. Must be called outside a transaction.
    Result<std::optional<BackupEntry>> backup(const TableRef &table);

    QString manifestPath() const;
    QString folder() const { return m_folder; }
    // What backup() will use on this server: "pg_dump" when an installed pg_dump of at
    // least the server's major version may be used, else "copy_binary".
    static QString plannedMethod(Connection &c, const BackupOptions &o);

private:
    static std::optional<PgTool> pgDumpFor(Connection &c, const BackupOptions &o);
    Error dumpWithPgDump(const QString &snapshot, BackupEntry &e, const QString &file);
    Error dumpWithCopy(BackupEntry &e, const QString &qualified, const QString &file);

    Connection &m_c;
    ConnectionProfile m_profile;
    QString m_folder;
    BackupOptions m_opt;
};

class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)
public:
    // Re-reads the file: its sha256 must match, and the rows in it must be entry.rows
    // (binary COPY: counted from the stream; pg_dump: counted from pg_restore's output).
    static Error verify(const QString &folder, const BackupEntry &entry);
};

} // namespace strata::runbook
