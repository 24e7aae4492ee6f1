#pragma once
// Flyway folders: V<version>__<desc>.sql (versions with dots or underscores, numeric order),
// U (undo), R__ (repeatable) and B (baseline) scripts, in subfolders too. Checksum: Flyway's CRC-32.

#include "history/FolderFormat.h"

namespace strata {

class FlywayFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(FlywayFolder)
public:
    QString id() const override { return QStringLiteral("flyway"); }
    QString displayName() const override { return QStringLiteral("Flyway"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
};

} // namespace strata
