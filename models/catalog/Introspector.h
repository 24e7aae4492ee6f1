#pragma once
// Reads a database's schema into a Snapshot with one bulk catalog query per object
// kind (never one per table), inside one REPEATABLE READ READ ONLY transaction with
// an empty search_path, so every name outside pg_catalog comes back qualified.
// Runs synchronously on the caller's thread: in the GUI through Session::run().

#include "Snapshot.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <functional>
#include <memory>

namespace strata {
class Connection;
class JobControl;
}

namespace strata::catalog {

struct IntrospectOptions
{
    QStringList includeSchemas;  // empty: every non-system schema
    QStringList excludeSchemas;
    bool owners = true;          // false: owners are left empty
    bool grants = true;          // false: grants are left empty
    // Live table figures for hazard estimates (never compared). Estimated: reltuples,
    // relpages and sizes from relpages (free). Exact: pg_relation_size and
    // pg_total_relation_size, which open every table and index (seconds on 10,000 tables).
    enum class Stats { None, Estimated, Exact };
    Stats stats = Stats::Estimated;
    // Parallel capture (like pg_dump -j): up to this many connections read the catalog at
    // once, all inside one snapshot that the first exports (pg_export_snapshot) and the
    // others import (SET TRANSACTION SNAPSHOT), so the result is the same consistent
    // snapshot a sequential capture reads. The extra connections come from openConnection
    // (same parameters as the first; the caller decides how). The capture uses the given
    // connection alone when connections <= 1, without openConnection, inside the
    // caller's own transaction, on a standby (no snapshot export), or when no extra
    // connection can be opened. Either way the queries run on helper threads (one per
    // connection, each connection used by one thread at a time) while the calling
    // thread reads the results in order.
    int connections = 1;
    std::function<Result<std::unique_ptr<Connection>>()> openConnection;
    // Print table CHECK constraints and index expressions and predicates in Strata
    // (ExprDeparse) instead of asking the server, whose printing opens every table (a
    // relcache build each: most of a large snapshot's time). Only on PostgreSQL 15 with
    // UTF-8, where the output is verified to be the server's; anything the printer does
    // not know, and every print when a sample disagrees with the server, falls back to it.
    bool clientDeparse = true;
    // Skip the catalog queries of object kinds the database has none of (types, sequences,
    // defaults, functions, triggers, policies, view dependencies, comments; and the
    // partition parent lookups of relations and indexes without inheritance): the capture's
    // settings statement also asks which of them exist at all, with one cheap EXISTS per
    // catalog that is true for a superset of what the full query reads. A new backend pays
    // most of a small database's capture planning those queries (catalog caches loaded
    // cold), so a database without functions or types is read in about two thirds of the
    // server time. The snapshot is the same either way; false only to compare (tests).
    bool probe = true;
};

// What a capture did, for tests and profiling.
struct IntrospectReport
{
    int statements = 0;                      // every statement sent, BEGIN and COMMIT included
    QList<QPair<QString, qint64>> stepMs;    // catalog query name -> milliseconds (query + reading)
    int connections = 1;                     // connections that read the catalog (1 = sequential)
    int printedByClient = 0;                 // CHECKs and index definitions ExprDeparse printed
    int printedByServer = 0;                 // the ones it left to the server (unknown kinds)
    QStringList leftToServer;                // their names (schema.table.constraint / schema.index)
    bool sampleMismatch = false;             // a sampled print differed from the server's: all redone
    qint64 queriesMs = 0;                    // wall time of the catalog queries (reading overlapped)
    qint64 completionMs = 0;                 // after them: follow-ups, printing, composing, sorting
    QStringList skipped;                     // catalog queries not sent (and "partition parents" not looked up): the probe found none of their kind
};

class Introspector
{
    Q_DECLARE_TR_FUNCTIONS(Introspector)
public:
    static Result<Snapshot> capture(Connection &connection, const IntrospectOptions &options = {},
                                    JobControl *control = nullptr, IntrospectReport *report = nullptr);

    // PostgreSQL text[] input for a list of strings ({"a","b"} with escapes).
    static QString textArrayLiteral(const QStringList &values);
    // Parses PostgreSQL text[] output ({a,"b c",NULL}); NULL elements become empty strings.
    static QStringList parseTextArray(const char *text, int length);
};

} // namespace strata::catalog
