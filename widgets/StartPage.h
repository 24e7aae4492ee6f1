#pragma once
// The first thing a user sees: open the demo, connect, or pick a recent connection.

#include "pg/ConnectionProfile.h"

#include <QWidget>

class QListWidget;

namespace strata {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void refreshRecent();

signals:
    void openDemoRequested();
    void connectRequested();
    void recentRequested(const strata::ConnectionProfile &profile);

private:
    QListWidget *m_recent;
    QList<ConnectionProfile> m_profiles;
};

} // namespace strata
