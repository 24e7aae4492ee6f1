#include "TableRestore.h"

#include "BackupWriter.h"
#include "CopyIo.h"
#include "PgRestoreStream.h"
#include "pg/Connection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace strata::runbook {

Result<QString> TableRestore::rowsChecksum(Connection &c, const QString &qualified)
{
    const ResultSet r = c.exec(QStringLiteral("SELECT count(*), coalesce(sum(('x' || substr(md5(x::text), 1, 15))::bit(60)::bigint::numeric), 0) FROM %1 AS x")
                                   .arg(qualified));
    if (!r.ok())
        return r.error;
    return QString(r.text(0, 0) + u':' + r.text(0, 1));
}

Error TableRestore::restoreInTransaction(Connection &c, const QString &manifestPath, const QList<TableRef> &tables)
{
    auto manifest = BackupManifest::load(manifestPath);
    if (!manifest)
        return manifest.error();
    const QString folder = QFileInfo(manifestPath).absolutePath();
    QList<const BackupEntry *> entries;
    for (const TableRef &t : tables) {
        const BackupEntry *e = manifest->find(t);
        if (!e)
            return Error(Error::Kind::Usage, tr("The backup %1 has no copy of %2.").arg(manifestPath, t.display()));
        if (Error err = BackupVerifier::verify(folder, *e))
            return err;
        entries.append(e);
    }
    // Columns must be what the backup has.
    QStringList qualified;
    for (const BackupEntry *e : entries) {
        const QString q = c.quoteIdentifier(e->schema) + u'.' + c.quoteIdentifier(e->name);
        qualified.append(q);
        const ResultSet cols = c.exec(QStringLiteral(
            "SELECT attname, format_type(atttypid, atttypmod) FROM pg_catalog.pg_attribute "
            "WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum"), {q});
        if (!cols.ok())
            return cols.error;
        QList<BackupColumn> now;
        for (int i = 0; i < cols.rowCount(); ++i)
            now.append(BackupColumn{cols.text(i, 0), cols.text(i, 1)});
        if (now.isEmpty())
            return Error(Error::Kind::Usage, tr("The table %1 does not exist; a backup restores rows, not tables.").arg(q));
        if (now != e->columns) {
            QStringList want, have;
            for (const BackupColumn &x : e->columns)
                want.append(x.name + u' ' + x.type);
            for (const BackupColumn &x : now)
                have.append(x.name + u' ' + x.type);
            return Error(Error::Kind::Usage, tr("The columns of %1 differ from the backup's; restore the table's shape first.").arg(q),
                         tr("backup: %1\nnow: %2").arg(want.join(QStringLiteral(", ")), have.join(QStringLiteral(", "))));
        }
    }
    // Replace the rows. A superuser switches triggers and FK actions off for this
    // transaction (session_replication_role = replica): deleting rows must not cascade.
    const ResultSet su = c.exec(QStringLiteral("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"));
    const bool replica = su.ok() && su.rowCount() == 1 && su.toBool(0, 0);
    ResultSet r = c.exec(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(qualified.join(QStringLiteral(", "))));
    if (!r.ok())
        return r.error;
    if (replica) {
        r = c.exec(QStringLiteral("SELECT set_config('session_replication_role', 'replica', true)"));
        for (int i = 0; r.ok() && i < qualified.size(); ++i)
            r = c.exec(QStringLiteral("DELETE FROM %1").arg(qualified[i]));
    } else {
        r = c.exec(QStringLiteral("TRUNCATE %1").arg(qualified.join(QStringLiteral(", "))));
    }
    if (!r.ok())
        return r.error;

    for (int i = 0; i < entries.size(); ++i) {
        const BackupEntry &e = *entries[i];
        const QString file = QDir(folder).filePath(e.file);
        QStringList cols;
        for (const BackupColumn &x : e.columns)
            cols.append(c.quoteIdentifier(x.name));
        Result<qint64> loaded = qint64(0);
        if (e.method == u"copy_binary") {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return Error(Error::Kind::Io, tr("Cannot read the backup file %1: %2").arg(file, f.errorString()));
            loaded = CopyIo::copyIn(c, QStringLiteral("COPY %1 (%2) FROM STDIN (FORMAT binary)").arg(qualified[i], cols.join(QStringLiteral(", "))),
                                    [&f]() -> Result<QByteArray> {
                                        const QByteArray chunk = f.read(1 << 20);
                                        if (chunk.isEmpty() && !f.atEnd())
                                            return Error(Error::Kind::Io, f.errorString());
                                        return chunk;
                                    });
        } else {
            PgRestoreStream s;
            if (Error err = s.start(file, e.toolVersion.section(u'.', 0, 0).toInt()))
                return err;
            auto head = s.next();
            if (!head)
                return head.error();
            if (head->kind != PgRestoreStream::Item::Kind::CopyHeader)
                return Error(Error::Kind::Io, tr("The backup of %1 does not hold the table's data.").arg(e.table.display()));
            const QString list = QString::fromUtf8(PgRestoreStream::columnList(head->text));
            bool over = false;
            loaded = CopyIo::copyIn(c, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(qualified[i], list),
                                    [&]() -> Result<QByteArray> {
                                        QByteArray chunk;
                                        while (!over && chunk.size() < (1 << 20)) {
                                            auto item = s.next();
                                            if (!item)
                                                return item.error();
                                            if (item->kind != PgRestoreStream::Item::Kind::Row) {
                                                over = true;
                                                break;
                                            }
                                            chunk += item->text;
                                        }
                                        return chunk;
                                    });
        }
        if (!loaded)
            return loaded.error();
        auto sum = rowsChecksum(c, qualified[i]);
        if (!sum)
            return sum.error();
        if (*sum != e.rowsChecksum)
            return Error(Error::Kind::Io, tr("The restored rows of %1 do not match the backup's manifest; nothing was restored.").arg(qualified[i]),
                         tr("manifest %1, restored %2").arg(e.rowsChecksum, *sum));
    }
    return {};
}

} // namespace strata::runbook
