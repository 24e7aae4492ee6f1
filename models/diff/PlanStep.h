#pragma once
// One step of a migration plan and the plan as a whole: plain values that the CLI
// prints, the GUI shows and the tests apply.

#include "SchemaDiff.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace strata::diff {

struct Hazards
{
    bool dataLoss = false;        // rows or column values are thrown away
    bool accessExclusive = false; // takes an ACCESS EXCLUSIVE lock (blocks reads and writes)
    bool rewrite = false;         // rewrites the whole table (and its indexes)
    bool fullScan = false;        // reads the whole table (validation)
    bool indexBuild = false;      // builds an index
    qint64 tableBytes = -1;       // size of the table touched, from live statistics; -1 unknown
    double tableRows = -1;        // row estimate (reltuples); -1 unknown

    bool any() const { return dataLoss || accessExclusive || rewrite || fullScan || indexBuild; }
    // Stable ids of the hazards that apply: data_loss, access_exclusive, rewrite, full_scan, index_build.
    QStringList ids() const;
    // One translated line, e.g. "data loss, table rewrite (12 MB, ~100000 rows)".
    QString describe() const;
};

struct PlanStep
{
    QString sql;              // exactly one statement, without the trailing semicolon
    QString objectKey;        // the object it creates, changes or drops
    ObjectKind kind = ObjectKind::Table;
    QString action;           // create, drop, alter, replace, validate, comment, grant, owner, set
    bool transactional = true;// false: must run outside a transaction block (CONCURRENTLY, ADD VALUE)
    bool alone = false;       // transactional, but in a transaction of its own (VALIDATE: its scan
                              // must not hold the locks of the steps before it)
    Hazards hazards;
    QString explanation;      // translated sentence: why this step, and what makes it safe or not
};

struct Plan
{
    Q_DECLARE_TR_FUNCTIONS(Plan)
public:
    QList<PlanStep> steps;
    QStringList notes;        // translated: differences the plan cannot reproduce exactly

    bool isEmpty() const { return steps.isEmpty(); }
    // The transactions the script runs as, in order: each a list of step positions. A
    // non-transactional step is a group of its own (run outside a transaction block),
    // as is a step that runs alone; the other steps in between share one transaction.
    QList<QList<qsizetype>> transactions() const;
    // The script: transactional steps grouped in BEGIN/COMMIT blocks, the others on
    // their own; with hazards and explanations as comments when asked.
    QString toSql(bool comments = true) const;
    QJsonObject toJson() const;
};

} // namespace strata::diff
