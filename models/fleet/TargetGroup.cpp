#include "TargetGroup.h"

#include "pg/Connection.h"

#include <QHash>
#include <QSettings>

namespace strata::fleet {

namespace {
// Fills connections without a password from `lookup`, asking once per keychain key.
class PasswordFiller
{
public:
    explicit PasswordFiller(const TargetGroup::PasswordLookup &lookup) : m_lookup(lookup) {}
    void fill(ConnectionProfile &p)
    {
        if (!m_lookup || !p.transientPassword.isEmpty())
            return;
        const QString key = p.keychainKey();
        auto it = m_found.constFind(key);
        if (it == m_found.constEnd())
            it = m_found.insert(key, m_lookup(p));
        p.transientPassword = *it;
    }

private:
    const TargetGroup::PasswordLookup &m_lookup;
    QHash<QString, QString> m_found; // keychain key -> password (empty: none stored)
};
} // namespace

void TargetGroup::applyPasswords(QList<Target> &targets, const PasswordLookup &lookup)
{
    PasswordFiller filler(lookup);
    for (Target &t : targets)
        filler.fill(t.profile);
}

Result<QList<Target>> TargetGroup::resolve(const PasswordLookup &lookup) const
{
    if (!targetsFile.isEmpty()) {
        auto targets = TargetsFile::read(targetsFile);
        if (targets)
            applyPasswords(*targets, lookup);
        return targets;
    }
    if (database.isEmpty())
        return Error(Error::Kind::Usage, tr("The group “%1” names neither a targets file nor a database.").arg(name));
    auto profile = ConnectionProfile::fromConnectionString(database);
    if (!profile)
        return profile.error();
    PasswordFiller(lookup).fill(*profile);
    auto c = Connection::open(*profile, SessionOptions::review(QStringLiteral("strata fleet"), 60000));
    if (!c)
        return c.error();
    auto schemas = TenantSchemas::resolve(**c, tenantSchemas);
    if (!schemas)
        return schemas.error();
    return TenantSchemas::targets(*profile, *schemas);
}

QVariantMap TargetGroup::toSettings() const
{
    QString db = database;
    // Never a password on disk: keep the URI as libpq parsed it, without one.
    if (auto p = ConnectionProfile::fromConnectionString(database); p && !p->transientPassword.isEmpty())
        db = p->displayString();
    return QVariantMap{{QStringLiteral("name"), name},
                       {QStringLiteral("targetsFile"), targetsFile},
                       {QStringLiteral("database"), db},
                       {QStringLiteral("tenantSchemas"), tenantSchemas}};
}

TargetGroup TargetGroup::fromSettings(const QVariantMap &map)
{
    TargetGroup g;
    g.name = map.value(QStringLiteral("name")).toString();
    g.targetsFile = map.value(QStringLiteral("targetsFile")).toString();
    g.database = map.value(QStringLiteral("database")).toString();
    g.tenantSchemas = map.value(QStringLiteral("tenantSchemas")).toString();
    return g;
}

QList<TargetGroup> TargetGroupStore::groups()
{
    QSettings s;
    QList<TargetGroup> out;
    for (const QVariant &v : s.value(QStringLiteral("connections/fleets")).toList())
        out.append(TargetGroup::fromSettings(v.toMap()));
    return out;
}

void TargetGroupStore::save(const QList<TargetGroup> &groups)
{
    QVariantList list;
    for (const TargetGroup &g : groups)
        list.append(g.toSettings());
    QSettings s;
    s.setValue(QStringLiteral("connections/fleets"), list);
}

} // namespace strata::fleet
