#include "Version.h"

#include <QStringList>

namespace strata::version {

namespace {

// Compares two runs of ASCII digits as unbounded numbers.
int compareDigits(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == u'0')
        a = a.mid(1);
    while (b.size() > 1 && b.front() == u'0')
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

QList<QStringView> numericParts(QStringView v)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= v.size(); ++i) {
        if (i == v.size() || v[i] == u'.' || v[i] == u'_') {
            parts.append(v.mid(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

} // namespace

bool isNumeric(QStringView v)
{
    if (v.isEmpty())
        return false;
    bool lastWasDigit = false;
    for (QChar c : v) {
        if (isDigit(c)) {
            lastWasDigit = true;
        } else if ((c == u'.' || c == u'_') && lastWasDigit) {
            lastWasDigit = false;
        } else {
            return false;
        }
    }
    return lastWasDigit;
}

QString canonical(QStringView v)
{
    if (!isNumeric(v))
        return v.toString();
    QStringList out;
    for (QStringView p : numericParts(v)) {
        while (p.size() > 1 && p.front() == u'0')
            p = p.mid(1);
        out.append(p.toString());
    }
    while (out.size() > 1 && out.last() == u"0")
        out.removeLast();
    return out.join(u'.');
}

int compare(QStringView a, QStringView b)
{
    if (isNumeric(a) && isNumeric(b)) {
        const auto pa = numericParts(a);
        const auto pb = numericParts(b);
        const qsizetype n = std::max(pa.size(), pb.size());
        static const QString zero = QStringLiteral("0");
        for (qsizetype i = 0; i < n; ++i) {
            const int c = compareDigits(i < pa.size() ? pa[i] : QStringView(zero), i < pb.size() ? pb[i] : QStringView(zero));
            if (c != 0)
                return c;
        }
        return 0;
    }
    // Natural order: digit runs as numbers, everything else as text.
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && isDigit(a[ei]))
                ++ei;
            while (ej < b.size() && isDigit(b[ej]))
                ++ej;
            if (const int c = compareDigits(a.mid(i, ei - i), b.mid(j, ej - j)))
                return c;
            i = ei;
            j = ej;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j] ? -1 : 1;
            ++i;
            ++j;
        }
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return a.compare(b); // "01" vs "1": stable, distinct
}

} // namespace strata::version
