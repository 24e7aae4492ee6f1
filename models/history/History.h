#pragma once
// History: a migration folder joined with a ledger. Each entry is one migration with one
// state; the flags keep what the state alone would hide (an applied migration can be both
// changed and out of order). Plain values, made on any thread.

#include "FolderFormat.h"
#include "LedgerRow.h"

#include <QCoreApplication>
#include <QDateTime>

namespace strata {

struct HistoryEntry
{
    enum class State {
        Applied,    // in the ledger and in the folder, unchanged
        Pending,    // in the folder, not (or no longer) in the ledger
        Ghost,      // in the ledger, its file is gone (what a squash leaves behind)
        Changed,    // applied, but the file's checksum differs from the recorded one
        Failed,     // the tool recorded a failed or unfinished run
        Dirty,      // golang-migrate: stopped half-way, dirty = true
        OutOfOrder, // applied after a later version, or pending while a later one is applied
        Unchecked,  // no ledger to compare with (folder only)
    };

    State state = State::Unchecked;
    bool applied = false;       // the ledger counts it as applied
    bool checksumDrift = false;
    bool outOfOrder = false;
    bool belowBaseline = false; // Flyway: covered by a baseline
    bool rolledBack = false;    // a rolled back / undone run exists for it
    bool repeatable = false;    // Flyway R__ script
    QString key;                // join key
    QString version;
    QString name;
    QString group;              // Django app, sqitch project
    QString fileName;           // relative to the folder; "" for ghosts
    QString path;               // absolute; "" for ghosts
    QString fileChecksum;
    QString ledgerChecksum;
    QDateTime appliedAt;        // invalid when not recorded
    QString appliedBy;
    qint64 durationMs = -1;
    QString logs;
    QString detail;             // translated sentence explaining the state
    int fileIndex = -1;         // into FolderReadResult::files
    int rowIndex = -1;          // into Ledger::rows (the row that counts)
};

struct HistorySummary
{
    int total = 0, applied = 0, pending = 0, ghost = 0, changed = 0, failed = 0, dirty = 0, outOfOrder = 0, unchecked = 0;
};

struct HistoryResult
{
    QString format;       // folder format id, "" without a folder
    QString dir;
    QString ledgerTool;   // "" without a ledger
    QString ledgerSchema;
    QString ledgerTable;
    QList<HistoryEntry> entries;
    Findings findings;    // folder and ledger findings
    HistorySummary summary;

    // Nothing pending, ghost, changed, failed, dirty or out of order.
    bool clean() const;
};

class History
{
    Q_DECLARE_TR_FUNCTIONS(History)
public:
    // Either side may be missing (nullptr): folder only, or ledger only.
    static HistoryResult join(const FolderReadResult *folder, const Ledger *ledger);
    static QString stateId(HistoryEntry::State s);    // "applied", "out-of-order", ... (JSON, tests)
    static QString stateLabel(HistoryEntry::State s); // translated, for tables
    // Picks the ledger that belongs to a folder format among those found in a database:
    // the format's own tool first, else the only ledger. -1 when none fits.
    static int pickLedger(const QList<Ledger> &ledgers, const QString &ledgerTool);
};

} // namespace strata
