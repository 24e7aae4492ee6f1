#include "ExprConstants.h"

#include <QList>

namespace strata::catalog::deparse {

namespace {

// A by-value datum from the 8 bytes of outDatum's Datum, as a 64-bit little-endian server
// writes them: a narrower value is sign- or zero-extended into the high bytes. Anything
// else (a 32-bit or big-endian server) is not read, and the server prints the expression.
std::optional<qint64> byValue(const QByteArray &d, int size, bool isSigned)
{
    if (d.size() != 8)
        return std::nullopt;
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | quint8(d[i]);
    if (size < 8) {
        const int bits = size * 8;
        const quint64 low = v & ((quint64(1) << bits) - 1);
        const bool negative = isSigned && ((low >> (bits - 1)) & 1);
        const quint64 expected = negative ? (low | (~quint64(0) << bits)) : low;
        if (v != expected)
            return std::nullopt;
    }
    return qint64(v);
}

// The payload of a varlena datum without its header; nothing for compressed or TOASTed ones.
std::optional<QByteArray> varlena(const QByteArray &d)
{
    if (d.isEmpty())
        return std::nullopt;
    const quint8 first = quint8(d[0]);
    if (first & 0x01) { // one-byte header (0x01 alone: a TOAST pointer)
        const int size = (first >> 1) & 0x7F;
        if (first == 0x01 || size < 1 || size > d.size())
            return std::nullopt;
        return d.mid(1, size - 1);
    }
    if ((first & 0x03) != 0 || d.size() < 4) // compressed inline
        return std::nullopt;
    const quint32 header = quint32(quint8(d[0])) | quint32(quint8(d[1])) << 8 | quint32(quint8(d[2])) << 16
                         | quint32(quint8(d[3])) << 24;
    const qsizetype size = qsizetype(header >> 2);
    if (size < 4 || size > d.size())
        return std::nullopt;
    return d.mid(4, size - 4);
}

qint16 int16At(const QByteArray &p, qsizetype at)
{
    return qint16(quint16(quint8(p[at])) | quint16(quint8(p[at + 1])) << 8);
}

// numeric_out of the on-disk numeric format (base-10000 digits).
std::optional<QString> numericText(const QByteArray &p)
{
    if (p.size() < 2)
        return std::nullopt;
    const quint16 header = quint16(int16At(p, 0));
    bool negative = false;
    int dscale = 0, weight = 0;
    qsizetype at = 2;
    switch (header & 0xC000) {
    case 0x8000: // short
        negative = header & 0x2000;
        dscale = (header & 0x1F80) >> 7;
        weight = (header & 0x0040) ? int(~0x003F | (header & 0x003F)) : int(header & 0x003F);
        break;
    case 0x0000:
    case 0x4000:
        if (p.size() < 4)
            return std::nullopt;
        negative = (header & 0xC000) == 0x4000;
        dscale = header & 0x3FFF;
        weight = int16At(p, 2);
        at = 4;
        break;
    default: // NaN, infinities
        return std::nullopt;
    }
    if ((p.size() - at) % 2 != 0)
        return std::nullopt;
    QList<int> digits;
    for (; at < p.size(); at += 2) {
        const int d = int16At(p, at);
        if (d < 0 || d > 9999)
            return std::nullopt;
        digits.append(d);
    }
    const auto digit = [&](int i) { return i >= 0 && i < digits.size() ? digits[i] : 0; };
    QString s;
    if (negative)
        s += u'-';
    int d = 0;
    if (weight < 0) {
        d = weight + 1;
        s += u'0';
    } else {
        for (; d <= weight; ++d)
            s += d == 0 ? QString::number(digit(d)) : QStringLiteral("%1").arg(digit(d), 4, 10, QChar(u'0'));
    }
    if (dscale > 0) {
        QString frac;
        for (; frac.size() < dscale; ++d)
            frac += QStringLiteral("%1").arg(digit(d), 4, 10, QChar(u'0'));
        s += u'.' + frac.left(dscale);
    }
    return s;
}

} // namespace

std::optional<QString> constantText(quint32 type, const QByteArray &d)
{
    switch (type) {
    case kInt2:
        if (auto v = byValue(d, 2, true))
            return QString::number(*v);
        return std::nullopt;
    case kInt4:
        if (auto v = byValue(d, 4, true))
            return QString::number(*v);
        return std::nullopt;
    case kInt8:
        if (auto v = byValue(d, 8, true))
            return QString::number(*v);
        return std::nullopt;
    case kOid:
        if (auto v = byValue(d, 4, false))
            return QString::number(quint32(*v));
        return std::nullopt;
    case kBool:
        if (auto v = byValue(d, 1, false); v && *v <= 1)
            return *v ? QStringLiteral("t") : QStringLiteral("f");
        return std::nullopt;
    case kText:
    case kVarchar:
    case kBpchar: {
        const std::optional<QByteArray> p = varlena(d);
        if (!p || p->contains('\0'))
            return std::nullopt;
        return QString::fromUtf8(*p);
    }
    case kNumeric: {
        const std::optional<QByteArray> p = varlena(d);
        if (!p)
            return std::nullopt;
        return numericText(*p);
    }
    default:
        return std::nullopt;
    }
}

} // namespace strata::catalog::deparse
