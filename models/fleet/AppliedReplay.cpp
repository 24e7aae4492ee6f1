#include "AppliedReplay.h"

#include "catalog/Introspector.h"
#include "replay/FolderReplay.h"
#include "pg/Connection.h"
#include "pg/ScratchServer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace strata::fleet {

QString AppliedReplay::setKey(const QList<MigrationFile> &files)
{
    QStringList names;
    names.reserve(files.size());
    for (const MigrationFile &f : files)
        names.append(f.fileName);
    return names.join(u'\n');
}

Result<catalog::Snapshot> AppliedReplay::replay(ScratchServer &server, const QString &dir, const QString &format,
                                                const QList<MigrationFile> &files, JobControl *control)
{
    catalog::IntrospectOptions io;
    io.owners = false;
    io.stats = catalog::IntrospectOptions::Stats::None;
    if (files.isEmpty()) {
        static QAtomicInt counter;
        const QString db = QStringLiteral("strata_fleet_empty_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        if (Error e = server.createDatabase(db))
            return e;
        auto c = Connection::open(server.profile(db), SessionOptions::review(QStringLiteral("strata fleet"), 0));
        Result<catalog::Snapshot> s = c ? catalog::Introspector::capture(**c, io, control) : Result<catalog::Snapshot>(c.error());
        c = Error();
        server.dropDatabase(db);
        return s;
    }
    // The applied files alone, under their own names, in a folder of links: the tool's
    // parser and the replay see exactly the migrations this target has.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error(Error::Kind::Io, tr("Cannot make a temporary folder for the replay: %1").arg(tmp.errorString()));
    const QDir base(dir);
    for (const MigrationFile &f : files) {
        const QString link = tmp.filePath(f.fileName);
        QDir().mkpath(QFileInfo(link).absolutePath());
        const QString source = QFileInfo(f.path.isEmpty() ? base.filePath(f.fileName) : f.path).absoluteFilePath();
        if (!QFile::link(source, link))
            return Error(Error::Kind::Io, tr("Cannot link %1 for the replay.").arg(f.fileName));
    }
    // Files the format needs beside the migrations (Prisma's migration_lock.toml).
    for (const QFileInfo &fi : base.entryInfoList(QDir::Files))
        if (!QFileInfo::exists(tmp.filePath(fi.fileName())) && !fi.fileName().endsWith(QLatin1StringView(".sql"), Qt::CaseInsensitive))
            QFile::link(fi.absoluteFilePath(), tmp.filePath(fi.fileName()));
    replay::ReplayOptions ro;
    ro.format = format;
    ro.introspect = io;
    return replay::FolderReplay::replayOn(server, tmp.path(), ro, control);
}

} // namespace strata::fleet
