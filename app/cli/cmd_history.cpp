// strata-cli history: a migration folder joined with the ledger the tool keeps in the
// database (applied, pending, ghost, changed, failed/dirty, out of order).
// Exit: 0 everything applied and clean, 1 pending/ghost/changed/failed/dirty/out of order
// (or error findings in the folder), 2 usage or runtime error.

#include "Cli.h"
#include "history/FolderFormat.h"
#include "history/History.h"
#include "history/LedgerReader.h"
#include "pg/Connection.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

using namespace strata;
using namespace strata::cli;

namespace {

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject toJson(const HistoryResult &h, bool withFolder)
{
    QJsonArray entries;
    for (const HistoryEntry &e : h.entries) {
        QJsonObject o;
        o.insert(QStringLiteral("state"), History::stateId(e.state));
        o.insert(QStringLiteral("version"), e.version);
        o.insert(QStringLiteral("name"), e.name);
        if (!e.group.isEmpty())
            o.insert(QStringLiteral("group"), e.group);
        o.insert(QStringLiteral("file"), orNull(e.fileName));
        o.insert(QStringLiteral("applied"), e.applied);
        o.insert(QStringLiteral("applied_at"), e.appliedAt.isValid() ? QJsonValue(e.appliedAt.toString(Qt::ISODateWithMs)) : QJsonValue());
        o.insert(QStringLiteral("applied_by"), orNull(e.appliedBy));
        o.insert(QStringLiteral("duration_ms"), e.durationMs >= 0 ? QJsonValue(double(e.durationMs)) : QJsonValue());
        o.insert(QStringLiteral("file_checksum"), orNull(e.fileChecksum));
        o.insert(QStringLiteral("ledger_checksum"), orNull(e.ledgerChecksum));
        o.insert(QStringLiteral("checksum_drift"), e.checksumDrift);
        o.insert(QStringLiteral("out_of_order"), e.outOfOrder);
        o.insert(QStringLiteral("rolled_back"), e.rolledBack);
        o.insert(QStringLiteral("repeatable"), e.repeatable);
        o.insert(QStringLiteral("detail"), orNull(e.detail));
        if (!e.logs.isEmpty())
            o.insert(QStringLiteral("logs"), e.logs);
        entries.append(o);
    }
    QJsonArray findings;
    for (const Finding &f : h.findings)
        findings.append(QJsonObject{{QStringLiteral("severity"), Finding::severityName(f.severity)},
                                    {QStringLiteral("code"), f.code},
                                    {QStringLiteral("file"), orNull(f.file)},
                                    {QStringLiteral("line"), f.line},
                                    {QStringLiteral("message"), f.message}});
    const HistorySummary &s = h.summary;
    QJsonObject summary{{QStringLiteral("total"), s.total}, {QStringLiteral("applied"), s.applied},
                        {QStringLiteral("pending"), s.pending}, {QStringLiteral("ghost"), s.ghost},
                        {QStringLiteral("changed"), s.changed}, {QStringLiteral("failed"), s.failed},
                        {QStringLiteral("dirty"), s.dirty}, {QStringLiteral("out_of_order"), s.outOfOrder},
                        {QStringLiteral("unchecked"), s.unchecked}};
    QJsonObject o;
    o.insert(QStringLiteral("folder"), withFolder ? QJsonValue(QJsonObject{{QStringLiteral("path"), h.dir}, {QStringLiteral("format"), h.format}})
                                                  : QJsonValue());
    o.insert(QStringLiteral("ledger"), h.ledgerTool.isEmpty() && h.ledgerTable.isEmpty()
                                           ? QJsonValue()
                                           : QJsonValue(QJsonObject{{QStringLiteral("tool"), h.ledgerTool},
                                                                    {QStringLiteral("schema"), orNull(h.ledgerSchema)},
                                                                    {QStringLiteral("table"), orNull(h.ledgerTable)}}));
    o.insert(QStringLiteral("summary"), summary);
    o.insert(QStringLiteral("clean"), h.clean());
    o.insert(QStringLiteral("entries"), entries);
    o.insert(QStringLiteral("findings"), findings);
    return o;
}

void printTable(const HistoryResult &h, bool withFolder)
{
    QTextStream &s = out();
    if (withFolder)
        s << T(QT_TRANSLATE_NOOP("strata-cli", "Folder: %1 (%2)")).arg(h.dir, h.format) << '\n';
    if (!h.ledgerTable.isEmpty())
        s << T(QT_TRANSLATE_NOOP("strata-cli", "Ledger: %1.%2 (%3)")).arg(h.ledgerSchema, h.ledgerTable, h.ledgerTool) << '\n';
    else if (!h.ledgerTool.isEmpty())
        s << T(QT_TRANSLATE_NOOP("strata-cli", "Ledger: none found in the database (nothing applied)")) << '\n';
    const QStringList headers{T(QT_TRANSLATE_NOOP("strata-cli", "STATE")), T(QT_TRANSLATE_NOOP("strata-cli", "VERSION")), T(QT_TRANSLATE_NOOP("strata-cli", "NAME")), T(QT_TRANSLATE_NOOP("strata-cli", "APPLIED AT")), T(QT_TRANSLATE_NOOP("strata-cli", "BY")), T(QT_TRANSLATE_NOOP("strata-cli", "TOOK")), T(QT_TRANSLATE_NOOP("strata-cli", "FILE / DETAIL"))};
    QList<QStringList> rows;
    for (const HistoryEntry &e : h.entries) {
        QString last = e.fileName.isEmpty() ? e.detail : e.fileName;
        if (!e.fileName.isEmpty() && !e.detail.isEmpty())
            last += QStringLiteral(" — ") + e.detail;
        QString state = History::stateLabel(e.state);
        if (e.checksumDrift && e.state != HistoryEntry::State::Changed)
            state += u'*';
        rows.append({state, e.group.isEmpty() ? e.version : e.group + u'/' + e.version, e.name,
                     e.appliedAt.isValid() ? e.appliedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(),
                     e.appliedBy, duration(e.durationMs), last});
    }
    QList<qsizetype> widths;
    for (const QString &hd : headers)
        widths.append(hd.size());
    for (const QStringList &r : std::as_const(rows))
        for (qsizetype i = 0; i + 1 < r.size(); ++i)
            widths[i] = std::min<qsizetype>(40, std::max(widths[i], r[i].size()));
    auto line = [&](const QStringList &cells) {
        QString l;
        for (qsizetype i = 0; i < cells.size(); ++i)
            l += i + 1 < cells.size() ? cells[i].left(widths[i]).leftJustified(widths[i] + 2) : cells[i];
        s << l.trimmed() << '\n';
    };
    line(headers);
    for (const QStringList &r : std::as_const(rows))
        line(r);
    for (const Finding &f : h.findings)
        s << Finding::severityName(f.severity) << ": " << (f.file.isEmpty() ? QString() : f.file + (f.line > 0 ? u':' + QString::number(f.line) : QString()) + QStringLiteral(": "))
          << f.message << '\n';
    const HistorySummary &m = h.summary;
    s << T(QT_TRANSLATE_NOOP("strata-cli", "%1 migrations: %2 applied, %3 pending, %4 ghost, %5 changed, %6 failed, %7 dirty, %8 out of order"))
             .arg(m.total).arg(m.applied).arg(m.pending).arg(m.ghost).arg(m.changed).arg(m.failed).arg(m.dirty).arg(m.outOfOrder)
      << '\n';
}

bool hasErrorFindings(const HistoryResult &h)
{
    for (const Finding &f : h.findings)
        if (f.severity == Finding::Severity::Error)
            return true;
    return false;
}

} // namespace

static int runHistory(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(T(QT_TRANSLATE_NOOP("strata-cli", "Join a migration folder with the ledger its tool keeps in the database.")));
    p.addHelpOption();
    QCommandLineOption db(QStringLiteral("db"), T(QT_TRANSLATE_NOOP("strata-cli", "Connection URI or key=value string of the database.")), QStringLiteral("uri"));
    QCommandLineOption dir(QStringLiteral("dir"), T(QT_TRANSLATE_NOOP("strata-cli", "The migration folder.")), QStringLiteral("path"));
    QCommandLineOption format(QStringLiteral("format"), T(QT_TRANSLATE_NOOP("strata-cli", "Folder format: auto (default) or %1.")).arg(FolderFormat::ids().join(QStringLiteral(", "))),
                              QStringLiteral("format"), QStringLiteral("auto"));
    QCommandLineOption ledgerOpt(QStringLiteral("ledger"), T(QT_TRANSLATE_NOOP("strata-cli", "Use this ledger table (schema.table) when the database has several.")), QStringLiteral("table"));
    QCommandLineOption json(QStringLiteral("json"), T(QT_TRANSLATE_NOOP("strata-cli", "Write JSON (format_version 1) instead of a table.")));
    p.addOptions({db, dir, format, ledgerOpt, json});
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        out() << helpText(p, args);
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "unexpected argument “%1”")).arg(p.positionalArguments().first()));
    if (!p.isSet(db) && !p.isSet(dir))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "give --db, --dir or both")));
    const QString formatId = p.value(format);
    if (formatId != u"auto" && !FolderFormat::byId(formatId))
        return usageError(T(QT_TRANSLATE_NOOP("strata-cli", "unknown format “%1” (known: auto, %2)")).arg(formatId, FolderFormat::ids().join(QStringLiteral(", "))));

    // The database side: every ledger, found with one catalog query.
    QList<Ledger> ledgers;
    if (p.isSet(db)) {
        auto profile = ConnectionProfile::fromConnectionString(p.value(db));
        if (!profile)
            return fail(profile.error());
        const SessionOptions o = SessionOptions::review(QStringLiteral("strata-cli history"), 60000);
        auto c = Connection::open(*profile, o);
        if (!c)
            return fail(c.error());
        auto read = LedgerReader::readAll(**c);
        if (!read)
            return fail(read.error());
        ledgers = *read;
    }
    int chosen = -1;
    if (p.isSet(ledgerOpt)) {
        for (qsizetype i = 0; i < ledgers.size(); ++i)
            if (ledgers[i].qualifiedName() == p.value(ledgerOpt) || ledgers[i].table == p.value(ledgerOpt))
                chosen = int(i);
        if (chosen < 0)
            return fail(Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "The database has no migration ledger “%1”.")).arg(p.value(ledgerOpt))));
    }

    QList<HistoryResult> results;
    if (p.isSet(dir)) {
        if (Error e = FolderFormat::checkFolder(p.value(dir)))
            return fail(e);
        const QString preferred = chosen >= 0 ? ledgers[chosen].tool : (ledgers.size() == 1 ? ledgers.first().tool : QString());
        const FolderFormat *f = formatId == u"auto" ? FolderFormat::detectFormat(p.value(dir), preferred) : FolderFormat::byId(formatId);
        if (!f) {
            return fail(Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "“%1” does not look like a migration folder of a known tool.")).arg(p.value(dir)),
                              {}, T(QT_TRANSLATE_NOOP("strata-cli", "Name the format with --format (%1).")).arg(FolderFormat::ids().join(QStringLiteral(", ")))));
        }
        auto folder = f->read(p.value(dir));
        if (!folder)
            return fail(folder.error());
        if (chosen < 0)
            chosen = History::pickLedger(ledgers, f->ledgerTool());
        if (p.isSet(db) && chosen < 0 && f->ledgerTool().isEmpty() && ledgers.size() > 1) {
            QStringList names;
            for (const Ledger &l : std::as_const(ledgers))
                names.append(l.qualifiedName() + QStringLiteral(" (") + l.tool + u')');
            return fail(Error(Error::Kind::Usage, T(QT_TRANSLATE_NOOP("strata-cli", "The database has several migration ledgers; choose one with --ledger.")), names.join(u'\n')));
        }
        std::optional<Ledger> empty;
        const Ledger *ledger = chosen >= 0 ? &ledgers[chosen] : nullptr;
        if (p.isSet(db) && !ledger) {
            empty.emplace();
            empty->tool = f->ledgerTool(); // no ledger table yet: nothing is applied
            ledger = &*empty;
        }
        results.append(History::join(&*folder, ledger));
    } else {
        if (ledgers.isEmpty() && !p.isSet(json))
            out() << T(QT_TRANSLATE_NOOP("strata-cli", "No migration ledger found in the database.")) << '\n';
        for (qsizetype i = 0; i < ledgers.size(); ++i)
            if (chosen < 0 || chosen == i)
                results.append(History::join(nullptr, &ledgers[i]));
    }

    bool clean = true;
    for (const HistoryResult &h : std::as_const(results))
        clean = clean && h.clean() && !hasErrorFindings(h);

    if (p.isSet(json)) {
        QJsonObject root{{QStringLiteral("format_version"), 1}};
        QJsonArray found;
        for (const Ledger &l : std::as_const(ledgers))
            found.append(QJsonObject{{QStringLiteral("tool"), l.tool}, {QStringLiteral("schema"), l.schema},
                                     {QStringLiteral("table"), l.table}, {QStringLiteral("rows"), int(l.rows.size())}});
        root.insert(QStringLiteral("ledgers_found"), p.isSet(db) ? QJsonValue(found) : QJsonValue());
        if (p.isSet(dir)) {
            const QJsonObject one = toJson(results.first(), true);
            for (auto it = one.begin(); it != one.end(); ++it)
                root.insert(it.key(), it.value());
        } else {
            QJsonArray all;
            for (const HistoryResult &h : std::as_const(results))
                all.append(toJson(h, false));
            root.insert(QStringLiteral("histories"), all);
            root.insert(QStringLiteral("clean"), clean);
        }
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (i > 0)
                out() << '\n';
            printTable(results[i], p.isSet(dir));
        }
    }
    out().flush();
    return clean ? ExitOk : ExitFindings;
}

STRATA_CLI_COMMAND(history, "history", QT_TRANSLATE_NOOP("strata-cli", "Migration history: a folder joined with its ledger in the database"), runHistory);
