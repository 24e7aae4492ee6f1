// strata-cli scratch: a private PostgreSQL server for experiments and scripts.
// Prints its connection URI (with --tcp also a TCP URI holding the password generated
// for this server; the unix socket stays in a folder only this account may enter), then
// runs until SIGINT/SIGTERM or until stdin closes (with --until-eof), and removes itself.

#include "Cli.h"
#include "StopSignals.h"
#include "pg/ScratchServer.h"

#include <QCommandLineParser>
#include <QUrl>

using namespace strata;
using namespace strata::cli;

static int runScratch(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("strata-cli", "Start a private PostgreSQL server and print its URI."));
    p.addHelpOption();
    QCommandLineOption tcp(QStringLiteral("tcp"), QCoreApplication::translate("strata-cli", "Also listen on 127.0.0.1 (a free port), with a generated password printed in the second URI."));
    QCommandLineOption db(QStringLiteral("database"), QCoreApplication::translate("strata-cli", "Create this database and connect the URI to it."), QStringLiteral("name"));
    QCommandLineOption eof(QStringLiteral("until-eof"), QCoreApplication::translate("strata-cli", "Stop when standard input closes."));
    p.addOptions({tcp, db, eof});
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << helpText(p, args);
        return ExitOk;
    }

    ScratchOptions o;
    o.listenTcp = p.isSet(tcp);
    ScratchServer server(o);
    if (Error e = server.start())
        return fail(e);
    QString dbname = QStringLiteral("postgres");
    if (p.isSet(db)) {
        dbname = p.value(db);
        if (Error e = server.createDatabase(dbname))
            return fail(e);
    }
    // Block the stop signals in this thread before waiting for them.
    StopSignals stopSignals;

    out() << server.profile(dbname).displayString() << Qt::endl;
    if (o.listenTcp) // TCP logins need the password made for this server; it is printed here only
        out() << QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
                     .arg(QStringLiteral("strata"), server.password())
                     .arg(server.port())
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(dbname)))
              << Qt::endl;
    err() << QCoreApplication::translate("strata-cli", "Scratch server running (PostgreSQL %1). Press Ctrl+C to stop and remove it.").arg(server.majorVersion()) << Qt::endl;

    stopSignals.wait(p.isSet(eof));
    server.stop();
    return ExitOk;
}

STRATA_CLI_COMMAND(scratch, "scratch", QT_TRANSLATE_NOOP("strata-cli", "Start a private PostgreSQL server and print its URI"), runScratch);
