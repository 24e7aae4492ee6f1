#pragma once
// An in-place error strip: the sentence, the server's message and hint on demand,
// and a close button. Views show errors where they happened, not in a modal box.

#include "common/Error.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace strata {

class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);
    void showError(const Error &error);
    void showInfo(const QString &message);
    const Error &error() const { return m_error; }
    QString text() const;

private:
    void updateDetails();
    Error m_error;
    QLabel *m_icon;
    QLabel *m_message;
    QLabel *m_details;
    QToolButton *m_toggle;
    QToolButton *m_close;
};

} // namespace strata
