#pragma once
// `--confirm-table` values matched against the steps of a runbook that can lose data.
// A step is confirmed by the table it names: `schema.table` (parts double-quoted where
// they hold dots or quotes, as TableRef::display() prints them), or the bare table name
// only when no two of the run's steps that can lose data name that table in different
// schemas. A bare name that could mean two tables is an error, never a confirmation of both.

#include "Runbook.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <functional>

namespace strata::runbook {

class ConfirmTables
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmTables)
public:
    // The schema an unqualified table name resolves to on the target database (its
    // search_path), "" when it does not resolve.
    using SchemaLookup = std::function<QString(const QString &table)>;
    // steps: the steps that may still run. Error: a value is ambiguous among them.
    // schemaOf: lets `schema.table` confirm a step whose SQL names the table without a
    // schema, when the table resolves to that schema on the target database.
    static Result<ConfirmTables> resolve(const QStringList &given, const QList<RunbookStep> &steps, const SchemaLookup &schemaOf = {});
    bool confirms(const RunbookStep &step) const;
    // `--skip-backup` values matched the same way against the backup steps (their table as
    // it resolved when the runbook was planned). Error: a value is ambiguous, or names no
    // table that a step still to run backs up.
    static Result<ConfirmTables> resolveSkips(const QStringList &given, const QList<RunbookStep> &steps);
    bool skips(const RunbookStep &step) const;
    static TableRef backupTarget(const RunbookStep &step);
    // The table a destructive step asks for: its schema when the step names one.
    static TableRef target(const RunbookStep &step);
    // What to give --confirm-table for this step: the table's name as it is, or
    // schema.table (quoted where needed) when another step of `steps` that can lose data
    // names a table of that name in another schema.
    static QString argumentFor(const RunbookStep &step, const QList<RunbookStep> &steps);

private:
    // Matches the values against the targets; the values that match none go to unmatched.
    static Result<ConfirmTables> match(const QStringList &given, const QList<TableRef> &targets, const QString &option,
                                       QStringList *unmatched, const SchemaLookup &schemaOf);
    QSet<QString> m_confirmed; // keys of confirmed targets
};

} // namespace strata::runbook
