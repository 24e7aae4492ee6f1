#pragma once
// What a pre-flight export says, once: the three exports (Markdown, HTML, JSON in
// ReportExport) render this one model, so they carry the same statements (whole, with
// numbers from 1, file lines and the statement's kind in SQL words), the same findings
// with their statement, check, groups, samples and query, and the same tables and
// lock holders.

#include "Findings.h"

#include <QCoreApplication>

namespace strata::preflight {

struct ReportTable
{
    QStringList columns;
    QList<QStringList> rows;
    bool isEmpty() const { return rows.isEmpty(); }
};

struct ReportStatement
{
    int number = 0;       // 1-based
    int line = 0;         // file line of its first token
    QString kind;         // "ALTER TABLE", "SET", "CREATE INDEX" (commandTag)
    QString form;         // strongest lock form, "ALTER TABLE ... SET NOT NULL" (may be empty)
    QString locks;        // "ACCESS EXCLUSIVE on public.t"
    QString work;         // "rewrite, scan"
    QString size;         // "12.0 MB"
    QString time;         // "~3 s"
    QString sql;          // the whole statement
    const StatementReport *source = nullptr;
};

struct ReportFinding
{
    int number = 0;       // 1-based among the findings listed (style notes have their own)
    QString severity;     // "BLOCKING", "WARNING", "INFO"
    QString severityId;   // "blocking", ... (stable)
    QString rule;
    QString table;
    int statement = 0;    // 1-based statement number, 0 = the whole script
    int line = 0;         // file line, 0 = none
    QString check;
    QString count;        // "" when not a count
    QString message;
    QString advice;
    QString statementSql; // the whole statement it concerns ("" for the whole script)
    ReportTable groups;   // colliding groups
    QString breakdownLabel;
    ReportTable breakdown;
    ReportTable samples;
    QString query;        // the query a data check ran
    const Finding *source = nullptr;
};

struct ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
public:
    QString title;        // "Migration pre-flight audit: file.sql"
    QString verdict;      // "BLOCKED: 2 blocking finding(s), 1 warning(s)"
    QString database;     // "app @ host:5432 (PostgreSQL 15.4)" or the offline note
    QString generated;    // ISO date
    QString summary;      // statements and data checks
    QList<ReportStatement> statements;
    QList<ReportFinding> findings;   // everything but style notes, blocking first
    QList<ReportFinding> styleNotes; // informational lint findings
    ReportTable tables;              // tables touched, live statistics
    ReportTable lockHolders;         // locks held on them right now
    QString footer;

    // The column titles of the overviews, translated.
    static QStringList findingColumns();   // #, Severity, Statement, Line, Table, Check, Count, Finding
    static QStringList statementColumns(); // #, Line, Kind, Form, Locks, Work, Size, Time (rough)
    QStringList findingRow(const ReportFinding &f) const;
    QStringList statementRow(const ReportStatement &s) const;

    static ReportDocument from(const PreflightReport &report);
};

} // namespace strata::preflight
