#include "ProfileStore.h"

#include <QSettings>

namespace strata {

namespace {
QList<ConnectionProfile> readList(const QString &key)
{
    QSettings s;
    QList<ConnectionProfile> out;
    const QVariantList list = s.value(key).toList();
    for (const QVariant &v : list)
        out.append(ConnectionProfile::fromSettings(v.toMap()));
    return out;
}

void writeList(const QString &key, const QList<ConnectionProfile> &list)
{
    QVariantList out;
    for (const ConnectionProfile &p : list)
        out.append(p.toSettings());
    QSettings s;
    s.setValue(key, out);
}
} // namespace

QList<ConnectionProfile> ProfileStore::profiles()
{
    return readList(QStringLiteral("connections/profiles"));
}

void ProfileStore::saveProfiles(const QList<ConnectionProfile> &profiles)
{
    writeList(QStringLiteral("connections/profiles"), profiles);
}

QList<ConnectionProfile> ProfileStore::recent()
{
    return readList(QStringLiteral("connections/recent"));
}

void ProfileStore::addRecent(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> list = recent();
    ConnectionProfile p = profile;
    p.transientPassword.clear();
    list.removeIf([&p](const ConnectionProfile &o) { return o.displayString() == p.displayString(); });
    list.prepend(p);
    while (list.size() > 10)
        list.removeLast();
    writeList(QStringLiteral("connections/recent"), list);
}

} // namespace strata
