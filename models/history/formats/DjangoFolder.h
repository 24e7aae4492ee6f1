#pragma once
// Django: an app's migrations/ package (NNNN_name.py) or a project folder holding <app>/migrations/.

#include "history/FolderFormat.h"

namespace strata {

class DjangoFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(DjangoFolder)
public:
    QString id() const override { return QStringLiteral("django"); }
    QString displayName() const override { return QStringLiteral("Django"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
    // Dependency order inside each app (parents "app/name" before children), numbered order otherwise.
    static void orderByDependencies(QList<MigrationFile> &files);
};

} // namespace strata
