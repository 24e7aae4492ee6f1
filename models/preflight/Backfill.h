#pragma once
// "Backfill, then enforce": an UPDATE earlier in the script that fills a column before
// SET NOT NULL (or a new primary key) requires it. The NULL check then counts the rows
// that are NULL now AND that the UPDATE would not fill with a non-NULL value, so the
// check answers for the moment the constraint is added, not for today.

#include "SqlText.h"
#include "sql/ParseTree.h"

#include <QList>
#include <QString>

namespace strata::preflight {

struct Backfill
{
    QString schema;
    QString table;
    QString column;
    QString alias;       // how filledWhen refers to the updated table (its alias or its name)
    QString filledWhen;  // SQL predicate over that alias: the UPDATE sets the column to non-NULL
    int line = 0;        // the UPDATE's line
};

// The single-column assignments of an UpdateStmt that can be turned into a predicate
// (SET col = expr [FROM ...] [WHERE ...]); anything unusual (WITH, multi-column or
// subscripted targets, DEFAULT, WHERE CURRENT OF) gives none. schema: the target's schema.
QList<Backfill> backfillsOf(const SourceText &src, const ParsedStatement &update, const QString &schema);

} // namespace strata::preflight
