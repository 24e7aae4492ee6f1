#include "DiffSource.h"

#include "catalog/Introspector.h"
#include "catalog/SnapshotJson.h"
#include "pg/Connection.h"
#include "pg/ConnectionProfile.h"
#include "pg/Session.h"

#include <QFileInfo>
#include <algorithm>

namespace strata::diff {

Result<DiffSource> DiffSource::parse(const QString &spec)
{
    DiffSource s;
    s.spec = spec;
    if (spec.trimmed().isEmpty())
        return Error(Error::Kind::Usage, tr("An empty source was given; expected a connection string, a snapshot file or a migration folder."));
    const QFileInfo info(spec);
    if (spec.startsWith(QStringLiteral("postgres://")) || spec.startsWith(QStringLiteral("postgresql://"))) {
        s.kind = Kind::Database;
        return s;
    }
    if (info.isDir()) {
        s.kind = Kind::MigrationFolder;
        return s;
    }
    if (info.exists() || spec.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        if (!info.exists())
            return Error(Error::Kind::Io, tr("The snapshot file “%1” does not exist.").arg(spec));
        s.kind = Kind::SnapshotFile;
        return s;
    }
    if (spec.contains(u'=')) {
        s.kind = Kind::Database;
        return s;
    }
    if (spec.contains(u'/'))
        return Error(Error::Kind::Io, tr("“%1” does not exist.").arg(spec), {},
                     tr("Give an existing migration folder or snapshot file, or a connection string."));
    return Error(Error::Kind::Usage,
                 tr("“%1” is neither a connection string, a snapshot file nor a migration folder.").arg(spec),
                 {}, tr("Use a postgresql:// URI or key=value string, a *.json snapshot, or a folder of migrations."));
}

DiffSource DiffSource::fromProfile(const ConnectionProfile &profile)
{
    DiffSource s;
    s.kind = Kind::Database;
    s.spec = profile.displayString();
    s.profile = profile;
    return s;
}

QString DiffSource::kindName() const
{
    switch (kind) {
    case Kind::Database: return QStringLiteral("database");
    case Kind::SnapshotFile: return QStringLiteral("snapshot");
    case Kind::MigrationFolder: return QStringLiteral("folder");
    }
    return {};
}

Result<catalog::Snapshot> DiffSource::load(const catalog::IntrospectOptions &options, JobControl *control) const
{
    switch (kind) {
    case Kind::SnapshotFile: {
        auto snap = catalog::SnapshotJson::readFile(spec);
        if (!snap) {
            Error e = snap.error();
            e.message = tr("Snapshot file “%1”: %2").arg(QFileInfo(spec).fileName(), e.message);
            return e;
        }
        return snap;
    }
    case Kind::MigrationFolder: {
        replay::ReplayOptions o;
        o.introspect = options;
        o.format = format;
        o.moreDirs = moreDirs;
        o.server = replayServer;
        o.findings = replayFindings.get();
        return replay::FolderReplay::replay(spec, o, control);
    }
    case Kind::Database: {
        auto profile = this->profile ? Result<ConnectionProfile>(*this->profile) : ConnectionProfile::fromConnectionString(spec);
        if (!profile)
            return profile.error();
        const SessionOptions so = SessionOptions::review(QStringLiteral("strata diff"), 0);
        auto conn = Connection::open(*profile, so);
        if (!conn)
            return conn.error();
        if (control)
            control->setProgress(0, 1, tr("Reading the schema of %1…").arg(conn->get()->info().dbname));
        // More connections in one exported snapshot read the catalog faster (like
        // pg_dump -j); the capture falls back to this one connection when another
        // cannot open. The database name stays a name (never expanded).
        catalog::IntrospectOptions parallel = options;
        if (!parallel.openConnection && connections > 1) {
            parallel.connections = std::max(parallel.connections, connections);
            parallel.openConnection = [p = *profile, so] { return Connection::open(p, so); };
        }
        auto snap = catalog::Introspector::capture(**conn, parallel, control);
        if (snap && control)
            control->setProgress(1, 1, {});
        return snap;
    }
    }
    return Error(Error::Kind::Internal, QStringLiteral("unknown source kind"));
}

} // namespace strata::diff
