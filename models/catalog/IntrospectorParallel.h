#pragma once
// Internal to the Introspector: runs its catalog queries on several connections at
// once (each already inside a transaction that imported the same exported snapshot,
// like pg_dump -j) and hands the results back in the queries' order, so the readers
// see exactly what a sequential capture sees.

#include "CopyRows.h"
#include "common/Error.h"
#include "pg/Connection.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <functional>

namespace strata {
class JobControl;
}

namespace strata::catalog::detail {

struct CatalogQuery
{
    QString name;
    QString sql;           // a SELECT without parameters: it runs as COPY (sql) TO STDOUT
    int connection = -1;   // -1: any connection; else only this one (keeps a table's relcache on one backend)
};

// Runs the queries on the connections, one thread per connection, each taking the
// next query in list order that it may run; calls deliver(i, rows, ms) on the caller's
// thread in list order as soon as query i and every query before it are complete (so
// reading overlaps the servers' work); ms is how long query i took on its connection.
// Stops at the first error (or when control is canceled), cancels what still runs,
// waits for the threads and returns the error. *statements grows by the queries sent.
Error runConcurrently(const QList<Connection *> &connections, const QList<CatalogQuery> &queries, JobControl *control,
                      const std::function<Error(qsizetype, CopyRows &, qint64)> &deliver, int *statements);

} // namespace strata::catalog::detail
