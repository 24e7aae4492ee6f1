#include "Comparison.h"

#include "Planner.h"
#include "catalog/DdlWriter.h"
#include "common/SafeText.h"
#include "pg/Session.h"

#include <QJsonArray>
#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <atomic>
#include <thread>

namespace strata::diff {

using namespace catalog;

namespace {

template<class T, class Keep>
void keepIf(QList<T> &list, Keep keep)
{
    list.removeIf([&](const T &x) { return !keep(x); });
}

QString ddlOf(const Snapshot &s, const ObjectDiff &o, qsizetype index, bool owners, bool grants)
{
    if (index < 0)
        return {};
    DdlOptions opt;
    opt.owners = s.scope.owners && owners;
    opt.grants = s.scope.grants && grants;
    const DdlWriter w(opt);
    auto at = [index](const auto &list) { return index < list.size() ? &list[index] : nullptr; };
    switch (o.kind) {
    case ObjectKind::Schema: if (auto x = at(s.schemas)) return w.schema(*x); break;
    case ObjectKind::Extension: if (auto x = at(s.extensions)) return w.extension(*x); break;
    case ObjectKind::Type: if (auto x = at(s.types)) return w.type(*x); break;
    case ObjectKind::Sequence: if (auto x = at(s.sequences)) return w.sequence(*x); break;
    case ObjectKind::Table:
        if (auto x = at(s.tables))
            return w.table(*x, x->isPartition() ? s.table(x->parentSchema, x->parentName) : nullptr);
        break;
    case ObjectKind::Constraint: if (auto x = at(s.constraints)) return w.constraint(*x); break;
    case ObjectKind::Index: if (auto x = at(s.indexes)) return w.index(*x); break;
    case ObjectKind::View:
    case ObjectKind::MaterializedView: if (auto x = at(s.views)) return w.view(*x); break;
    case ObjectKind::Function:
    case ObjectKind::Procedure: if (auto x = at(s.functions)) return w.function(*x); break;
    case ObjectKind::Trigger: if (auto x = at(s.triggers)) return w.trigger(*x); break;
    case ObjectKind::Policy: if (auto x = at(s.policies)) return w.policy(*x); break;
    }
    return {};
}

QString sourceLabel(const DiffSource &s)
{
    if (s.kind == DiffSource::Kind::Database) {
        if (s.profile)
            return s.profile->displayString();
        auto p = ConnectionProfile::fromConnectionString(s.spec);
        return p ? p->displayString() : QString(); // never echo a password
    }
    return s.spec;
}

QJsonObject sideJson(const DiffSource &src, const Snapshot &snap)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), src.kindName());
    o.insert(QStringLiteral("source"), sourceLabel(src));
    o.insert(QStringLiteral("server_version"), snap.serverVersion);
    o.insert(QStringLiteral("objects"), snap.objectCount());
    return o;
}

} // namespace

void Comparison::filterSchemas(Snapshot &s, const QStringList &include, const QStringList &exclude)
{
    if (include.isEmpty() && exclude.isEmpty())
        return;
    auto in = [&](const QString &schema) { return (include.isEmpty() || include.contains(schema)) && !exclude.contains(schema); };
    keepIf(s.schemas, [&](const SchemaDef &x) { return in(x.name); });
    keepIf(s.extensions, [&](const ExtensionDef &x) { return in(x.schema); });
    keepIf(s.types, [&](const TypeDef &x) { return in(x.schema); });
    keepIf(s.sequences, [&](const SequenceDef &x) { return in(x.schema); });
    keepIf(s.tables, [&](const TableDef &x) { return in(x.schema); });
    keepIf(s.constraints, [&](const ConstraintDef &x) { return in(x.schema); });
    keepIf(s.indexes, [&](const IndexDef &x) { return in(x.schema); });
    keepIf(s.views, [&](const ViewDef &x) { return in(x.schema); });
    keepIf(s.functions, [&](const FunctionDef &x) { return in(x.schema); });
    keepIf(s.triggers, [&](const TriggerDef &x) { return in(x.schema); });
    keepIf(s.policies, [&](const PolicyDef &x) { return in(x.schema); });
    s.scope.includeSchemas = include;
    s.scope.excludeSchemas = exclude;
}

QStringList Comparison::removeLedgerTables(Snapshot &s, const Snapshot &other)
{
    // The tables migration tools keep their ledger in (models/history/ledgers).
    static const QStringList ledgers = {
        QStringLiteral("schema_migrations"), QStringLiteral("flyway_schema_history"), QStringLiteral("_prisma_migrations"),
        QStringLiteral("_sqlx_migrations"), QStringLiteral("goose_db_version"), QStringLiteral("alembic_version"),
        QStringLiteral("django_migrations"), QStringLiteral("__diesel_schema_migrations"), QStringLiteral("gorp_migrations"),
        QStringLiteral("knex_migrations"), QStringLiteral("knex_migrations_lock"), QStringLiteral("pgmigrations"),
        QStringLiteral("schema_version")};
    QSet<QString> gone; // qualified names
    QStringList names;
    for (const TableDef &t : s.tables) {
        if (ledgers.contains(t.name) && !other.table(t.schema, t.name)) {
            gone.insert(t.qualifiedName());
            names.append(t.qualifiedName());
        }
    }
    if (gone.isEmpty())
        return {};
    auto onGone = [&](const QString &schema, const QString &table) { return gone.contains(qualifiedName(schema, table)); };
    keepIf(s.tables, [&](const TableDef &x) { return !gone.contains(x.qualifiedName()); });
    keepIf(s.constraints, [&](const ConstraintDef &x) { return !onGone(x.schema, x.table); });
    keepIf(s.indexes, [&](const IndexDef &x) { return !onGone(x.schema, x.table); });
    keepIf(s.triggers, [&](const TriggerDef &x) { return !onGone(x.schema, x.table); });
    keepIf(s.policies, [&](const PolicyDef &x) { return !onGone(x.schema, x.table); });
    keepIf(s.sequences, [&](const SequenceDef &x) { return x.ownedByTable.isEmpty() || !onGone(x.ownedBySchema, x.ownedByTable); });
    return names;
}

QString Comparison::ddlA(const QString &key) const
{
    const ObjectDiff *o = diff.find(key);
    return o ? ddlOf(snapshotA, *o, o->indexA, !ownersIgnored, !grantsIgnored) : QString();
}

QString Comparison::ddlB(const QString &key) const
{
    const ObjectDiff *o = diff.find(key);
    return o ? ddlOf(snapshotB, *o, o->indexB, !ownersIgnored, !grantsIgnored) : QString();
}

QString Comparison::summaryText(bool asSqlComments) const
{
    QStringList lines;
    lines.append(tr("A: %1 (%2)").arg(sourceLabel(a), a.kindName()));
    lines.append(tr("B: %1 (%2)").arg(sourceLabel(b), b.kindName()));
    if (!diff.hasDifferences()) {
        lines.append(tr("The schemas are the same."));
    } else {
        lines.append(tr("%1 added, %2 removed, %3 changed.").arg(diff.added).arg(diff.removed).arg(diff.changed));
        for (const ObjectDiff &o : diff.objects) {
            if (o.state == ChangeState::Same)
                continue;
            const QChar mark = o.state == ChangeState::Added ? u'+' : o.state == ChangeState::Removed ? u'-' : u'~';
            QString line = QStringLiteral("  ") + mark + u' ' + o.key;
            if (!o.fields.isEmpty())
                line += QStringLiteral(" (") + o.fields.join(QStringLiteral(", ")) + u')';
            lines.append(line);
        }
    }
    for (const QString &n : notes)
        lines.append(tr("Note: %1").arg(n));
    // Object names and sources are anyone's text: one line each, whatever they hold
    // (as SQL comments, a line break in a name would end the comment).
    QString out;
    for (const QString &l : std::as_const(lines))
        out += (asSqlComments ? lineComment(l) : commentText(l)) + u'\n';
    return out;
}

QJsonObject Comparison::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("strata-diff"));
    o.insert(QStringLiteral("format_version"), kFormatVersion);
    o.insert(QStringLiteral("same"), !diff.hasDifferences());
    o.insert(QStringLiteral("a"), sideJson(a, snapshotA));
    o.insert(QStringLiteral("b"), sideJson(b, snapshotB));
    QJsonObject byKind;
    const auto counts = diff.counts();
    for (int k = 0; k < kObjectKindCount; ++k) {
        const auto &c = counts[size_t(k)];
        if (c[1] + c[2] + c[3] == 0)
            continue;
        QJsonObject kc;
        kc.insert(QStringLiteral("added"), c[size_t(ChangeState::Added)]);
        kc.insert(QStringLiteral("removed"), c[size_t(ChangeState::Removed)]);
        kc.insert(QStringLiteral("changed"), c[size_t(ChangeState::Changed)]);
        byKind.insert(kindId(ObjectKind(k)), kc);
    }
    QJsonObject summary;
    summary.insert(QStringLiteral("added"), diff.added);
    summary.insert(QStringLiteral("removed"), diff.removed);
    summary.insert(QStringLiteral("changed"), diff.changed);
    summary.insert(QStringLiteral("by_kind"), byKind);
    o.insert(QStringLiteral("summary"), summary);
    QJsonArray objects;
    for (const ObjectDiff &d : diff.objects) {
        if (d.state == ChangeState::Same)
            continue;
        QJsonObject j;
        j.insert(QStringLiteral("key"), d.key);
        j.insert(QStringLiteral("kind"), kindId(d.kind));
        j.insert(QStringLiteral("state"), stateId(d.state));
        j.insert(QStringLiteral("schema"), d.schema);
        j.insert(QStringLiteral("name"), d.name);
        if (!d.table.isEmpty())
            j.insert(QStringLiteral("table"), d.table);
        j.insert(QStringLiteral("fields"), QJsonArray::fromStringList(d.fields));
        if (!d.columns.isEmpty()) {
            QJsonArray cols;
            for (const ColumnChange &c : d.columns) {
                QJsonObject cj;
                cj.insert(QStringLiteral("name"), c.name);
                cj.insert(QStringLiteral("change"), c.kind == ColumnChange::Kind::Added     ? QStringLiteral("added")
                                                    : c.kind == ColumnChange::Kind::Dropped ? QStringLiteral("dropped")
                                                                                            : QStringLiteral("changed"));
                cj.insert(QStringLiteral("fields"), QJsonArray::fromStringList(c.fields));
                cols.append(cj);
            }
            j.insert(QStringLiteral("columns"), cols);
        }
        objects.append(j);
    }
    o.insert(QStringLiteral("objects"), objects);
    o.insert(QStringLiteral("plan"), plan.toJson());
    o.insert(QStringLiteral("script"), plan.toSql(true));
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

Result<Comparison> Comparison::run(const DiffSource &a, const DiffSource &b, const CompareOptions &options, JobControl *control)
{
    Comparison c;
    c.a = a;
    c.b = b;
    const bool folder = a.kind == DiffSource::Kind::MigrationFolder || b.kind == DiffSource::Kind::MigrationFolder;
    c.ownersIgnored = options.ignoreOwners || folder;
    c.grantsIgnored = options.ignoreGrants;
    if (folder && !options.ignoreOwners)
        c.notes.append(tr("Owners are ignored: a replayed migration folder's objects belong to the scratch server's superuser."));

    IntrospectOptions io;
    io.includeSchemas = options.includeSchemas;
    io.excludeSchemas = options.excludeSchemas;
    io.owners = !c.ownersIgnored;
    io.grants = !options.ignoreGrants;

    // Both sides at once, each with its own progress; the job's progress shows both.
    QMutex mutex;
    struct Side { int value = 0, maximum = 0; QString text; } sides[2];
    std::atomic_bool failed = false;
    auto makeControl = [&](int i) {
        return JobControl([&] { return failed.load() || (control && control->isCanceled()); },
                          [&, i](int v, int m, const QString &t) {
                              if (!control)
                                  return;
                              QMutexLocker lock(&mutex);
                              sides[i] = {v, m, t};
                              const int total = 1000;
                              auto frac = [](const Side &s) { return s.maximum > 0 ? double(s.value) / s.maximum : 0.0; };
                              const int value = int(total * (frac(sides[0]) + frac(sides[1])) / 2);
                              QStringList texts;
                              if (!sides[0].text.isEmpty())
                                  texts.append(tr("A: %1").arg(sides[0].text));
                              if (!sides[1].text.isEmpty())
                                  texts.append(tr("B: %1").arg(sides[1].text));
                              control->setProgress(value, total, texts.join(QStringLiteral("  ·  ")));
                          });
    };
    JobControl ctlA = makeControl(0), ctlB = makeControl(1);
    QElapsedTimer clock;
    clock.start();
    // Two live databases: one connection each (see DiffSource::connections).
    const bool bothLive = a.kind == DiffSource::Kind::Database && b.kind == DiffSource::Kind::Database;
    DiffSource sideA = a, sideB = b;
    if (bothLive)
        sideA.connections = sideB.connections = 1;
    Result<Snapshot> snapB;
    std::thread other([&] {
        snapB = sideB.load(io, &ctlB);
        if (!snapB)
            failed = true;
    });
    Result<Snapshot> snapA = sideA.load(io, &ctlA);
    if (!snapA)
        failed = true; // stops B early
    other.join();
    if (control && control->isCanceled())
        return JobControl::canceledError();
    auto sideError = [](const Error &e, const QString &side) {
        Error out = e;
        if (e.kind != Error::Kind::Canceled)
            out.message = tr("Source %1: %2").arg(side, e.message);
        return out;
    };
    // The side that failed first stopped the other one: report the real failure.
    const bool aReal = !snapA && snapA.error().kind != Error::Kind::Canceled;
    const bool bReal = !snapB && snapB.error().kind != Error::Kind::Canceled;
    if (aReal || (!snapA && !bReal))
        return sideError(snapA.error(), QStringLiteral("A"));
    if (!snapB)
        return sideError(snapB.error(), QStringLiteral("B"));
    c.loadMs = clock.restart();
    c.snapshotA = std::move(snapA).value();
    c.snapshotB = std::move(snapB).value();
    filterSchemas(c.snapshotA, options.includeSchemas, options.excludeSchemas);
    filterSchemas(c.snapshotB, options.includeSchemas, options.excludeSchemas);
    if (!options.keepLedgerTables && folder && a.kind != b.kind) {
        const bool aIsFolder = a.kind == DiffSource::Kind::MigrationFolder;
        Snapshot &db = aIsFolder ? c.snapshotB : c.snapshotA;
        const QStringList left = removeLedgerTables(db, aIsFolder ? c.snapshotA : c.snapshotB);
        if (!left.isEmpty())
            c.notes.append(tr("Left out the migration ledger %1: a replayed folder has none.").arg(left.join(QStringLiteral(", "))));
    }

    if (control)
        control->setProgress(1000, 1000, tr("Comparing…"));
    PlanOptions po;
    po.diff.ignoreOwners = c.ownersIgnored;
    po.diff.ignoreGrants = options.ignoreGrants;
    po.diff.ignoreColumnOrder = options.ignoreColumnOrder;
    po.safeForms = options.safeForms;
    clock.restart();
    // One comparison serves both: the planner needs the Same objects, the view does not.
    DiffOptions withSame = po.diff;
    withSame.includeSame = true;
    c.diff = SchemaDiff::compare(c.snapshotA, c.snapshotB, withSame);
    c.compareMs = clock.restart();
    c.plan = Planner::plan(c.snapshotA, c.snapshotB, c.diff, po);
    c.diff.objects.removeIf([](const ObjectDiff &o) { return o.state == ChangeState::Same; });
    c.planMs = clock.elapsed();
    if (c.snapshotA.serverVersionNum / 10000 != c.snapshotB.serverVersionNum / 10000 && c.snapshotA.serverVersionNum > 0
        && c.snapshotB.serverVersionNum > 0)
        c.notes.append(tr("The sides come from different PostgreSQL versions (%1 and %2); some definitions may print differently.")
                           .arg(c.snapshotA.serverVersion, c.snapshotB.serverVersion));
    return c;
}

} // namespace strata::diff
