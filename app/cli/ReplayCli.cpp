#include "ReplayCli.h"

#include "Cli.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace strata::cli {

QCommandLineOption replayOnOption()
{
    return QCommandLineOption(QStringLiteral("replay-on"),
                              T(QT_TRANSLATE_NOOP("strata-cli", "Replay migration folders on this server (libpq URI or key=value): Strata creates a "
                                                                "uniquely named throwaway database there and drops it afterwards. "
                                                                "Default: a private server of its own.")),
                              QStringLiteral("uri"));
}

QCommandLineOption withFolderOption()
{
    return QCommandLineOption(QStringLiteral("with-folder"),
                              T(QT_TRANSLATE_NOOP("strata-cli", "Another folder of the same project replayed with the migration folder (repeatable): "
                                                                "Flyway and dbmate merge such locations by version, as they do; for the other "
                                                                "tools these folders run first, in the order given.")),
                              QStringLiteral("dir"));
}

Result<QStringList> withFolders(const QCommandLineParser &p)
{
    const QStringList dirs = p.values(QStringLiteral("with-folder"));
    for (const QString &d : dirs) {
        const QFileInfo fi(d);
        if (!fi.exists())
            return Error(Error::Kind::Io, T(QT_TRANSLATE_NOOP("strata-cli", "--with-folder: the folder “%1” does not exist.")).arg(d));
        if (!fi.isDir())
            return Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "--with-folder: “%1” is not a folder.")).arg(d));
    }
    return dirs;
}

Result<std::optional<ConnectionProfile>> replayServer(const QCommandLineParser &p)
{
    if (!p.isSet(QStringLiteral("replay-on")))
        return std::optional<ConnectionProfile>();
    auto profile = ConnectionProfile::fromConnectionString(p.value(QStringLiteral("replay-on")));
    if (!profile)
        return profile.error();
    return std::optional<ConnectionProfile>(*profile);
}

void printReplayFindings(const Findings &findings)
{
    for (const Finding &f : findings) {
        const QString where = f.file.isEmpty() ? QString() : f.file + QStringLiteral(": ");
        err() << Finding::severityName(f.severity) << ": " << where << f.message << Qt::endl;
    }
}

} // namespace strata::cli
