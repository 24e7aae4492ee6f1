#include "DemoProject.h"
#include "common/FileIo.h"

#include "SectionRunner.h"
#include "history/DbmateFormat.h"
#include "pg/Connection.h"
#include "pg/Session.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace strata {

namespace {

const QString kMigrationsDir = QStringLiteral("/db/migrations");
const QString kSeedFile = QStringLiteral("/db/seed.sql");

Result<QString> readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io, DemoProject::tr("Could not read “%1”.").arg(path), f.errorString());
    return QString::fromUtf8(f.readAll());
}

// dbmate gives each section its own options ("-- migrate:down transaction:false");
// MigrationFile keeps only the up section's. Find the down marker for the rest.
Result<SqlSection> downSection(const MigrationFile &m)
{
    SqlSection s;
    s.fileName = QFileInfo(m.path).fileName();
    s.sql = m.downSql;
    auto text = readText(m.path);
    if (!text)
        return text.error();
    const qsizetype at = m.downSql.isEmpty() ? -1 : text->lastIndexOf(m.downSql);
    if (at < 0)
        return s; // nothing to run
    s.firstLine = int(QStringView(*text).left(at).count(u'\n')) + 1;
    const qsizetype markerStart = text->lastIndexOf(u'\n', at - 2) + 1;
    const QStringView marker = QStringView(*text).mid(markerStart, at - markerStart);
    s.transactional = !marker.contains(u"transaction:false");
    return s;
}

Result<std::unique_ptr<Connection>> connectForLoad(const ConnectionProfile &p)
{
    SessionOptions o;
    o.readOnly = false;
    o.statementTimeoutMs = 0;
    o.applicationName = QStringLiteral("strata-demo");
    return Connection::open(p, o);
}

// Existing identical file: fine. Existing different file: refuse to overwrite.
Error writeDemoFile(const QString &target, const QByteArray &content)
{
    QFileInfo info(target);
    if (info.exists()) {
        if (!info.isFile())
            return Error(Error::Kind::Io, DemoProject::tr("“%1” exists and is not a file.").arg(target));
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
            return {};
        return Error(Error::Kind::Io,
                     DemoProject::tr("“%1” already exists with other content; it was left untouched.").arg(target),
                     {}, DemoProject::tr("Choose an empty folder for the demo project."));
    }
    if (!QDir().mkpath(info.absolutePath()))
        return Error(Error::Kind::Io, DemoProject::tr("Could not create the folder “%1”.").arg(info.absolutePath()));
    if (Error e = strata::writeFile(target, content))
        return Error(Error::Kind::Io, DemoProject::tr("Could not write “%1”.").arg(target), e.message, e.hint);
    return {};
}

} // namespace

QString DemoProject::resourceRoot()
{
    return QStringLiteral(":/demo");
}

Result<QList<MigrationFile>> DemoProject::migrations()
{
    return DbmateFormat::readFolder(resourceRoot() + kMigrationsDir);
}

Result<QString> DemoProject::seedSql()
{
    return readText(resourceRoot() + kSeedFile);
}

QString DemoProject::ledgerDdl()
{
    // As dbmate 2 creates it for PostgreSQL (checked against dbmate 2.36).
    return QStringLiteral("CREATE TABLE IF NOT EXISTS public.schema_migrations (version varchar NOT NULL PRIMARY KEY)");
}

Error DemoProject::extractTo(const QString &dir)
{
    if (dir.trimmed().isEmpty())
        return Error(Error::Kind::Usage, tr("No folder was given for the demo project."));
    QFileInfo target(dir);
    if (target.exists() && !target.isDir())
        return Error(Error::Kind::Io, tr("“%1” exists and is not a folder.").arg(dir));
    const QString root = resourceRoot();
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString source = it.next();
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io, tr("Could not read “%1”.").arg(source), in.errorString());
        // Resource files are read-only; writing the bytes gives ordinary, writable files.
        if (Error e = writeDemoFile(QDir(dir).filePath(source.mid(root.size() + 1)), in.readAll()))
            return e;
        ++count;
    }
    if (count == 0)
        return Error(Error::Kind::Internal, tr("The demo project is missing from this build."));
    return {};
}

Error DemoProject::applyUp(Connection &c, const MigrationFile &file)
{
    if (ResultSet r = c.execScript(ledgerDdl()); !r.ok())
        return r.error;
    SqlSection s;
    s.fileName = QFileInfo(file.path).fileName();
    s.sql = file.upSql;
    s.firstLine = file.upLine;
    s.transactional = file.transactional;
    return SectionRunner::run(c, s, [&file](Connection &conn) -> Error {
        return conn.exec(QStringLiteral("INSERT INTO public.schema_migrations (version) VALUES ($1)"),
                         {file.version}).error;
    });
}

Error DemoProject::applyDown(Connection &c, const MigrationFile &file)
{
    auto s = downSection(file);
    if (!s)
        return s.error();
    return SectionRunner::run(c, *s, [&file](Connection &conn) -> Error {
        return conn.exec(QStringLiteral("DELETE FROM public.schema_migrations WHERE version = $1"),
                         {file.version}).error;
    });
}

Error DemoProject::load(const ScratchServer &server, const QString &dbname, JobControl *progress)
{
    if (dbname.isEmpty())
        return Error(Error::Kind::Usage, tr("The demo database needs a name."));
    auto files = migrations();
    if (!files)
        return files.error();
    if (files->size() < 2)
        return Error(Error::Kind::Internal, tr("The demo project is missing from this build."));
    auto seed = seedSql();
    if (!seed)
        return seed.error();

    const int steps = int(files->size()); // every file but the pending one, then the seed
    auto report = [&](int step, const QString &text) {
        if (progress)
            progress->setProgress(step, steps, text);
    };
    auto canceled = [&] { return progress && progress->isCanceled(); };

    report(0, tr("Creating the demo database…"));
    {
        auto admin = connectForLoad(server.profile());
        if (!admin)
            return admin.error();
        ResultSet r = (*admin)->exec(QStringLiteral("CREATE DATABASE %1").arg((*admin)->quoteIdentifier(dbname)));
        if (!r.ok())
            return r.error;
    }
    auto conn = connectForLoad(server.profile(dbname));
    if (!conn)
        return conn.error();
    Connection &c = **conn;

    for (int i = 0; i + 1 < files->size(); ++i) {
        if (canceled())
            return JobControl::canceledError();
        const MigrationFile &f = files->at(i);
        report(i, tr("Applying %1…").arg(QFileInfo(f.path).fileName()));
        if (Error e = applyUp(c, f))
            return e;
    }
    if (canceled())
        return JobControl::canceledError();
    report(steps - 1, tr("Loading the seed data…"));
    SqlSection s;
    s.fileName = QFileInfo(kSeedFile).fileName();
    s.sql = *seed;
    if (Error e = SectionRunner::run(c, s))
        return e;
    report(steps, tr("The demo database is ready."));
    return {};
}

} // namespace strata
