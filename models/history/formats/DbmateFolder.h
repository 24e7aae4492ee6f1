#pragma once
// dbmate folders: <version>_<name>.sql with -- migrate:up / -- migrate:down sections.

#include "history/FolderFormat.h"

namespace strata {

class DbmateFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(DbmateFolder)
public:
    QString id() const override { return QStringLiteral("dbmate"); }
    QString displayName() const override { return QStringLiteral("dbmate"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
};

} // namespace strata
