#include "Backup.h"

#include "common/FileIo.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace strata::runbook {

namespace {
QString s(const QJsonObject &o, const char *k) { return o.value(QLatin1StringView(k)).toString(); }
}

Error fsyncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return Error(Error::Kind::Io, BackupManifest::tr("Cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const int rc = ::fsync(fd);
    const QString why = QString::fromLocal8Bit(std::strerror(errno));
    ::close(fd);
    if (rc != 0)
        return Error(Error::Kind::Io, BackupManifest::tr("Cannot flush %1 to disk: %2").arg(path, why));
    return {};
}

Error writeFileDurably(const QString &path, const QByteArray &data)
{
    WriteOptions o;
    o.privateFile = true;
    o.durable = true;
    return writeFile(path, data, o);
}

const BackupEntry *BackupManifest::find(const TableRef &t) const
{
    for (const BackupEntry &e : entries)
        if (e.table == t)
            return &e;
    for (const BackupEntry &e : entries) // a resolved name given
        if (e.name == t.name && (t.schema.isEmpty() || e.schema == t.schema))
            return &e;
    return nullptr;
}

Result<BackupManifest> BackupManifest::load(const QString &path)
{
    auto bytes = readFile(path, ReadLimit::Manifest);
    if (!bytes)
        return Error(bytes.error().kind, tr("Cannot read the backup manifest %1: %2").arg(path, bytes.error().message));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(QLatin1StringView("format_version")).toInt() != 1)
        return Error(Error::Kind::Parse, tr("%1 is not a Strata backup manifest.").arg(path), pe.errorString());
    const QJsonObject o = doc.object();
    BackupManifest m;
    m.server = s(o, "server");
    m.serverVersion = s(o, "server_version");
    m.database = s(o, "database");
    m.createdAt = s(o, "created_at");
    for (const QJsonValue &v : o.value(QLatin1StringView("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        BackupEntry e;
        e.table = TableRef{s(t, "runbook_schema"), s(t, "runbook_name")};
        e.schema = s(t, "schema");
        e.name = s(t, "name");
        e.method = s(t, "method");
        e.file = s(t, "file");
        e.rows = qint64(t.value(QLatin1StringView("rows")).toDouble());
        e.bytes = qint64(t.value(QLatin1StringView("bytes")).toDouble());
        e.sha256 = s(t, "sha256");
        e.rowsChecksum = s(t, "rows_checksum");
        for (const QJsonValue &c : t.value(QLatin1StringView("columns")).toArray())
            e.columns.append(BackupColumn{s(c.toObject(), "name"), s(c.toObject(), "type")});
        for (const QJsonValue &c : t.value(QLatin1StringView("indexes")).toArray())
            e.indexes.append(c.toString());
        for (const QJsonValue &c : t.value(QLatin1StringView("constraints")).toArray())
            e.constraints.append(c.toString());
        e.createdAt = s(t, "created_at");
        e.toolVersion = s(t, "tool_version");
        if (e.file.isEmpty() || e.file.contains(u'/') || e.name.isEmpty())
            return Error(Error::Kind::Parse, tr("The backup manifest %1 has an invalid entry.").arg(path));
        m.entries.append(e);
    }
    return m;
}

Error BackupManifest::save(const QString &path) const
{
    QJsonArray tables;
    for (const BackupEntry &e : entries) {
        QJsonArray cols, idx, cons;
        for (const BackupColumn &c : e.columns)
            cols.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type}});
        for (const QString &x : e.indexes)
            idx.append(x);
        for (const QString &x : e.constraints)
            cons.append(x);
        tables.append(QJsonObject{{QStringLiteral("runbook_schema"), e.table.schema},
                                  {QStringLiteral("runbook_name"), e.table.name},
                                  {QStringLiteral("schema"), e.schema},
                                  {QStringLiteral("name"), e.name},
                                  {QStringLiteral("method"), e.method},
                                  {QStringLiteral("file"), e.file},
                                  {QStringLiteral("rows"), double(e.rows)},
                                  {QStringLiteral("bytes"), double(e.bytes)},
                                  {QStringLiteral("sha256"), e.sha256},
                                  {QStringLiteral("rows_checksum"), e.rowsChecksum},
                                  {QStringLiteral("columns"), cols},
                                  {QStringLiteral("indexes"), idx},
                                  {QStringLiteral("constraints"), cons},
                                  {QStringLiteral("created_at"), e.createdAt},
                                  {QStringLiteral("tool_version"), e.toolVersion}});
    }
    const QJsonObject o{{QStringLiteral("format_version"), 1},
                        {QStringLiteral("server"), server},
                        {QStringLiteral("server_version"), serverVersion},
                        {QStringLiteral("database"), database},
                        {QStringLiteral("created_at"), createdAt},
                        {QStringLiteral("tables"), tables}};
    return writeFileDurably(path, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace strata::runbook
