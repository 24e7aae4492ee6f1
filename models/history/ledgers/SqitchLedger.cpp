#include "LedgerReaders.h"

#include "history/Version.h"
#include "pg/Connection.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace strata {

QString SqitchLedger::tool() const { return QStringLiteral("sqitch"); }
QString SqitchLedger::displayName() const { return QStringLiteral("sqitch"); }
QStringList SqitchLedger::tableNames() const { return {QStringLiteral("changes"), QStringLiteral("events")}; }

bool SqitchLedger::matches(const LedgerCandidate &t, const QList<LedgerCandidate> &) const
{
    return t.table == u"changes" && t.has(QStringLiteral("change_id")) && t.has(QStringLiteral("script_hash"))
        && t.has(QStringLiteral("project"));
}

QString SqitchLedger::keyFor(const MigrationFile &f) const
{
    return f.group + u'/' + f.version + u'#' + QString::number(f.occurrence);
}

Result<Ledger> SqitchLedger::read(Connection &c, const LedgerCandidate &t) const
{
    auto rs = select(c, t, QStringLiteral("change_id, script_hash, change, project, note, ") + epochMs(QStringLiteral("committed_at"))
                               + QStringLiteral(", committer_name, committer_email"),
                     QStringLiteral("committed_at, change_id"));
    if (!rs)
        return rs.error();
    Ledger l = makeLedger(tool(), t);
    l.recordsOrder = true;
    QHash<QString, int> occurrences; // project/change -> deployed so far
    QSet<QString> deployedIds;
    for (int i = 0; i < rs->rowCount(); ++i) {
        LedgerRow row;
        deployedIds.insert(rs->text(i, 0));
        row.checksum = rs->text(i, 1);
        row.version = rs->text(i, 2);
        const QString base = rs->text(i, 3) + u'/' + row.version;
        row.key = base + u'#' + QString::number(++occurrences[base]);
        row.name = rs->text(i, 4).isEmpty() ? row.version : rs->text(i, 4);
        row.appliedAt = timeAt(*rs, i, 5);
        row.appliedBy = QStringLiteral("%1 <%2>").arg(rs->text(i, 6), rs->text(i, 7));
        row.kind = QStringLiteral("deploy");
        row.order = i;
        row.raw = rawAt(*rs, i);
        l.rows.append(row);
    }
    // A deploy that failed leaves no row in changes, only a "fail" event.
    const ResultSet ev = c.exec(QStringLiteral("SELECT DISTINCT ON (change_id) change_id, event, change, project, ")
                                + epochMs(QStringLiteral("committed_at"))
                                + QStringLiteral(", committer_name, committer_email, to_jsonb(e)::text FROM %1.%2 e"
                                                 " ORDER BY change_id, committed_at DESC")
                                      .arg(c.quoteIdentifier(t.schema), c.quoteIdentifier(QStringLiteral("events"))));
    if (!ev.ok()) {
        Finding f;
        f.code = QStringLiteral("ledger-events");
        f.message = tr("The sqitch events table in schema “%1” could not be read: %2").arg(t.schema, ev.error.message);
        l.findings.append(f);
        return l;
    }
    for (int i = 0; i < ev.rowCount(); ++i) {
        if (ev.text(i, 1) != u"fail" || deployedIds.contains(ev.text(i, 0)))
            continue;
        LedgerRow row;
        row.version = ev.text(i, 2);
        const QString base = ev.text(i, 3) + u'/' + row.version;
        row.key = base + u'#' + QString::number(occurrences.value(base) + 1);
        row.name = row.version;
        row.appliedAt = timeAt(ev, i, 4);
        row.appliedBy = QStringLiteral("%1 <%2>").arg(ev.text(i, 5), ev.text(i, 6));
        row.kind = QStringLiteral("fail");
        row.success = false;
        row.order = int(l.rows.size());
        row.raw = QJsonDocument::fromJson(ev.text(i, 7).toUtf8()).object().toVariantMap();
        l.rows.append(row);
    }
    return l;
}

} // namespace strata
