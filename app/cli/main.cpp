// strata-cli: Strata without a display, for scripts and CI.

#include "Cli.h"
#include "MallocTuning.h"
#include "common/Translations.h"

#include <QCoreApplication>

#include <cstdio>

using namespace strata::cli;

static void printHelp()
{
    out() << QCoreApplication::translate("strata-cli", "Usage: strata-cli <command> [options]") << "\n\n"
          << QCoreApplication::translate("strata-cli", "Commands:") << "\n";
    for (const Command &c : Registry::all())
        out() << "  " << c.name.leftJustified(16) << QCoreApplication::translate("strata-cli", c.summarySource) << "\n";
    out() << "\n"
          << QCoreApplication::translate("strata-cli", "Run “strata-cli <command> --help” for a command's options.") << "\n"
          << QCoreApplication::translate("strata-cli", "Exit codes: 0 ok or no differences, 1 differences or blocking findings, 2 error.") << "\n";
    out().flush();
}

int main(int argc, char **argv)
{
    tuneMalloc(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    strata::installTranslations(app);

    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        printHelp();
        return args.isEmpty() ? ExitError : ExitOk;
    }
    if (args.first() == u"--version" || args.first() == u"-v" || args.first() == u"version") {
        out() << "strata-cli " << QStringLiteral(STRATA_VERSION) << Qt::endl;
        return ExitOk;
    }
    const Command *cmd = Registry::find(args.first());
    if (!cmd)
        return usageError(QCoreApplication::translate("strata-cli", "unknown command “%1”").arg(args.first()));
    args.first() = QStringLiteral("strata-cli ") + cmd->name; // argv[0] for the command's parser
    const int rc = cmd->run(args);
    // A report printed to a full disk or a closed pipe is not a success.
    out().flush();
    if (out().status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout))
        return fail(strata::Error(strata::Error::Kind::Io, QCoreApplication::translate("strata-cli", "Could not write to standard output.")));
    return rc;
}
