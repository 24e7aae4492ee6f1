#pragma once
// golang-migrate folders: <N>_<title>.up.sql / .down.sql, N an unpadded or padded number.

#include "history/FolderFormat.h"

namespace strata {

class GolangMigrateFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(GolangMigrateFolder)
public:
    QString id() const override { return QStringLiteral("golang-migrate"); }
    QString displayName() const override { return QStringLiteral("golang-migrate"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
};

} // namespace strata
