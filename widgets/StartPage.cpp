#include "StartPage.h"
#include "pg/ProfileStore.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace strata {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("<h1>Strata</h1><p>Review a PostgreSQL schema before you change it: "
                                "migration history, schema diffs, pre-flight checks and guided runbooks.</p>"),
                             this);
    title->setWordWrap(true);
    auto *demo = new QCommandLinkButton(tr("Open the demo"),
                                        tr("A private PostgreSQL server with a multi-tenant support-desk "
                                           "schema and one risky pending migration."), this);
    auto *connectBtn = new QCommandLinkButton(tr("Connect to a database…"),
                                              tr("libpq URIs, key=value strings, service files and ~/.pgpass. "
                                                 "Review sessions are read-only."), this);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentConnections"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(title);
    layout->addWidget(demo);
    layout->addWidget(connectBtn);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("<b>Recent connections</b>"), this));
    layout->addWidget(m_recent, 1);

    connect(demo, &QCommandLinkButton::clicked, this, &StartPage::openDemoRequested);
    connect(connectBtn, &QCommandLinkButton::clicked, this, &StartPage::connectRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_recent->row(item);
        if (row >= 0 && row < m_profiles.size())
            emit recentRequested(m_profiles[row]);
    });
    refreshRecent();
}

void StartPage::refreshRecent()
{
    m_profiles = ProfileStore::recent();
    m_recent->clear();
    for (const ConnectionProfile &p : m_profiles)
        m_recent->addItem(p.name.isEmpty() ? p.displayString() : p.name + QStringLiteral(" — ") + p.displayString());
    if (m_profiles.isEmpty())
        m_recent->addItem(tr("(none yet)"));
}

} // namespace strata
