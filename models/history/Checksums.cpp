#include "Checksums.h"

#include <QCryptographicHash>
#include <array>

namespace strata::checksums {

namespace {
constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> t{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        t[n] = c;
    }
    return t;
}
constexpr auto kCrcTable = makeCrcTable();

quint32 crcUpdate(quint32 crc, const char *data, qsizetype len)
{
    quint32 c = crc ^ 0xFFFFFFFFu;
    for (qsizetype i = 0; i < len; ++i)
        c = kCrcTable[(c ^ quint8(data[i])) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QString hexHash(const QByteArray &bytes, QCryptographicHash::Algorithm a)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, a).toHex());
}
} // namespace

quint32 crc32(const QByteArray &bytes, quint32 crc)
{
    return crcUpdate(crc, bytes.constData(), bytes.size());
}

qint32 flyway(const QByteArray &fileBytes)
{
    // Flyway reads the file as text, drops a leading BOM and feeds every line (without its
    // terminator) to one running CRC-32. Re-encoding valid UTF-8 gives back the same bytes,
    // so the lines can be cut from the bytes directly.
    qsizetype pos = 0;
    if (fileBytes.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    quint32 crc = 0;
    const char *d = fileBytes.constData();
    const qsizetype n = fileBytes.size();
    qsizetype lineStart = pos;
    while (pos < n) {
        const char c = d[pos];
        if (c == '\n' || c == '\r') {
            crc = crcUpdate(crc, d + lineStart, pos - lineStart);
            if (c == '\r' && pos + 1 < n && d[pos + 1] == '\n')
                ++pos;
            lineStart = pos + 1;
        }
        ++pos;
    }
    if (lineStart < n)
        crc = crcUpdate(crc, d + lineStart, n - lineStart);
    return qint32(crc);
}

QString sqlx(const QByteArray &fileBytes)
{
    return hexHash(fileBytes, QCryptographicHash::Sha384);
}

QString prisma(const QByteArray &fileBytes)
{
    return hexHash(fileBytes, QCryptographicHash::Sha256);
}

QStringList prismaAlternatives(const QByteArray &fileBytes)
{
    QByteArray lf = fileBytes;
    lf.replace("\r\n", "\n");
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QStringList out;
    for (const QByteArray &b : {lf, crlf}) {
        if (b != fileBytes) {
            const QString h = prisma(b);
            if (!out.contains(h))
                out.append(h);
        }
    }
    return out;
}

QString sqitch(const QByteArray &fileBytes)
{
    return hexHash(fileBytes, QCryptographicHash::Sha1);
}

} // namespace strata::checksums
