#include "ConfirmTables.h"

#include <QMap>

namespace strata::runbook {

namespace {

QString keyOf(const TableRef &t) { return t.schema + u'\x1f' + t.name; }

// "a.b", "\"Odd.Schema\".t", "t": the parts between dots outside double quotes.
QStringList splitQualified(const QString &s)
{
    QStringList parts;
    QString cur;
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (quoted) {
            if (c == u'"' && i + 1 < s.size() && s[i + 1] == u'"') {
                cur += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'.') {
            parts.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    parts.append(cur);
    return parts;
}

} // namespace

TableRef ConfirmTables::target(const RunbookStep &step)
{
    // The step keeps the bare name to type; its schema comes from the tables it touches.
    QSet<QString> schemas;
    for (const QList<TableRef> *list : {&step.tables, &step.dataTables, &step.restoreTables})
        for (const TableRef &t : *list)
            if (t.name == step.confirmName)
                schemas.insert(t.schema);
    return TableRef{schemas.size() == 1 ? *schemas.cbegin() : QString(), step.confirmName};
}

QString ConfirmTables::argumentFor(const RunbookStep &step, const QList<RunbookStep> &steps)
{
    const TableRef mine = target(step);
    for (const RunbookStep &s : steps)
        if (s.destructive && s.confirmName == step.confirmName && !(target(s) == mine))
            return mine.display();
    return step.confirmName;
}

Result<ConfirmTables> ConfirmTables::resolve(const QStringList &given, const QList<RunbookStep> &steps, const SchemaLookup &schemaOf)
{
    QList<TableRef> targets;
    for (const RunbookStep &s : steps)
        if (s.destructive)
            targets.append(target(s));
    return match(given, targets, QStringLiteral("--confirm-table"), nullptr, schemaOf);
}

TableRef ConfirmTables::backupTarget(const RunbookStep &step)
{
    return step.backupResolved.name.isEmpty() ? step.backupTable : step.backupResolved;
}

Result<ConfirmTables> ConfirmTables::resolveSkips(const QStringList &given, const QList<RunbookStep> &steps)
{
    QList<TableRef> targets;
    for (const RunbookStep &s : steps)
        if (s.mode == StepMode::Backup)
            targets.append(backupTarget(s));
    QStringList unmatched;
    auto c = match(given, targets, QStringLiteral("--skip-backup"), &unmatched, {});
    if (c && !unmatched.isEmpty())
        return Error(Error::Kind::Usage, tr("--skip-backup %1: no step still to run backs up a table of that name.").arg(unmatched.join(QStringLiteral(", "))));
    return c;
}

Result<ConfirmTables> ConfirmTables::match(const QStringList &given, const QList<TableRef> &targets, const QString &option,
                                           QStringList *unmatched, const SchemaLookup &schemaOf)
{
    // The run's targets, by bare name.
    QMap<QString, QList<TableRef>> byName;
    for (const TableRef &t : targets)
        if (!byName.value(t.name).contains(t))
            byName[t.name].append(t);
    ConfirmTables c;
    for (const QString &value : given) {
        // The name exactly as given first (a table name may hold dots and quotes), then
        // schema.table, then a quoted bare name.
        QString bare = value;
        if (!byName.contains(bare)) {
            const QStringList parts = splitQualified(value.trimmed());
            if (parts.size() == 2) {
                const TableRef wanted{parts[0], parts[1]};
                if (byName.value(wanted.name).contains(wanted)) {
                    c.m_confirmed.insert(keyOf(wanted));
                    continue;
                }
                // The step's SQL names the table without a schema: the database says where it is.
                const TableRef unqualified{QString(), wanted.name};
                if (schemaOf && byName.value(wanted.name).contains(unqualified) && schemaOf(wanted.name) == wanted.schema) {
                    c.m_confirmed.insert(keyOf(unqualified));
                    continue;
                }
            }
            bare = parts.size() == 1 ? parts[0] : value.trimmed();
        }
        const QList<TableRef> candidates = byName.value(bare);
        if (candidates.size() > 1) {
            QStringList names;
            for (const TableRef &t : candidates)
                names.append(t.display());
            return Error(Error::Kind::Usage,
                         tr("%1 %2 could mean any of %3; name the one you mean with its schema.").arg(option, value, names.join(QStringLiteral(", "))),
                         {}, tr("For example: %1 %2").arg(option, candidates.first().display()));
        }
        if (candidates.size() == 1)
            c.m_confirmed.insert(keyOf(candidates.first()));
        else if (unmatched)
            unmatched->append(value);
    }
    return c;
}

bool ConfirmTables::skips(const RunbookStep &step) const
{
    return step.mode == StepMode::Backup && m_confirmed.contains(keyOf(backupTarget(step)));
}

bool ConfirmTables::confirms(const RunbookStep &step) const
{
    return step.destructive && m_confirmed.contains(keyOf(target(step)));
}

} // namespace strata::runbook
