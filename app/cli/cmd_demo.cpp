// strata-cli demo: the bundled demo project on a private PostgreSQL server.
// Loads "Helpline" (every migration but the last, recorded in dbmate's
// schema_migrations, plus seed data), extracts its migration folder, prints the
// connection URI (first line) and the folder (second line), then runs until
// SIGINT/SIGTERM or until stdin closes (with --until-eof) and removes itself.

#include "Cli.h"
#include "StopSignals.h"
#include "demo/DemoProject.h"
#include "pg/ScratchServer.h"
#include "pg/Session.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace strata;
using namespace strata::cli;

static int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("strata-cli",
        "Start a private PostgreSQL server with the demo project loaded; print its URI and the project folder."));
    p.addHelpOption();
    QCommandLineOption dir(QStringLiteral("dir"),
        QCoreApplication::translate("strata-cli", "Extract the demo project (migration folder, seed data) here instead of a temporary folder that is removed with the server."),
        QStringLiteral("path"));
    QCommandLineOption eof(QStringLiteral("until-eof"), QCoreApplication::translate("strata-cli", "Stop when standard input closes."));
    p.addOptions({dir, eof});
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << helpText(p, args);
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("strata-cli", "unexpected argument “%1”").arg(p.positionalArguments().first()));
    if (p.isSet(dir) && p.value(dir).trimmed().isEmpty())
        return usageError(QCoreApplication::translate("strata-cli", "--dir needs a folder"));

    ScratchServer server;
    if (Error e = server.start())
        return fail(e);

    const QString projectDir = p.isSet(dir) ? QFileInfo(p.value(dir)).absoluteFilePath()
                                            : server.instanceDir() + QStringLiteral("/demo-project");
    if (Error e = DemoProject::extractTo(projectDir))
        return fail(e);

    const QString dbname = QStringLiteral("strata_demo");
    JobControl progress([] { return false; }, [](int value, int maximum, const QString &text) {
        if (maximum > 0)
            err() << QStringLiteral("[%1/%2] ").arg(value).arg(maximum);
        err() << text << Qt::endl;
    });
    if (Error e = DemoProject::load(server, dbname, &progress))
        return fail(e);

    // Block the stop signals in this thread before waiting for them.
    StopSignals stopSignals;

    out() << server.profile(dbname).displayString() << Qt::endl;
    out() << QDir::toNativeSeparators(projectDir) << Qt::endl;
    err() << QCoreApplication::translate("strata-cli",
                 "Demo server running (PostgreSQL %1); the last migration in the project folder is pending. "
                 "Press Ctrl+C to stop and remove it.").arg(server.majorVersion())
          << Qt::endl;

    stopSignals.wait(p.isSet(eof));
    server.stop();
    return ExitOk;
}

STRATA_CLI_COMMAND(demo, "demo", QT_TRANSLATE_NOOP("strata-cli", "Start a private server loaded with the demo project"), runDemo);
