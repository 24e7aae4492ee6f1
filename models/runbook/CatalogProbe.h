#pragma once
// The few catalog questions the executor asks: a transaction's fate, an index's state,
// who holds locks on some tables. One query each.

#include "Runbook.h"

#include <optional>

namespace strata {
class Connection;
}

namespace strata::runbook {

enum class IndexState { Absent, Valid, Invalid };

struct LockBlocker
{
    int pid = 0;
    QString application;
    QString state;
    QString mode;
    QString table;
    QString query;
};

class CatalogProbe
{
    Q_DECLARE_TR_FUNCTIONS(CatalogProbe)
public:
    // txid_status(txid): "committed", "aborted", "in progress", or no value when the
    // server no longer knows (too old).
    static Result<std::optional<QString>> txidStatus(Connection &c, qint64 txid);
    static Result<IndexState> indexState(Connection &c, const TableRef &index);
    // Sessions other than ours holding granted locks on these tables.
    static Result<QList<LockBlocker>> blockers(Connection &c, const QList<TableRef> &tables);
    // "pid 123 (psql, idle in transaction) holds AccessExclusiveLock on t: LOCK TABLE t"
    static QString describe(const LockBlocker &b);
};

} // namespace strata::runbook
