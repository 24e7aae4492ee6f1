#pragma once
// What the user asked to connect to. Plain value; never holds a password that
// could be written to disk (transientPassword is not serialized).

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QMetaType>
#include <QVariantMap>

namespace strata {

struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    QString name;            // display name of a saved profile
    QString host;            // host name, IP or unix socket directory
    QString port;
    QString dbname;          // taken literally: never expanded as a connection string
    QString user;
    QString sslmode;         // disable/allow/prefer/require/verify-ca/verify-full, empty = libpq default
    QString service;         // pg_service.conf entry
    QString options;         // libpq "options" (-c name=value ...)
    // Any other libpq keywords that came in with a URI (sslrootcert, target_session_attrs, ...).
    QList<QPair<QString, QString>> extra;
    // Only in memory: from a URI that carried one, or a prompt. Never saved.
    QString transientPassword;

    // A libpq URI (postgresql://...) or key=value string, parsed by libpq itself.
    static Result<ConnectionProfile> fromConnectionString(const QString &text);

    // Keyword/value pairs for PQconnectdbParams (expand_dbname = 0). Empty fields are left
    // out so that libpq's own defaults (PG* environment, service file, ~/.pgpass) apply.
    QList<QPair<QByteArray, QByteArray>> libpqParams(const QString &applicationName) const;

    // A URI for display and for the CLI; never contains a password.
    QString displayString() const;
    // Stable key for the keychain entry of this profile.
    QString keychainKey() const;
    // The server and database this profile reaches (user, host or service, port, database;
    // not its name, SSL mode or password): results and runbooks are tied to it.
    QString targetKey() const { return keychainKey(); }

    QVariantMap toSettings() const;
    static ConnectionProfile fromSettings(const QVariantMap &map);

    bool operator==(const ConnectionProfile &other) const = default;
};

} // namespace strata
Q_DECLARE_METATYPE(strata::ConnectionProfile)
