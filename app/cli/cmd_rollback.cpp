// strata-cli rollback: the guided rollback of a run, from its journal. Prints the plan
// (the inverse script from the diff engine: schema now -> the snapshot before the run,
// then the restore of the tables whose rows the run changed, from its verified backups)
// and its pre-flight against the live database (read-only), then runs it as a runbook
// with the same confirmations, backups and journal as `run`. Blocking pre-flight
// findings (an old key that today's rows collide with, a damaged backup) stop it before
// anything runs, unless --ignore-preflight.
// Exit: 0 every step done or skipped (or nothing to roll back), 1 a step failed, the
// operator stopped, or the pre-flight blocked it, 2 error.

#include "Cli.h"
#include "RunDriver.h"
#include "pg/Connection.h"
#include "runbook/GuidedRollback.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace strata;
using namespace strata::cli;
using namespace strata::runbook;

static int runRollback(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Roll back what a run did: the inverse script from the schema snapshots, then the rows from its backups.")));
    addRunOptions(p);
    p.addOptions({
        {QStringLiteral("rollback-journal"), T(QT_TRANSLATE_NOOP("strata-cli", "Journal of the rollback run (default: <journal>.rollback).")), QStringLiteral("path")},
        {QStringLiteral("backup-dir"), T(QT_TRANSLATE_NOOP("strata-cli", "Folder for the rollback's own backups (default: <rollback journal>.backups).")), QStringLiteral("dir")},
        {QStringLiteral("ignore-preflight"), T(QT_TRANSLATE_NOOP("strata-cli", "Run even when the rollback's pre-flight has blocking findings."))},
        {QStringLiteral("plan-only"), T(QT_TRANSLATE_NOOP("strata-cli", "Print the rollback and its pre-flight; run nothing."))},
    });
    ExecutorOptions eo;
    if (const auto rc = parseJournalCommand(p, args, eo))
        return *rc;
    eo.backupFolder = p.value(QStringLiteral("backup-dir"));
    auto profile = ConnectionProfile::fromConnectionString(p.value(QStringLiteral("db")));
    if (!profile)
        return fail(profile.error());
    const QString journal = p.value(QStringLiteral("journal"));

    Result<RollbackPlan> plan = Error(Error::Kind::Internal, QString());
    {
        const SessionOptions so = SessionOptions::review(QStringLiteral("strata-cli rollback (pre-flight)"), 0);
        auto c = Connection::open(*profile, so);
        if (!c)
            return fail(c.error());
        plan = GuidedRollback::build(journal, **c);
    }
    if (!plan)
        return fail(plan.error());
    const Runbook &rb = plan->runbook;
    QTextStream &o = out();
    o << T(QT_TRANSLATE_NOOP("strata-cli", "Rollback: %1 (%2 steps, sha256 %3)")).arg(rb.title).arg(rb.steps.size()).arg(rb.sha256().left(12)) << '\n';
    for (const RunbookStep &s : rb.steps)
        printStep(s, StepState::Pending);
    o << T(QT_TRANSLATE_NOOP("strata-cli", "Pre-flight of the rollback:")) << '\n';
    if (plan->findings.isEmpty())
        o << "  " << T(QT_TRANSLATE_NOOP("strata-cli", "nothing to report")) << '\n';
    for (const QString &f : plan->findingTexts())
        o << "  " << f << '\n';
    o.flush();
    if (rb.steps.isEmpty()) {
        o << T(QT_TRANSLATE_NOOP("strata-cli", "Nothing to roll back.")) << '\n';
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("plan-only")))
        return plan->blocked() ? ExitFindings : ExitOk;
    if (plan->blocked() && !p.isSet(QStringLiteral("ignore-preflight"))) {
        err() << T(QT_TRANSLATE_NOOP("strata-cli", "The rollback's pre-flight has blocking findings; nothing ran. "
                                                   "Fix them (or run with --ignore-preflight) and try again.")) << Qt::endl;
        return ExitFindings;
    }

    RunOptions ro;
    ro.yes = p.isSet(QStringLiteral("yes"));
    ro.confirmTables = p.values(QStringLiteral("confirm-table"));
    ro.skipBackups = p.values(QStringLiteral("skip-backup"));
    ro.reportPath = p.value(QStringLiteral("report"));
    ro.databaseUri = profile->displayString();
    ro.profile = *profile;
    if (Error e = checkConfirmations(ro, rb.steps))
        return fail(e);
    QString rollbackJournal = p.value(QStringLiteral("rollback-journal"));
    if (rollbackJournal.isEmpty())
        rollbackJournal = journal + QStringLiteral(".rollback");
    Executor ex(eo);
    installTestHook(ex);
    if (Error e = ex.start(rb, *profile, rollbackJournal))
        return fail(e);
    o << T(QT_TRANSLATE_NOOP("strata-cli", "Journal: %1")).arg(ex.journal().path()) << '\n';
    if (!ex.backupFolder().isEmpty())
        o << T(QT_TRANSLATE_NOOP("strata-cli", "Backups: %1")).arg(ex.backupFolder()) << '\n';
    return driveSteps(ex, ro);
}

STRATA_CLI_COMMAND(rollback, "rollback", QT_TRANSLATE_NOOP("strata-cli", "Roll back a run from its journal: inverse script and restores, with pre-flight"), runRollback);
