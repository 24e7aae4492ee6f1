#pragma once
// Ledger readers: one small class per migration tool. Detection runs ONE catalog query
// for every candidate table name in every schema; then each detected ledger is read
// with one query (sqitch: two, changes and events).

#include "LedgerRow.h"
#include "MigrationFile.h"

#include <QCoreApplication>
#include <QStringList>

namespace strata {

class Connection;
class ResultSet;

struct LedgerCandidate
{
    QString schema;
    QString table;
    QStringList columns;
    bool has(const QString &c) const { return columns.contains(c); }
};

class LedgerReader;

struct DetectedLedger
{
    const LedgerReader *reader = nullptr;
    LedgerCandidate table;
};

class LedgerReader
{
    Q_DECLARE_TR_FUNCTIONS(LedgerReader)
public:
    virtual ~LedgerReader() = default;

    virtual QString tool() const = 0;        // "flyway"
    virtual QString displayName() const = 0; // "Flyway"
    virtual QStringList tableNames() const = 0; // table names the catalog query looks for
    // Whether this candidate table is this tool's ledger (all: every candidate, same query).
    virtual bool matches(const LedgerCandidate &t, const QList<LedgerCandidate> &all) const = 0;
    virtual Result<Ledger> read(Connection &c, const LedgerCandidate &t) const = 0;
    // The join key of a migration file for this tool's rows (default: canonical version).
    virtual QString keyFor(const MigrationFile &f) const;

    static const QList<const LedgerReader *> &all();
    static const LedgerReader *byTool(const QString &tool);
    // One catalog query: every ledger table in every schema.
    static Result<QList<DetectedLedger>> detect(Connection &c);
    // detect() and read every ledger found.
    static Result<QList<Ledger>> readAll(Connection &c);

protected:
    static QString qualified(Connection &c, const LedgerCandidate &t);
    // SELECT <columns>, to_jsonb(t)::text FROM <schema.table> t ORDER BY <orderBy>; the raw
    // row is the last column.
    static Result<ResultSet> select(Connection &c, const LedgerCandidate &t, const QString &columns, const QString &orderBy);
    // SQL for a timestamp column as milliseconds since the epoch (NULL stays NULL).
    static QString epochMs(const QString &column);
    static QDateTime timeAt(const ResultSet &r, int row, int col);
    static QVariantMap rawAt(const ResultSet &r, int row);
    static Ledger makeLedger(const QString &tool, const LedgerCandidate &t);
};

} // namespace strata
