#pragma once
// COPY ... TO STDOUT into a file and COPY ... FROM STDIN from chunks, on a Connection's
// libpq handle (the Connection class runs single statements only).

#include "common/Error.h"

#include <QCoreApplication>
#include <functional>

class QIODevice;

namespace strata {
class Connection;
class FileWriter;
}

namespace strata::runbook {

class CopyIo
{
    Q_DECLARE_TR_FUNCTIONS(CopyIo)
public:
    // Runs a COPY ... TO STDOUT and writes everything to out (open; the caller commits it);
    // returns the bytes written. A write error stops the writing and is returned.
    static Result<qint64> copyOut(Connection &c, const QString &sql, FileWriter &out);
    // Runs a COPY ... FROM STDIN, feeding it from next() until next() returns an empty
    // chunk; returns the rows the server loaded. An error from next() aborts the COPY.
    static Result<qint64> copyIn(Connection &c, const QString &sql, const std::function<Result<QByteArray>()> &next);
};

// Counts the tuples of a binary COPY stream ("PGCOPY\n\377\r\n\0" format); error when
// the data is not a complete, well-formed stream.
Result<qint64> countBinaryCopyTuples(QIODevice &in);

} // namespace strata::runbook
