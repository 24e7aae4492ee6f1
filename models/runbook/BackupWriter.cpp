#include "BackupWriter.h"

#include "CopyIo.h"
#include "PgRestoreStream.h"
#include "PgTools.h"
#include "common/FileIo.h"
#include "pg/Connection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <cerrno>
#include <limits>
#include <unistd.h>
#include <sys/stat.h>

namespace strata::runbook {

namespace {

const QString kManifest = QStringLiteral("manifest.json");

Result<QString> fileSha256(const QString &path, qint64 *bytes = nullptr)
{
    // A regular file only (a FIFO put in the backup folder must not block the check).
    auto fd = openForReading(path, std::numeric_limits<qint64>::max());
    if (!fd)
        return Error(fd.error().kind, BackupVerifier::tr("Cannot read the backup file %1: %2").arg(path, fd.error().message));
    QFile f;
    if (!f.open(*fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(*fd);
        return Error(Error::Kind::Io, BackupVerifier::tr("Cannot read the backup file %1: %2").arg(path, f.errorString()));
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return Error(Error::Kind::Io, BackupVerifier::tr("Cannot read the backup file %1: %2").arg(path, f.errorString()));
    if (bytes)
        *bytes = f.size();
    return QString::fromLatin1(h.result().toHex());
}

QString safeFileName(int index, const QString &schema, const QString &name, const QString &ext)
{
    QString base = schema + u'.' + name;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    base.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("%1-%2.%3").arg(index, 3, 10, QLatin1Char('0')).arg(base.left(100), ext);
}

// pg_dump -t pattern that matches exactly this table: both parts double-quoted.
QString exactPattern(const QString &schema, const QString &name)
{
    auto q = [](QString s) -> QString { return u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    return q(schema) + u'.' + q(name);
}

} // namespace

BackupWriter::BackupWriter(Connection &c, ConnectionProfile profile, QString folder, BackupOptions options)
    : m_c(c), m_profile(std::move(profile)), m_folder(std::move(folder)), m_opt(std::move(options))
{
}

QString BackupWriter::manifestPath() const
{
    return QDir(m_folder).filePath(kManifest);
}

Error BackupWriter::prepare()
{
    // Only its owner may enter a new backup folder: the files hold the tables' rows.
    if (Error e = makePrivateFolder(m_folder))
        return Error(Error::Kind::Io, tr("Cannot create the backup folder %1.").arg(m_folder), e.message,
                     tr("Choose a folder that can be written. Nothing runs without a backup."));
    const QString probe = QDir(m_folder).filePath(QStringLiteral(".strata-write-test"));
    if (Error e = writeFileDurably(probe, QByteArrayLiteral("strata")))
        return Error(Error::Kind::Io, tr("Cannot write to the backup folder %1.").arg(m_folder), e.message,
                     tr("Choose a folder that can be written. Nothing runs without a backup."));
    QFile::remove(probe);
    return {};
}

Result<std::optional<BackupEntry>> BackupWriter::backup(const TableRef &table)
{
    const ResultSet rel = m_c.exec(QStringLiteral(
        "SELECT c.oid, n.nspname, c.relname, c.relkind FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass($1)"),
        {table.display()});
    if (!rel.ok())
        return rel.error;
    if (rel.rowCount() == 0 || !(rel.text(0, 3) == u"r" || rel.text(0, 3) == u"p"))
        return std::optional<BackupEntry>();

    BackupEntry e;
    e.table = table;
    e.schema = rel.text(0, 1);
    e.name = rel.text(0, 2);
    const QString oid = rel.text(0, 0);
    const QString qualified = m_c.quoteIdentifier(e.schema) + u'.' + m_c.quoteIdentifier(e.name);
    e.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    auto manifest = QFileInfo::exists(manifestPath()) ? BackupManifest::load(manifestPath()) : Result<BackupManifest>(BackupManifest());
    if (!manifest)
        return manifest.error();
    if (manifest->entries.isEmpty()) {
        manifest->server = m_profile.displayString();
        manifest->serverVersion = m_c.info().serverVersion;
        manifest->database = m_c.info().dbname;
        manifest->createdAt = e.createdAt;
    }

    const std::optional<PgTool> pgDump = pgDumpFor(m_c, m_opt);
    e.method = pgDump ? QStringLiteral("pg_dump") : QStringLiteral("copy_binary");
    e.toolVersion = pgDump ? pgDump->version : QString();
    e.file = safeFileName(int(manifest->entries.size()) + 1, e.schema, e.name, pgDump ? QStringLiteral("dump") : QStringLiteral("copy"));
    const QString file = QDir(m_folder).filePath(e.file);

    // One snapshot for the counts, the definitions and the data.
    auto rollback = [&] { m_c.exec(QStringLiteral("ROLLBACK")); };
    ResultSet r = m_c.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    if (!r.ok())
        return r.error;
    r = m_c.exec(QStringLiteral("SELECT set_config('statement_timeout', '0', true)"));
    QString snapshot;
    if (r.ok() && pgDump) {
        r = m_c.exec(QStringLiteral("SELECT pg_export_snapshot()"));
        snapshot = r.ok() ? r.text(0, 0) : QString();
    }
    if (r.ok())
        r = m_c.exec(QStringLiteral("SELECT count(*), coalesce(sum(('x' || substr(md5(x::text), 1, 15))::bit(60)::bigint::numeric), 0) FROM %1 AS x")
                         .arg(qualified));
    if (!r.ok()) {
        rollback();
        return r.error;
    }
    e.rows = r.toInt64(0, 0);
    e.rowsChecksum = r.text(0, 0) + u':' + r.text(0, 1);
    const ResultSet cols = m_c.exec(QStringLiteral(
        "SELECT attname, format_type(atttypid, atttypmod) FROM pg_catalog.pg_attribute "
        "WHERE attrelid = $1::oid AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum"), {oid});
    const ResultSet idx = m_c.exec(QStringLiteral(
        "SELECT pg_get_indexdef(indexrelid) FROM pg_catalog.pg_index WHERE indrelid = $1::oid ORDER BY indexrelid"), {oid});
    const ResultSet cons = m_c.exec(QStringLiteral(
        "SELECT conname || ': ' || pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE conrelid = $1::oid ORDER BY conname"), {oid});
    for (const ResultSet *q : {&cols, &idx, &cons}) {
        if (!q->ok()) {
            rollback();
            return q->error;
        }
    }
    for (int i = 0; i < cols.rowCount(); ++i)
        e.columns.append(BackupColumn{cols.text(i, 0), cols.text(i, 1)});
    for (int i = 0; i < idx.rowCount(); ++i)
        e.indexes.append(idx.text(i, 0));
    for (int i = 0; i < cons.rowCount(); ++i)
        e.constraints.append(cons.text(i, 0));

    Error dumpError = pgDump ? dumpWithPgDump(snapshot, e, file) : dumpWithCopy(e, qualified, file);
    rollback(); // read-only: nothing to commit; ends the snapshot
    if (dumpError) {
        QFile::remove(file);
        return dumpError;
    }
    if (Error err = fsyncPath(file, false))
        return err;
    auto sha = fileSha256(file, &e.bytes);
    if (!sha)
        return sha.error();
    e.sha256 = *sha;
    manifest->entries.append(e);
    if (Error err = manifest->save(manifestPath()))
        return err;
    if (Error err = BackupVerifier::verify(m_folder, e))
        return err;
    return std::optional<BackupEntry>(e);
}

std::optional<PgTool> BackupWriter::pgDumpFor(Connection &c, const BackupOptions &o)
{
    if (!o.allowPgDump)
        return std::nullopt;
    if (o.pgDumpPath.isEmpty())
        return PgTools::find(QStringLiteral("pg_dump"), c.info().serverVersionNum / 10000);
    const PgTool t = PgTools::probe(o.pgDumpPath);
    if (t.major >= c.info().serverVersionNum / 10000)
        return t;
    return std::nullopt;
}

QString BackupWriter::plannedMethod(Connection &c, const BackupOptions &o)
{
    return pgDumpFor(c, o) ? QStringLiteral("pg_dump") : QStringLiteral("copy_binary");
}

Error BackupWriter::dumpWithPgDump(const QString &snapshot, BackupEntry &e, const QString &file)
{
    const auto tool = m_opt.pgDumpPath.isEmpty() ? PgTools::find(QStringLiteral("pg_dump"), m_c.info().serverVersionNum / 10000)
                                                 : std::optional<PgTool>(PgTools::probe(m_opt.pgDumpPath));
    QProcess p;
    p.setProcessEnvironment(PgTools::environment(m_profile));
    p.setChildProcessModifier([] { ::umask(077); }); // the dump file: 0600
    p.start(tool->path, {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                         QStringLiteral("--snapshot=") + snapshot, QStringLiteral("--lock-wait-timeout=60000"),
                         QStringLiteral("--table=") + exactPattern(e.schema, e.name), QStringLiteral("--file=") + file,
                         QStringLiteral("--dbname=") + PgTools::conninfo(m_profile)});
    if (!p.waitForStarted(10000))
        return Error(Error::Kind::Environment, tr("Cannot start pg_dump: %1").arg(p.errorString()));
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error(Error::Kind::Io, tr("pg_dump could not back up %1.").arg(e.table.display()),
                     QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return {};
}

Error BackupWriter::dumpWithCopy(BackupEntry &e, const QString &qualified, const QString &file)
{
    WriteOptions wo;
    wo.privateFile = true; // the table's rows
    wo.durable = true;
    FileWriter f(file, wo);
    if (Error err = f.open())
        return Error(Error::Kind::Io, tr("Cannot write the backup file %1: %2").arg(file, err.message));
    QStringList cols;
    for (const BackupColumn &c : e.columns)
        cols.append(m_c.quoteIdentifier(c.name));
    auto n = CopyIo::copyOut(m_c, QStringLiteral("COPY (SELECT %1 FROM %2) TO STDOUT (FORMAT binary)").arg(cols.join(QStringLiteral(", ")), qualified), f);
    if (!n)
        return n.error();
    if (Error err = f.commit())
        return Error(Error::Kind::Io, tr("Cannot write the backup file %1: %2").arg(file, err.message),
                     {}, tr("Is the backup folder's disk full? Free space or choose another backup folder; nothing ran."));
    return {};
}

Error BackupVerifier::verify(const QString &folder, const BackupEntry &e)
{
    const QString file = QDir(folder).filePath(e.file);
    auto sha = fileSha256(file);
    if (!sha)
        return sha.error();
    if (*sha != e.sha256)
        return Error(Error::Kind::Io, tr("The backup of %1 is damaged: its checksum does not match the manifest.").arg(e.table.display()),
                     tr("expected sha256 %1, found %2").arg(e.sha256, *sha));
    qint64 rows = 0;
    if (e.method == u"copy_binary") {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io, tr("Cannot read the backup file %1: %2").arg(file, f.errorString()));
        auto n = countBinaryCopyTuples(f);
        if (!n)
            return n.error();
        rows = *n;
    } else if (e.method == u"pg_dump") {
        PgRestoreStream s;
        if (Error err = s.start(file, e.toolVersion.section(u'.', 0, 0).toInt()))
            return err;
        int copies = 0;
        for (;;) {
            auto item = s.next();
            if (!item)
                return item.error();
            if (item->kind == PgRestoreStream::Item::Kind::End)
                break;
            if (item->kind == PgRestoreStream::Item::Kind::CopyHeader)
                ++copies;
            else
                ++rows;
        }
        if (copies != 1)
            return Error(Error::Kind::Io, tr("The backup of %1 does not hold the table's data.").arg(e.table.display()));
    } else {
        return Error(Error::Kind::Parse, tr("Unknown backup method “%1”.").arg(e.method));
    }
    if (rows != e.rows)
        return Error(Error::Kind::Io, tr("The backup of %1 has %2 rows; the table had %3.").arg(e.table.display()).arg(rows).arg(e.rows));
    return {};
}

} // namespace strata::runbook
