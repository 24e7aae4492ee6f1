#pragma once
// A private PostgreSQL cluster made from the installed server binaries: initdb into a
// directory of its own, trust over a unix socket inside that directory (TCP only on
// request), stopped and removed on destruction. Leftovers of a crashed run (owner
// process gone) are stopped and removed by the next start.
//
// All calls block: use it from a worker thread, the CLI or a test.

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QString>

namespace strata {

struct ScratchOptions
{
    QString binDir;        // empty: pg_config --bindir, /usr/lib/postgresql/*/bin, PATH
    QString baseDir;       // empty: <temp>/strata-<uid>
    bool listenTcp = false;// also listen on 127.0.0.1:<free port>
    bool durable = false;  // false: fsync off (a throwaway cluster)
    bool passwordOverTcp = false; // TCP logins need a password (scram); the socket stays trust
    QString superuser = QStringLiteral("strata");
    int startTimeoutMs = 60000;
};

class ScratchServer
{
    Q_DECLARE_TR_FUNCTIONS(ScratchServer)
public:
    explicit ScratchServer(ScratchOptions options = {});
    ~ScratchServer();
    ScratchServer(const ScratchServer &) = delete;
    ScratchServer &operator=(const ScratchServer &) = delete;

    Error start();
    Error stop();                         // fast shutdown, then removes the directory
    Error stopImmediate();                // pg_ctl -m immediate equivalent (crash simulation); keeps the directory
    Error restart();                      // start again on the same directory after stopImmediate()
    bool isRunning() const;

    // CREATE DATABASE with a quoted name; the name may contain anything PostgreSQL allows.
    Error createDatabase(const QString &name);
    Error dropDatabase(const QString &name);

    ConnectionProfile profile(const QString &dbname = QStringLiteral("postgres")) const;
    QString socketDir() const { return m_instanceDir; }
    QString instanceDir() const { return m_instanceDir; }
    QString dataDir() const;
    QString binDir() const { return m_binDir; }
    int port() const { return m_port; }
    int majorVersion() const { return m_major; }
    qint64 postmasterPid() const;
    QString logTail(int lines = 20) const;

    // Locate initdb/postgres/pg_ctl; error sentence when there are none.
    static Result<QString> findBinDir(const QString &preferred = {});
    // Stops and removes instances under baseDir whose owner process is gone. Returns how many.
    static int cleanupLeftovers(const QString &baseDir = {});
    static QString defaultBaseDir();

private:
    Error runInitdb();
    Error spawnPostmaster();
    Error waitReady();
    Error prepareDirectories();

    ScratchOptions m_opt;
    QString m_binDir;
    QString m_instanceDir;
    int m_port = 0;
    int m_major = 0;
    qint64 m_pid = 0;
    bool m_running = false;
    // When we run as root the cluster runs as this account (initdb refuses root).
    uint m_runUid = 0;
    uint m_runGid = 0;
    bool m_dropPrivileges = false;
};

} // namespace strata
