#pragma once
// Alembic folders (the script folder or its versions/): revision, down_revision (a tuple for merges),
// branch_labels and depends_on read from the Python text without running it.

#include "history/FolderFormat.h"

#include <optional>

namespace strata {

class AlembicFolder : public FolderFormat
{
    Q_DECLARE_TR_FUNCTIONS(AlembicFolder)
public:
    QString id() const override { return QStringLiteral("alembic"); }
    QString displayName() const override { return QStringLiteral("Alembic"); }
    int detect(const QDir &dir) const override;
    Result<FolderReadResult> readFiles(const QString &dir) const override;
    // Parses one revision file; exposed for tests. Returns no file on a parse failure.
    static std::optional<MigrationFile> parseRevision(const QString &relPath, const QString &text, Findings &findings);
};

} // namespace strata
