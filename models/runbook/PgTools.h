#pragma once
// The client programs a backup uses (pg_dump, pg_restore): where they are, which major
// version they have, and the connection string they get (as an argument, never a shell).

#include "common/Error.h"
#include "pg/ConnectionProfile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace strata::runbook {

struct PgTool
{
    QString path;
    int major = 0;       // 15 for "pg_dump (PostgreSQL) 15.4"
    QString version;     // "15.4"
};

class PgTools
{
    Q_DECLARE_TR_FUNCTIONS(PgTools)
public:
    // The newest installed program (PATH, pg_config --bindir, /usr/lib/postgresql/*/bin)
    // whose major version is at least minMajor; no value when there is none.
    static std::optional<PgTool> find(const QString &program, int minMajor);
    // "pg_dump (PostgreSQL) 15.4 (Debian ...)" -> 15 / "15.4"; major 0 when unreadable.
    static PgTool probe(const QString &path);
    // key='value' connection string for the client programs (no password in it).
    static QString conninfo(const ConnectionProfile &p);
    // Environment for the child: PGPASSWORD when the profile carries a transient password.
    static QProcessEnvironment environment(const ConnectionProfile &p);
};

} // namespace strata::runbook
