// strata-cli squash-check DIR BASELINE: replays the migration chain DIR and the candidate
// baseline (a .sql file or a folder) on two databases of a private scratch server and
// compares them; prints "identical" or every difference, then the consolidation report
// over the chain. With --surgery-script, writes the ledger surgery script the tool needs
// after the squash (only when the baseline is equivalent).
// Exit: 0 equivalent, 1 not equivalent, 2 usage or runtime error.

#include "Cli.h"
#include "ReplayCli.h"
#include "common/FileIo.h"
#include "history/Consolidation.h"
#include "history/FolderFormat.h"
#include "history/LedgerSurgery.h"
#include "squash/SquashCheck.h"
#include "pg/Session.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>
#include <unistd.h>

using namespace strata;
using namespace strata::cli;

namespace {

QJsonObject toJson(const SquashDifference &d)
{
    return QJsonObject{{QStringLiteral("state"), SquashDifference::stateId(d.state)},
                       {QStringLiteral("kind"), diff::kindId(d.kind)},
                       {QStringLiteral("key"), d.key},
                       {QStringLiteral("object"), d.object},
                       {QStringLiteral("fields"), QJsonArray::fromStringList(d.fields)},
                       {QStringLiteral("detail"), d.detail}};
}

QJsonObject toJson(const ConsolidationReport &r)
{
    QJsonArray findings;
    for (const ConsolidationFinding &f : r.findings) {
        QJsonArray locations;
        for (const ChainLocation &l : f.locations)
            locations.append(QJsonObject{{QStringLiteral("file"), l.file}, {QStringLiteral("line"), l.line}, {QStringLiteral("action"), l.action}});
        QJsonObject o{{QStringLiteral("kind"), ConsolidationFinding::kindId(f.kind)},
                      {QStringLiteral("object_kind"), f.objectKind},
                      {QStringLiteral("object"), f.object},
                      {QStringLiteral("locations"), locations},
                      {QStringLiteral("message"), f.message}};
        if (f.kind == ConsolidationFinding::Kind::RewrittenSeveralTimes)
            o.insert(QStringLiteral("count"), f.count);
        findings.append(o);
    }
    QJsonArray folder;
    for (const Finding &f : r.folderFindings)
        folder.append(QJsonObject{{QStringLiteral("severity"), Finding::severityName(f.severity)},
                                  {QStringLiteral("code"), f.code},
                                  {QStringLiteral("file"), f.file},
                                  {QStringLiteral("line"), f.line},
                                  {QStringLiteral("message"), f.message}});
    return QJsonObject{{QStringLiteral("files"), r.files},
                       {QStringLiteral("statements"), r.statements},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("folder_findings"), folder}};
}

void printReport(const ConsolidationReport &r)
{
    QTextStream &s = out();
    s << '\n' << T(QT_TRANSLATE_NOOP("strata-cli", "Consolidation report: %1 files, %2 statements, %3 findings")).arg(r.files).arg(r.statements).arg(r.findings.size()) << '\n';
    for (const ConsolidationFinding &f : r.findings) {
        QStringList where;
        for (const ChainLocation &l : f.locations)
            where.append(Consolidation::where(l) + QStringLiteral(" (") + l.action + u')');
        s << "  " << ConsolidationFinding::kindLabel(f.kind) << ": " << f.message << '\n';
        s << "    " << where.join(QStringLiteral(", ")) << '\n';
    }
    for (const Finding &f : r.folderFindings)
        s << "  " << Finding::severityName(f.severity) << ": "
          << (f.file.isEmpty() ? QString() : f.file + (f.line > 0 ? u':' + QString::number(f.line) : QString()) + QStringLiteral(": "))
          << f.message << '\n';
}

} // namespace

static int runSquashCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Check that a baseline is equivalent to the migration chain it replaces: both are replayed on a "
                                  "private scratch server and their schemas compared. Also reports what the chain creates and "
                                  "drops again. Exit 0 equivalent, 1 not equivalent, 2 error.")));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("dir"), T(QT_TRANSLATE_NOOP("strata-cli", "The migration folder (the full chain).")));
    p.addPositionalArgument(QStringLiteral("baseline"), T(QT_TRANSLATE_NOOP("strata-cli", "The candidate baseline: a .sql file or a migration folder.")));
    QCommandLineOption json(QStringLiteral("json"), T(QT_TRANSLATE_NOOP("strata-cli", "Write JSON (format_version 1) instead of text.")));
    QCommandLineOption format(QStringLiteral("format"), T(QT_TRANSLATE_NOOP("strata-cli", "Format of the chain folder (default: detected).")), QStringLiteral("format"));
    QCommandLineOption keepLedgers(QStringLiteral("keep-ledgers"), T(QT_TRANSLATE_NOOP("strata-cli", "Also compare the migration tools' ledger tables.")));
    QCommandLineOption ignoreTable(QStringLiteral("ignore-table"), T(QT_TRANSLATE_NOOP("strata-cli", "Leave this table out of the comparison (name or schema.name; repeatable).")),
                                   QStringLiteral("table"));
    QCommandLineOption surgery(QStringLiteral("surgery-script"), T(QT_TRANSLATE_NOOP("strata-cli", "Write the ledger surgery script to this file (only when equivalent).")),
                               QStringLiteral("file"));
    QCommandLineOption tool(QStringLiteral("tool"), T(QT_TRANSLATE_NOOP("strata-cli", "Migration tool of the ledger: %1 (default: the chain's format)."))
                                                        .arg(LedgerSurgery::tools().join(QStringLiteral(", "))),
                            QStringLiteral("tool"));
    QCommandLineOption baselineVersion(QStringLiteral("baseline-version"), T(QT_TRANSLATE_NOOP("strata-cli", "Version to record for the baseline (default: from its file name).")),
                                       QStringLiteral("version"));
    QCommandLineOption ledgerSchema(QStringLiteral("ledger-schema"), T(QT_TRANSLATE_NOOP("strata-cli", "Schema of the ledger table (default: public).")), QStringLiteral("schema"),
                                    QStringLiteral("public"));
    QCommandLineOption ledgerTable(QStringLiteral("ledger-table"), T(QT_TRANSLATE_NOOP("strata-cli", "Name of the ledger table (default: the tool's).")), QStringLiteral("table"));
    const QCommandLineOption replayOn = replayOnOption();
    p.addOptions({json, format, keepLedgers, ignoreTable, surgery, tool, baselineVersion, ledgerSchema, ledgerTable, replayOn, withFolderOption()});
    if (const int rc = parseCommandLine(p, args, 2, [&p](qsizetype n) {
            return n < 2 ? T(QT_TRANSLATE_NOOP("strata-cli", "give the migration folder and the baseline")) : T(QT_TRANSLATE_NOOP("strata-cli", "unexpected argument “%1”")).arg(p.positionalArguments().at(2));
        });
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    const QString dir = pos.at(0);
    const QString baseline = pos.at(1);
    if (p.isSet(format) && !FolderFormat::byId(p.value(format)))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "unknown format “%1” (known: %2)")).arg(p.value(format), FolderFormat::ids().join(QStringLiteral(", "))));
    if ((p.isSet(tool) || p.isSet(baselineVersion) || p.isSet(ledgerTable)) && !p.isSet(surgery))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--tool, --baseline-version and --ledger-table go with --surgery-script")));

    // The consolidation report first: it needs no server and names a broken file exactly.
    auto report = Consolidation::analyze(dir, p.value(format));
    if (!report)
        return fail(report.error());

    // The surgery plan before the long replay, so that a bad option fails fast.
    std::optional<SurgeryPlan> plan;
    if (p.isSet(surgery)) {
        const QString toolId = p.isSet(tool) ? p.value(tool) : report->format;
        if (!LedgerSurgery::tools().contains(toolId))
            return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "no ledger surgery for “%1”; give --tool (%2)")).arg(toolId, LedgerSurgery::tools().join(QStringLiteral(", "))));
        auto pl = LedgerSurgery::planFor(toolId, dir, baseline, p.value(baselineVersion));
        if (!pl)
            return fail(pl.error());
        pl->schema = p.value(ledgerSchema);
        if (p.isSet(ledgerTable))
            pl->table = p.value(ledgerTable);
        plan = *pl;
    }

    SquashOptions options;
    options.format = p.value(format);
    options.ignoreLedgers = !p.isSet(keepLedgers);
    auto more = withFolders(p);
    if (!more)
        return fail(more.error());
    options.moreDirs = *more;
    options.ignoreTables = p.values(ignoreTable);
    auto server = replayServer(p);
    if (!server)
        return fail(server.error());
    options.replayServer = *server;
    Findings replayFindings;
    options.findings = &replayFindings;
    const bool tty = isatty(STDERR_FILENO);
    JobControl progress([] { return false; }, [tty](int value, int, const QString &text) {
        if (tty && !text.isEmpty())
            err() << QStringLiteral("[%1%] ").arg(value, 3) << text << Qt::endl;
    });
    auto result = SquashCheck::run(dir, baseline, options, &progress);
    printReplayFindings(replayFindings);
    if (!result)
        return fail(result.error());

    QString surgeryNote;
    bool surgeryWritten = false;
    if (plan && result->identical) {
        auto script = LedgerSurgery::script(*plan);
        if (!script)
            return fail(script.error());
        if (Error e = writeFile(p.value(surgery), script->toUtf8()))
            return fail(Error(Error::Kind::Io, T(QT_TRANSLATE_NOOP("strata-cli", "The surgery script cannot be written to “%1”.")).arg(p.value(surgery)), e.message, e.hint));
        surgeryWritten = true;
        surgeryNote = T(QT_TRANSLATE_NOOP("strata-cli", "Ledger surgery script written to %1 (%2: %3 squashed versions replaced by %4). Run it through the runbook."))
                          .arg(p.value(surgery), plan->tool).arg(plan->squashed.size()).arg(plan->baselineVersion);
    } else if (plan) {
        surgeryNote = T(QT_TRANSLATE_NOOP("strata-cli", "No ledger surgery script was written: the baseline is not equivalent."));
    }

    if (p.isSet(json)) {
        QJsonArray diffs;
        for (const SquashDifference &d : result->differences)
            diffs.append(toJson(d));
        QJsonObject root{{QStringLiteral("format_version"), 1},
                         {QStringLiteral("chain"), QJsonObject{{QStringLiteral("path"), report->dir}, {QStringLiteral("format"), report->format}}},
                         {QStringLiteral("baseline"), QJsonObject{{QStringLiteral("path"), QFileInfo(baseline).absoluteFilePath()}}},
                         {QStringLiteral("identical"), result->identical},
                         {QStringLiteral("differences"), diffs},
                         {QStringLiteral("ignored_tables"), QJsonArray::fromStringList(result->ignoredTables)},
                         {QStringLiteral("objects"), QJsonObject{{QStringLiteral("chain"), result->chainObjects},
                                                                 {QStringLiteral("baseline"), result->baselineObjects}}},
                         {QStringLiteral("timings_ms"), QJsonObject{{QStringLiteral("chain"), double(result->chainMs)},
                                                                    {QStringLiteral("baseline"), double(result->baselineMs)}}},
                         {QStringLiteral("consolidation"), toJson(*report)}};
        if (plan)
            root.insert(QStringLiteral("surgery"), QJsonObject{{QStringLiteral("file"), surgeryWritten ? QJsonValue(p.value(surgery)) : QJsonValue()},
                                                               {QStringLiteral("tool"), plan->tool},
                                                               {QStringLiteral("squashed"), QJsonArray::fromStringList(plan->squashed)},
                                                               {QStringLiteral("baseline_version"), plan->baselineVersion}});
        else
            root.insert(QStringLiteral("surgery"), QJsonValue());
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        QTextStream &s = out();
        s << T(QT_TRANSLATE_NOOP("strata-cli", "Chain: %1 (%2, %3 files)")).arg(report->dir, report->format).arg(report->files) << '\n';
        s << T(QT_TRANSLATE_NOOP("strata-cli", "Baseline: %1")).arg(QFileInfo(baseline).absoluteFilePath()) << '\n';
        if (!result->ignoredTables.isEmpty())
            s << T(QT_TRANSLATE_NOOP("strata-cli", "Ignored ledger tables: %1")).arg(result->ignoredTables.join(QStringLiteral(", "))) << '\n';
        if (result->identical) {
            s << T(QT_TRANSLATE_NOOP("strata-cli", "identical: the baseline gives the same schema as the chain (%1 objects)")).arg(result->chainObjects) << '\n';
        } else {
            s << QCoreApplication::translate("strata-cli", "not equivalent: %n difference(s)", nullptr, int(result->differences.size())) << '\n';
            for (const SquashDifference &d : result->differences)
                s << "  " << SquashDifference::stateId(d.state) << ' ' << diff::kindId(d.kind) << ' ' << d.object << ": " << d.detail << '\n';
        }
        printReport(*report);
        if (!surgeryNote.isEmpty())
            s << '\n' << surgeryNote << '\n';
    }
    if (!surgeryNote.isEmpty() && p.isSet(json))
        err() << surgeryNote << Qt::endl;
    out().flush();
    return result->identical ? ExitOk : ExitFindings;
}

STRATA_CLI_COMMAND(squash_check, "squash-check",
                   QT_TRANSLATE_NOOP("strata-cli", "Check a squashed baseline against the migration chain it replaces"), runSquashCheck);
