#pragma once
// Fleet targets: the databases (or tenant schemas of one database) a fleet command
// works on. A targets file has one target per line, "name<TAB>libpq URI" or just a
// URI (the name is then the database name); "#" starts a comment, blank lines are
// skipped. Tenant schemas come from a read-only query or a LIKE pattern on one
// database. Passwords never come from the file: ~/.pgpass, PGPASSWORD or the keychain.

#include "common/Error.h"
#include "pg/ConnectionProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace strata {
class Connection;
}

namespace strata::fleet {

struct Target
{
    QString name;              // unique within the group
    ConnectionProfile profile; // the database
    QString schema;            // tenant schema; empty for a whole database
    bool isSchema() const { return !schema.isEmpty(); }
    // The profile a write session uses: for a tenant, with search_path set to its schema.
    ConnectionProfile sessionProfile() const;
};

class TargetsFile
{
    Q_DECLARE_TR_FUNCTIONS(TargetsFile)
public:
    // Parses the text of a targets file; errors name the file and the line.
    static Result<QList<Target>> parse(const QString &text, const QString &fileName = {});
    static Result<QList<Target>> read(const QString &path);
};

class TenantSchemas
{
    Q_DECLARE_TR_FUNCTIONS(TenantSchemas)
public:
    // True when `spec` is an SQL query (one SELECT/VALUES/WITH statement, parsed by
    // libpg_query); otherwise it is a LIKE pattern on schema names.
    static bool isQuery(const QString &spec);
    // The tenant schemas: the query's first column (run in a READ ONLY transaction) or the
    // schemas whose names match the LIKE pattern, sorted, without duplicates.
    static Result<QStringList> resolve(Connection &c, const QString &spec);
    // One target per schema of the database.
    static QList<Target> targets(const ConnectionProfile &db, const QStringList &schemas);
};

} // namespace strata::fleet
