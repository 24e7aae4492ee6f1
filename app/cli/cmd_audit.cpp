// strata-cli audit: a migration chain on its own, without a baseline. Every file in the
// tool's order with what it does and whether it replayed, the consolidation report and
// the sequence checks (models/squash/ChainAudit).
// Exit: 0 nothing blocking, 1 blocking findings (a replay that stops, an object created
// twice, ...), 2 usage or runtime error.

#include "Cli.h"
#include "ReplayCli.h"
#include "history/FolderFormat.h"
#include "pg/Session.h"
#include "squash/AuditExport.h"
#include "squash/ChainAudit.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <unistd.h>

using namespace strata;
using namespace strata::cli;

namespace {

int runAudit(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Audit a migration chain without a baseline: what each file does, whether the "
                                                                  "chain replays, and what a squash would have to consolidate.")));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("DIR"), T(QT_TRANSLATE_NOOP("strata-cli", "The migration folder.")));
    QCommandLineOption json(QStringLiteral("json"), T(QT_TRANSLATE_NOOP("strata-cli", "Write JSON (format_version 1); the same as --format json.")));
    QCommandLineOption format(QStringLiteral("format"), T(QT_TRANSLATE_NOOP("strata-cli", "Output: table (default), json or markdown.")),
                              QStringLiteral("format"), QStringLiteral("table"));
    QCommandLineOption folderFormat(QStringLiteral("folder-format"),
                                    T(QT_TRANSLATE_NOOP("strata-cli", "Format of the folder (%1); detected when not given."))
                                        .arg(replay::ReplayPlanner::replayableFormats().join(QStringLiteral(", "))),
                                    QStringLiteral("format"));
    QCommandLineOption noReplay(QStringLiteral("no-replay"), T(QT_TRANSLATE_NOOP("strata-cli", "Only the static checks; do not replay the chain.")));
    const QCommandLineOption replayOn = replayOnOption();
    p.addOptions({json, format, folderFormat, noReplay, replayOn, withFolderOption()});
    if (const int rc = parseCommandLine(p, args, 1, [&p](qsizetype n) {
            return n < 1 ? T(QT_TRANSLATE_NOOP("strata-cli", "give the migration folder"))
                         : T(QT_TRANSLATE_NOOP("strata-cli", "unexpected argument “%1”")).arg(p.positionalArguments().at(1));
        });
        rc >= 0)
        return rc;
    const QString out_ = p.isSet(json) ? QStringLiteral("json") : p.value(format);
    if (out_ != u"table" && out_ != u"json" && out_ != u"markdown" && out_ != u"md")
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "unknown output format “%1” (table, json or markdown)")).arg(out_));
    if (p.isSet(folderFormat) && !replay::ReplayPlanner::replayableFormats().contains(p.value(folderFormat)))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "unknown folder format “%1”; known: %2"))
                              .arg(p.value(folderFormat), replay::ReplayPlanner::replayableFormats().join(QStringLiteral(", "))));
    if (p.isSet(noReplay) && p.isSet(replayOn))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--no-replay and --replay-on cannot be combined.")));

    squash::AuditOptions options;
    options.format = p.value(folderFormat);
    options.replay = !p.isSet(noReplay);
    auto more = withFolders(p);
    if (!more)
        return fail(more.error());
    options.moreDirs = *more;
    auto server = replayServer(p);
    if (!server)
        return fail(server.error());
    options.replayServer = *server;
    const bool tty = isatty(STDERR_FILENO);
    JobControl progress([] { return false; }, [tty](int, int, const QString &text) {
        if (tty && !text.isEmpty())
            err() << text << Qt::endl;
    });
    auto report = squash::ChainAudit::run(p.positionalArguments().first(), options, &progress);
    if (!report)
        return fail(report.error());
    if (out_ == u"json")
        out() << QString::fromUtf8(QJsonDocument(squash::AuditExport::toJson(*report)).toJson(QJsonDocument::Indented));
    else if (out_ == u"table")
        out() << squash::AuditExport::toText(*report);
    else
        out() << squash::AuditExport::toMarkdown(*report);
    out().flush();
    return report->hasBlocking() ? ExitFindings : ExitOk;
}

} // namespace

STRATA_CLI_COMMAND(audit, "audit", QT_TRANSLATE_NOOP("strata-cli", "Audit a migration chain without a baseline (what each file does, replay, consolidation)"),
                   runAudit);
