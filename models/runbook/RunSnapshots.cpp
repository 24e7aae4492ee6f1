#include "RunSnapshots.h"

#include "Journal.h"
#include "catalog/Introspector.h"
#include "catalog/SnapshotJson.h"
#include "common/FileIo.h"
#include "pg/Connection.h"

#include <QFile>
#include <QJsonDocument>

namespace strata::runbook {

QString RunSnapshots::beforePathFor(const QString &journalPath)
{
    return journalPath + QStringLiteral(".before.json");
}

QString RunSnapshots::afterPathFor(const QString &journalPath)
{
    return journalPath + QStringLiteral(".after.json");
}

Error RunSnapshots::capture(const ConnectionProfile &profile, const QString &path)
{
    const SessionOptions o = SessionOptions::review(QStringLiteral("strata-runbook-snapshot"), 0);
    auto c = Connection::open(profile, o);
    if (!c)
        return c.error();
    auto snap = catalog::Introspector::capture(**c);
    if (!snap)
        return snap.error();
    // Private: a snapshot of a run sits next to its journal and backups (defaults, comments).
    WriteOptions w;
    w.privateFile = true;
    w.durable = true;
    if (Error e = catalog::SnapshotJson::writeFile(*snap, path, w))
        return e;
    return {};
}

QString RunSnapshots::beforePath(const QJsonObject &header)
{
    return header.value(QLatin1StringView("snapshot_before")).toString();
}

QString RunSnapshots::afterPath(const QList<QJsonObject> &events)
{
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const QString p = events[i].value(QLatin1StringView("snapshot_after")).toString();
        if (!p.isEmpty())
            return p;
    }
    return {};
}

Error RunSnapshots::readJournal(const QString &path, QJsonObject &header, QList<QJsonObject> &events)
{
    auto read = readFile(path, ReadLimit::Journal);
    if (!read)
        return read.error();
    const QByteArray &all = *read;
    QList<QByteArray> lines = all.split('\n');
    if (!all.endsWith('\n') && !lines.isEmpty())
        lines.removeLast(); // torn: never acted upon
    header = {};
    events.clear();
    bool first = true;
    for (const QByteArray &l : lines) {
        if (l.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument d = QJsonDocument::fromJson(l, &pe);
        if (!d.isObject())
            return Error(Error::Kind::Parse, tr("The journal %1 is damaged: %2").arg(path, pe.errorString()));
        if (first)
            header = d.object();
        else
            events.append(d.object());
        first = false;
    }
    if (header.isEmpty())
        return Error(Error::Kind::Parse, tr("The journal %1 is empty.").arg(path));
    return {};
}

} // namespace strata::runbook
