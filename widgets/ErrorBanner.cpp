#include "ErrorBanner.h"
#include "DarkPalette.h"
#include "common/SafeText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace strata {

ErrorBanner::ErrorBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("ErrorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // names in messages are never markup
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_message->font();
    bold.setBold(true);
    m_message->setFont(bold);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    m_toggle = new QToolButton(this);
    m_toggle->setText(tr("Details"));
    m_toggle->setCheckable(true);
    m_close = new QToolButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAutoRaise(true);

    auto *text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addWidget(m_details);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 6, 8, 6);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    row->addWidget(m_toggle, 0, Qt::AlignTop);
    row->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_toggle, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void ErrorBanner::showError(const Error &error)
{
    // Fields set after the Error was made are masked here too: no password on screen.
    m_error = error;
    m_error.message = maskPasswords(error.message);
    m_error.detail = maskPasswords(error.detail);
    m_error.hint = maskPasswords(error.hint);
    QPalette pal = palette();
    const bool dark = isDarkPalette(pal);
    pal.setColor(QPalette::Window, dark ? QColor(0x5c, 0x24, 0x24) : QColor(0xfd, 0xec, 0xea));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0xe0) : QColor(0x5f, 0x10, 0x10));
    setPalette(pal);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_message->setText(m_error.message);
    updateDetails();
    show();
}

void ErrorBanner::showInfo(const QString &message)
{
    m_error = Error();
    QPalette pal = palette();
    const bool dark = isDarkPalette(pal);
    pal.setColor(QPalette::Window, dark ? QColor(0x1f, 0x3a, 0x5a) : QColor(0xe8, 0xf1, 0xfb));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xe0, 0xee, 0xff) : QColor(0x10, 0x2a, 0x4a));
    setPalette(pal);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    m_message->setText(maskPasswords(message));
    updateDetails();
    show();
}

void ErrorBanner::updateDetails()
{
    QStringList parts;
    if (!m_error.detail.isEmpty())
        parts << m_error.detail.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    if (!m_error.hint.isEmpty())
        parts << tr("<b>Hint:</b> %1").arg(m_error.hint.toHtmlEscaped());
    if (!m_error.sqlState.isEmpty())
        parts << tr("SQLSTATE %1").arg(m_error.sqlState);
    m_details->setText(parts.join(QStringLiteral("<br>")));
    m_toggle->setVisible(!parts.isEmpty());
    // A hint is the part people need: show it at once.
    m_toggle->setChecked(!m_error.hint.isEmpty());
    m_details->setVisible(m_toggle->isChecked());
}

QString ErrorBanner::text() const
{
    return m_message->text();
}

} // namespace strata
