#pragma once
// Consolidation report over a migration chain: what a squash would fold away. Every
// file's forward SQL is parsed with libpg_query (SqlSplitter / ParseTree /
// StatementClassifier) and the objects it creates, alters and drops are followed
// through the chain:
//   - objects created and later dropped (tables, indexes, views, functions, types,
//     sequences, schemas, named constraints),
//   - columns added and later dropped,
//   - objects written several times (CREATE OR REPLACE, drop + create again,
//     ALTER TYPE ... ADD VALUE, ALTER COLUMN ... TYPE, ...),
//   - rows inserted into a table that is later emptied (TRUNCATE, DELETE without WHERE)
//     or dropped.
// Each finding names the files and lines involved. A file that does not parse is a
// finding with its file and line; the other files are still analysed.
// Unqualified names are taken to be in schema public (the usual search_path).

#include "FolderFormat.h"
#include "sql/SqlSplitter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace strata {

struct ChainLocation
{
    QString file;   // relative to the folder ("20240101_init.sql")
    int line = 0;   // 1-based line in that file
    QString action; // "create", "replace", "alter", "add", "drop", "rename", "insert", "copy",
                    // "truncate", "delete", "drop-table", "parse-error", "do"
    bool operator==(const ChainLocation &) const = default;
};

struct ConsolidationFinding
{
    enum class Kind {
        CreatedThenDropped,
        ColumnAddedThenDropped,
        RewrittenSeveralTimes,
        RowsInsertedThenDeleted,
        ParseError,  // the file's SQL does not parse: it is left out of the analysis
        NotAnalyzed, // DO blocks: what they do is not visible to the analysis
    };

    Kind kind = Kind::CreatedThenDropped;
    QString objectKind;             // "table", "index", "view", "materialized_view", "function", "procedure",
                                    // "type", "domain", "sequence", "schema", "column", "constraint", "file"
    QString object;                 // display name: public.users, public.users.email, public.f(int4, text)
    QList<ChainLocation> locations; // in chain order
    int count = 0;                  // RewrittenSeveralTimes: how many definitions
    QString message;                // translated sentence

    static QString kindId(Kind k);    // "created-then-dropped", ... (JSON, tests)
    static QString kindLabel(Kind k); // translated, for tables
};

struct ConsolidationReport
{
    QString format;        // folder format id
    QString dir;           // absolute folder
    int files = 0;         // files with forward SQL
    int statements = 0;    // statements analysed
    QList<ConsolidationFinding> findings; // in chain order of their first location
    Findings folderFindings;              // what the folder parser reported (names, duplicates, ...)

    int count(ConsolidationFinding::Kind k) const;
};

class Consolidation
{
    Q_DECLARE_TR_FUNCTIONS(Consolidation)
public:
    // Reads the folder (format id, or empty to detect) and analyses it.
    static Result<ConsolidationReport> analyze(const QString &dir, const QString &format = {});
    // Analyses files already read, in the given order (Flyway: versioned, then repeatable).
    static ConsolidationReport analyze(const FolderReadResult &folder);

    // Translated name of an object kind id ("table" -> "table").
    static QString objectKindLabel(const QString &objectKind);
    // "file:line" for a location.
    static QString where(const ChainLocation &l);
    // Line of a statement's first token: SqlStatement::line is where its text starts,
    // which includes the comments above it.
    static int firstCodeLine(const SqlStatement &s);
};

} // namespace strata
