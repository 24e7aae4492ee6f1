#pragma once
// Saved connection profiles and recent connections, in QSettings.
// Passwords are never written here (ConnectionProfile::toSettings leaves them out).

#include "ConnectionProfile.h"

#include <QList>

namespace strata {

class ProfileStore
{
public:
    static QList<ConnectionProfile> profiles();
    static void saveProfiles(const QList<ConnectionProfile> &profiles);
    static QList<ConnectionProfile> recent();
    // Moves the profile to the front of the recent list (at most 10 are kept).
    static void addRecent(const ConnectionProfile &profile);
};

} // namespace strata
