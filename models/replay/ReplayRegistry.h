#pragma once
// The throwaway databases (and roles) Strata created on servers the user named for a
// replay, recorded before they are created and struck out after they are dropped. A
// process that was killed leaves its lines behind; the next replay on the same server
// (and the GUI when it connects to it) drops what they name. The file lives in the user's
// data folder (0600); it holds server, user and database names, never a password.

#include "pg/ConnectionProfile.h"

#include <QList>
#include <QString>

namespace strata {
class Connection;
}

namespace strata::replay {

struct RegistryEntry
{
    qint64 pid = 0;           // the process that created it
    quint64 started = 0;      // its start time (a reused pid is another process)
    QString server;           // host:port as libpq reports it
    QString database;         // the throwaway database
    QStringList roles;        // roles created for the replay (dropped with it)
};

class ReplayRegistry
{
public:
    static QString path();                       // $STRATA_STATE_DIR or the user's data folder
    static bool add(const RegistryEntry &e);
    static void remove(const QString &server, const QString &database);
    static void updateRoles(const QString &server, const QString &database, const QStringList &roles);
    static QList<RegistryEntry> entries();
    // Drops the databases and roles of entries for this connection's server whose process is
    // gone, and strikes them out. Returns the dropped database names.
    static QStringList dropLeftovers(Connection &admin);
    static QString serverKey(Connection &c);
};

} // namespace strata::replay
