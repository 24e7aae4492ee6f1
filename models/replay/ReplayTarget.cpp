#include "ReplayTarget.h"

#include "ReplayRegistry.h"
#include "catalog/QuoteIdent.h"
#include "pg/ProcessUtil.h"
#include "pg/ScratchServer.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace strata::replay {

namespace {

SessionOptions writeSession(const QString &applicationName)
{
    SessionOptions so;
    so.readOnly = false;
    so.statementTimeoutMs = 0;
    so.applicationName = applicationName;
    return so;
}

} // namespace

ThrowawayDatabase::~ThrowawayDatabase()
{
    m_target.drop(m_name, m_roles);
}

Result<std::unique_ptr<Connection>> ThrowawayDatabase::connect(const QString &applicationName) const
{
    return Connection::open(m_target.profileFor(m_name), writeSession(applicationName));
}

Result<QStringList> ThrowawayDatabase::createMissingRoles(Connection &c, const QStringList &roles)
{
    if (roles.isEmpty())
        return QStringList();
    const QString list = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact));
    const ResultSet missing = c.exec(QStringLiteral("SELECT r FROM jsonb_array_elements_text($1::jsonb) AS r "
                                                    "WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) ORDER BY r COLLATE \"C\""),
                                     {list});
    if (!missing.ok())
        return missing.error;
    QStringList created;
    for (int i = 0; i < missing.rowCount(); ++i)
        created.append(missing.text(i, 0));
    if (created.isEmpty())
        return created;
    if (!m_target.isPrivate())
        ReplayRegistry::updateRoles(m_target.m_serverKey, m_name, m_roles + created);
    for (const QString &r : std::as_const(created)) {
        const ResultSet rs = c.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(catalog::quoteIdent(r)));
        if (!rs.ok()) {
            Error e = rs.error;
            e.message = ReplayTarget::tr("The role “%1” that the folder grants to could not be created on %2: %3")
                            .arg(r, m_target.describe(), rs.error.message);
            if (rs.error.sqlState == u"42501")
                e.hint = ReplayTarget::tr("Replaying there needs a user with CREATEROLE, or create the roles first.");
            return e;
        }
        m_roles.append(r);
    }
    return created;
}

ReplayTarget::ReplayTarget(ScratchServer &server) : m_scratch(&server), m_major(server.majorVersion()) {}

ReplayTarget::~ReplayTarget() = default;

Result<std::unique_ptr<ReplayTarget>> ReplayTarget::open(const ConnectionProfile &profile)
{
    std::unique_ptr<ReplayTarget> t(new ReplayTarget);
    t->m_profile = profile;
    auto admin = Connection::open(profile, writeSession(QStringLiteral("strata replay")));
    if (!admin)
        return admin.error();
    t->m_admin = std::move(*admin);
    t->m_major = t->m_admin->info().serverVersionNum / 10000;
    t->m_serverKey = ReplayRegistry::serverKey(*t->m_admin);
    const ResultSet may = t->m_admin->exec(QStringLiteral("SELECT rolcreatedb OR rolsuper, current_user FROM pg_roles WHERE rolname = current_user"));
    if (!may.ok())
        return may.error;
    if (may.rowCount() == 1 && may.text(0, 0) != u"t")
        return Error(Error::Kind::Usage,
                     tr("The user “%1” may not create databases on %2, and a replay needs a throwaway database of its own there.")
                         .arg(may.text(0, 1), t->describe()),
                     {}, tr("Use a user with CREATEDB, or replay on a private server (leave out --replay-on)."));
    ReplayRegistry::dropLeftovers(*t->m_admin);
    return t;
}

Result<QStringList> ReplayTarget::dropLeftovers(const ConnectionProfile &profile)
{
    if (ReplayRegistry::entries().isEmpty())
        return QStringList();
    auto admin = Connection::open(profile, writeSession(QStringLiteral("strata replay cleanup")));
    if (!admin)
        return admin.error();
    return ReplayRegistry::dropLeftovers(**admin);
}

QString ReplayTarget::describe() const
{
    if (m_scratch)
        return tr("the private PostgreSQL %1 server").arg(m_major);
    return m_profile.displayString();
}

ConnectionProfile ReplayTarget::profileFor(const QString &dbname) const
{
    if (m_scratch)
        return m_scratch->profile(dbname);
    ConnectionProfile p = m_profile;
    p.dbname = dbname; // a name, never expanded
    p.service.clear(); // the service could name another database
    return p;
}

Result<std::unique_ptr<ThrowawayDatabase>> ReplayTarget::createDatabase(const QString &prefix)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("%1_%2_%3_%4")
                             .arg(prefix)
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    if (m_scratch) {
        if (Error e = m_scratch->createDatabase(name))
            return e;
        return std::make_unique<ThrowawayDatabase>(*this, name);
    }
    // Recorded before it exists: a kill between the two leaves a line, not a database.
    RegistryEntry entry;
    entry.pid = QCoreApplication::applicationPid();
    entry.started = proc::processStartTime(entry.pid);
    entry.server = m_serverKey;
    entry.database = name;
    ReplayRegistry::add(entry);
    const ResultSet r = m_admin->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(catalog::quoteIdent(name)));
    if (!r.ok()) {
        ReplayRegistry::remove(m_serverKey, name);
        Error e = r.error;
        if (r.error.sqlState == u"42501")
            e.message = tr("The user may not create databases on %1, and a replay needs a throwaway database of its own there.").arg(describe());
        else
            e.message = tr("Could not create the throwaway database “%1” on %2: %3").arg(name, describe(), r.error.message);
        return e;
    }
    return std::make_unique<ThrowawayDatabase>(*this, name);
}

Error ReplayTarget::drop(const QString &dbname, const QStringList &roles)
{
    if (m_scratch) {
        Error e = m_scratch->dropDatabase(dbname);
        // Roles are cluster-wide; on the private server they go with it.
        return e;
    }
    ResultSet r = m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(catalog::quoteIdent(dbname)));
    if (!r.ok() && m_major < 13)
        r = m_admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(catalog::quoteIdent(dbname)));
    if (!r.ok())
        return r.error; // stays in the registry: dropped next time
    for (const QString &role : roles)
        m_admin->exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(catalog::quoteIdent(role)));
    ReplayRegistry::remove(m_serverKey, dbname);
    return {};
}

} // namespace strata::replay
