#include "Cli.h"

#include "common/SafeText.h"

#include <QDir>

#include <QCommandLineParser>

namespace strata::cli {

namespace {
QList<Command> &commands()
{
    static QList<Command> list;
    return list;
}
} // namespace

void Registry::add(Command c)
{
    commands().append(std::move(c));
    std::sort(commands().begin(), commands().end(), [](const Command &a, const Command &b) { return a.name < b.name; });
}

const QList<Command> &Registry::all()
{
    return commands();
}

const Command *Registry::find(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

Registrar::Registrar(const char *name, const char *summary, std::function<int(const QStringList &)> run)
{
    Command c;
    c.name = QString::fromLatin1(name);
    c.summarySource = summary;
    c.run = std::move(run);
    Registry::add(std::move(c));
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const Error &e)
{
    // Fields set after construction are masked here too: no password reaches stderr.
    err() << QCoreApplication::translate("strata-cli", "error: %1").arg(maskPasswords(e.message)) << Qt::endl;
    if (!e.detail.isEmpty())
        err() << "  " << maskPasswords(e.detail.trimmed()).replace(u'\n', QStringLiteral("\n  ")) << Qt::endl;
    if (!e.hint.isEmpty())
        err() << QCoreApplication::translate("strata-cli", "hint: %1").arg(maskPasswords(e.hint)) << Qt::endl;
    return ExitError;
}

int usageError(const QString &message)
{
    err() << QCoreApplication::translate("strata-cli", "error: %1").arg(maskPasswords(message)) << Qt::endl
          << QCoreApplication::translate("strata-cli", "Run “strata-cli --help” for usage.") << Qt::endl;
    return ExitError;
}

QString helpText(const QCommandLineParser &p, const QStringList &args)
{
    // QCommandLineParser names the binary's path; the usage line should name the command.
    QString text = p.helpText();
    const QString argv0 = QDir::toNativeSeparators(QCoreApplication::arguments().value(0));
    if (!args.isEmpty() && !argv0.isEmpty() && text.contains(argv0))
        text.replace(text.indexOf(argv0), argv0.size(), args.first());
    return text;
}

int parseCommandLine(QCommandLineParser &p, const QStringList &args, qsizetype positional,
                     const std::function<QString(qsizetype given)> &countError)
{
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << helpText(p, args);
        return ExitOk;
    }
    if (const qsizetype given = p.positionalArguments().size(); given != positional)
        return usageError(countError(given));
    return -1;
}

} // namespace strata::cli
