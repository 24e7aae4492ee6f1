#include "FleetStatus.h"

#include "AppliedReplay.h"
#include "catalog/Introspector.h"
#include "catalog/SnapshotSplit.h"
#include "diff/Comparison.h"
#include "diff/DiffSource.h"
#include "replay/FolderReplay.h"
#include "diff/SchemaDiff.h"
#include "history/History.h"
#include "history/LedgerReader.h"
#include "pg/Connection.h"
#include "pg/ScratchServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <future>
#include <map>
#include <optional>

namespace strata::fleet {

namespace {

using catalog::Snapshot;

// One unit of reading: a database, or the tenant schemas of one database (one pass).
struct Unit
{
    ConnectionProfile profile;
    QList<int> targets; // indexes into the target list
    bool tenants = false;
};

struct Work
{
    TargetStatus status;
    std::optional<Snapshot> snapshot; // the target's schema, until compared
    QList<MigrationFile> appliedFiles;
    bool replayable = true;           // every applied migration still has its file
};

catalog::IntrospectOptions captureOptions(const QStringList &schemas)
{
    catalog::IntrospectOptions io;
    io.includeSchemas = schemas;
    io.owners = false;
    io.stats = catalog::IntrospectOptions::Stats::None;
    return io;
}

// The schemas a tenant database's capture asks for. When the tenants hold nearly all of
// the database's relations (80 % or more), the whole database is read and the split keeps
// the tenants: a filter of hundreds of schema names costs the catalog queries more than
// the few other rows. Otherwise only the tenants are read.
QStringList tenantFilter(Connection &c, const QStringList &schemas)
{
    const ResultSet rs = c.exec(QStringLiteral("SELECT count(*) FILTER (WHERE n.nspname = ANY ($1::text[])), count(*)"
                                               " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                                               " WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'"),
                                {catalog::Introspector::textArrayLiteral(schemas)});
    if (!rs.ok() || rs.rowCount() != 1)
        return schemas;
    const qint64 tenants = rs.toInt64(0, 0), all = rs.toInt64(0, 1);
    return tenants * 5 >= all * 4 ? QStringList() : schemas;
}

QString lastApplied(const HistoryResult &h)
{
    QString v;
    for (const HistoryEntry &e : h.entries)
        if (e.applied && !e.repeatable)
            v = e.version;
    return v;
}

} // namespace

QString TargetStatus::stateId() const
{
    if (error)
        return QStringLiteral("error");
    if (dirty)
        return QStringLiteral("dirty");
    if (!differences.isEmpty())
        return QStringLiteral("drift");
    if (pending > 0 || ghosts > 0 || changed > 0)
        return QStringLiteral("pending");
    return QStringLiteral("clean");
}

int FleetStatusResult::exitCode() const
{
    if (errors > 0)
        return 2;
    return clean == targets.size() ? 0 : 1;
}

QJsonObject FleetStatusResult::toJson() const
{
    QJsonArray list;
    for (const TargetStatus &t : targets) {
        QJsonArray diffs;
        for (const TargetDifference &d : t.differences)
            diffs.append(QJsonObject{{QStringLiteral("state"), d.state}, {QStringLiteral("kind"), d.kind},
                                     {QStringLiteral("key"), d.key}, {QStringLiteral("fields"), QJsonArray::fromStringList(d.fields)}});
        QJsonObject o{{QStringLiteral("name"), t.name},
                      {QStringLiteral("database"), t.database},
                      {QStringLiteral("schema"), t.schema.isEmpty() ? QJsonValue() : QJsonValue(t.schema)},
                      {QStringLiteral("state"), t.stateId()},
                      {QStringLiteral("ledger"), t.ledger.isEmpty() ? QJsonValue() : QJsonValue(t.ledger)},
                      {QStringLiteral("applied"), t.applied.isEmpty() ? QJsonValue() : QJsonValue(t.applied)},
                      {QStringLiteral("applied_count"), t.appliedCount},
                      {QStringLiteral("pending"), t.pending},
                      {QStringLiteral("pending_versions"), QJsonArray::fromStringList(t.pendingVersions)},
                      {QStringLiteral("ghosts"), t.ghosts},
                      {QStringLiteral("changed"), t.changed},
                      {QStringLiteral("dirty"), t.dirty},
                      {QStringLiteral("drift_checked"), t.driftChecked},
                      {QStringLiteral("drift_against"), t.driftAgainst.isEmpty() ? QJsonValue() : QJsonValue(t.driftAgainst)},
                      {QStringLiteral("differences"), diffs},
                      {QStringLiteral("error"), t.error ? QJsonValue(QJsonObject{{QStringLiteral("message"), t.error.message},
                                                                                 {QStringLiteral("detail"), t.error.detail}})
                                                        : QJsonValue()}};
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("format_version"), 1},
                       {QStringLiteral("targets"), list},
                       {QStringLiteral("summary"), QJsonObject{{QStringLiteral("targets"), int(targets.size())},
                                                               {QStringLiteral("clean"), clean},
                                                               {QStringLiteral("pending"), pending},
                                                               {QStringLiteral("drifted"), drifted},
                                                               {QStringLiteral("errors"), errors},
                                                               {QStringLiteral("replays"), replays},
                                                               {QStringLiteral("catalog_passes"), catalogPasses},
                                                               {QStringLiteral("peak_connections"), peakConnections},
                                                               {QStringLiteral("elapsed_ms"), double(elapsedMs)},
                                                               {QStringLiteral("folder_format"), folderFormat}}}};
}

Result<FleetStatusResult> FleetStatus::run(const QList<Target> &targets, const StatusOptions &opt, FleetControl *control)
{
    QElapsedTimer clock;
    clock.start();
    if (targets.isEmpty())
        return Error(Error::Kind::Usage, tr("The fleet has no targets."));
    FleetControl localControl;
    FleetControl *ctl = control ? control : &localControl;

    // The folder, read once for every target.
    const FolderFormat *format = nullptr;
    std::optional<FolderReadResult> folder;
    if (!opt.dir.isEmpty()) {
        auto f = FolderFormat::resolve(opt.dir, opt.format);
        if (!f)
            return f.error();
        format = *f;
        auto read = format->read(opt.dir);
        if (!read)
            return read.error();
        folder = std::move(*read);
    }
    const bool tenantMode = std::all_of(targets.begin(), targets.end(), [](const Target &t) { return t.isSchema(); });
    const bool drift = opt.drift && (!opt.reference.isEmpty() || folder);
    const bool ownVersion = drift && opt.reference.isEmpty();
    if (ownVersion && !replay::FolderReplay::replayableFormats().contains(format->id()))
        return Error(Error::Kind::Usage, tr("%1 migrations cannot be replayed, so the drift against each target's version cannot be checked.").arg(format->displayName()),
                     {}, tr("Give a reference (--reference) or leave the drift check out."));

    // The reference, loaded once (and the private server for the own-version replays,
    // started while the targets are read).
    std::optional<Snapshot> reference;
    QString referenceLabel;
    if (drift && !ownVersion) {
        auto src = diff::DiffSource::parse(opt.reference);
        if (!src)
            return src.error();
        src->format = opt.format;
        ctl->report(0, int(targets.size()), tr("Loading the reference %1…").arg(opt.reference));
        JobControl jc = ctl->job();
        auto snap = src->load(captureOptions({}), &jc);
        if (!snap)
            return Error(snap.error().kind, tr("The reference could not be loaded: %1").arg(snap.error().message), snap.error().detail, snap.error().hint);
        reference = std::move(*snap);
        if (tenantMode) {
            diff::Comparison::filterSchemas(*reference, {opt.commonSchema}, {});
            reference->schemas.clear();
        }
        referenceLabel = tr("the reference %1").arg(opt.reference);
    }
    std::unique_ptr<ScratchServer> server;
    std::future<Error> serverStarted;
    if (ownVersion) {
        server = std::make_unique<ScratchServer>();
        serverStarted = std::async(std::launch::async, [s = server.get()] { return s->start(); });
    }
    // The expected schemas of the own-version check: one replay per distinct applied set,
    // made on their own thread while the targets are still read (a set is queued as soon
    // as a target's ledger shows it).
    std::map<QString, Result<Snapshot>> expected;
    std::mutex replayMutex;
    std::condition_variable replayWake;
    std::deque<QString> replayQueue;
    QHash<QString, int> replayFirst; // set key -> the first target with it
    bool readsDone = false;
    int replays = 0;
    Error serverError;
    QList<Work> work(targets.size());
    auto queueReplay = [&](int i) {
        const QString key = AppliedReplay::setKey(work[i].appliedFiles);
        std::lock_guard lock(replayMutex);
        if (replayFirst.contains(key))
            return;
        replayFirst.insert(key, i);
        replayQueue.push_back(key);
        replayWake.notify_one();
    };
    auto replayLoop = [&] {
        serverError = serverStarted.get();
        for (;;) {
            QString key;
            {
                std::unique_lock lock(replayMutex);
                replayWake.wait(lock, [&] { return readsDone || !replayQueue.empty() || ctl->isCanceled(); });
                if (ctl->isCanceled() || replayQueue.empty())
                    return; // canceled, or every target read and every set replayed
                key = replayQueue.front();
                replayQueue.pop_front();
            }
            const int i = replayFirst.value(key);
            Result<Snapshot> snap = serverError;
            if (!serverError) {
                ctl->report(replays, replays + 1, tr("Replaying the folder up to %1…")
                                                      .arg(work[i].status.applied.isEmpty() ? tr("nothing applied") : work[i].status.applied));
                JobControl jc = ctl->job();
                snap = AppliedReplay::replay(*server, folder->dir, format->id(), work[i].appliedFiles, &jc);
                if (snap && tenantMode) {
                    diff::Comparison::filterSchemas(*snap, {opt.commonSchema}, {});
                    snap->schemas.clear();
                }
                ++replays;
            }
            std::lock_guard lock(replayMutex);
            expected[key] = std::move(snap);
        }
    };
    std::thread replayer;
    if (ownVersion)
        replayer = std::thread(replayLoop);

    // Units: every database alone; the tenant schemas of one database together.
    QList<Unit> units;
    QHash<QString, int> tenantUnit;
    for (int i = 0; i < targets.size(); ++i) {
        const Target &t = targets[i];
        if (t.isSchema()) {
            const QString key = t.profile.displayString();
            auto it = tenantUnit.constFind(key);
            if (it == tenantUnit.constEnd()) {
                it = tenantUnit.insert(key, int(units.size()));
                units.append(Unit{t.profile, {}, true});
            }
            units[*it].targets.append(i);
        } else {
            units.append(Unit{t.profile, {i}, false});
        }
    }

    for (int i = 0; i < targets.size(); ++i) {
        work[i].status.name = targets[i].name;
        work[i].status.database = targets[i].profile.displayString();
        work[i].status.schema = targets[i].schema;
    }
    const int jobs = opt.jobs > 0 ? opt.jobs : defaultJobs(int(units.size()));
    const int pool = opt.jobs > 0 ? opt.jobs : defaultJobs(int(targets.size())); // connections allowed
    std::atomic_int read{0};
    std::atomic_int passes{0};
    const int total = int(targets.size());

    auto readUnit = [&](int u) {
        const Unit &unit = units[u];
        auto fail = [&](const Error &e) {
            for (int i : unit.targets)
                work[i].status.error = e;
        };
        auto conn = Connection::open(unit.profile, SessionOptions::review(QStringLiteral("strata fleet status"), 0));
        if (!conn) {
            fail(conn.error());
            read += int(unit.targets.size());
            ctl->report(read, total, tr("Read %1 of %2 targets").arg(read.load()).arg(total));
            return;
        }
        FleetControl::Registration reg(ctl, conn->get());
        Connection &c = **conn;
        auto ledgers = LedgerReader::readAll(c);
        if (!ledgers) {
            fail(ledgers.error());
        } else {
            for (int i : unit.targets) {
                Work &w = work[i];
                QList<Ledger> mine;
                for (const Ledger &l : std::as_const(*ledgers))
                    if (!unit.tenants || l.schema == targets[i].schema)
                        mine.append(l);
                const int chosen = History::pickLedger(mine, format ? format->ledgerTool() : QString());
                std::optional<Ledger> empty;
                const Ledger *ledger = chosen >= 0 ? &mine[chosen] : nullptr;
                if (!ledger && folder) {
                    empty.emplace();
                    empty->tool = format->ledgerTool();
                    ledger = &*empty;
                }
                if (!ledger) {
                    w.status.error = Error(Error::Kind::Usage, tr("No migration ledger found, and no folder was given."));
                    continue;
                }
                if (chosen >= 0)
                    w.status.ledger = QStringLiteral("%1 (%2)").arg(mine[chosen].qualifiedName(), mine[chosen].tool);
                const HistoryResult h = History::join(folder ? &*folder : nullptr, ledger);
                w.status.applied = lastApplied(h);
                w.status.appliedCount = h.summary.applied;
                w.status.pending = h.summary.pending;
                w.status.ghosts = h.summary.ghost;
                w.status.changed = h.summary.changed;
                w.status.dirty = h.summary.failed + h.summary.dirty > 0;
                for (const HistoryEntry &e : h.entries) {
                    if (e.state == HistoryEntry::State::Pending)
                        w.status.pendingVersions.append(e.version);
                    if (e.applied && folder) {
                        if (e.fileIndex >= 0)
                            w.appliedFiles.append(folder->files[e.fileIndex]);
                        else
                            w.replayable = false;
                    }
                }
                if (ownVersion && w.replayable)
                    queueReplay(i);
            }
            if (drift && !ctl->isCanceled()) {
                QStringList schemas;
                for (int i : unit.targets)
                    schemas.append(targets[i].schema);
                JobControl jc = ctl->job();
                int extra = 0;
                catalog::IntrospectOptions io = captureOptions(unit.tenants ? tenantFilter(c, schemas) : QStringList());
                if (units.size() == 1 && pool > 1) {
                    // One database and room in the pool: its catalog is read over two
                    // connections in one consistent snapshot (never more than one per target).
                    io.connections = std::min(2, int(unit.targets.size()));
                    io.openConnection = [p = unit.profile, ctl, &extra]() -> Result<std::unique_ptr<Connection>> {
                        auto opened = Connection::open(p, SessionOptions::review(QStringLiteral("strata fleet status"), 0));
                        if (opened) {
                            ctl->countExtra(1);
                            ++extra;
                        }
                        return opened;
                    };
                }
                auto snap = catalog::Introspector::capture(c, io, &jc);
                ctl->countExtra(-extra);
                ++passes;
                if (!snap) {
                    fail(snap.error());
                } else if (unit.tenants) {
                    QHash<QString, Snapshot> parts = catalog::SnapshotSplit::bySchema(*snap, schemas, opt.commonSchema);
                    snap = Error();
                    for (int i : unit.targets) {
                        Snapshot s = parts.take(targets[i].schema);
                        s.schemas.clear(); // the container itself is not compared, its contents are
                        work[i].snapshot = std::move(s);
                    }
                } else {
                    work[unit.targets.first()].snapshot = std::move(*snap);
                }
            }
        }
        read += int(unit.targets.size());
        ctl->report(read, total, tr("Read %1 of %2 targets").arg(read.load()).arg(total));
    };
    runBounded(int(units.size()), jobs, ctl, readUnit);
    FleetStatusResult result;
    if (ownVersion) {
        {
            std::lock_guard lock(replayMutex);
            readsDone = true;
        }
        replayWake.notify_all();
        replayer.join();
        server->stop();
        result.replays = replays;
        if (serverError)
            return serverError;
    }
    if (ctl->isCanceled())
        return JobControl::canceledError();

    // Compare each target with what it should be, on the pool (CPU only).
    diff::DiffOptions dopt;
    dopt.ignoreOwners = true;
    dopt.ignoreGrants = opt.ignoreGrants;
    std::atomic_int compared{0};
    runBounded(int(work.size()), std::min(jobs, 2), ctl, [&](int i) {
        Work &w = work[i];
        if (w.status.error || !w.snapshot)
            return;
        const Snapshot *want = nullptr;
        if (reference) {
            want = &*reference;
            w.status.driftAgainst = referenceLabel;
        } else if (!w.replayable) {
            w.status.driftAgainst = tr("not checked: an applied migration's file is gone");
            w.snapshot.reset();
            return;
        } else {
            const Result<Snapshot> &r = expected.at(AppliedReplay::setKey(w.appliedFiles));
            if (!r) {
                w.status.error = Error(r.error().kind, tr("The folder could not be replayed up to %1: %2").arg(w.status.applied, r.error().message),
                                       r.error().detail);
                w.snapshot.reset();
                return;
            }
            want = &*r;
            w.status.driftAgainst = w.status.applied.isEmpty() ? tr("an empty database (nothing applied)")
                                                               : tr("the folder replayed up to %1").arg(w.status.applied);
        }
        Snapshot &have = *w.snapshot;
        diff::Comparison::removeLedgerTables(have, *want);
        const diff::DiffResult d = diff::SchemaDiff::compare(have, *want, dopt);
        w.status.driftChecked = true;
        for (const diff::ObjectDiff &o : d.objects)
            if (o.state != diff::ChangeState::Same)
                w.status.differences.append(TargetDifference{diff::stateId(o.state), diff::kindId(o.kind), o.key, o.fields});
        w.snapshot.reset();
        const int c = ++compared;
        if (c % 50 == 0 || c == total)
            ctl->report(c, total, tr("Compared %1 of %2 targets").arg(c).arg(total));
    });
    if (ctl->isCanceled())
        return JobControl::canceledError();

    for (Work &w : work) {
        TargetStatus &t = w.status;
        if (t.error)
            ++result.errors;
        else if (t.clean())
            ++result.clean;
        if (!t.error && t.pending > 0)
            ++result.pending;
        if (t.hasDrift())
            ++result.drifted;
        result.targets.append(std::move(t));
    }
    result.folderFormat = format ? format->id() : QString();
    result.peakConnections = ctl->peakConnections();
    result.catalogPasses = passes.load();
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace strata::fleet
