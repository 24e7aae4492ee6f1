#include "ConnectionDialog.h"
#include "common/Deliver.h"
#include "ErrorBanner.h"
#include "PasswordStore.h"
#include "pg/ProfileStore.h"
#include "pg/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace strata {

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent), m_passwords(PasswordStore::instance())
{
    setWindowTitle(tr("Connect to PostgreSQL"));
    m_list = new QListWidget(this);
    auto *newBtn = new QPushButton(tr("New"), this);
    auto *delBtn = new QPushButton(tr("Delete"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Saved connections"), this));
    left->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newBtn);
    leftButtons->addWidget(delBtn);
    left->addLayout(leftButtons);

    m_uri = new QLineEdit(this);
    m_uri->setPlaceholderText(tr("postgresql://user@host:5432/dbname?sslmode=require  or  host=… dbname=…"));
    auto *fill = new QPushButton(tr("Fill in"), this);
    m_name = new QLineEdit(this);
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("localhost, an IP, or a socket directory"));
    m_port = new QLineEdit(this);
    m_port->setPlaceholderText(QStringLiteral("5432"));
    m_db = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: keychain, ~/.pgpass or ask"));
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_sslmode = new QComboBox(this);
    m_sslmode->addItem(tr("libpq default (prefer)"), QString());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslmode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_service = new QLineEdit(this);
    m_service->setPlaceholderText(tr("entry in pg_service.conf (optional)"));

    auto *uriRow = new QHBoxLayout;
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(fill);
    auto *form = new QFormLayout;
    form->addRow(tr("Connection string"), uriRow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Host"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_db);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("SSL mode"), m_sslmode);
    form->addRow(tr("Service"), m_service);

    m_banner = new ErrorBanner(this);
    m_test = new QPushButton(tr("Test connection"), this);
    auto *save = new QPushButton(tr("Save"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(save, QDialogButtonBox::ActionRole);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_banner);
    right->addStretch(1);
    right->addWidget(buttons);

    auto *root = new QHBoxLayout(this);
    root->addLayout(left, 1);
    root->addLayout(right, 3);

    connect(fill, &QPushButton::clicked, this, &ConnectionDialog::applyConnectionString);
    connect(m_uri, &QLineEdit::returnPressed, this, &ConnectionDialog::applyConnectionString);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(save, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(delBtn, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(newBtn, &QPushButton::clicked, this, [this] { m_list->clearSelection(); setProfile({}); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionDialog::profileSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { rememberPasswordIfAsked(); accept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadProfiles();
    resize(760, 460);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::loadProfiles()
{
    m_profiles = ProfileStore::profiles();
    m_list->clear();
    for (const ConnectionProfile &p : m_profiles)
        m_list->addItem(p.name.isEmpty() ? p.displayString() : p.name);
}

void ConnectionDialog::profileSelected(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    setProfile(m_profiles[row]);
    const QString key = m_profiles[row].keychainKey();
    m_passwords->read(key, [this, key](const QString &pw, const Error &e) {
        if (e.isError() || pw.isEmpty() || profile().keychainKey() != key)
            return; // no keychain or no entry: libpq may still find ~/.pgpass
        m_password->setText(pw);
        m_remember->setChecked(true);
    });
}

void ConnectionDialog::setProfile(const ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_host->setText(p.host);
    m_port->setText(p.port);
    m_db->setText(p.dbname);
    m_user->setText(p.user);
    m_password->setText(p.transientPassword);
    m_service->setText(p.service);
    const int idx = m_sslmode->findData(p.sslmode);
    m_sslmode->setCurrentIndex(idx < 0 ? 0 : idx);
    m_banner->hide();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    // keep keywords we have no field for (sslrootcert, target_session_attrs, ...)
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_profiles.size())
        p.extra = m_profiles[row].extra;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->text().trimmed();
    p.dbname = m_db->text(); // literal: never trimmed or expanded
    p.user = m_user->text().trimmed();
    p.transientPassword = m_password->text();
    p.sslmode = m_sslmode->currentData().toString();
    p.service = m_service->text().trimmed();
    return p;
}

void ConnectionDialog::applyConnectionString()
{
    auto r = ConnectionProfile::fromConnectionString(m_uri->text());
    if (!r) {
        m_banner->showError(r.error());
        return;
    }
    ConnectionProfile p = *r;
    // A connection string is a new connection: it does not take over the saved profile
    // that was selected (its name, its keychain entry). A name typed for it stays.
    const int row = m_list->currentRow();
    const bool savedName = row >= 0 && row < m_profiles.size() && m_name->text() == m_profiles[row].name;
    if (p.name.isEmpty() && !savedName)
        p.name = m_name->text();
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    setProfile(p);
    m_uri->clear(); // it may have held a password
}

void ConnectionDialog::testConnection()
{
    m_test->setEnabled(false);
    m_banner->showInfo(tr("Connecting…"));
    const quint64 gen = ++m_testGeneration;
    m_testSession = std::make_unique<Session>();
    deliver(m_testSession->open(profile()), this, [this, gen](const Result<ConnectionInfo> &r) {
        if (gen != m_testGeneration)
            return;
        m_test->setEnabled(true);
        if (!r) {
            m_banner->showError(r.error());
            emit testFinished(false);
            return;
        }
        const ConnectionInfo &i = *r;
        const QString ssl = i.sslInUse ? tr("encrypted (%1)").arg(i.sslProtocol) : tr("not encrypted");
        m_banner->showInfo(tr("Connected to PostgreSQL %1 as %2, database %3; connection %4.")
                               .arg(i.serverVersion, i.user, i.dbname, ssl));
        emit testFinished(true);
    });
}

void ConnectionDialog::saveProfile()
{
    ConnectionProfile p = profile();
    if (p.name.isEmpty())
        p.name = p.displayString();
    const QString pw = p.transientPassword;
    p.transientPassword.clear();
    bool replaced = false;
    for (ConnectionProfile &o : m_profiles)
        if (o.name == p.name) {
            o = p;
            replaced = true;
        }
    if (!replaced)
        m_profiles.append(p);
    ProfileStore::saveProfiles(m_profiles);
    loadProfiles();
    rememberPasswordIfAsked();
    m_banner->showInfo(tr("Saved “%1”. The password is not stored in the settings.").arg(p.name));
}

void ConnectionDialog::deleteProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    const QString key = m_profiles[row].keychainKey();
    m_passwords->remove(key, [](const Error &) {});
    m_profiles.removeAt(row);
    ProfileStore::saveProfiles(m_profiles);
    loadProfiles();
}

void ConnectionDialog::rememberPasswordIfAsked()
{
    const ConnectionProfile p = profile();
    if (!m_remember->isChecked() || p.transientPassword.isEmpty())
        return;
    QPointer<ErrorBanner> banner = m_banner;
    m_passwords->write(p.keychainKey(), p.transientPassword, [banner](const Error &e) {
        if (e.isError() && banner)
            banner->showError(e);
    });
}

} // namespace strata
