#pragma once
// A named target group as the user defines it: a targets file, or one database and its
// tenant schemas (a read-only query or a LIKE pattern). Saved with the connection
// profiles in QSettings ("connections/fleets"); the database is kept as a URI without
// a password (passwords come from the keychain or ~/.pgpass, as for profiles).

#include "Target.h"

#include <QVariantMap>
#include <functional>

namespace strata::fleet {

struct TargetGroup
{
    Q_DECLARE_TR_FUNCTIONS(TargetGroup)
public:
    QString name;
    QString targetsFile;    // a targets file, or
    QString database;       // one database (URI / key=value, no password) ...
    QString tenantSchemas;  // ... and its tenant schemas: SELECT query or LIKE pattern

    bool isTenants() const { return targetsFile.isEmpty(); }
    // A stored password for a connection that carries none (the keychain), or empty.
    using PasswordLookup = std::function<QString(const ConnectionProfile &)>;
    // The targets: the file read, or the tenant schemas resolved on the database
    // (one read-only connection). Every connection without a password gets the one
    // `lookup` finds (asked once per keychain key); passwords stay in memory only.
    Result<QList<Target>> resolve(const PasswordLookup &lookup = {}) const;
    // Gives every target whose connection carries no password the one `lookup` finds
    // (asked once per keychain key): for resolved groups and for a rollout's saved plan,
    // which keeps no passwords.
    static void applyPasswords(QList<Target> &targets, const PasswordLookup &lookup);

    QVariantMap toSettings() const;
    static TargetGroup fromSettings(const QVariantMap &map);
    bool operator==(const TargetGroup &) const = default;
};

class TargetGroupStore
{
public:
    static QList<TargetGroup> groups();
    static void save(const QList<TargetGroup> &groups);
};

} // namespace strata::fleet
