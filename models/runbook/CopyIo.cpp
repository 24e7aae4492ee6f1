#include "CopyIo.h"

#include "common/FileIo.h"
#include "pg/Connection.h"

#include <QIODevice>

#include <cerrno>
#include <cstring>
#include <QtEndian>
#include <libpq-fe.h>

namespace strata::runbook {

Result<qint64> CopyIo::copyOut(Connection &c, const QString &sql, FileWriter &out)
{
    const Result<qint64> total = c.copyOut(sql, [&](const char *buf, int n) {
        if (!out.error())
            out.write(QByteArrayView(buf, n));
    });
    if (!total)
        return total.error(); // the server's error comes first, as before
    if (out.error())
        return Error(Error::Kind::Io, tr("Cannot write the backup file: %1").arg(out.error().message),
                     {}, tr("Is the backup folder's disk full? Free space or choose another backup folder; nothing ran."));
    return total;
}

Result<qint64> CopyIo::copyIn(Connection &c, const QString &sql, const std::function<Result<QByteArray>()> &next)
{
    PGconn *conn = c.raw();
    PgResultPtr res(PQexec(conn, sql.toUtf8().constData()));
    if (!res || PQresultStatus(res.get()) != PGRES_COPY_IN)
        return c.errorFor(res.get());
    Error sourceError;
    for (;;) {
        Result<QByteArray> chunk = next();
        if (!chunk) {
            sourceError = chunk.error();
            PQputCopyEnd(conn, "strata: the backup could not be read");
            break;
        }
        if (chunk->isEmpty()) {
            if (PQputCopyEnd(conn, nullptr) != 1)
                return c.errorFor(nullptr);
            break;
        }
        if (PQputCopyData(conn, chunk->constData(), int(chunk->size())) != 1)
            return c.errorFor(nullptr);
    }
    PgResultPtr last(PQgetResult(conn));
    const bool ok = last && PQresultStatus(last.get()) == PGRES_COMMAND_OK;
    Error serverError = ok ? Error() : c.errorFor(last.get());
    const qint64 rows = ok ? QByteArray(PQcmdTuples(last.get())).toLongLong() : 0;
    while (PGresult *r = PQgetResult(conn))
        PQclear(r);
    if (sourceError)
        return sourceError;
    if (serverError)
        return serverError;
    return rows;
}

Result<qint64> countBinaryCopyTuples(QIODevice &in)
{
    auto bad = [](const QString &why) {
        return Error(Error::Kind::Parse, CopyIo::tr("The binary COPY data is damaged: %1").arg(why));
    };
    static const QByteArray signature("PGCOPY\n\377\r\n\0", 11);
    if (in.read(11) != signature)
        return bad(CopyIo::tr("no PGCOPY signature"));
    const QByteArray hdr = in.read(8);
    if (hdr.size() != 8)
        return bad(CopyIo::tr("short header"));
    const quint32 extLen = qFromBigEndian<quint32>(hdr.constData() + 4);
    if (in.skip(extLen) != qint64(extLen))
        return bad(CopyIo::tr("short header extension"));
    qint64 tuples = 0;
    for (;;) {
        const QByteArray f = in.read(2);
        if (f.size() != 2)
            return bad(CopyIo::tr("missing trailer after %1 rows").arg(tuples));
        const qint16 fields = qFromBigEndian<qint16>(f.constData());
        if (fields == -1)
            break;
        if (fields < 0)
            return bad(CopyIo::tr("negative field count"));
        for (int i = 0; i < fields; ++i) {
            const QByteArray l = in.read(4);
            if (l.size() != 4)
                return bad(CopyIo::tr("truncated row %1").arg(tuples + 1));
            const qint32 len = qFromBigEndian<qint32>(l.constData());
            if (len > 0 && in.skip(len) != len)
                return bad(CopyIo::tr("truncated row %1").arg(tuples + 1));
        }
        ++tuples;
    }
    if (!in.atEnd())
        return bad(CopyIo::tr("data after the trailer"));
    return tuples;
}

} // namespace strata::runbook
