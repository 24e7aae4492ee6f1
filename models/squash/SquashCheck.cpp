#include "SquashCheck.h"
#include "common/FileIo.h"

#include "history/Consolidation.h"
#include "history/DbmateFormat.h"
#include "history/LedgerReader.h"
#include "SquashDifferences.h"
#include "catalog/Introspector.h"
#include "replay/FolderReplay.h"
#include "replay/SnapshotTrim.h"
#include "replay/ReplayTarget.h"
#include "pg/Connection.h"
#include "pg/ScratchServer.h"
#include "pg/Session.h"
#include "sql/SqlSplitter.h"
#include "sql/StatementClassifier.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <memory>

namespace strata {

QString SquashDifference::stateId(State s)
{
    switch (s) {
    case State::Missing: return QStringLiteral("missing");
    case State::Extra: return QStringLiteral("extra");
    case State::Changed: return QStringLiteral("changed");
    }
    return {};
}

QString SquashDifference::stateLabel(State s)
{
    switch (s) {
    case State::Missing: return SquashCheck::tr("Missing from the baseline");
    case State::Extra: return SquashCheck::tr("Only in the baseline");
    case State::Changed: return SquashCheck::tr("Different");
    }
    return {};
}

namespace {

const QSet<QString> &ledgerNames()
{
    static const QSet<QString> names = [] {
        QSet<QString> n{QStringLiteral("knex_migrations_lock"), QStringLiteral("databasechangeloglock")};
        for (const LedgerReader *r : LedgerReader::all())
            if (r->tool() != u"sqitch") // its tables ("changes", "events") only count in its own schema
                for (const QString &t : r->tableNames())
                    n.insert(t);
        return n;
    }();
    return names;
}

// A JobControl that maps a phase's progress into [lo, hi] of the whole check.
JobControl phase(JobControl *outer, int lo, int hi)
{
    // The phases report their own steps (replay, then the catalog reads): the whole check
    // never goes backwards.
    auto reached = std::make_shared<int>(lo);
    return JobControl([outer] { return outer && outer->isCanceled(); },
                      [outer, lo, hi, reached](int v, int m, const QString &t) {
                          if (!outer)
                              return;
                          *reached = std::max(*reached, lo + (m > 0 ? (hi - lo) * qBound(0, v, m) / m : 0));
                          outer->setProgress(*reached, 100, t);
                      });
}

void removeSchema(catalog::Snapshot &s, const QString &schema)
{
    auto drop = [&](auto &list) {
        list.erase(std::remove_if(list.begin(), list.end(), [&](const auto &o) { return o.schema == schema; }), list.end());
    };
    s.schemas.erase(std::remove_if(s.schemas.begin(), s.schemas.end(), [&](const catalog::SchemaDef &d) { return d.name == schema; }),
                    s.schemas.end());
    drop(s.types);
    drop(s.sequences);
    drop(s.tables);
    drop(s.constraints);
    drop(s.indexes);
    drop(s.views);
    drop(s.functions);
    drop(s.triggers);
    drop(s.policies);
}

Error fileFailed(const QString &file, int line, const Error &e)
{
    Error out(Error::Kind::Query, SquashCheck::tr("The baseline %1 failed at line %2: %3").arg(file).arg(line).arg(e.message), e.detail, e.hint);
    out.sqlState = e.sqlState;
    return out;
}

} // namespace

bool SquashCheck::isLedgerTable(const QString &schema, const QString &table)
{
    return schema == u"sqitch" || ledgerNames().contains(table);
}

Result<catalog::Snapshot> SquashCheck::replayFile(replay::ReplayTarget &target, const QString &file, const catalog::IntrospectOptions &introspect,
                                                  JobControl *control)
{
    const QFileInfo info(file);
    const QString name = info.fileName();
    if (!info.exists())
        return Error(Error::Kind::Io, tr("The baseline “%1” does not exist.").arg(file));
    if (name.endsWith(QStringLiteral(".down.sql")))
        return Error(Error::Kind::Usage, tr("“%1” is a down migration, not a baseline.").arg(file));
    auto read = readFile(file, ReadLimit::SqlScript);
    if (!read)
        return Error(read.error().kind, tr("The baseline “%1” cannot be read.").arg(file), read.error().message);
    const QByteArray &bytes = *read;
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return Error(Error::Kind::Parse, tr("The baseline “%1” is not valid UTF-8.").arg(file));

    QString sql = text;
    int firstLine = 1;
    bool transactional = true;
    if (text.contains(QStringLiteral("-- migrate:up"))) {
        // A dbmate file: its up section (any name will do for the parser).
        Findings findings;
        auto m = DbmateFormat::parse(name, text, findings);
        if (!m)
            m = DbmateFormat::parse(QStringLiteral("0_baseline.sql"), text, findings);
        if (!m)
            return Error(Error::Kind::Parse, tr("The dbmate baseline “%1” has no usable “-- migrate:up” section.").arg(file),
                         findings.isEmpty() ? QString() : findings.first().message);
        sql = m->upSql;
        firstLine = m->upLine;
        transactional = m->transactional;
    }

    auto db = target.createDatabase(QStringLiteral("strata_squash"));
    if (!db)
        return db.error();
    // Declared after the database: the connection closes before it is dropped.
    auto conn = (*db)->connect(QStringLiteral("strata squash check"));
    if (!conn)
        return conn.error();
    Connection &c = **conn;
    if (control) {
        if (control->isCanceled())
            return JobControl::canceledError();
        control->setProgress(0, 2, tr("Running %1…").arg(name));
    }
    // Statement by statement, so that an error names its line even when the server gives
    // no position; a transactional file runs in one transaction (unless it has its own).
    auto statements = StatementClassifier::classify(sql);
    if (!statements) {
        const Error &e = statements.error();
        int line = firstLine;
        if (e.position > 0)
            line += SqlSplitter::lineColumn(sql, e.position - 1).first - 1;
        return Error(Error::Kind::Parse, tr("The baseline %1 does not parse at line %2.").arg(name).arg(line), e.message);
    }
    bool ownTransactions = false;
    for (const ClassifiedStatement &s : std::as_const(*statements))
        ownTransactions = ownTransactions || s.isTransactionControl;
    const bool wrap = transactional && !ownTransactions;
    if (wrap) {
        if (const ResultSet r = c.exec(QStringLiteral("BEGIN")); !r.ok())
            return r.error;
    }
    int done = 0;
    for (const ClassifiedStatement &cs : std::as_const(*statements)) {
        if (control) {
            if (control->isCanceled())
                return JobControl::canceledError();
            if (++done % 50 == 0)
                control->setProgress(done, int(statements->size()) + 1, tr("Running %1…").arg(name));
        }
        const SqlStatement &s = cs.statement;
        const ResultSet r = c.exec(s.text);
        if (!r.ok()) {
            int line = firstLine + Consolidation::firstCodeLine(s) - 1;
            if (r.error.position > 0) {
                line = firstLine + s.line - 1;
                line += SqlSplitter::lineColumn(s.text, SqlSplitter::offsetForCursor(s.text, r.error.position)).first - 1;
            }
            return fileFailed(name, line, r.error);
        }
    }
    if (wrap) {
        if (const ResultSet r = c.exec(QStringLiteral("COMMIT")); !r.ok())
            return fileFailed(name, firstLine, r.error);
    }
    if (control)
        control->setProgress(1, 2, tr("Reading the baseline's schema…"));
    auto snap = catalog::Introspector::capture(c, introspect, control);
    return snap;
}

SquashResult SquashCheck::compare(catalog::Snapshot chain, catalog::Snapshot baseline, const SquashOptions &options)
{
    SquashResult out;
    auto ignore = [&options](const QString &schema, const QString &table) {
        if (options.ignoreLedgers && isLedgerTable(schema, table))
            return true;
        return options.ignoreTables.contains(table) || options.ignoreTables.contains(schema + u'.' + table)
            || options.ignoreTables.contains(catalog::qualifiedName(schema, table));
    };
    replay::removeTables(chain, ignore, out.ignoredTables);
    replay::removeTables(baseline, ignore, out.ignoredTables);
    if (options.ignoreLedgers) {
        removeSchema(chain, QStringLiteral("sqitch"));
        removeSchema(baseline, QStringLiteral("sqitch"));
    }
    out.ignoredTables.sort();
    const diff::DiffResult r = diff::SchemaDiff::compare(chain, baseline, options.diff);
    out.differences = squash::describe(r, chain, baseline);
    out.identical = out.differences.isEmpty();
    out.chainObjects = chain.objectCount();
    out.baselineObjects = baseline.objectCount();
    return out;
}

Result<SquashResult> SquashCheck::run(ScratchServer &server, const QString &chainDir, const QString &baseline,
                                      const SquashOptions &options, JobControl *control)
{
    replay::ReplayTarget target(server);
    return run(target, chainDir, baseline, options, control);
}

Result<SquashResult> SquashCheck::run(replay::ReplayTarget &target, const QString &chainDir, const QString &baseline,
                                      const SquashOptions &options, JobControl *control)
{
    const QFileInfo chainInfo(chainDir);
    if (!chainInfo.isDir())
        return Error(chainInfo.exists() ? Error::Kind::Usage : Error::Kind::Io,
                     tr("The migration chain “%1” is not a folder.").arg(chainDir));
    const QFileInfo baseInfo(baseline);
    if (!baseInfo.exists())
        return Error(Error::Kind::Io, tr("The baseline “%1” does not exist.").arg(baseline));
    // Read the chain first: a folder that cannot be replayed should not cost a replay.
    if (auto files = replay::FolderReplay::readFolder(chainDir, options.format, options.moreDirs); !files)
        return files.error();

    catalog::IntrospectOptions introspect;
    introspect.stats = catalog::IntrospectOptions::Stats::None;
    QElapsedTimer timer;
    timer.start();
    JobControl chainPhase = phase(control, 0, 48);
    replay::ReplayOptions ro;
    ro.format = options.format;
    ro.moreDirs = options.moreDirs;
    ro.introspect = introspect;
    ro.findings = options.findings;
    auto chain = replay::FolderReplay::replayOn(target, chainDir, ro, &chainPhase);
    if (!chain) {
        Error e = chain.error();
        if (e.kind != Error::Kind::Canceled)
            e.message = tr("Replaying the chain failed: %1").arg(e.message);
        return e;
    }
    const qint64 chainMs = timer.restart();
    if (control && control->isCanceled())
        return JobControl::canceledError();

    JobControl basePhase = phase(control, 50, 96);
    Result<catalog::Snapshot> base = Error();
    if (baseInfo.isDir()) {
        replay::ReplayOptions bo;
        bo.format = options.baselineFormat;
        bo.createLedger = false; // a baseline dumped from a database brings its own
        bo.introspect = introspect;
        base = replay::FolderReplay::replayOn(target, baseline, bo, &basePhase);
    } else {
        base = replayFile(target, baseline, introspect, &basePhase);
    }
    if (!base) {
        Error e = base.error();
        if (e.kind != Error::Kind::Canceled)
            e.message = tr("Replaying the baseline failed: %1").arg(e.message);
        return e;
    }
    const qint64 baseMs = timer.elapsed();
    if (control) {
        if (control->isCanceled())
            return JobControl::canceledError();
        control->setProgress(97, 100, tr("Comparing…"));
    }
    SquashResult r = compare(std::move(*chain), std::move(*base), options);
    r.chainMs = chainMs;
    r.baselineMs = baseMs;
    if (control)
        control->setProgress(100, 100, r.identical ? tr("Identical") : tr("%n difference(s)", nullptr, int(r.differences.size())));
    return r;
}

Result<SquashResult> SquashCheck::run(const QString &chainDir, const QString &baseline, const SquashOptions &options, JobControl *control)
{
    if (auto files = replay::FolderReplay::readFolder(chainDir, options.format, options.moreDirs); !files)
        return files.error();
    if (!QFileInfo::exists(baseline))
        return Error(Error::Kind::Io, tr("The baseline “%1” does not exist.").arg(baseline));
    if (options.replayServer) {
        if (control)
            control->setProgress(0, 100, tr("Connecting to %1…").arg(options.replayServer->displayString()));
        auto target = replay::ReplayTarget::open(*options.replayServer);
        if (!target)
            return target.error();
        return run(**target, chainDir, baseline, options, control);
    }
    if (control)
        control->setProgress(0, 100, tr("Starting a scratch server…"));
    ScratchServer server;
    if (Error e = server.start())
        return e;
    auto r = run(server, chainDir, baseline, options, control);
    server.stop();
    return r;
}

} // namespace strata
