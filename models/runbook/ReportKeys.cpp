#include "ReportKeys.h"

#include "RunSnapshots.h"
#include "catalog/SnapshotJson.h"
#include "common/SafeText.h"

#include <QMap>
#include <QTextStream>

namespace strata::runbook {

namespace {

QString cell(const QString &s) { return markdownCell(s); }

// The table a runbook names: an empty schema matches public first, then any schema.
bool matches(const TableRef &t, const QString &schema, const QString &name, bool publicOnly)
{
    if (t.name != name)
        return false;
    if (!t.schema.isEmpty())
        return t.schema == schema;
    return !publicOnly || schema == u"public";
}

// key name -> definition: primary key, unique constraints, unique indexes without a constraint.
QMap<QString, QString> keysOf(const catalog::Snapshot &s, const TableRef &t, bool *found)
{
    QMap<QString, QString> keys;
    *found = false;
    for (bool publicOnly : {true, false}) {
        for (const catalog::TableDef &td : s.tables) {
            if (!matches(t, td.schema, td.name, publicOnly))
                continue;
            *found = true;
            for (const catalog::ConstraintDef &c : s.constraints)
                if (c.schema == td.schema && c.table == td.name
                    && (c.type == catalog::ConstraintDef::Type::PrimaryKey || c.type == catalog::ConstraintDef::Type::Unique))
                    keys.insert(c.name, c.definition);
            for (const catalog::IndexDef &ix : s.indexes)
                if (ix.schema == td.schema && ix.table == td.name && ix.unique && ix.constraintName.isEmpty())
                    keys.insert(ix.name, ix.definition);
            return keys;
        }
    }
    return keys;
}

} // namespace

QString ReportKeys::markdown(const QJsonObject &header, const QList<QJsonObject> &events, const QList<TableRef> &tables)
{
    QString md;
    QTextStream o(&md);
    o << "## " << tr("Keys before and after") << "\n\n";
    const QString beforePath = RunSnapshots::beforePath(header);
    const QString afterPath = RunSnapshots::afterPath(events);
    if (beforePath.isEmpty()) {
        o << tr("The journal has no schema snapshot from before the run.") << "\n\n";
        return md;
    }
    auto before = catalog::SnapshotJson::readFile(beforePath);
    if (!before) {
        o << tr("The schema snapshot %1 cannot be read: %2").arg(beforePath, before.error().message) << "\n\n";
        return md;
    }
    Result<catalog::Snapshot> after = Error(Error::Kind::Usage, tr("The run has not ended: there is no snapshot after it yet."));
    if (!afterPath.isEmpty())
        after = catalog::SnapshotJson::readFile(afterPath);
    o << tr("Primary keys, unique constraints and unique indexes, from the schema snapshot before the first step (%1) and after the run (%2).")
             .arg(cell(beforePath), after ? cell(afterPath) : cell(after.error().message))
      << "\n\n";
    if (tables.isEmpty()) {
        o << tr("None of the steps writes to an existing table.") << "\n\n";
        return md;
    }
    o << "| " << tr("Table") << " | " << tr("Key") << " | " << tr("Before") << " | " << tr("After") << " | " << tr("Changed") << " |\n"
      << "|---|---|---|---|---|\n";
    for (const TableRef &t : tables) {
        bool inBefore = false, inAfter = false;
        const QMap<QString, QString> b = keysOf(*before, t, &inBefore);
        const QMap<QString, QString> a = after ? keysOf(*after, t, &inAfter) : QMap<QString, QString>();
        QStringList names = b.keys();
        for (const QString &n : a.keys())
            if (!names.contains(n))
                names.append(n);
        names.sort();
        if (names.isEmpty()) {
            o << "| " << cell(t.display()) << " | " << tr("(none)") << " | | | |\n";
            continue;
        }
        for (const QString &n : names) {
            const QString bv = b.value(n, inBefore ? tr("—") : tr("(no table)"));
            const QString av = after ? a.value(n, inAfter ? tr("—") : tr("(no table)")) : tr("(unknown)");
            const bool changed = after && b.value(n) != a.value(n);
            o << "| " << cell(t.display()) << " | " << cell(n) << " | " << cell(bv) << " | " << cell(av) << " | "
              << (changed ? tr("yes") : QString()) << " |\n";
        }
    }
    o << '\n';
    o.flush();
    return md;
}

} // namespace strata::runbook
