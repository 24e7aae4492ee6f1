#include "FleetPreflight.h"

#include "pg/Connection.h"
#include "preflight/Preflight.h"
#include "preflight/ReportExport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace strata::fleet {

namespace {

QString findingKey(const preflight::Finding &f)
{
    return f.rule + u'\x1f' + QString::number(f.statement) + u'\x1f' + f.message;
}

QJsonObject findingJson(const preflight::Finding &f)
{
    QJsonObject o{{QStringLiteral("severity"), preflight::severityName(f.severity)},
                  {QStringLiteral("rule"), f.rule},
                  {QStringLiteral("category"), f.category},
                  {QStringLiteral("line"), f.line},
                  {QStringLiteral("schema"), f.schema},
                  {QStringLiteral("table"), f.table},
                  {QStringLiteral("check"), f.check},
                  {QStringLiteral("count"), double(f.count)},
                  {QStringLiteral("message"), f.message}};
    if (!f.breakdown.isEmpty()) {
        QJsonArray b;
        for (const auto &[value, n] : f.breakdown)
            b.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("count"), double(n)}});
        o.insert(QStringLiteral("breakdown_label"), f.breakdownLabel);
        o.insert(QStringLiteral("breakdown"), b);
    }
    return o;
}

} // namespace

QStringList TargetPreflight::reasons() const
{
    QStringList out;
    for (const preflight::Finding &f : findings) {
        if (f.severity != preflight::Severity::Blocking)
            continue;
        QString where = f.table.isEmpty() ? QString() : (f.schema.isEmpty() ? f.table : f.schema + u'.' + f.table);
        QString line = f.message;
        if (f.count >= 0 && !line.contains(QString::number(f.count)))
            line += QStringLiteral(" (%1)").arg(f.count);
        if (!where.isEmpty() && !line.contains(f.table))
            line = where + QStringLiteral(": ") + line;
        out.append(line);
    }
    return out;
}

QJsonObject FleetPreflightResult::toJson() const
{
    QJsonArray list;
    for (const TargetPreflight &t : targets) {
        QJsonArray fs;
        for (const preflight::Finding &f : t.findings)
            fs.append(findingJson(f));
        list.append(QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("database"), t.database},
                                {QStringLiteral("schema"), t.schema.isEmpty() ? QJsonValue() : QJsonValue(t.schema)},
                                {QStringLiteral("would_fail"), t.wouldFail()},
                                {QStringLiteral("blocking"), t.blocking},
                                {QStringLiteral("warnings"), t.warnings},
                                {QStringLiteral("reasons"), QJsonArray::fromStringList(t.reasons())},
                                {QStringLiteral("findings"), fs},
                                {QStringLiteral("error"), t.error ? QJsonValue(t.error.message) : QJsonValue()}});
    }
    return QJsonObject{{QStringLiteral("format_version"), 1},
                       {QStringLiteral("analysis"), preflight::ReportExport::toJsonObject(analysis)},
                       {QStringLiteral("targets"), list},
                       {QStringLiteral("summary"), QJsonObject{{QStringLiteral("targets"), int(targets.size())},
                                                               {QStringLiteral("would_fail"), failing},
                                                               {QStringLiteral("errors"), errors},
                                                               {QStringLiteral("elapsed_ms"), double(elapsedMs)}}}};
}

Result<FleetPreflightResult> FleetPreflight::run(const QList<Target> &targets, const PreflightRequest &req, FleetControl *control)
{
    QElapsedTimer clock;
    clock.start();
    FleetControl localControl;
    FleetControl *ctl = control ? control : &localControl;
    preflight::PreflightOptions po;
    po.source = req.source;
    po.rollbackSql = req.rollbackSql;
    po.dataChecks.statementTimeoutMs = req.statementTimeoutMs;
    po.analyzer.tenantColumns = req.tenantColumns;
    // Once: the statements, their locks and the lints (a syntax error ends it here).
    po.runDataChecks = false;
    auto offline = preflight::Preflight::run(req.sql, nullptr, po);
    if (!offline)
        return offline.error();
    QSet<QString> general;
    for (const preflight::Finding &f : offline->findings)
        general.insert(findingKey(f));
    po.runDataChecks = true;

    FleetPreflightResult result;
    result.analysis = *offline;
    result.targets.resize(targets.size());
    std::atomic_int done{0};
    const int total = int(targets.size());
    runBounded(total, req.jobs > 0 ? req.jobs : defaultJobs(total), ctl, [&](int i) {
        const Target &t = targets[i];
        TargetPreflight &r = result.targets[i];
        r.name = t.name;
        r.database = t.profile.displayString();
        r.schema = t.schema;
        auto c = Connection::open(t.sessionProfile(), SessionOptions::review(QStringLiteral("strata fleet preflight"), req.statementTimeoutMs));
        if (!c) {
            r.error = c.error();
        } else {
            FleetControl::Registration reg(ctl, c->get());
            JobControl jc = ctl->job();
            auto report = preflight::Preflight::run(req.sql, c->get(), po, &jc);
            if (!report) {
                r.error = report.error();
            } else {
                for (const preflight::Finding &f : report->findings) {
                    if (general.contains(findingKey(f)))
                        continue;
                    r.findings.append(f);
                    if (f.severity == preflight::Severity::Blocking)
                        ++r.blocking;
                    else if (f.severity == preflight::Severity::Warning)
                        ++r.warnings;
                }
            }
        }
        const int n = ++done;
        ctl->report(n, total, tr("Checked %1 of %2 targets").arg(n).arg(total));
    });
    if (ctl->isCanceled())
        return JobControl::canceledError();
    for (const TargetPreflight &t : std::as_const(result.targets)) {
        if (t.error)
            ++result.errors;
        else if (t.wouldFail())
            ++result.failing;
    }
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace strata::fleet
