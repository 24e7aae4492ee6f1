#pragma once
// dbmate migration files: <version>_<name>.sql with "-- migrate:up" and
// "-- migrate:down" sections; "-- migrate:up transaction:false" disables the transaction.

#include "Finding.h"
#include "MigrationFile.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace strata {

class DbmateFormat
{
    Q_DECLARE_TR_FUNCTIONS(DbmateFormat)
public:
    // Parses one file's text. fileName is the bare name (version_name.sql).
    static Result<MigrationFile> parse(const QString &fileName, const QString &text);
    // The same, reporting every problem (with its line) instead of stopping at the first.
    // Returns no file when the name is malformed or the up section is missing.
    static std::optional<MigrationFile> parse(const QString &fileName, const QString &text, Findings &findings);
    // Reads and parses every *.sql in dir, ordered by version. Bad files are errors.
    // (The history folder reader, formats/DbmateFolder, reports them as findings instead.)
    static Result<QList<MigrationFile>> readFolder(const QString &dir);
};

} // namespace strata
