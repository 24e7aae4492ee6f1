#pragma once
// A generated fleet for the fleet tests and the screenshot: a dbmate folder of three
// migrations, databases (or tenant schemas) with some of them applied, some drifted.

#include "TestServer.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace strata::test::fleet {

inline const QStringList &migrationVersions()
{
    static const QStringList v{QStringLiteral("20240101000001"), QStringLiteral("20240101000002"), QStringLiteral("20240101000003")};
    return v;
}

inline const QStringList &migrationUps()
{
    static const QStringList ups{
        QStringLiteral("CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, handle text);\n"),
        QStringLiteral("ALTER TABLE items ADD COLUMN owner text;\nCREATE INDEX items_owner_idx ON items (owner);\n"),
        QStringLiteral("CREATE TABLE audit_log (id serial PRIMARY KEY, note text, item_id bigint REFERENCES items (id));\n"),
    };
    return ups;
}

// Writes the dbmate folder into dir.
inline bool writeMigrations(const QString &dir)
{
    const QStringList names{QStringLiteral("items"), QStringLiteral("owner"), QStringLiteral("audit_log")};
    QDir().mkpath(dir);
    for (int i = 0; i < 3; ++i) {
        QFile f(QDir(dir).filePath(migrationVersions()[i] + u'_' + names[i] + QStringLiteral(".sql")));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QString(QStringLiteral("-- migrate:up\n") + migrationUps()[i] + QStringLiteral("\n-- migrate:down\n")).toUtf8());
    }
    return true;
}

// SQL that applies the first `applied` migrations in `schema` (empty: the default
// schema) and records them in a dbmate ledger there; drift adds a column and an index.
inline QString applySql(int applied, bool drift, const QString &schema = {})
{
    QString sql;
    const QString q = schema.isEmpty() ? QString() : schema + u'.';
    if (!schema.isEmpty())
        sql += QStringLiteral("CREATE SCHEMA %1;\nSET search_path = %1;\n").arg(schema);
    sql += QStringLiteral("CREATE TABLE %1schema_migrations (version varchar(128) PRIMARY KEY);\n").arg(q);
    for (int i = 0; i < applied; ++i)
        sql += migrationUps()[i] + QStringLiteral("INSERT INTO %1schema_migrations VALUES ('%2');\n").arg(q, migrationVersions()[i]);
    if (drift)
        sql += QStringLiteral("ALTER TABLE %1items ADD COLUMN hotfix boolean;\n").arg(q);
    if (!schema.isEmpty())
        sql += QStringLiteral("RESET search_path;\n");
    return sql;
}

// Expected state of generated target i (the rule the generators below follow).
struct Expected
{
    int applied;
    bool drift;
};
inline Expected expectedFor(int i)
{
    return Expected{i % 3 == 1 ? 2 : 3, i % 5 == 2};
}

struct Cli
{
    int exitCode = -1;
    bool crashed = false;
    QString out, err;
};

// strata-cli with English messages and the given extra environment.
inline Cli runCli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("STRATA_LANG"), QStringLiteral("en"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(STRATA_CLI_PATH), args);
    p.closeWriteChannel();
    p.waitForFinished(180000);
    return Cli{p.exitCode(), p.exitStatus() != QProcess::NormalExit, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

// A number from the first row of a query on a database (-1000 when it fails).
inline qint64 scalar(const ConnectionProfile &p, const QString &sql)
{
    auto c = Connection::open(p);
    if (!c)
        return -1000;
    const ResultSet r = (*c)->exec(sql);
    return r.ok() && r.rowCount() > 0 ? r.toInt64(0, 0) : -1000;
}

} // namespace strata::test::fleet
