#pragma once
// A private PostgreSQL cluster made from the installed server binaries: initdb into a
// directory of its own (0700, owned by us), trust only over the unix socket inside that
// directory; TCP on 127.0.0.1 only on request, and then with scram-sha-256 and a password
// generated for this start that lives in memory only. Stopped and removed on destruction. Leftovers of a crashed run (owner
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
    bool listenTcp = false;// also listen on 127.0.0.1:<free port>; logins there need password()
    bool durable = false;  // false: fsync off (a throwaway cluster)
    QString superuser = QStringLiteral("strata");
    int startTimeoutMs = 60000;
    // Where fresh clusters are kept for the next start (ClusterTemplate.h); empty: always initdb.
    QString templateCache = defaultTemplateCache();
    static QString defaultTemplateCache();
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
    // With listenTcp: 127.0.0.1, the port and the superuser's password (as a transient password).
    ConnectionProfile tcpProfile(const QString &dbname = QStringLiteral("postgres")) const;
    // With listenTcp: the superuser's password for TCP logins, made for this start (never on disk).
    QString password() const { return m_password; }
    QString socketDir() const { return m_instanceDir; }
    QString instanceDir() const { return m_instanceDir; }
    QString dataDir() const;
    QString binDir() const { return m_binDir; }
    int port() const { return m_port; }
    int majorVersion() const { return m_major; }
    // Whether the last start copied a cached fresh cluster instead of running initdb.
    bool startedFromTemplate() const { return m_fromTemplate; }
    qint64 postmasterPid() const;
    QString logTail(int lines = 20) const;

    // Locate initdb/postgres/pg_ctl; error sentence when there are none.
    static Result<QString> findBinDir(const QString &preferred = {});
    // Stops and removes instances under baseDir whose owner process is gone. Returns how many.
    static int cleanupLeftovers(const QString &baseDir = {});
    static QString defaultBaseDir();

private:
    Error runInitdb();
    QStringList initdbArguments() const;
    Error makeCluster();
    Error spawnPostmaster();
    Error waitReady();
    Error prepareDirectories();
    Error setTcpPassword();

    ScratchOptions m_opt;
    QString m_binDir;
    QString m_instanceDir;
    int m_port = 0;
    QString m_password;
    int m_major = 0;
    qint64 m_pid = 0;
    bool m_running = false;
    bool m_fromTemplate = false;
    // When we run as root the cluster runs as this account (initdb refuses root).
    uint m_runUid = 0;
    uint m_runGid = 0;
    bool m_dropPrivileges = false;
};

} // namespace strata
