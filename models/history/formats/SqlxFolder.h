#pragma once
// sqlx folders: <version>_<description>.sql, or .up.sql/.down.sql pairs. Checksum: SHA-384 of the (up) file.

#include "history/FolderFormat.h"

namespace strata {

class SqlxFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(SqlxFolder)
public:
    QString id() const override { return QStringLiteral("sqlx"); }
    QString displayName() const override { return QStringLiteral("sqlx"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
};

} // namespace strata
