#include "Consolidation.h"

#include "sql/CodeLine.h"

#include "ConsolidationTracker.h"
#include "sql/SqlSplitter.h"

#include <QDir>
#include <algorithm>
#include <QFileInfo>

namespace strata {

QString ConsolidationFinding::kindId(Kind k)
{
    switch (k) {
    case Kind::CreatedThenDropped: return QStringLiteral("created-then-dropped");
    case Kind::ColumnAddedThenDropped: return QStringLiteral("column-added-then-dropped");
    case Kind::RewrittenSeveralTimes: return QStringLiteral("rewritten");
    case Kind::RowsInsertedThenDeleted: return QStringLiteral("rows-inserted-then-deleted");
    case Kind::ParseError: return QStringLiteral("parse-error");
    case Kind::NotAnalyzed: return QStringLiteral("not-analyzed");
    }
    return {};
}

QString ConsolidationFinding::kindLabel(Kind k)
{
    switch (k) {
    case Kind::CreatedThenDropped: return Consolidation::tr("Created, then dropped");
    case Kind::ColumnAddedThenDropped: return Consolidation::tr("Column added, then dropped");
    case Kind::RewrittenSeveralTimes: return Consolidation::tr("Written several times");
    case Kind::RowsInsertedThenDeleted: return Consolidation::tr("Rows inserted, then removed");
    case Kind::ParseError: return Consolidation::tr("Does not parse");
    case Kind::NotAnalyzed: return Consolidation::tr("Not analysed");
    }
    return {};
}

int ConsolidationReport::count(ConsolidationFinding::Kind k) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [k](const ConsolidationFinding &f) { return f.kind == k; }));
}

QString Consolidation::objectKindLabel(const QString &k)
{
    if (k == u"table") return tr("table");
    if (k == u"index") return tr("index");
    if (k == u"view") return tr("view");
    if (k == u"materialized_view") return tr("materialized view");
    if (k == u"function") return tr("function");
    if (k == u"procedure") return tr("procedure");
    if (k == u"type") return tr("type");
    if (k == u"domain") return tr("domain");
    if (k == u"sequence") return tr("sequence");
    if (k == u"schema") return tr("schema");
    if (k == u"column") return tr("column");
    if (k == u"constraint") return tr("constraint");
    if (k == u"file") return tr("file");
    return k;
}

QString Consolidation::where(const ChainLocation &l)
{
    return l.line > 0 ? QStringLiteral("%1:%2").arg(l.file).arg(l.line) : l.file;
}

int Consolidation::firstCodeLine(const SqlStatement &s)
{
    return codeLine(s);
}

Result<ConsolidationReport> Consolidation::analyze(const QString &dir, const QString &formatId)
{
    const auto resolved = FolderFormat::resolve(dir, formatId);
    if (!resolved)
        return resolved.error();
    const FolderFormat *format = resolved.value();
    auto read = format->read(dir);
    if (!read)
        return read.error();
    // The tool's order of application: versioned (and baseline) files, then Flyway's repeatables.
    FolderReadResult ordered = *read;
    ordered.files.clear();
    QList<MigrationFile> repeatable;
    for (const MigrationFile &f : std::as_const(read->files)) {
        if (f.kind == MigrationFile::Kind::Versioned || f.kind == MigrationFile::Kind::Baseline)
            ordered.files.append(f);
        else if (f.kind == MigrationFile::Kind::Repeatable)
            repeatable.append(f);
    }
    ordered.files.append(repeatable);
    ConsolidationReport r = analyze(ordered);
    if (r.files == 0 && !read->files.isEmpty())
        return Error(Error::Kind::Usage, tr("The %1 migrations in “%2” hold no SQL to analyse.").arg(format->displayName(), dir));
    return r;
}

ConsolidationReport Consolidation::analyze(const FolderReadResult &folder)
{
    ConsolidationReport report;
    report.format = folder.format;
    report.dir = folder.dir;
    report.folderFindings = folder.findings;
    consolidation::Tracker tracker;
    const QDir base(folder.dir);
    for (const MigrationFile &f : folder.files) {
        if (f.upSql.trimmed().isEmpty())
            continue;
        const QString file = !f.fileName.isEmpty() ? f.fileName
                             : !folder.dir.isEmpty() ? base.relativeFilePath(f.path)
                                                     : QFileInfo(f.path).fileName();
        ++report.files;
        tracker.beginFile(file);
        // Leading newlines put every line number (statements and syntax errors) on the
        // file's own lines.
        const QString sql = QString(qMax(0, f.upLine - 1), u'\n') + f.upSql;
        auto statements = StatementClassifier::classify(sql);
        if (!statements) {
            const Error &e = statements.error();
            int line = f.upLine;
            if (e.position > 0)
                line = SqlSplitter::lineColumn(sql, e.position - 1).first;
            tracker.parseError(file, line, e.message);
            continue;
        }
        report.statements += int(statements->size());
        for (const ClassifiedStatement &s : std::as_const(*statements))
            tracker.statement(s, file);
    }
    report.findings = tracker.finish();
    return report;
}

} // namespace strata
