#include "PlanVerifier.h"
#include "PlanBuilder.h"
#include "catalog/DdlWriter.h"
#include "catalog/Introspector.h"
#include "pg/Connection.h"
#include "pg/ScratchServer.h"
#include "pg/Session.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <memory>
#include <optional>

namespace strata::diff {

using namespace catalog;

QString VerifyResult::summary() const
{
    switch (outcome) {
    case Outcome::Verified:
        return tr("verified");
    case Outcome::StepFailed:
        return tr("failed at step %1: %2 — %3").arg(failedStep).arg(failedSql.simplified().left(200), serverError);
    case Outcome::Residual:
        return tr("the script ran, but %n difference(s) from the target remain", nullptr,
                  residual.added + residual.removed + residual.changed);
    }
    return {};
}

QStringList VerifyResult::residualLines() const
{
    QStringList lines;
    for (const ObjectDiff &o : residual.objects) {
        if (o.state == ChangeState::Same)
            continue;
        QString line = stateId(o.state) + u' ' + o.key;
        if (!o.fields.isEmpty())
            line += QStringLiteral(" [") + o.fields.join(QStringLiteral(", ")) + u']';
        lines.append(line);
    }
    return lines;
}

namespace {

// Every role a snapshot names (owners, grantees, policy roles).
void rolesOf(const Snapshot &s, QSet<QString> &out)
{
    auto add = [&out](const QString &r) {
        if (!r.isEmpty())
            out.insert(r);
    };
    auto grants = [&add](const QList<Grant> &g) {
        for (const Grant &x : g)
            add(x.grantee);
    };
    for (const SchemaDef &x : s.schemas) { add(x.owner); grants(x.grants); }
    for (const TypeDef &x : s.types) { add(x.owner); grants(x.grants); }
    for (const SequenceDef &x : s.sequences) { add(x.owner); grants(x.grants); }
    for (const TableDef &x : s.tables) { add(x.owner); grants(x.grants); }
    for (const ViewDef &x : s.views) { add(x.owner); grants(x.grants); }
    for (const FunctionDef &x : s.functions) { add(x.owner); grants(x.grants); }
    for (const PolicyDef &x : s.policies)
        for (const QString &r : x.roles)
            add(r);
}

Result<std::unique_ptr<Connection>> openRw(const ConnectionProfile &p)
{
    SessionOptions o;
    o.readOnly = false;
    o.statementTimeoutMs = 0;
    o.applicationName = QStringLiteral("strata verify");
    return Connection::open(p, o);
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

// The throwaway database on a named server: created with a fresh name, dropped when the
// guard goes, whatever way the verification ends.
class ThrowawayDatabase
{
public:
    ~ThrowawayDatabase()
    {
        if (!m_name.isEmpty() && m_admin)
            m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_admin->quoteIdentifier(m_name)));
    }
    Result<ConnectionProfile> create(const ConnectionProfile &server)
    {
        auto admin = openRw(server);
        if (!admin)
            return admin.error();
        m_admin = std::move(*admin);
        const QString name = QStringLiteral("strata_verify_") + randomSuffix();
        ResultSet r = m_admin->exec(QStringLiteral("CREATE DATABASE %1").arg(m_admin->quoteIdentifier(name)));
        if (!r.ok())
            return r.error;
        m_name = name;
        ConnectionProfile p = server;
        p.dbname = name;
        return p;
    }

private:
    std::unique_ptr<Connection> m_admin;
    QString m_name;
};

} // namespace

Result<VerifyResult> PlanVerifier::verify(const Snapshot &a, const Snapshot &b, const Plan &plan, const VerifyOptions &options,
                                          JobControl *control)
{
    auto progress = [control](int step, const QString &text) -> Error {
        if (!control)
            return {};
        if (control->isCanceled())
            return JobControl::canceledError();
        control->setProgress(step, 4, text);
        return {};
    };
    VerifyResult out;
    QElapsedTimer t;
    t.start();

    // 1. Where: a private server, or a throwaway database on the named one.
    if (Error e = progress(0, tr("Starting a scratch database…")))
        return e;
    std::unique_ptr<ScratchServer> scratch;
    ThrowawayDatabase throwaway;
    ConnectionProfile where;
    const bool privateServer = options.serverUri.isEmpty();
    if (privateServer) {
        scratch = std::make_unique<ScratchServer>();
        if (Error e = scratch->start())
            return e;
        where = scratch->profile(QStringLiteral("postgres"));
    } else {
        auto server = ConnectionProfile::fromConnectionString(options.serverUri);
        if (!server)
            return server.error();
        auto db = throwaway.create(*server);
        if (!db)
            return db.error();
        where = *db;
    }
    auto opened = openRw(where);
    if (!opened)
        return opened.error();
    Connection &c = **opened;

    // 2. The roles, and schema A.
    QSet<QString> roles;
    rolesOf(a, roles);
    rolesOf(b, roles);
    QStringList missing;
    for (const QString &r : std::as_const(roles)) {
        ResultSet exists = c.exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1"), {r});
        if (!exists.ok())
            return exists.error;
        if (exists.rowCount() == 0)
            missing.append(r);
    }
    missing.sort();
    DiffOptions compare = options.diff;
    DdlOptions ddl;
    if (privateServer) {
        for (const QString &r : std::as_const(missing))
            if (ResultSet x = c.exec(QStringLiteral("CREATE ROLE %1 SUPERUSER NOLOGIN").arg(c.quoteIdentifier(r))); !x.ok())
                return x.error;
    } else if (!missing.isEmpty()) {
        ddl.owners = ddl.grants = false;
        compare.ignoreOwners = compare.ignoreGrants = true;
        out.notes.append(tr("The server has no role %1: owners and privileges are left out of the verification.")
                             .arg(missing.join(QStringLiteral(", "))));
    }
    ddl.owners = ddl.owners && a.scope.owners;
    ddl.grants = ddl.grants && a.scope.grants;
    // The script runs as the role that owns most of A, as it would on A's server.
    const QString runAs = ddl.owners ? mostCommonOwner(a) : QString();
    if (!runAs.isEmpty())
        if (ResultSet x = c.exec(QStringLiteral("SET ROLE %1").arg(c.quoteIdentifier(runAs))); !x.ok())
            return x.error;
    const QString schemaA = DdlWriter(ddl).script(a);
    if (ResultSet x = c.execScript(schemaA); !x.ok())
        return Error(Error::Kind::Internal, tr("Schema A could not be built on the scratch database: %1").arg(x.error.message),
                     x.error.detail);
    out.buildMs = t.restart();

    // 3. The plan, transaction by transaction: a transaction's steps go to the server in
    // one round trip (BEGIN; ...; COMMIT as one simple query); when it fails, the server
    // has rolled all of it back, and the steps run again one by one to name the one the
    // server refuses. A step outside a transaction (CONCURRENTLY) goes alone.
    if (Error e = progress(1, tr("Applying the script…")))
        return e;
    auto fail = [&out, &t](qsizetype i, const QString &sql, const QString &error) {
        out.outcome = VerifyResult::Outcome::StepFailed;
        out.failedStep = int(i) + 1;
        out.failedSql = sql;
        out.serverError = error;
        out.applyMs = t.elapsed();
    };
    for (const QList<qsizetype> &group : plan.transactions()) {
        if (control && control->isCanceled())
            return JobControl::canceledError();
        const bool block = plan.steps[group.first()].transactional;
        if (!block) {
            for (qsizetype i : group)
                if (ResultSet r = c.exec(plan.steps[i].sql); !r.ok()) {
                    fail(i, plan.steps[i].sql, r.error.message);
                    return out;
                }
            continue;
        }
        QString batch = QStringLiteral("BEGIN;\n");
        for (qsizetype i : group)
            batch += plan.steps[i].sql + QStringLiteral("\n;\n"); // the newline ends a trailing comment
        batch += QStringLiteral("COMMIT;");
        if (ResultSet x = c.execScript(batch); x.ok())
            continue;
        c.exec(QStringLiteral("ROLLBACK"));
        if (ResultSet x = c.exec(QStringLiteral("BEGIN")); !x.ok())
            return x.error;
        for (qsizetype i : group) {
            if (ResultSet r = c.exec(plan.steps[i].sql); !r.ok()) {
                c.exec(QStringLiteral("ROLLBACK"));
                fail(i, plan.steps[i].sql, r.error.message);
                return out;
            }
        }
        if (ResultSet x = c.exec(QStringLiteral("COMMIT")); !x.ok()) {
            fail(group.last(), QStringLiteral("COMMIT"), x.error.message);
            return out;
        }
    }
    c.exec(QStringLiteral("RESET ROLE"));
    out.applyMs = t.restart();

    // 4. The result against B.
    if (Error e = progress(2, tr("Comparing the result with the target…")))
        return e;
    IntrospectOptions io;
    io.includeSchemas = b.scope.includeSchemas;
    io.excludeSchemas = b.scope.excludeSchemas;
    io.owners = !compare.ignoreOwners;
    io.grants = !compare.ignoreGrants;
    io.stats = IntrospectOptions::Stats::None;
    // Two connections read the catalog, as a diff reads a live database (DiffSource).
    io.connections = 2;
    io.openConnection = [where] { return openRw(where); };
    auto result = Introspector::capture(c, io);
    if (!result)
        return result.error();
    compare.includeSame = false;
    out.residual = SchemaDiff::compare(*result, b, compare);
    out.compareMs = t.elapsed();
    if (out.residual.hasDifferences())
        out.outcome = VerifyResult::Outcome::Residual;
    progress(4, out.summary());
    return out;
}

} // namespace strata::diff
