#include "ReplayPlan.h"

#include "LedgerDdl.h"
#include "history/FolderFormat.h"
#include "history/Version.h"
#include "sql/StatementClassifier.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace strata::replay {

namespace {

const QStringList &replayable()
{
    static const QStringList ids = {QStringLiteral("dbmate"), QStringLiteral("golang-migrate"), QStringLiteral("maragudk"),
                                    QStringLiteral("flyway"), QStringLiteral("prisma"), QStringLiteral("sqlx"),
                                    QStringLiteral("plain")};
    return ids;
}

// sqlx runs a file outside a transaction when its first line is "-- no-transaction".
bool sqlxNoTransaction(const QString &sql)
{
    static const QRegularExpression re(QStringLiteral("\\A\\s*--\\s*no-transaction\\b"));
    return re.match(sql).hasMatch();
}

// Flyway's per-script configuration: <script>.conf next to the script.
bool flywayConfSaysNoTransaction(const QString &scriptPath)
{
    QFile f(scriptPath + QStringLiteral(".conf"));
    if (!QFileInfo(f.fileName()).isFile() || !f.open(QIODevice::ReadOnly))
        return false;
    static const QRegularExpression re(QStringLiteral("^\\s*executeInTransaction\\s*=\\s*false\\s*$"),
                                       QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromUtf8(f.read(64 * 1024))).hasMatch();
}

// Roles a statement names (GRANT ... TO, OWNER TO, AUTHORIZATION, policies, default
// privileges, ALTER ROLE): every RoleSpec of a plain name in its parse tree.
void collectRoles(const QJsonValue &v, QSet<QString> &roles)
{
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectRoles(x, roles);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (o.value(QLatin1StringView("roletype")).toString() == u"ROLESPEC_CSTRING") {
        const QString name = o.value(QLatin1StringView("rolename")).toString();
        if (!name.isEmpty())
            roles.insert(name);
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        collectRoles(*it, roles);
}

struct FileFacts
{
    bool parsed = false;
    int statements = 0;
    bool anyOutside = false;      // a statement that cannot run inside a transaction
    QString outsideWhat;          // its first words, for the reason
};

FileFacts analyse(const QString &sql, QSet<QString> &roles, QSet<QString> &createdRoles)
{
    FileFacts facts;
    auto classified = StatementClassifier::classify(sql);
    if (!classified)
        return facts; // the server decides (and names the line)
    facts.parsed = true;
    facts.statements = int(classified->size());
    for (const ClassifiedStatement &c : std::as_const(*classified)) {
        if (c.mustRunOutsideTransaction && !facts.anyOutside) {
            facts.anyOutside = true;
            const QString code = c.statement.text.mid(SqlSplitter::codeStart(c.statement.text)).simplified();
            facts.outsideWhat = code.section(u' ', 0, 3);
        }
        if (c.nodeType == u"CreateRoleStmt")
            createdRoles.insert(c.node.value(QLatin1StringView("role")).toString());
        collectRoles(c.node, roles);
    }
    return facts;
}

Finding note(Finding::Severity s, const QString &code, const QString &file, const QString &message)
{
    Finding f;
    f.severity = s;
    f.code = code;
    f.file = file;
    f.message = message;
    return f;
}

} // namespace

int ReplayPlan::statementCount() const
{
    return int(units.size());
}

QStringList ReplayPlanner::replayableFormats()
{
    return replayable();
}

QString ReplayPlanner::duplicateBehaviour(const QString &format)
{
    if (format == u"flyway")
        return tr("Flyway itself refuses to migrate (“Found more than one migration with version …”).");
    if (format == u"golang-migrate")
        return tr("golang-migrate itself refuses the folder (“duplicate migration file”).");
    if (format == u"dbmate")
        return tr("dbmate itself runs both but records the version once, so the second cannot be recorded.");
    if (format == u"sqlx")
        return tr("sqlx itself refuses the folder (two migrations with one version).");
    if (format == u"prisma")
        return tr("Prisma itself runs both: it identifies a migration by its whole folder name.");
    return tr("No tool decides the order of such files.");
}

bool ReplayPlanner::mergesLocations(const QString &format)
{
    return format == u"flyway" || format == u"dbmate";
}

Result<ReplayPlan> ReplayPlanner::plan(const QString &dir, const QString &formatId, const QStringList &moreDirs)
{
    const auto resolved = FolderFormat::resolve(dir, formatId);
    if (!resolved)
        return resolved.error();
    const FolderFormat *format = resolved.value();
    if (format->id() == u"sqitch")
        return Error(Error::Kind::Usage,
                     tr("A sqitch project cannot be replayed: its changes run in the order of sqitch.plan with their dependencies, "
                        "which may name changes of other projects."),
                     {}, tr("Replayable formats: %1.").arg(replayable().join(QStringLiteral(", "))));
    if (!replayable().contains(format->id()))
        return Error(Error::Kind::Usage, tr("%1 migrations are not plain SQL files and cannot be replayed.").arg(format->displayName()),
                     {}, tr("Replayable formats: %1.").arg(replayable().join(QStringLiteral(", "))));
    auto read = format->read(dir);
    if (!read)
        return read.error();
    if (!moreDirs.isEmpty()) {
        // Further locations, read as the same tool's; their files are named by folder.
        const bool merge = mergesLocations(format->id());
        QList<MigrationFile> before;
        QHash<QString, QString> versionFile; // version -> file, across locations
        for (const MigrationFile &f : std::as_const(read->files))
            if (f.kind == MigrationFile::Kind::Versioned)
                versionFile.insert(f.version, f.fileName);
        for (const QString &more : moreDirs) {
            if (QFileInfo(more).absoluteFilePath() == QFileInfo(dir).absoluteFilePath())
                continue;
            const auto other = FolderFormat::resolve(more, format->id());
            if (!other)
                return other.error();
            auto extra = (*other)->read(more);
            if (!extra)
                return extra.error();
            const QString prefix = QFileInfo(more).fileName() + u'/';
            for (Finding f : std::as_const(extra->findings)) {
                if (!f.file.isEmpty())
                    f.file = prefix + f.file;
                read->findings.append(f);
            }
            for (MigrationFile f : std::as_const(extra->files)) {
                f.fileName = prefix + f.fileName;
                if (f.kind == MigrationFile::Kind::Versioned) {
                    if (const QString first = versionFile.value(f.version); !first.isEmpty()) {
                        Finding d;
                        d.severity = Finding::Severity::Warning;
                        d.code = QStringLiteral("duplicate-version");
                        d.file = f.fileName;
                        d.message = tr("Version %1 is in two locations: %2 and %3.").arg(f.version, first, f.fileName);
                        read->findings.append(d);
                    } else {
                        versionFile.insert(f.version, f.fileName);
                    }
                }
                (merge ? read->files : before).append(f);
            }
        }
        if (merge)
            std::stable_sort(read->files.begin(), read->files.end(), [](const MigrationFile &a, const MigrationFile &b) {
                if (a.kind != b.kind)
                    return int(a.kind) < int(b.kind);
                return a.kind == MigrationFile::Kind::Versioned && version::less(a.version, b.version);
            });
        else
            read->files = before + read->files;
    }

    ReplayPlan plan;
    plan.dir = dir;
    plan.format = format->id();
    plan.formatName = format->displayName();
    const LedgerDdl ledger = LedgerDdl::forFormat(plan.format);
    plan.ledgerSql = ledger.sql;
    plan.ledgerTable = ledger.table;

    // Findings: a file that cannot be read is the only refusal (the tool could not run it
    // either); everything else is reported and the replay goes on.
    QStringList refusals;
    for (Finding f : std::as_const(read->findings)) {
        if (f.code == u"unreadable" || f.code == u"invalid-utf8") {
            refusals.append(f.message);
            continue;
        }
        if (f.code == u"duplicate-version") {
            f.severity = Finding::Severity::Warning;
            f.message += u' ' + duplicateBehaviour(plan.format) + u' '
                       + tr("The replay runs both, in file-name order.");
        } else if (f.code == u"malformed-name" || f.code == u"stray-file" || f.code == u"missing-up") {
            f.severity = Finding::Severity::Info;
        } else if (f.severity == Finding::Severity::Error) {
            f.severity = Finding::Severity::Warning;
        }
        plan.findings.append(f);
    }
    if (!refusals.isEmpty()) {
        QString message = tr("The %1 folder “%2” cannot be replayed: %3").arg(format->displayName(), dir, refusals.first());
        if (refusals.size() > 1)
            message += u' ' + tr("(and %n more problem(s))", nullptr, int(refusals.size() - 1));
        return Error(Error::Kind::Parse, message, refusals.size() > 1 ? refusals.join(u'\n') : QString());
    }

    // The order the tool runs them in on an empty database.
    QList<MigrationFile> versioned, repeatable, baselines;
    for (const MigrationFile &f : std::as_const(read->files)) {
        switch (f.kind) {
        case MigrationFile::Kind::Versioned: versioned.append(f); break;
        case MigrationFile::Kind::Repeatable: repeatable.append(f); break;
        case MigrationFile::Kind::Baseline: baselines.append(f); break;
        case MigrationFile::Kind::Undo: break;
        }
    }
    QList<MigrationFile> files;
    if (plan.format == u"flyway" && !baselines.isEmpty()) {
        const auto newest = std::max_element(baselines.cbegin(), baselines.cend(), [](const MigrationFile &a, const MigrationFile &b) {
            return version::less(a.version, b.version);
        });
        files.append(*newest);
        QStringList skipped;
        for (const MigrationFile &f : std::as_const(versioned)) {
            if (version::compare(f.version, newest->version) > 0)
                files.append(f);
            else
                skipped.append(f.fileName);
        }
        QString message = tr("On an empty database Flyway runs the newest baseline “%1” and then only the versions above %2.")
                              .arg(newest->fileName, newest->version);
        if (!skipped.isEmpty())
            message += u' ' + tr("Not run: %1.").arg(skipped.join(QStringLiteral(", ")));
        plan.findings.append(note(Finding::Severity::Info, QStringLiteral("baseline"), newest->fileName, message));
    } else {
        files = versioned;
    }
    // Flyway runs repeatables after the versioned migrations, ordered by description.
    std::stable_sort(repeatable.begin(), repeatable.end(), [](const MigrationFile &a, const MigrationFile &b) { return a.name < b.name; });
    files.append(repeatable);
    if (files.isEmpty())
        return Error(Error::Kind::Parse, tr("The %1 folder “%2” has no migrations to replay.").arg(format->displayName(), dir));

    QSet<QString> roles, createdRoles;
    for (const MigrationFile &f : std::as_const(files)) {
        ReplayUnit u;
        u.file = f;
        const FileFacts facts = analyse(f.upSql, roles, createdRoles);
        if (plan.format == u"dbmate") {
            u.transactional = f.transactional;
            if (!u.transactional)
                u.outsideReason = tr("“transaction:false”");
        } else if (plan.format == u"sqlx") {
            u.transactional = !sqlxNoTransaction(f.upSql);
            if (!u.transactional)
                u.outsideReason = tr("“-- no-transaction”");
        } else if (plan.format == u"flyway") {
            if (flywayConfSaysNoTransaction(f.path)) {
                u.transactional = false;
                u.outsideReason = tr("executeInTransaction=false in %1.conf").arg(f.fileName.section(u'/', -1));
            } else if (facts.anyOutside) {
                u.transactional = false;
                u.outsideReason = tr("%1 cannot run in a transaction").arg(facts.outsideWhat);
            }
        } else if (facts.anyOutside && facts.statements == 1) {
            // One statement sent as one query runs without a transaction (Prisma,
            // golang-migrate); several run in the implicit transaction of that query.
            u.transactional = false;
            u.outsideReason = tr("the migration is the one statement %1").arg(facts.outsideWhat);
        }
        plan.units.append(u);
    }
    for (const QString &r : std::as_const(createdRoles))
        roles.remove(r);
    plan.roles = QStringList(roles.cbegin(), roles.cend());
    plan.roles.sort();
    return plan;
}

} // namespace strata::replay
