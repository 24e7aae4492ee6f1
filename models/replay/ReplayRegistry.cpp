#include "ReplayRegistry.h"

#include "catalog/QuoteIdent.h"
#include "pg/Connection.h"
#include "pg/ProcessUtil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace strata::replay {

namespace {

QJsonObject toJson(const RegistryEntry &e)
{
    return {{QStringLiteral("pid"), double(e.pid)},
            {QStringLiteral("started"), QString::number(e.started)},
            {QStringLiteral("server"), e.server},
            {QStringLiteral("database"), e.database},
            {QStringLiteral("roles"), QJsonArray::fromStringList(e.roles)}};
}

RegistryEntry fromJson(const QJsonObject &o)
{
    RegistryEntry e;
    e.pid = qint64(o.value(QLatin1StringView("pid")).toDouble());
    e.started = o.value(QLatin1StringView("started")).toString().toULongLong();
    e.server = o.value(QLatin1StringView("server")).toString();
    e.database = o.value(QLatin1StringView("database")).toString();
    for (const QJsonValue &r : o.value(QLatin1StringView("roles")).toArray())
        e.roles.append(r.toString());
    return e;
}

QList<RegistryEntry> readAll()
{
    QList<RegistryEntry> out;
    QFile f(ReplayRegistry::path());
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QJsonArray a = QJsonDocument::fromJson(f.read(4 * 1024 * 1024)).array();
    for (const QJsonValue &v : a)
        if (v.isObject())
            out.append(fromJson(v.toObject()));
    return out;
}

bool writeAll(const QList<RegistryEntry> &entries)
{
    QJsonArray a;
    for (const RegistryEntry &e : entries)
        a.append(toJson(e));
    QSaveFile f(ReplayRegistry::path());
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(a).toJson(QJsonDocument::Compact));
    return f.commit();
}

// Serialises the read-modify-write of several processes.
template<class F>
auto locked(F f)
{
    QDir().mkpath(QFileInfo(ReplayRegistry::path()).absolutePath());
    QLockFile lock(ReplayRegistry::path() + QStringLiteral(".lock"));
    lock.tryLock(5000);
    return f();
}

} // namespace

QString ReplayRegistry::path()
{
    const QByteArray dir = qgetenv("STRATA_STATE_DIR");
    if (!dir.isEmpty())
        return QString::fromLocal8Bit(dir) + QStringLiteral("/replay-databases.json");
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return base + QStringLiteral("/strata/replay-databases.json");
}

bool ReplayRegistry::add(const RegistryEntry &e)
{
    return locked([&] {
        QList<RegistryEntry> all = readAll();
        all.append(e);
        return writeAll(all);
    });
}

void ReplayRegistry::remove(const QString &server, const QString &database)
{
    locked([&] {
        QList<RegistryEntry> all = readAll();
        all.removeIf([&](const RegistryEntry &e) { return e.server == server && e.database == database; });
        return writeAll(all);
    });
}

void ReplayRegistry::updateRoles(const QString &server, const QString &database, const QStringList &roles)
{
    locked([&] {
        QList<RegistryEntry> all = readAll();
        for (RegistryEntry &e : all)
            if (e.server == server && e.database == database)
                e.roles = roles;
        return writeAll(all);
    });
}

QList<RegistryEntry> ReplayRegistry::entries()
{
    return locked([] { return readAll(); });
}

QString ReplayRegistry::serverKey(Connection &c)
{
    return c.info().host + u':' + c.info().port;
}

QStringList ReplayRegistry::dropLeftovers(Connection &admin)
{
    const QString server = serverKey(admin);
    QStringList dropped;
    for (const RegistryEntry &e : entries()) {
        if (e.server != server)
            continue;
        if (proc::processAlive(e.pid) && proc::processStartTime(e.pid) == e.started)
            continue; // still replaying
        const ResultSet r = admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(catalog::quoteIdent(e.database)));
        if (!r.ok())
            continue; // try again next time
        for (const QString &role : e.roles)
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(catalog::quoteIdent(role)));
        remove(e.server, e.database);
        dropped.append(e.database);
    }
    return dropped;
}

} // namespace strata::replay
