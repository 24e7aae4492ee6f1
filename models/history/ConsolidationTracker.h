#pragma once
// Internal to Consolidation: follows objects, columns, constraints and inserted rows
// through a chain of classified statements and turns what it saw into findings.

#include "Consolidation.h"
#include "sql/StatementClassifier.h"

#include <QHash>

namespace strata::consolidation {

class Tracker
{
    Q_DECLARE_TR_FUNCTIONS(Consolidation)
public:
    // Call in chain order. `file` is relative to the folder; statement lines are file lines.
    void beginFile(const QString &file);
    void statement(const ClassifiedStatement &s, const QString &file);
    void parseError(const QString &file, int line, const QString &message);
    QList<ConsolidationFinding> finish();

private:
    enum class State { Exists, Dropped, DroppedWithParent };
    struct Track
    {
        QString key;
        QString objectKind;
        QString display;
        QString schema;
        QString parent; // key of the owning table (columns, constraints, indexes)
        QString name;   // own name (columns, constraints)
        QList<ChainLocation> events;
        int definitions = 0;
        bool everCreated = false;
        State state = State::Exists;
    };
    struct Rows
    {
        QString display;
        QList<ChainLocation> inserts;
    };

    // Object bookkeeping.
    Track *find(const QString &key);
    Track &create(const QString &key, const QString &objectKind, const QString &display, const QString &schema,
                  const ChainLocation &loc, const QString &parent = {}, const QString &name = {});
    void define(const QString &key, const ChainLocation &loc); // a later definition (ALTER TYPE, ALTER COLUMN TYPE)
    void drop(const QString &key, const ChainLocation &loc);
    void dropChildren(const QString &parentKey, const ChainLocation &loc);
    void rename(const QString &oldKey, const QString &newKey, const QString &newDisplay, const QString &newName, const ChainLocation &loc);
    void clearRows(const QString &tableKey, const ChainLocation &loc);

    // Statement kinds.
    void createTable(const ClassifiedStatement &s, const ChainLocation &loc);
    void alterTable(const ClassifiedStatement &s, const ChainLocation &loc);
    void dropStatement(const ClassifiedStatement &s, const ChainLocation &loc);
    void renameStatement(const ClassifiedStatement &s, const ChainLocation &loc);
    void createFunction(const ClassifiedStatement &s, const ChainLocation &loc);

    int fileIndex(const QString &file) const { return m_fileOrder.value(file, -1); }

    QList<Track> m_tracks;           // every lifecycle, retired ones included
    QHash<QString, qsizetype> m_live; // key -> current track
    QHash<QString, Rows> m_rows;     // table key -> inserts not yet removed
    QList<ConsolidationFinding> m_direct; // rows, parse errors, DO blocks
    QHash<QString, int> m_fileOrder;
};

} // namespace strata::consolidation
