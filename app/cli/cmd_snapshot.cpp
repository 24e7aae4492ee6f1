// strata-cli snapshot: reads a database's schema (bulk catalog queries, read-only)
// and writes it as a versioned JSON snapshot (or, with --ddl, as canonical DDL),
// to a file or to standard output.

#include "Cli.h"
#include "common/FileIo.h"
#include "catalog/DdlWriter.h"
#include "catalog/Introspector.h"
#include "catalog/SnapshotJson.h"
#include "pg/Connection.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <cstdio>

using namespace strata;
using namespace strata::cli;

static int runSnapshot(const QStringList &args)
{
    auto T = [](const char *s) { return QCoreApplication::translate("strata-cli", s); };
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Read a database's schema and write it as a JSON snapshot.")));
    p.addHelpOption();
    QCommandLineOption db(QStringLiteral("db"), T(QT_TRANSLATE_NOOP("strata-cli", "Connection URI or key=value string of the database.")), QStringLiteral("uri"));
    QCommandLineOption schema(QStringLiteral("schema"), T(QT_TRANSLATE_NOOP("strata-cli", "Only this schema (repeatable).")), QStringLiteral("name"));
    QCommandLineOption exclude(QStringLiteral("exclude-schema"), T(QT_TRANSLATE_NOOP("strata-cli", "Leave this schema out (repeatable).")), QStringLiteral("name"));
    QCommandLineOption output(QStringLiteral("output"), T(QT_TRANSLATE_NOOP("strata-cli", "Write the snapshot to this file instead of standard output.")), QStringLiteral("file"));
    QCommandLineOption noOwners(QStringLiteral("no-owners"), T(QT_TRANSLATE_NOOP("strata-cli", "Ignore object owners.")));
    QCommandLineOption noGrants(QStringLiteral("no-grants"), T(QT_TRANSLATE_NOOP("strata-cli", "Ignore privileges (GRANT/REVOKE).")));
    QCommandLineOption noStats(QStringLiteral("no-stats"), T(QT_TRANSLATE_NOOP("strata-cli", "Leave out table sizes and row estimates.")));
    QCommandLineOption exactSizes(QStringLiteral("exact-sizes"), T(QT_TRANSLATE_NOOP("strata-cli", "Measure table sizes with pg_total_relation_size (slow on many tables) instead of estimating them.")));
    QCommandLineOption ddl(QStringLiteral("ddl"), T(QT_TRANSLATE_NOOP("strata-cli", "Write the canonical DDL (a script for an empty database) instead of JSON.")));
    QCommandLineOption timings(QStringLiteral("timings"), T(QT_TRANSLATE_NOOP("strata-cli", "Print how long each catalog query took on standard error.")));
    QCommandLineOption jobs(QStringLiteral("jobs"), T(QT_TRANSLATE_NOOP("strata-cli", "Read the catalog over this many connections at once, in one consistent snapshot (default 2; 1 = one connection).")), QStringLiteral("n"), QStringLiteral("2"));
    QCommandLineOption serverDeparse(QStringLiteral("server-deparse"), T(QT_TRANSLATE_NOOP("strata-cli", "Let the server print every CHECK constraint and index expression (slower on many tables: it opens each table) instead of Strata.")));
    p.addOptions({db, schema, exclude, output, noOwners, noGrants, noStats, exactSizes, ddl, timings, jobs, serverDeparse});
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << helpText(p, args);
        return ExitOk;
    }
    if (!p.isSet(db))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--db is required")));
    if (!p.positionalArguments().isEmpty())
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "unexpected argument “%1”")).arg(p.positionalArguments().first()));
    bool jobsOk = false;
    const int jobCount = p.value(jobs).toInt(&jobsOk);
    if (!jobsOk || jobCount < 1 || jobCount > 8)
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "--jobs takes a number from 1 to 8")));

    auto profile = ConnectionProfile::fromConnectionString(p.value(db));
    if (!profile)
        return fail(profile.error());
    const SessionOptions so = SessionOptions::review(QStringLiteral("strata-cli snapshot"), 0);
    QElapsedTimer phase;
    phase.start();
    auto conn = Connection::open(*profile, so);
    if (!conn)
        return fail(conn.error());
    const qint64 connectMs = phase.restart();

    catalog::IntrospectOptions o;
    o.includeSchemas = p.values(schema);
    o.excludeSchemas = p.values(exclude);
    o.owners = !p.isSet(noOwners);
    o.grants = !p.isSet(noGrants);
    o.stats = p.isSet(noStats) ? catalog::IntrospectOptions::Stats::None
              : p.isSet(exactSizes) ? catalog::IntrospectOptions::Stats::Exact
                                    : catalog::IntrospectOptions::Stats::Estimated;
    // Extra connections with the same parameters (the database name stays a name).
    o.connections = jobCount;
    o.clientDeparse = !p.isSet(serverDeparse);
    o.openConnection = [&profile, so] { return Connection::open(*profile, so); };
    catalog::IntrospectReport report;
    auto snap = catalog::Introspector::capture(**conn, o, nullptr, &report);
    if (!snap)
        return fail(snap.error());
    const qint64 captureMs = phase.restart();
    if (p.isSet(timings)) {
        err() << T(QT_TRANSLATE_NOOP("strata-cli", "connecting: %1 ms; the catalog queries: %2 ms; completing the snapshot: %3 ms; in all: %4 ms"))
                     .arg(connectMs).arg(report.queriesMs).arg(report.completionMs).arg(connectMs + captureMs)
              << Qt::endl;
        for (const auto &s : report.stepMs)
            err() << s.first << ": " << s.second << " ms" << Qt::endl;
        err() << T(QT_TRANSLATE_NOOP("strata-cli", "%1 statements on %3 connection(s), %2 objects")).arg(report.statements).arg(snap->objectCount()).arg(report.connections) << Qt::endl;
        err() << T(QT_TRANSLATE_NOOP("strata-cli", "expressions printed by Strata: %1, by the server: %2")).arg(report.printedByClient).arg(report.printedByServer);
        if (report.sampleMismatch)
            err() << T(QT_TRANSLATE_NOOP("strata-cli", " (a sample differed from the server's text: all were printed by the server)"));
        err() << Qt::endl;
    }

    QByteArray data;
    if (p.isSet(ddl)) {
        catalog::DdlOptions d;
        d.owners = o.owners;
        d.grants = o.grants;
        data = catalog::DdlWriter(d).script(*snap).toUtf8();
    } else if (p.isSet(output)) {
        if (Error e = catalog::SnapshotJson::writeFile(*snap, p.value(output)))
            return fail(e);
        if (p.isSet(timings))
            err() << T(QT_TRANSLATE_NOOP("strata-cli", "writing: %1 ms")).arg(phase.elapsed()) << Qt::endl;
        keepUntilExit(std::move(*snap));
        return ExitOk;
    } else { // JSON to standard output, streamed in pieces
        const bool written = catalog::SnapshotJson::write(*snap, [](QByteArrayView piece) {
            return std::fwrite(piece.data(), 1, size_t(piece.size()), stdout) == size_t(piece.size());
        });
        keepUntilExit(std::move(*snap));
        if (!written || std::fflush(stdout) != 0)
            return fail(Error(Error::Kind::Io, T(QT_TRANSLATE_NOOP("strata-cli", "Could not write the snapshot to standard output."))));
        if (p.isSet(timings))
            err() << T(QT_TRANSLATE_NOOP("strata-cli", "writing: %1 ms")).arg(phase.elapsed()) << Qt::endl;
        return ExitOk;
    }
    keepUntilExit(std::move(*snap));
    if (p.isSet(output)) {
        if (Error e = writeFile(p.value(output), data))
            return fail(e);
        return ExitOk;
    }
    const QByteArray &json = data;
    if (std::fwrite(json.constData(), 1, size_t(json.size()), stdout) != size_t(json.size()) || std::fflush(stdout) != 0)
        return fail(Error(Error::Kind::Io, T(QT_TRANSLATE_NOOP("strata-cli", "Could not write the snapshot to standard output."))));
    return ExitOk;
}

STRATA_CLI_COMMAND(snapshot, "snapshot", QT_TRANSLATE_NOOP("strata-cli", "Write a database's schema as a JSON snapshot"), runSnapshot);
