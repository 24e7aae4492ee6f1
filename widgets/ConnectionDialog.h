#pragma once
// Saved profiles on the left, the connection form on the right, "Test connection"
// answered in place. URIs and key=value strings are parsed by libpq into the form.

#include "pg/ConnectionProfile.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace strata {

class ErrorBanner;
class PasswordStore;
class Session;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    void setProfile(const ConnectionProfile &profile);
    // The profile as entered; transientPassword holds the typed password (never saved).
    ConnectionProfile profile() const;

    QLineEdit *connectionStringEdit() const { return m_uri; }
    ErrorBanner *banner() const { return m_banner; }

    void testConnection();

signals:
    void testFinished(bool ok);

private:
    void applyConnectionString();
    void loadProfiles();
    void saveProfile();
    void deleteProfile();
    void profileSelected(int row);
    void rememberPasswordIfAsked();

    QList<ConnectionProfile> m_profiles;
    QListWidget *m_list;
    QLineEdit *m_uri, *m_name, *m_host, *m_port, *m_db, *m_user, *m_password, *m_service;
    QComboBox *m_sslmode;
    QCheckBox *m_remember;
    ErrorBanner *m_banner;
    QPushButton *m_test;
    PasswordStore *m_passwords;
    std::unique_ptr<Session> m_testSession;
    quint64 m_testGeneration = 0;
};

} // namespace strata
