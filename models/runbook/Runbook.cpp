#include "Runbook.h"

#include "LedgerStep.h"
#include "StepSafety.h"
#include "common/SafeText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace strata::runbook {

namespace {

struct Names
{
    const char *name;
    int value;
};

constexpr Names kSources[] = {
    {"sql_script", int(SourceKind::SqlScript)},       {"migration_up", int(SourceKind::MigrationUp)},
    {"migration_down", int(SourceKind::MigrationDown)}, {"diff_script", int(SourceKind::DiffScript)},
    {"rollback_script", int(SourceKind::RollbackScript)}, {"ledger_surgery", int(SourceKind::LedgerSurgery)},
    {"table_restore", int(SourceKind::TableRestore)},
};
constexpr Names kModes[] = {
    {"transaction", int(StepMode::Transaction)},
    {"explicit_block", int(StepMode::ExplicitBlock)},
    {"outside_transaction", int(StepMode::OutsideTransaction)},
    {"restore", int(StepMode::Restore)},
    {"backup", int(StepMode::Backup)},
};
constexpr Names kEffects[] = {
    {"none", int(EffectCheck::None)},          {"index_exists", int(EffectCheck::IndexExists)},
    {"index_gone", int(EffectCheck::IndexGone)}, {"repeatable", int(EffectCheck::Repeatable)},
    {"unknown", int(EffectCheck::Unknown)},
};

template<size_t N>
QString nameOf(const Names (&table)[N], int v)
{
    for (const Names &n : table)
        if (n.value == v)
            return QLatin1StringView(n.name);
    return {};
}
template<size_t N>
int valueOf(const Names (&table)[N], const QString &s, int fallback)
{
    for (const Names &n : table)
        if (s == QLatin1StringView(n.name))
            return n.value;
    return fallback;
}

QJsonArray strings(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}
QJsonObject tableJson(const TableRef &t)
{
    return QJsonObject{{QStringLiteral("schema"), t.schema}, {QStringLiteral("name"), t.name}};
}
TableRef tableFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return TableRef{o.value(QLatin1StringView("schema")).toString(), o.value(QLatin1StringView("name")).toString()};
}
QJsonArray tablesJson(const QList<TableRef> &l)
{
    QJsonArray a;
    for (const TableRef &t : l)
        a.append(tableJson(t));
    return a;
}
QList<TableRef> tablesFrom(const QJsonValue &v)
{
    QList<TableRef> out;
    for (const QJsonValue &x : v.toArray())
        out.append(tableFrom(x));
    return out;
}

QJsonObject ledgerJson(const LedgerWrite &w)
{
    QJsonObject o{{QStringLiteral("tool"), w.tool},       {QStringLiteral("schema"), w.schema},
                  {QStringLiteral("table"), w.table},     {QStringLiteral("version"), w.version},
                  {QStringLiteral("remove"), w.remove}};
    auto opt = [&o](const char *k, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1StringView(k), v);
    };
    opt("name", w.name);
    opt("script", w.script);
    opt("checksum", w.checksum);
    opt("id", w.id);
    opt("previous_version", w.previousVersion);
    return o;
}

LedgerWrite ledgerFrom(const QJsonObject &o)
{
    auto S = [&o](const char *k) { return o.value(QLatin1StringView(k)).toString(); };
    LedgerWrite w;
    w.tool = S("tool");
    w.schema = S("schema");
    w.table = S("table");
    w.version = S("version");
    w.remove = o.value(QLatin1StringView("remove")).toBool();
    w.name = S("name");
    w.script = S("script");
    w.checksum = S("checksum");
    w.id = S("id");
    w.previousVersion = S("previous_version");
    return w;
}

QJsonObject stepJson(const RunbookStep &s)
{
    QJsonObject o{{QStringLiteral("number"), s.number},
                  {QStringLiteral("mode"), stepModeName(s.mode)},
                  {QStringLiteral("statements"), strings(s.statements)},
                  {QStringLiteral("settings"), strings(s.settings)},
                  {QStringLiteral("line"), s.line},
                  {QStringLiteral("ends_with_rollback"), s.endsWithRollback},
                  {QStringLiteral("tables"), tablesJson(s.tables)},
                  {QStringLiteral("data_tables"), tablesJson(s.dataTables)},
                  {QStringLiteral("destructive"), s.destructive},
                  {QStringLiteral("destructive_reason"), s.destructiveReason},
                  {QStringLiteral("confirm_name"), s.confirmName},
                  {QStringLiteral("effect"), effectCheckName(s.effect)},
                  {QStringLiteral("effect_object"), tableJson(s.effectObject)},
                  {QStringLiteral("lock_level"), s.lockLevel},
                  {QStringLiteral("rewrite"), s.rewrite},
                  {QStringLiteral("scan"), s.scan},
                  {QStringLiteral("estimated_seconds"), s.estimatedSeconds},
                  {QStringLiteral("findings"), strings(s.findings)}};
    if (s.mode == StepMode::Restore) {
        o.insert(QStringLiteral("restore_manifest"), s.restoreManifest);
        o.insert(QStringLiteral("restore_tables"), tablesJson(s.restoreTables));
    }
    // Only when present: runbooks (and journals) written before ledger steps keep their checksum.
    if (!s.ledger.isEmpty())
        o.insert(QStringLiteral("ledger"), ledgerJson(s.ledger));
    if (s.mode == StepMode::Backup) {
        o.insert(QStringLiteral("backup_table"), tableJson(s.backupTable));
        o.insert(QStringLiteral("backup_resolved"), tableJson(s.backupResolved));
        o.insert(QStringLiteral("backup_names"), tablesJson(s.backupNames));
        o.insert(QStringLiteral("backup_method"), s.backupMethod);
        o.insert(QStringLiteral("estimated_bytes"), double(s.estimatedBytes));
        o.insert(QStringLiteral("estimated_rows"), double(s.estimatedRows));
    }
    return o;
}

} // namespace

QString sourceKindName(SourceKind k) { return nameOf(kSources, int(k)); }
SourceKind sourceKindFromName(const QString &n) { return SourceKind(valueOf(kSources, n, int(SourceKind::SqlScript))); }
QString stepModeName(StepMode m) { return nameOf(kModes, int(m)); }
StepMode stepModeFromName(const QString &n) { return StepMode(valueOf(kModes, n, int(StepMode::Transaction))); }
QString effectCheckName(EffectCheck e) { return nameOf(kEffects, int(e)); }
EffectCheck effectCheckFromName(const QString &n) { return EffectCheck(valueOf(kEffects, n, int(EffectCheck::Unknown))); }

QString TableRef::display() const
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    auto q = [](const QString &s) -> QString {
        if (plain.match(s).hasMatch())
            return s;
        QString d = s;
        d.replace(u'"', QStringLiteral("\"\""));
        return u'"' + d + u'"';
    };
    return schema.isEmpty() ? q(name) : q(schema) + u'.' + q(name);
}

QString RunbookStep::kindName() const
{
    switch (mode) {
    case StepMode::Backup: return QStringLiteral("backup");
    case StepMode::Restore: return QStringLiteral("restore");
    default: return statements.isEmpty() && !ledger.isEmpty() ? QStringLiteral("ledger") : QStringLiteral("sql");
    }
}

QString RunbookStep::sql() const
{
    if (mode == StepMode::Backup) // a comment, not SQL: the name must not end it
        return lineComment(QStringLiteral("back up %1 with %2, verified")
                               .arg(backupTable.display(), backupMethod == u"pg_dump" ? QStringLiteral("pg_dump -Fc") : QStringLiteral("COPY (binary)")));
    if (mode == StepMode::Restore) {
        QStringList names;
        for (const TableRef &t : restoreTables)
            names.append(t.display());
        // A comment, not SQL: the names and the path must not end it.
        return lineComment(QStringLiteral("restore %1 from %2").arg(names.join(QStringLiteral(", ")), restoreManifest));
    }
    QString out;
    // The session settings the step runs first (SET lines of the script before it), shown.
    if (!settings.isEmpty())
        out += lineComment(QCoreApplication::translate("Runbook", "settings this step runs first (from the script above it):")) + u'\n'
               + settings.join(QStringLiteral(";\n")) + QStringLiteral(";\n")
               + lineComment(QCoreApplication::translate("Runbook", "the step:")) + u'\n';
    if (!statements.isEmpty())
        out += statements.join(QStringLiteral(";\n")) + u';';
    if (!ledger.isEmpty()) {
        if (!out.isEmpty())
            out += QStringLiteral("\n");
        out += LedgerStep::displaySql(ledger);
    }
    return out;
}

QString RunbookStep::title() const
{
    if (mode == StepMode::Restore || mode == StepMode::Backup)
        return sql().mid(3);
    if (statements.isEmpty() && !ledger.isEmpty())
        return LedgerStep::describe(ledger);
    for (const QString &s : statements) {
        QString line;
        for (const QString &l : s.split(u'\n')) {
            const QString t = l.trimmed();
            if (!t.isEmpty() && !t.startsWith(QStringLiteral("--"))) {
                line = t;
                break;
            }
        }
        static const QRegularExpression txControl(QStringLiteral("^(BEGIN|START|COMMIT|END|ROLLBACK|SET)\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (!line.isEmpty() && !(statements.size() > 1 && txControl.match(line).hasMatch())) {
            line = line.size() > 100 ? line.left(99) + QChar(0x2026) : line;
            // A group the migration tool runs in one transaction: how many statements it holds.
            if (mode == StepMode::Transaction && statements.size() > 1)
                line = QCoreApplication::translate("Runbook", "%1 (and %n more statement(s), one transaction)", nullptr, int(statements.size()) - 1).arg(line);
            // The ledger write the step makes in the same transaction shows in its title.
            if (!ledger.isEmpty())
                line = QCoreApplication::translate("Runbook", "%1 — and %2").arg(line, LedgerStep::describe(ledger));
            return line;
        }
    }
    return statements.value(0).simplified().left(100);
}

QJsonObject Runbook::bodyJson() const
{
    QJsonArray a;
    for (const RunbookStep &s : steps)
        a.append(stepJson(s));
    QJsonObject o{{QStringLiteral("format_version"), 2},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("source"), sourceKindName(source)},
                  {QStringLiteral("source_path"), sourcePath},
                  {QStringLiteral("steps"), a}};
    if (!blockers.isEmpty())
        o.insert(QStringLiteral("blockers"), strings(blockers));
    if (!ledgerNotes.isEmpty())
        o.insert(QStringLiteral("ledger_notes"), strings(ledgerNotes));
    return o;
}

QString Runbook::sha256() const
{
    // QJsonObject keeps its keys sorted: the compact form is canonical.
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(bodyJson()).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

QJsonObject Runbook::toJson() const
{
    QJsonObject o = bodyJson();
    o.insert(QStringLiteral("sha256"), sha256());
    return o;
}

Result<Runbook> Runbook::fromJson(const QJsonObject &o)
{
    auto bad = [](const QString &why) {
        return Error(Error::Kind::Parse, QCoreApplication::translate("Runbook", "The runbook is not valid: %1").arg(why));
    };
    const int version = o.value(QLatin1StringView("format_version")).toInt();
    if (version == 1)
        return bad(QCoreApplication::translate("Runbook", "it was written by an older Strata whose checksum does not cover every field; "
                                                          "build it again from its SQL"));
    if (version != 2)
        return bad(QCoreApplication::translate("Runbook", "unknown format_version"));
    // Every field the file says is covered by its checksum.
    QJsonObject body = o;
    const QString sha = body.take(QLatin1StringView("sha256")).toString();
    const QString actual = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
    if (sha != actual)
        return bad(sha.isEmpty() ? QCoreApplication::translate("Runbook", "it has no sha256 checksum")
                                 : QCoreApplication::translate("Runbook", "its sha256 does not match its content (edited by hand?)"));
    Runbook r;
    r.title = o.value(QLatin1StringView("title")).toString();
    r.source = sourceKindFromName(o.value(QLatin1StringView("source")).toString());
    r.sourcePath = o.value(QLatin1StringView("source_path")).toString();
    r.blockers = strings(o.value(QLatin1StringView("blockers")));
    r.ledgerNotes = strings(o.value(QLatin1StringView("ledger_notes")));
    const QJsonArray a = o.value(QLatin1StringView("steps")).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject s = v.toObject();
        RunbookStep st;
        st.number = s.value(QLatin1StringView("number")).toInt();
        st.mode = stepModeFromName(s.value(QLatin1StringView("mode")).toString());
        st.statements = strings(s.value(QLatin1StringView("statements")));
        st.settings = strings(s.value(QLatin1StringView("settings")));
        st.line = s.value(QLatin1StringView("line")).toInt(1);
        st.endsWithRollback = s.value(QLatin1StringView("ends_with_rollback")).toBool();
        st.tables = tablesFrom(s.value(QLatin1StringView("tables")));
        st.dataTables = tablesFrom(s.value(QLatin1StringView("data_tables")));
        st.destructive = s.value(QLatin1StringView("destructive")).toBool();
        st.destructiveReason = s.value(QLatin1StringView("destructive_reason")).toString();
        st.confirmName = s.value(QLatin1StringView("confirm_name")).toString();
        st.effect = effectCheckFromName(s.value(QLatin1StringView("effect")).toString());
        st.effectObject = tableFrom(s.value(QLatin1StringView("effect_object")));
        st.restoreManifest = s.value(QLatin1StringView("restore_manifest")).toString();
        st.restoreTables = tablesFrom(s.value(QLatin1StringView("restore_tables")));
        st.backupTable = tableFrom(s.value(QLatin1StringView("backup_table")));
        st.backupResolved = tableFrom(s.value(QLatin1StringView("backup_resolved")));
        st.backupNames = tablesFrom(s.value(QLatin1StringView("backup_names")));
        st.backupMethod = s.value(QLatin1StringView("backup_method")).toString();
        st.estimatedBytes = qint64(s.value(QLatin1StringView("estimated_bytes")).toDouble(-1));
        st.estimatedRows = qint64(s.value(QLatin1StringView("estimated_rows")).toDouble(-1));
        st.lockLevel = s.value(QLatin1StringView("lock_level")).toString();
        st.rewrite = s.value(QLatin1StringView("rewrite")).toBool();
        st.scan = s.value(QLatin1StringView("scan")).toBool();
        st.estimatedSeconds = s.value(QLatin1StringView("estimated_seconds")).toDouble();
        st.findings = strings(s.value(QLatin1StringView("findings")));
        if (s.contains(QLatin1StringView("ledger"))) {
            st.ledger = ledgerFrom(s.value(QLatin1StringView("ledger")).toObject());
            // The SQL is derived from these fields when the step runs; they must make a write a tool makes.
            if (auto check = LedgerStep::statements(st.ledger); !check)
                return bad(check.error().message);
            if (st.mode != StepMode::Transaction && st.mode != StepMode::ExplicitBlock)
                return bad(QCoreApplication::translate("Runbook", "step %1 writes the ledger outside a transaction").arg(st.number));
        }
        if (st.number != r.steps.size() + 1)
            return bad(QCoreApplication::translate("Runbook", "steps are not numbered 1, 2, 3, ..."));
        const bool empty = st.mode == StepMode::Restore  ? st.restoreTables.isEmpty() || st.restoreManifest.isEmpty()
                           : st.mode == StepMode::Backup ? st.backupTable.name.isEmpty()
                                                         : st.statements.isEmpty() && st.ledger.isEmpty();
        if (empty)
            return bad(QCoreApplication::translate("Runbook", "step %1 is empty").arg(st.number));
        // Never trust the file for safety: derive it from the SQL again.
        if (Error e = StepSafetyCheck::apply(st))
            return bad(e.message);
        r.steps.append(st);
    }
    if (r.steps.isEmpty())
        return bad(QCoreApplication::translate("Runbook", "it has no steps"));
    return r;
}

} // namespace strata::runbook
