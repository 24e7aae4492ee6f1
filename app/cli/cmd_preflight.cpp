// strata-cli preflight: analyze a migration (locks, rewrites, sure errors, lints) and,
// with --db, check the live data read-only. Exit 1 when a blocking finding exists.

#include "Cli.h"
#include "common/FileIo.h"
#include "pg/Connection.h"
#include "preflight/Preflight.h"
#include "preflight/ReportExport.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

using namespace strata;
using namespace strata::cli;
using namespace strata::preflight;

static int runPreflight(const QStringList &args)
{
    auto T = [](const char *s) { return QCoreApplication::translate("strata-cli", s); };
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Pre-flight a migration: lock levels, rewrites, sure errors, lints, and read-only data checks.")));
    p.addHelpOption();
    QCommandLineOption db(QStringLiteral("db"), T(QT_TRANSLATE_NOOP("strata-cli", "Database URI or key=value string; without it only the offline analysis runs.")), QStringLiteral("uri"));
    QCommandLineOption json(QStringLiteral("json"), T(QT_TRANSLATE_NOOP("strata-cli", "Print the report as JSON (format_version 1).")));
    QCommandLineOption markdown(QStringLiteral("markdown"), T(QT_TRANSLATE_NOOP("strata-cli", "Print the report as a Markdown audit (the default).")));
    QCommandLineOption html(QStringLiteral("html"), T(QT_TRANSLATE_NOOP("strata-cli", "Also write the report as HTML to this file.")), QStringLiteral("file"));
    QCommandLineOption timeout(QStringLiteral("timeout"), T(QT_TRANSLATE_NOOP("strata-cli", "statement_timeout for each data check, in seconds (default 300).")), QStringLiteral("seconds"), QStringLiteral("300"));
    QCommandLineOption tenants(QStringLiteral("tenant-columns"), T(QT_TRANSLATE_NOOP("strata-cli", "Comma-separated tenant column names for breakdowns.")), QStringLiteral("names"));
    QCommandLineOption noData(QStringLiteral("no-data-checks"), T(QT_TRANSLATE_NOOP("strata-cli", "Skip the data checks.")));
    QCommandLineOption inTx(QStringLiteral("single-transaction"), T(QT_TRANSLATE_NOOP("strata-cli", "The migration tool runs the whole file in one transaction.")));
    p.addOptions({db, json, markdown, html, timeout, tenants, noData, inTx});
    p.addPositionalArgument(QStringLiteral("file"), T(QT_TRANSLATE_NOOP("strata-cli", "The SQL file (use - for standard input). In a dbmate file the up section is checked and the unique keys of the down section are checked as rollback checks.")));
    if (const int rc = parseCommandLine(p, args, 1, [&T](qsizetype) { return T(QT_TRANSLATE_NOOP("strata-cli", "give exactly one SQL file")); }); rc >= 0)
        return rc;
    const QString file = p.positionalArguments().first();
    const bool stdinInput = file == u"-";
    // A regular file (or standard input) of at most ReadLimit::SqlScript bytes: a FIFO, a
    // device or /dev/zero is a clear error, not a hang or an abort.
    auto read = stdinInput ? readDescriptor(STDIN_FILENO, T(QT_TRANSLATE_NOOP("strata-cli", "standard input")), ReadLimit::SqlScript)
                           : readFile(file, ReadLimit::SqlScript);
    if (!read)
        return fail(read.error());
    QString sql = QString::fromUtf8(*read);
    if (read->contains('\0') || sql.contains(QChar::ReplacementCharacter))
        return fail(Error(Error::Kind::Parse, T(QT_TRANSLATE_NOOP("strata-cli", "%1 is not a UTF-8 text file.")).arg(file)));
    *read = QByteArray(); // the text is in sql now

    PreflightOptions o;
    o.source = stdinInput ? T(QT_TRANSLATE_NOOP("strata-cli", "standard input")) : QFileInfo(file).fileName();
    // A dbmate file: the up section is checked, the down section's keys become rollback checks.
    const Preflight::Sections sections = Preflight::splitSections(sql);
    sql = sections.up;
    o.rollbackSql = sections.down;
    bool ok = false;
    const int secs = p.value(timeout).toInt(&ok);
    if (!ok || secs <= 0)
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--timeout needs a positive number of seconds")));
    o.dataChecks.statementTimeoutMs = secs * 1000;
    o.runDataChecks = !p.isSet(noData);
    o.analyzer.scriptInTransaction = p.isSet(inTx);
    if (p.isSet(tenants))
        o.analyzer.tenantColumns = p.value(tenants).split(u',', Qt::SkipEmptyParts);

    std::unique_ptr<Connection> conn;
    if (p.isSet(db)) {
        auto profile = ConnectionProfile::fromConnectionString(p.value(db));
        if (!profile)
            return fail(profile.error());
        const SessionOptions so = SessionOptions::review(QStringLiteral("strata-preflight"), o.dataChecks.statementTimeoutMs);
        auto c = Connection::open(*profile, so);
        if (!c)
            return fail(c.error());
        conn = std::move(*c);
    }
    auto report = Preflight::run(sql, conn.get(), o);
    if (!report)
        return fail(report.error());
    // The reports are written a piece at a time (a 50 MB script makes a report of about
    // 180 MB; it never exists as one string).
    if (p.isSet(html)) {
        WriteOptions wo;
        wo.privateFile = true; // the data checks' samples are rows of the tables
        FileWriter w(p.value(html), wo);
        if (Error e = w.open())
            return fail(e);
        ReportExport::writeHtml(*report, [&w](QByteArrayView chunk) { return w.write(chunk); });
        if (Error e = w.commit())
            return fail(e);
    }
    out().flush();
    const ReportExport::Sink toStdout = [](QByteArrayView chunk) {
        return std::fwrite(chunk.data(), 1, size_t(chunk.size()), stdout) == size_t(chunk.size());
    };
    const bool written = p.isSet(json) ? ReportExport::writeJson(*report, toStdout) : ReportExport::writeMarkdown(*report, toStdout);
    if (!written || std::fflush(stdout) != 0)
        return fail(Error(Error::Kind::Io, T(QT_TRANSLATE_NOOP("strata-cli", "Could not write to standard output."))));
    out().flush();
    return report->hasBlocking() ? ExitFindings : ExitOk;
}

STRATA_CLI_COMMAND(preflight, "preflight", QT_TRANSLATE_NOOP("strata-cli", "Pre-flight a migration: locks, sure errors, lints, data checks"), runPreflight);
