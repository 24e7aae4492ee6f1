#include "ChainAudit.h"

#include "catalog/QuoteIdent.h"
#include "pg/ScratchServer.h"
#include "pg/Session.h"
#include "replay/ReplayTarget.h"
#include "sql/StatementClassifier.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace strata::squash {

namespace {

using Severity = AuditFinding::Severity;

// "creates table public.users; adds column public.users.email; …" for one file.
QString summarise(const QString &sql)
{
    auto statements = StatementClassifier::classify(sql);
    if (!statements)
        return ChainAudit::tr("does not parse: %1").arg(statements.error().message);
    QStringList parts;
    const auto name = [](const RelationRef &r) -> QString {
        return (r.schema.isEmpty() ? QString() : r.schema + u'.') + r.name;
    };
    for (const ClassifiedStatement &c : std::as_const(*statements)) {
        QString p;
        switch (c.kind) {
        case StatementKind::CreateTable: p = ChainAudit::tr("creates table %1").arg(name(c.target)); break;
        case StatementKind::CreateIndex: p = ChainAudit::tr("creates index %1").arg(name(c.target)); break;
        case StatementKind::AlterTable: {
            QStringList subs;
            for (const AlterTableCommand &a : c.alterCommands) {
                if (a.subtype == u"AT_AddColumn") subs.append(ChainAudit::tr("adds column %1").arg(a.name));
                else if (a.subtype == u"AT_DropColumn") subs.append(ChainAudit::tr("drops column %1").arg(a.name));
                else if (a.subtype == u"AT_AddConstraint") subs.append(ChainAudit::tr("adds constraint %1").arg(a.name));
                else if (a.subtype == u"AT_DropConstraint") subs.append(ChainAudit::tr("drops constraint %1").arg(a.name));
                else if (a.subtype == u"AT_AlterColumnType") subs.append(ChainAudit::tr("changes the type of %1").arg(a.name));
            }
            p = subs.isEmpty() ? ChainAudit::tr("alters table %1").arg(name(c.target))
                               : ChainAudit::tr("%1 of %2").arg(subs.join(QStringLiteral(", ")), name(c.target));
            break;
        }
        case StatementKind::Drop:
        case StatementKind::DropIndex: p = ChainAudit::tr("drops %1").arg(name(c.target)); break;
        case StatementKind::CreateView: p = ChainAudit::tr("creates view %1").arg(name(c.target)); break;
        case StatementKind::CreateFunction: p = ChainAudit::tr("creates a function"); break;
        case StatementKind::CreateType:
        case StatementKind::CreateEnum:
        case StatementKind::CreateDomain: p = ChainAudit::tr("creates a type"); break;
        case StatementKind::CreateExtension: p = ChainAudit::tr("creates an extension"); break;
        case StatementKind::Insert: p = ChainAudit::tr("inserts into %1").arg(name(c.target)); break;
        case StatementKind::Update: p = ChainAudit::tr("updates rows"); break;
        case StatementKind::Delete: p = ChainAudit::tr("deletes rows"); break;
        case StatementKind::Grant:
        case StatementKind::Revoke: p = ChainAudit::tr("changes privileges"); break;
        case StatementKind::TransactionControl:
        case StatementKind::Set: continue;
        default: p = StatementClassifier::kindName(c.kind).replace(u'_', u' '); break;
        }
        if (!parts.contains(p))
            parts.append(p);
    }
    if (parts.isEmpty())
        return ChainAudit::tr("nothing");
    const int shown = 4;
    QString s = QStringList(parts.mid(0, shown)).join(QStringLiteral("; "));
    if (parts.size() > shown)
        s += u' ' + ChainAudit::tr("and %n more", nullptr, int(parts.size() - shown));
    return s;
}

AuditFinding fromConsolidation(const ConsolidationFinding &c)
{
    AuditFinding f;
    f.severity = Severity::Info;
    f.code = ConsolidationFinding::kindId(c.kind);
    f.object = c.object;
    f.locations = c.locations;
    f.message = c.message;
    return f;
}

AuditFinding fromFolder(const Finding &x)
{
    AuditFinding f;
    f.severity = x.severity == Finding::Severity::Info ? Severity::Info : Severity::Warning;
    f.code = x.code;
    if (!x.file.isEmpty())
        f.locations = {ChainLocation{x.file, x.line, QString()}};
    f.message = x.message;
    return f;
}

} // namespace

QString AuditFinding::severityId(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Blocking: return QStringLiteral("blocking");
    }
    return {};
}

QString AuditStep::statusId(Status s)
{
    switch (s) {
    case Status::Replayed: return QStringLiteral("replayed");
    case Status::Failed: return QStringLiteral("failed");
    case Status::NotRun: return QStringLiteral("not-run");
    case Status::NotReplayed: return QStringLiteral("not-replayed");
    }
    return {};
}

QString AuditStep::statusLabel(Status s)
{
    switch (s) {
    case Status::Replayed: return ChainAudit::tr("ran");
    case Status::Failed: return ChainAudit::tr("FAILED");
    case Status::NotRun: return ChainAudit::tr("not reached");
    case Status::NotReplayed: return ChainAudit::tr("not replayed");
    }
    return {};
}

bool AuditReport::hasBlocking() const
{
    return count(AuditFinding::Severity::Blocking) > 0;
}

int AuditReport::count(AuditFinding::Severity s) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [s](const AuditFinding &f) { return f.severity == s; }));
}

AuditReport ChainAudit::analyse(const replay::ReplayPlan &plan)
{
    AuditReport r;
    r.dir = QDir(plan.dir).absolutePath();
    r.format = plan.format;
    r.formatName = plan.formatName;
    int order = 0;
    FolderReadResult folder;
    folder.format = plan.format;
    folder.dir = r.dir;
    for (const replay::ReplayUnit &u : plan.units) {
        AuditStep s;
        s.order = ++order;
        s.file = u.file.fileName;
        s.version = u.file.version;
        s.summary = summarise(u.file.upSql);
        s.transactional = u.transactional;
        s.outsideReason = u.outsideReason;
        r.steps.append(s);
        folder.files.append(u.file);
    }
    for (const Finding &f : plan.findings)
        r.findings.append(fromFolder(f));
    sequenceChecks(plan, r.findings);
    const ConsolidationReport c = Consolidation::analyze(folder);
    for (const ConsolidationFinding &f : c.findings)
        r.findings.append(fromConsolidation(f));
    return r;
}

Result<AuditReport> ChainAudit::run(const QString &dir, const AuditOptions &options, JobControl *control)
{
    if (control)
        control->setProgress(0, 0, tr("Reading the migration folder…"));
    auto plan = replay::ReplayPlanner::plan(dir, options.format, options.moreDirs);
    if (!plan)
        return plan.error();
    AuditReport r = analyse(*plan);
    if (options.replay) {
        r.replayAttempted = true;
        Findings replayFindings;
        replay::ReplayStop stop;
        Error e = [&]() -> Error {
            std::unique_ptr<ScratchServer> scratch;
            std::unique_ptr<replay::ReplayTarget> target;
            if (options.replayServer) {
                auto t = replay::ReplayTarget::open(*options.replayServer);
                if (!t)
                    return t.error();
                target = std::move(*t);
            } else {
                if (control)
                    control->setProgress(0, 0, tr("Starting a private PostgreSQL server…"));
                scratch = std::make_unique<ScratchServer>();
                if (Error se = scratch->start())
                    return se;
                target = std::make_unique<replay::ReplayTarget>(*scratch);
            }
            r.replayServer = target->describe();
            auto db = target->createDatabase(QStringLiteral("strata_audit"));
            if (!db)
                return db.error();
            Error run;
            {
                auto conn = (*db)->connect(QStringLiteral("strata audit"));
                if (!conn)
                    return conn.error();
                run = replay::FolderReplay::execute(**conn, **db, *target, *plan, control, &replayFindings, &stop);
            }
            db->reset();
            target.reset();
            if (scratch)
                scratch->stop();
            return run;
        }();
        for (const Finding &f : std::as_const(replayFindings))
            r.findings.append(fromFolder(f));
        if (e && e.kind == Error::Kind::Canceled)
            return e;
        if (e) {
            r.replayError = e.message;
            r.stop = stop;
            AuditFinding f;
            f.severity = Severity::Blocking;
            f.code = QStringLiteral("replay-stopped");
            if (!stop.file.isEmpty())
                f.locations = {ChainLocation{stop.file, stop.line, QString()}};
            f.message = stop.file.isEmpty() ? tr("The replay could not run: %1").arg(e.message)
                                            : tr("The replay stops at %1, line %2: %3").arg(stop.file).arg(stop.line).arg(e.message);
            r.findings.append(f);
        } else {
            r.replayed = true;
        }
        bool reached = true;
        for (AuditStep &s : r.steps) {
            if (r.replayed) {
                s.status = AuditStep::Status::Replayed;
            } else if (!stop.file.isEmpty() && reached) {
                s.status = s.file == stop.file ? AuditStep::Status::Failed : AuditStep::Status::Replayed;
                if (s.file == stop.file)
                    reached = false;
            } else {
                s.status = stop.file.isEmpty() ? AuditStep::Status::NotReplayed : AuditStep::Status::NotRun;
            }
        }
    }
    // Blocking first, then warnings, then infos; chain order inside each.
    std::stable_sort(r.findings.begin(), r.findings.end(), [](const AuditFinding &a, const AuditFinding &b) {
        return int(a.severity) > int(b.severity);
    });
    for (AuditStep &s : r.steps)
        for (const AuditFinding &f : std::as_const(r.findings))
            for (const ChainLocation &l : f.locations)
                if (l.file == s.file) {
                    ++s.findings;
                    break;
                }
    if (control)
        control->setProgress(1, 1, {});
    return r;
}

} // namespace strata::squash
