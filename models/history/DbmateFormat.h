#pragma once
// dbmate migration files: <version>_<name>.sql with "-- migrate:up" and
// "-- migrate:down" sections; "-- migrate:up transaction:false" disables the transaction.

#include "MigrationFile.h"

#include <QCoreApplication>
#include <QList>

namespace strata {

class DbmateFormat
{
    Q_DECLARE_TR_FUNCTIONS(DbmateFormat)
public:
    // Parses one file's text. fileName is the bare name (version_name.sql).
    static Result<MigrationFile> parse(const QString &fileName, const QString &text);
    // Reads and parses every *.sql in dir, ordered by version. Bad files are errors.
    static Result<QList<MigrationFile>> readFolder(const QString &dir);
};

} // namespace strata
