#pragma once
// maragudk/migrate folders (harness/gitness): <name>.up.sql and <name>.down.sql, run in
// file-name order; the version is the whole name before ".up.sql", so several files may
// share a number prefix ("0001_create_table_a", "0001_create_table_b"). Down files are
// not migrations; other .sql files are ignored by the tool.

#include "history/FolderFormat.h"

namespace strata {

class MaragudkFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(MaragudkFolder)
public:
    QString id() const override { return QStringLiteral("maragudk"); }
    QString displayName() const override { return QStringLiteral("maragudk/migrate"); }
    QString ledgerTool() const override { return {}; }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
};

} // namespace strata
