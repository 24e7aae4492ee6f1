#pragma once
// strata-cli command registry. Each command lives in its own cmd_*.cpp and registers
// itself with a static CliRegistrar. Exit codes: 0 ok / same / nothing blocking,
// 1 differences or blocking findings, 2 usage or runtime error (message on stderr).

#include "common/Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <functional>

class QCommandLineParser;

namespace strata::cli {

// A strata-cli text in the user's language (the literal goes through QT_TRANSLATE_NOOP
// in the "strata-cli" context so that lupdate finds it).
inline QString T(const char *source)
{
    return QCoreApplication::translate("strata-cli", source);
}

enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitError = 2 };

struct Command
{
    QString name;
    QString summary; // already translated at registration time is not possible: see summaryText()
    const char *summarySource = nullptr;
    std::function<int(const QStringList &args)> run;
};

class Registry
{
public:
    static void add(Command c);
    static const QList<Command> &all();
    static const Command *find(const QString &name);
};

struct Registrar
{
    Registrar(const char *name, const char *summary, std::function<int(const QStringList &)> run);
};

QTextStream &out();
QTextStream &err();
// Prints an error on stderr and returns ExitError.
int fail(const Error &e);
int usageError(const QString &message);
// The start every command shares: parses `args` (a parse error is a usage error, exit 2),
// prints the help for --help (exit 0), and requires exactly `positional` positional
// arguments (otherwise a usage error with countError(how many were given)). Returns the
// exit code when the command is done, -1 when it goes on.
// The parser's help with "strata-cli <command>" in the usage line (args.first()).
QString helpText(const QCommandLineParser &p, const QStringList &args);
int parseCommandLine(QCommandLineParser &p, const QStringList &args, qsizetype positional,
                     const std::function<QString(qsizetype given)> &countError);

// Keeps a big result alive until the process ends instead of freeing it: the command
// is about to return, and freeing hundreds of thousands of small allocations (two
// snapshots of 10,000 tables: about 70 ms) only delays the exit. The memory stays
// reachable from a static pointer, so leak checkers do not report it.
template<class T>
void keepUntilExit(T &&value)
{
    static T *kept = nullptr;
    delete kept; // a second call in one process (tests) frees the first
    kept = new T(std::move(value));
}

} // namespace strata::cli

#define STRATA_CLI_COMMAND(ident, name, summary, fn) \
    static const ::strata::cli::Registrar ident##_registrar(name, summary, fn)
