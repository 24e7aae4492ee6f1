#include "Error.h"

#include "SafeText.h"

namespace strata {

QString Error::fullText() const
{
    // The block logs and the CLI show: no password of a connection string in it.
    QString text = maskPasswords(message);
    if (!detail.isEmpty())
        text += u'\n' + maskPasswords(detail);
    if (!hint.isEmpty())
        text += u'\n' + maskPasswords(hint);
    return text;
}

} // namespace strata
