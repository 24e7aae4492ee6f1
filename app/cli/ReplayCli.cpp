#include "ReplayCli.h"

#include "Cli.h"

#include <QCommandLineParser>

namespace strata::cli {

QCommandLineOption replayOnOption()
{
    return QCommandLineOption(QStringLiteral("replay-on"),
                              T(QT_TRANSLATE_NOOP("strata-cli", "Replay migration folders on this server (libpq URI or key=value): Strata creates a "
                                                                "uniquely named throwaway database there and drops it afterwards. "
                                                                "Default: a private server of its own.")),
                              QStringLiteral("uri"));
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
