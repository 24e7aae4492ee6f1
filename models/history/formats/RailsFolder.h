#pragma once
// Rails folders (db/migrate): <14-digit version>_<snake_name>.rb.

#include "history/FolderFormat.h"

namespace strata {

class RailsFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(RailsFolder)
public:
    QString id() const override { return QStringLiteral("rails"); }
    QString displayName() const override { return QStringLiteral("Rails"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
};

} // namespace strata
