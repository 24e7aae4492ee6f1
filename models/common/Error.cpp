#include "Error.h"

namespace strata {

QString Error::fullText() const
{
    QString text = message;
    if (!detail.isEmpty())
        text += u'\n' + detail;
    if (!hint.isEmpty())
        text += u'\n' + hint;
    return text;
}

} // namespace strata
