#pragma once
// One call for "history of this database and this folder": reads every ledger, detects
// (or takes) the folder format, picks the matching ledger and joins. Runs on a
// Connection, so on a Session's worker thread in the GUI.

#include "History.h"

namespace strata {

class Connection;
class JobControl;

struct HistoryRequest
{
    QString dir;         // "" = ledger only
    QString formatId;    // "" or "auto" = detect
    QString ledgerTool;  // "" = the ledger that fits the format
};

struct LoadedHistory
{
    HistoryResult result;
    QList<MigrationFile> files; // the folder's files (parents for the revision graph)
};

class HistoryLoader
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLoader)
public:
    static Result<LoadedHistory> load(Connection &c, const HistoryRequest &request, JobControl *control = nullptr);
};

} // namespace strata
