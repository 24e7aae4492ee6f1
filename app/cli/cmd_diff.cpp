// strata-cli diff A B: compares two schemas and prints the script that turns A into B.
// A and B are each a connection string (postgresql:// URI or key=value), a snapshot
// file (strata-cli snapshot) or a migration folder, replayed on a private scratch
// server. Output: a summary and the plan as SQL (hazards as comments), only the plan
// (--sql), or JSON (--json, format_version 1). Exit 0 same, 1 different, 2 error.
// --verify [--verify-on URI] proves the script on a scratch copy of A (PlanVerifier):
// exit 0 and "verified", 1 with the differences left, 2 naming the step that failed.

#include "Cli.h"
#include "ReplayCli.h"
#include "diff/Comparison.h"
#include "diff/PlanVerifier.h"
#include "replay/FolderReplay.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <cstdio>

using namespace strata;
using namespace strata::cli;
using namespace strata::diff;
using strata::replay::FolderReplay;

static int runDiff(const QStringList &args)
{
    auto T = [](const char *s) { return QCoreApplication::translate("strata-cli", s); };
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Compare two schemas and print the SQL script that turns A into B.\n"
                                   "A and B are each a connection string, a snapshot file (.json) or a migration folder.")));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("A"), T(QT_TRANSLATE_NOOP("strata-cli", "The schema to change: connection string, snapshot file or migration folder.")));
    p.addPositionalArgument(QStringLiteral("B"), T(QT_TRANSLATE_NOOP("strata-cli", "The schema to reach: connection string, snapshot file or migration folder.")));
    QCommandLineOption json(QStringLiteral("json"), T(QT_TRANSLATE_NOOP("strata-cli", "Print the comparison as JSON (format_version 1).")));
    QCommandLineOption sql(QStringLiteral("sql"), T(QT_TRANSLATE_NOOP("strata-cli", "Print only the script (with hazards as comments), without the summary.")));
    QCommandLineOption schema(QStringLiteral("schema"), T(QT_TRANSLATE_NOOP("strata-cli", "Only this schema (repeatable).")), QStringLiteral("name"));
    QCommandLineOption exclude(QStringLiteral("exclude-schema"), T(QT_TRANSLATE_NOOP("strata-cli", "Leave this schema out (repeatable).")), QStringLiteral("name"));
    QCommandLineOption ignoreOwners(QStringLiteral("ignore-owners"), T(QT_TRANSLATE_NOOP("strata-cli", "Do not compare object owners.")));
    QCommandLineOption ignoreGrants(QStringLiteral("ignore-grants"), T(QT_TRANSLATE_NOOP("strata-cli", "Do not compare privileges (GRANT/REVOKE).")));
    QCommandLineOption folderFormat(QStringLiteral("folder-format"),
                                    T(QT_TRANSLATE_NOOP("strata-cli", "Format of migration folders (%1); detected when not given."))
                                        .arg(FolderReplay::replayableFormats().join(QStringLiteral(", "))),
                                    QStringLiteral("format"));
    QCommandLineOption keepLedgers(QStringLiteral("keep-ledger-tables"),
                                   T(QT_TRANSLATE_NOOP("strata-cli", "Against a migration folder, also compare the migration tool's ledger table "
                                      "(schema_migrations, flyway_schema_history, ...), which a replay leaves out.")));
    const QCommandLineOption replayOn = replayOnOption();
    QCommandLineOption timings(QStringLiteral("timings"), T(QT_TRANSLATE_NOOP("strata-cli", "Print how long loading, comparing and planning took on standard error.")));
    QCommandLineOption unsafe(QStringLiteral("no-safe-forms"), T(QT_TRANSLATE_NOOP("strata-cli", "Plain forms instead of CONCURRENTLY / NOT VALID + VALIDATE.")));
    QCommandLineOption ignoreOrder(QStringLiteral("ignore-column-order"),
                                   T(QT_TRANSLATE_NOOP("strata-cli", "Tables with the same columns in another order count as the same.")));
    QCommandLineOption verify(QStringLiteral("verify"),
                              T(QT_TRANSLATE_NOOP("strata-cli", "Prove the script: build A on a private scratch server, run the script there "
                                 "as the runbook would and compare the result with B. Exit 0 verified, 1 differences remain, 2 a step failed.")));
    QCommandLineOption verifyOn(QStringLiteral("verify-on"),
                                T(QT_TRANSLATE_NOOP("strata-cli", "Verify in a throwaway database on this server (dropped afterwards) instead of "
                                   "a private one; implies --verify.")),
                                QStringLiteral("uri"));
    p.addOptions({json, sql, schema, exclude, ignoreOwners, ignoreGrants, ignoreOrder, folderFormat, keepLedgers, replayOn, timings, unsafe,
                  verify, verifyOn, withFolderOption()});
    if (const int rc = parseCommandLine(p, args, 2, [&p, &T](qsizetype n) {
            return n < 2 ? T(QT_TRANSLATE_NOOP("strata-cli", "diff needs two sources, A and B.")) : T(QT_TRANSLATE_NOOP("strata-cli", "unexpected argument “%1”")).arg(p.positionalArguments().value(2));
        });
        rc >= 0)
        return rc;
    const QStringList pos = p.positionalArguments();
    if (p.isSet(json) && p.isSet(sql))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--json and --sql cannot be combined.")));
    if (p.isSet(folderFormat) && !FolderReplay::replayableFormats().contains(p.value(folderFormat)))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "unknown folder format “%1”; known: %2"))
                              .arg(p.value(folderFormat), FolderReplay::replayableFormats().join(QStringLiteral(", "))));

    auto a = DiffSource::parse(pos[0]);
    if (!a)
        return fail(a.error());
    auto b = DiffSource::parse(pos[1]);
    if (!b)
        return fail(b.error());
    a->format = b->format = p.value(folderFormat);
    auto more = withFolders(p);
    if (!more)
        return fail(more.error());
    if (!more->isEmpty() && a->kind != DiffSource::Kind::MigrationFolder && b->kind != DiffSource::Kind::MigrationFolder)
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--with-folder goes with a migration folder as A or B.")));
    a->moreDirs = b->moreDirs = *more;
    auto server = replayServer(p);
    if (!server)
        return fail(server.error());
    a->replayServer = b->replayServer = *server;

    CompareOptions o;
    o.includeSchemas = p.values(schema);
    o.excludeSchemas = p.values(exclude);
    o.ignoreOwners = p.isSet(ignoreOwners);
    o.ignoreGrants = p.isSet(ignoreGrants);
    o.ignoreColumnOrder = p.isSet(ignoreOrder);
    o.safeForms = !p.isSet(unsafe);
    o.keepLedgerTables = p.isSet(keepLedgers);
    auto c = Comparison::run(*a, *b, o);
    if (!c)
        return fail(c.error());

    printReplayFindings(*a->replayFindings);
    printReplayFindings(*b->replayFindings);
    if (p.isSet(timings))
        err() << T(QT_TRANSLATE_NOOP("strata-cli", "load %1 ms, compare %2 ms, plan %3 ms (%4 objects in A, %5 in B)"))
                     .arg(c->loadMs).arg(c->compareMs).arg(c->planMs)
                     .arg(c->snapshotA.objectCount()).arg(c->snapshotB.objectCount())
              << Qt::endl;
    QByteArray data;
    if (p.isSet(json)) {
        data = QJsonDocument(c->toJson()).toJson(QJsonDocument::Indented);
    } else if (p.isSet(sql)) {
        data = c->plan.toSql(true).toUtf8();
    } else {
        QString text = c->summaryText(true);
        if (c->diff.hasDifferences())
            text += u'\n' + c->plan.toSql(true);
        data = text.toUtf8();
    }
    if (std::fwrite(data.constData(), 1, size_t(data.size()), stdout) != size_t(data.size()) || std::fflush(stdout) != 0)
        return fail(Error(Error::Kind::Io, T(QT_TRANSLATE_NOOP("strata-cli", "Could not write to standard output."))));
    int code = c->diff.hasDifferences() ? ExitFindings : ExitOk;
    if (p.isSet(verify) || p.isSet(verifyOn)) {
        VerifyOptions vo;
        vo.serverUri = p.value(verifyOn);
        vo.diff.ignoreOwners = c->ownersIgnored || o.ignoreOwners;
        vo.diff.ignoreGrants = c->grantsIgnored || o.ignoreGrants;
        vo.diff.ignoreColumnOrder = o.ignoreColumnOrder;
        auto v = PlanVerifier::verify(c->snapshotA, c->snapshotB, c->plan, vo);
        if (!v)
            return fail(v.error());
        // With --sql the script alone goes to standard output; the verdict to standard error.
        QTextStream &to = p.isSet(sql) || p.isSet(json) ? err() : out();
        for (const QString &n : v->notes)
            to << n << Qt::endl;
        if (v->outcome == VerifyResult::Outcome::StepFailed) {
            err() << T(QT_TRANSLATE_NOOP("strata-cli", "verification failed at step %1 of %2:")).arg(v->failedStep).arg(c->plan.steps.size())
                  << Qt::endl << v->failedSql << Qt::endl << v->serverError << Qt::endl;
            code = ExitError;
        } else if (v->outcome == VerifyResult::Outcome::Residual) {
            to << v->summary() << Qt::endl;
            for (const QString &line : v->residualLines())
                to << QStringLiteral("  ") << line << Qt::endl;
            code = ExitFindings;
        } else {
            to << T(QT_TRANSLATE_NOOP("strata-cli", "verified (A built in %1 ms, script applied in %2 ms, result compared in %3 ms)"))
                      .arg(v->buildMs).arg(v->applyMs).arg(v->compareMs)
               << Qt::endl;
            code = ExitOk;
        }
    }
    keepUntilExit(std::move(*c));
    return code;
}

STRATA_CLI_COMMAND(diff, "diff", QT_TRANSLATE_NOOP("strata-cli", "Compare two schemas (database, snapshot file or migration folder) and print the script from A to B"),
                   runDiff);
