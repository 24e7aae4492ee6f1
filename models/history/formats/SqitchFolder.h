#pragma once
// sqitch projects: sqitch.plan (changes, tags, reworks, dependencies) and deploy/<change>.sql,
// deploy/<change>@<tag>.sql for reworked changes. Checksum: SHA-1 of the deploy script (script_hash).

#include "history/FolderFormat.h"

namespace strata {

class SqitchFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(SqitchFolder)
public:
    QString id() const override { return QStringLiteral("sqitch"); }
    QString displayName() const override { return QStringLiteral("sqitch"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
};

} // namespace strata
