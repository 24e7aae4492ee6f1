#pragma once
// Where a migration folder is replayed: a private scratch server (running, owned by the
// caller) or a server the user named. Either way each replay gets a uniquely named empty
// database that is dropped on every way out (ThrowawayDatabase's destructor: success,
// error, cancel). On a named server the database and the roles created for it are first
// recorded in ReplayRegistry, so that a killed process's leftovers are dropped the next
// time Strata replays there (or the GUI connects to it).
//
// Blocking: worker threads, the CLI, tests.

#include "common/Error.h"
#include "pg/Connection.h"
#include "pg/ConnectionProfile.h"

#include <QCoreApplication>
#include <memory>

namespace strata {
class ScratchServer;
}

namespace strata::replay {

class ReplayTarget;

class ThrowawayDatabase
{
public:
    ThrowawayDatabase(ReplayTarget &target, QString name) : m_target(target), m_name(std::move(name)) {}
    ~ThrowawayDatabase();
    ThrowawayDatabase(const ThrowawayDatabase &) = delete;
    ThrowawayDatabase &operator=(const ThrowawayDatabase &) = delete;
    const QString &name() const { return m_name; }
    Result<std::unique_ptr<Connection>> connect(const QString &applicationName) const;
    // Creates the roles that do not exist yet, NOLOGIN; returns the ones created. On a named
    // server they are recorded and dropped with the database.
    Result<QStringList> createMissingRoles(Connection &c, const QStringList &roles);

private:
    ReplayTarget &m_target;
    QString m_name;
    QStringList m_roles;
};

class ReplayTarget
{
    Q_DECLARE_TR_FUNCTIONS(ReplayTarget)
public:
    explicit ReplayTarget(ScratchServer &server);
    // A server the user named (libpq URI or profile): checks that the user may create
    // databases and drops the leftovers of killed replays there.
    static Result<std::unique_ptr<ReplayTarget>> open(const ConnectionProfile &profile);
    // Drops what killed replays left on this server (ReplayRegistry); connects only when the
    // registry names anything. Returns the dropped database names.
    static Result<QStringList> dropLeftovers(const ConnectionProfile &profile);
    ~ReplayTarget();

    bool isPrivate() const { return m_scratch != nullptr; }
    int majorVersion() const { return m_major; }
    QString describe() const; // for sentences: "the private PostgreSQL 15 server", "db.example:5432"
    // A new empty database named <prefix>_<pid>_<n>_<random>.
    Result<std::unique_ptr<ThrowawayDatabase>> createDatabase(const QString &prefix);
    ConnectionProfile profileFor(const QString &dbname) const;

private:
    friend class ThrowawayDatabase;
    ReplayTarget() = default;
    Error drop(const QString &dbname, const QStringList &roles);

    ScratchServer *m_scratch = nullptr;
    ConnectionProfile m_profile; // named server: the user's profile (password in memory only)
    std::unique_ptr<Connection> m_admin;
    QString m_serverKey;
    int m_major = 0;
};

} // namespace strata::replay
