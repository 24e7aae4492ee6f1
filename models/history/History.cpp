#include "History.h"

#include "LedgerReader.h"
#include "Version.h"

#include <QHash>
#include <QSet>
#include <functional>

namespace strata {

using State = HistoryEntry::State;

namespace {

QString keyOf(const LedgerReader *reader, const MigrationFile &f)
{
    return reader ? reader->keyFor(f) : version::canonical(f.version);
}

void fillFromFile(HistoryEntry &e, const MigrationFile &f, int index)
{
    e.version = f.version;
    e.name = f.name;
    e.group = f.group;
    e.fileName = f.fileName;
    e.path = f.path;
    e.fileChecksum = f.checksum;
    e.repeatable = f.kind == MigrationFile::Kind::Repeatable;
    e.fileIndex = index;
}

void fillFromRow(HistoryEntry &e, const LedgerRow &r, int index)
{
    e.appliedAt = r.appliedAt;
    e.appliedBy = r.appliedBy;
    e.durationMs = r.durationMs;
    e.ledgerChecksum = r.checksum;
    e.logs = r.logs;
    e.rowIndex = index;
}

bool checksumDiffers(const MigrationFile &f, const LedgerRow &r)
{
    if (f.checksum.isEmpty() || r.checksum.isEmpty())
        return false;
    return f.checksum.compare(r.checksum, Qt::CaseInsensitive) != 0
        && !f.altChecksums.contains(r.checksum.toLower());
}

} // namespace

bool HistoryResult::clean() const
{
    const HistorySummary &s = summary;
    return s.pending == 0 && s.ghost == 0 && s.changed == 0 && s.failed == 0 && s.dirty == 0 && s.outOfOrder == 0;
}

QString History::stateId(State s)
{
    switch (s) {
    case State::Applied: return QStringLiteral("applied");
    case State::Pending: return QStringLiteral("pending");
    case State::Ghost: return QStringLiteral("ghost");
    case State::Changed: return QStringLiteral("changed");
    case State::Failed: return QStringLiteral("failed");
    case State::Dirty: return QStringLiteral("dirty");
    case State::OutOfOrder: return QStringLiteral("out-of-order");
    case State::Unchecked: return QStringLiteral("unchecked");
    }
    return {};
}

QString History::stateLabel(State s)
{
    switch (s) {
    case State::Applied: return tr("applied");
    case State::Pending: return tr("pending");
    case State::Ghost: return tr("ghost");
    case State::Changed: return tr("changed");
    case State::Failed: return tr("failed");
    case State::Dirty: return tr("dirty");
    case State::OutOfOrder: return tr("out of order");
    case State::Unchecked: return tr("file");
    }
    return {};
}

int History::pickLedger(const QList<Ledger> &ledgers, const QString &ledgerTool)
{
    if (!ledgerTool.isEmpty())
        for (qsizetype i = 0; i < ledgers.size(); ++i)
            if (ledgers[i].tool == ledgerTool)
                return int(i);
    if (ledgers.size() == 1 && (ledgerTool.isEmpty() || !LedgerReader::byTool(ledgerTool)))
        return 0;
    return -1;
}

HistoryResult History::join(const FolderReadResult *folder, const Ledger *ledger)
{
    HistoryResult out;
    if (folder) {
        out.format = folder->format;
        out.dir = folder->dir;
        out.findings = folder->findings;
    }
    if (ledger) {
        out.ledgerTool = ledger->tool;
        out.ledgerSchema = ledger->schema;
        out.ledgerTable = ledger->table;
        out.findings += ledger->findings;
    }
    const LedgerReader *reader = ledger ? LedgerReader::byTool(ledger->tool) : nullptr;
    const QList<MigrationFile> noFiles;
    const QList<MigrationFile> &files = folder ? folder->files : noFiles;
    QList<HistoryEntry> &entries = out.entries;

    if (!ledger) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (files[i].kind == MigrationFile::Kind::Undo)
                continue;
            HistoryEntry e;
            fillFromFile(e, files[i], int(i));
            e.key = keyOf(nullptr, files[i]);
            e.state = State::Unchecked;
            entries.append(e);
        }
    } else if (ledger->semantics == Ledger::Semantics::CurrentVersion) {
        // golang-migrate: one row; every version up to it is applied.
        const LedgerRow *cur = nullptr;
        int curIndex = -1;
        for (qsizetype i = 0; i < ledger->rows.size(); ++i)
            if (!cur || version::less(cur->version, ledger->rows[i].version)) {
                cur = &ledger->rows[i];
                curIndex = int(i);
            }
        bool found = false;
        for (qsizetype i = 0; i < files.size(); ++i) {
            HistoryEntry e;
            fillFromFile(e, files[i], int(i));
            e.key = keyOf(reader, files[i]);
            const int c = cur ? version::compare(files[i].version, cur->version) : 1;
            e.applied = c <= 0;
            e.state = e.applied ? State::Applied : State::Pending;
            if (c == 0) {
                found = true;
                fillFromRow(e, *cur, curIndex);
                if (cur->dirty) {
                    e.state = State::Dirty;
                    e.detail = tr("golang-migrate marked version %1 dirty: it failed half-way and needs a manual fix and “force”.").arg(e.version);
                }
            }
            entries.append(e);
        }
        if (cur && !found) {
            HistoryEntry e;
            e.key = cur->key;
            e.version = cur->version;
            fillFromRow(e, *cur, curIndex);
            e.applied = true;
            e.state = cur->dirty ? State::Dirty : State::Ghost;
            e.detail = tr("The ledger's current version %1 has no file in the folder.").arg(cur->version);
            entries.append(e);
        }
    } else if (ledger->semantics == Ledger::Semantics::Heads) {
        // Alembic: the rows are the heads; every ancestor (down_revision, depends_on) is applied.
        QHash<QString, qsizetype> byKey;
        for (qsizetype i = 0; i < files.size(); ++i)
            byKey.insert(keyOf(reader, files[i]), i);
        QSet<QString> appliedKeys;
        std::function<void(const QString &)> mark = [&](const QString &k) {
            if (appliedKeys.contains(k))
                return;
            appliedKeys.insert(k);
            const auto it = byKey.constFind(k);
            if (it == byKey.constEnd())
                return;
            for (const QString &p : files[*it].parents + files[*it].dependsOn)
                mark(version::canonical(p));
        };
        QHash<QString, int> headRow;
        for (qsizetype i = 0; i < ledger->rows.size(); ++i) {
            headRow.insert(ledger->rows[i].key, int(i));
            mark(ledger->rows[i].key);
        }
        for (qsizetype i = 0; i < files.size(); ++i) {
            HistoryEntry e;
            fillFromFile(e, files[i], int(i));
            e.key = keyOf(reader, files[i]);
            e.applied = appliedKeys.contains(e.key);
            e.state = e.applied ? State::Applied : State::Pending;
            if (headRow.contains(e.key)) {
                fillFromRow(e, ledger->rows[headRow.value(e.key)], headRow.value(e.key));
                e.detail = tr("current head");
            }
            entries.append(e);
        }
        for (qsizetype i = 0; i < ledger->rows.size(); ++i) {
            if (byKey.contains(ledger->rows[i].key) || !folder)
                continue;
            HistoryEntry e;
            e.key = ledger->rows[i].key;
            e.version = ledger->rows[i].version;
            fillFromRow(e, ledger->rows[i], int(i));
            e.applied = true;
            e.state = State::Ghost;
            e.detail = tr("The database is at revision %1, which no file in the folder defines.").arg(e.version);
            entries.append(e);
        }
        if (!folder)
            for (qsizetype i = 0; i < ledger->rows.size(); ++i) {
                HistoryEntry e;
                e.key = ledger->rows[i].key;
                e.version = ledger->rows[i].version;
                fillFromRow(e, ledger->rows[i], int(i));
                e.applied = true;
                e.state = State::Applied;
                e.detail = tr("current head");
                entries.append(e);
            }
    } else {
        // One row per applied migration. The row that counts for a key is the last one
        // that was not rolled back (Prisma keeps rolled back attempts; Flyway re-runs repeatables).
        QHash<QString, int> effective;
        QSet<QString> rolledBackKeys;
        QList<QString> rowKeysInOrder;
        QDateTime baselineMax;
        QString baselineVersion;
        for (qsizetype i = 0; i < ledger->rows.size(); ++i) {
            const LedgerRow &r = ledger->rows[i];
            if (r.baseline && r.success && (baselineVersion.isEmpty() || version::less(baselineVersion, r.version)))
                baselineVersion = r.version;
            if (r.rolledBack) {
                rolledBackKeys.insert(r.key);
                continue;
            }
            if (!effective.contains(r.key))
                rowKeysInOrder.append(r.key);
            effective.insert(r.key, int(i));
        }
        QSet<QString> fileKeys;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const MigrationFile &f = files[i];
            if (f.kind == MigrationFile::Kind::Undo)
                continue;
            HistoryEntry e;
            fillFromFile(e, f, int(i));
            e.key = keyOf(reader, f);
            const bool firstWithKey = !fileKeys.contains(e.key);
            fileKeys.insert(e.key);
            e.rolledBack = rolledBackKeys.contains(e.key);
            const auto it = effective.constFind(e.key);
            if (it == effective.constEnd() || !firstWithKey) {
                e.state = State::Pending;
                if (!baselineVersion.isEmpty() && f.kind == MigrationFile::Kind::Versioned
                    && version::compare(f.version, baselineVersion) <= 0) {
                    e.state = State::Applied;
                    e.applied = true;
                    e.belowBaseline = true;
                    e.detail = tr("Covered by the baseline at version %1.").arg(baselineVersion);
                } else if (e.rolledBack) {
                    e.detail = tr("A earlier run was rolled back; it will run again.");
                }
                entries.append(e);
                continue;
            }
            const LedgerRow &r = ledger->rows[*it];
            fillFromRow(e, r, *it);
            e.applied = r.success;
            e.checksumDrift = checksumDiffers(f, r);
            if (!r.success) {
                e.state = r.dirty ? State::Dirty : State::Failed;
                e.detail = r.logs.isEmpty() ? tr("The tool recorded this migration as failed or unfinished.")
                                            : tr("The tool recorded this migration as failed: %1").arg(r.logs.trimmed().section(u'\n', 0, 0));
            } else if (f.path.isEmpty()) {
                e.state = State::Ghost;
                e.detail = tr("Applied, but its script %1 is missing.").arg(f.fileName);
            } else if (e.checksumDrift && e.repeatable) {
                e.state = State::Pending;
                e.applied = false;
                e.detail = tr("The repeatable script changed since it last ran; it will run again.");
            } else if (e.checksumDrift) {
                e.state = State::Changed;
                e.detail = tr("The file changed after it was applied (checksum %1 in the ledger, %2 on disk).")
                               .arg(r.checksum, f.checksum);
            } else {
                e.state = State::Applied;
            }
            entries.append(e);
        }
        // Ledger rows without a file: ghosts (or failures of files that are gone).
        for (const QString &k : std::as_const(rowKeysInOrder)) {
            if (fileKeys.contains(k))
                continue;
            const int idx = effective.value(k);
            const LedgerRow &r = ledger->rows[idx];
            if (r.baseline && r.kind == u"BASELINE")
                continue; // Flyway's baseline marker is not a migration
            HistoryEntry e;
            e.key = k;
            e.version = r.version;
            e.name = r.name;
            e.repeatable = k.startsWith(QStringLiteral("R:")) && ledger->tool == u"flyway";
            fillFromRow(e, r, idx);
            e.applied = r.success;
            if (!folder) {
                e.state = r.success ? State::Applied : (r.dirty ? State::Dirty : State::Failed);
            } else if (!r.success) {
                e.state = r.dirty ? State::Dirty : State::Failed;
                e.detail = tr("The tool recorded this migration as failed, and its file is gone.");
            } else {
                e.state = State::Ghost;
                e.detail = tr("In the ledger, but no file in the folder (deleted, renamed or squashed).");
            }
            entries.append(e);
        }
        // Canonical order: by group, repeatables last, then version; sqitch and Prisma keep
        // the folder's own order (plan order, folder names) and put ghosts at the end.
        const bool versionOrder = !(out.format == u"sqitch" || out.format == u"prisma" || ledger->tool == u"sqitch");
        if (versionOrder)
            std::stable_sort(entries.begin(), entries.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
                if (a.group != b.group)
                    return a.group < b.group;
                if (a.repeatable != b.repeatable)
                    return !a.repeatable;
                return version::less(a.version, b.version);
            });

        // Out of order. (1) Applied after a later version: walk the applied rows in the order of
        // application (only where the ledger records one). (2) Pending while a later one is applied.
        QHash<QString, qsizetype> ordinal; // entry key -> position in the canonical order
        for (qsizetype i = 0; i < entries.size(); ++i)
            ordinal.insert(entries[i].group + u'\x1f' + entries[i].key, i);
        if (ledger->recordsOrder) {
            QList<qsizetype> byApplication;
            for (qsizetype i = 0; i < entries.size(); ++i)
                if (entries[i].rowIndex >= 0 && !entries[i].repeatable && entries[i].applied && entries[i].state != State::Ghost)
                    byApplication.append(i);
            std::stable_sort(byApplication.begin(), byApplication.end(), [&](qsizetype a, qsizetype b) {
                return ledger->rows[entries[a].rowIndex].order < ledger->rows[entries[b].rowIndex].order;
            });
            QHash<QString, qsizetype> maxSeen; // group -> highest canonical position applied so far
            for (qsizetype i : std::as_const(byApplication)) {
                HistoryEntry &e = entries[i];
                const auto m = maxSeen.constFind(e.group);
                if (m != maxSeen.constEnd() && *m > i) {
                    e.outOfOrder = true;
                    e.detail = tr("Applied after %1, a later version.").arg(entries[*m].version);
                }
                if (m == maxSeen.constEnd() || *m < i)
                    maxSeen.insert(e.group, i);
            }
        }
        QHash<QString, qsizetype> lastApplied; // group -> last canonical position that is applied
        for (qsizetype i = 0; i < entries.size(); ++i)
            if (entries[i].applied && !entries[i].repeatable && !entries[i].belowBaseline)
                lastApplied.insert(entries[i].group, i);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            HistoryEntry &e = entries[i];
            if (e.state == State::Pending && !e.repeatable && lastApplied.value(e.group, -1) > i) {
                e.outOfOrder = true;
                e.detail = tr("Not applied, although the later %1 is.").arg(entries[lastApplied.value(e.group)].version);
            }
            if (e.outOfOrder && (e.state == State::Applied || e.state == State::Pending))
                e.state = State::OutOfOrder;
        }
    }

    HistorySummary &s = out.summary;
    for (const HistoryEntry &e : std::as_const(entries)) {
        ++s.total;
        switch (e.state) {
        case State::Applied: ++s.applied; break;
        case State::Pending: ++s.pending; break;
        case State::Ghost: ++s.ghost; break;
        case State::Changed: ++s.changed; break;
        case State::Failed: ++s.failed; break;
        case State::Dirty: ++s.dirty; break;
        case State::OutOfOrder: ++s.outOfOrder; break;
        case State::Unchecked: ++s.unchecked; break;
        }
    }
    return out;
}

} // namespace strata
