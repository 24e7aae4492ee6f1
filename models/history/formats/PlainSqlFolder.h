#pragma once
// Plain numbered SQL files: 001_create.sql, 2-add-index.sql; the whole file is the up script.

#include "history/FolderFormat.h"

namespace strata {

class PlainSqlFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(PlainSqlFolder)
public:
    QString id() const override { return QStringLiteral("plain"); }
    QString displayName() const override { return QStringLiteral("numbered SQL"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
    QString ledgerTool() const override { return {}; }
};

} // namespace strata
