#pragma once
// A backup folder: one file per table (pg_dump custom format, or binary COPY data)
// and manifest.json describing each: table, method, row count, sha256 of the file, a
// checksum of the rows, the server, the time, and the table's column, index and
// constraint definitions. Written atomically (temp file, fsync, rename, fsync folder).

#include "Runbook.h"

#include <QCoreApplication>

namespace strata::runbook {

struct BackupColumn
{
    QString name;
    QString type;   // format_type()
    bool operator==(const BackupColumn &) const = default;
};

struct BackupEntry
{
    TableRef table;           // as the runbook names it
    QString schema;           // resolved schema
    QString name;             // resolved name
    QString method;           // "pg_dump" or "copy_binary"
    QString file;             // relative to the folder
    qint64 rows = 0;
    qint64 bytes = 0;
    QString sha256;           // of the file
    QString rowsChecksum;     // md5 over the rows' text, ordered: compared after a restore
    QList<BackupColumn> columns;
    QStringList indexes;      // pg_get_indexdef
    QStringList constraints;  // "name: definition" (pg_get_constraintdef)
    QString createdAt;
    QString toolVersion;      // pg_dump's version, for pg_dump backups
};

struct BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(BackupManifest)
public:
    QString server;           // display URI, no password
    QString serverVersion;
    QString database;
    QString createdAt;
    QList<BackupEntry> entries;

    const BackupEntry *find(const TableRef &t) const;
    static Result<BackupManifest> load(const QString &path);
    Error save(const QString &path) const;
};

// Writes data to path through a temp file, fsync and rename, then fsyncs the folder.
Error writeFileDurably(const QString &path, const QByteArray &data);
Error fsyncPath(const QString &path, bool directory);

} // namespace strata::runbook
