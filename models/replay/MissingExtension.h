#pragma once
// The sentence for a CREATE EXTENSION the replay server cannot satisfy: the extension,
// the Debian package that ships it for the server's major version (when there is one),
// and replaying on a server that has it as the way out.

#include <QCoreApplication>
#include <QString>

namespace strata::replay {

class MissingExtension
{
    Q_DECLARE_TR_FUNCTIONS(MissingExtension)
public:
    // "postgresql-15-postgis-3" for postgis on 15; "" when Debian has no package for it.
    static QString debianPackage(const QString &extension, int major);
    // True for the server errors a missing extension gives (no control file, not available).
    static bool isMissingExtension(const QString &sqlState, const QString &message);
    static QString sentence(const QString &file, int line, const QString &extension, const QString &server, int major, bool privateServer);
};

} // namespace strata::replay
