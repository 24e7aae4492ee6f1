#pragma once
// Prisma folders: <timestamp>_<name>/migration.sql plus migration_lock.toml. Checksum: SHA-256.

#include "history/FolderFormat.h"

namespace strata {

class PrismaFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(PrismaFolder)
public:
    QString id() const override { return QStringLiteral("prisma"); }
    QString displayName() const override { return QStringLiteral("Prisma"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
};

} // namespace strata
