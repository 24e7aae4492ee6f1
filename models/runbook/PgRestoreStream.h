#pragma once
// Reads the table data of a pg_dump custom archive through "pg_restore --data-only
// --file=-" as a stream: the COPY header of each table, then its rows (text COPY lines).

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcess>
#include <optional>

namespace strata::runbook {

class PgRestoreStream
{
    Q_DECLARE_TR_FUNCTIONS(PgRestoreStream)
public:
    ~PgRestoreStream();
    Error start(const QString &archive, int minMajor);

    struct Item
    {
        enum class Kind { CopyHeader, Row, End } kind = Kind::End;
        QByteArray text;    // header line without "FROM stdin;" parsing, or a row with its newline
    };
    // The next COPY header or row; Kind::End when the archive's data is over.
    Result<Item> next();

    // "COPY public.t (a, b) FROM stdin;" -> "a, b"
    static QByteArray columnList(const QByteArray &copyHeader);

private:
    Result<std::optional<QByteArray>> readLine();

    QProcess m_proc;
    QByteArray m_buf;
    bool m_inCopy = false;
    bool m_started = false;
};

} // namespace strata::runbook
