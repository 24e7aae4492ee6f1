#pragma once
// Checksums computed the way each migration tool computes the value it records.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace strata::checksums {

// Plain CRC-32 (IEEE 802.3, as zlib and java.util.zip.CRC32) over bytes, continuing from crc.
quint32 crc32(const QByteArray &bytes, quint32 crc = 0);
// Flyway: CRC-32 over the UTF-8 text line by line, line terminators (\n, \r\n, \r) left out
// and a byte order mark at the start dropped; recorded as a signed 32-bit integer.
qint32 flyway(const QByteArray &fileBytes);
// sqlx: SHA-384 of the file's bytes, lower-case hex (the ledger keeps the raw bytes).
QString sqlx(const QByteArray &fileBytes);
// Prisma: SHA-256 of migration.sql, lower-case hex.
QString prisma(const QByteArray &fileBytes);
// The checksums Prisma also accepts for the same script with the other line endings.
QStringList prismaAlternatives(const QByteArray &fileBytes);
// sqitch: SHA-1 of the deploy script, lower-case hex (changes.script_hash).
QString sqitch(const QByteArray &fileBytes);

} // namespace strata::checksums
