#include "SqitchFolder.h"

#include "history/Checksums.h"

#include <QHash>

namespace strata {

int SqitchFolder::detect(const QDir &dir) const
{
    return dir.exists(QStringLiteral("sqitch.plan")) ? 100 : 0;
}

Result<FolderReadResult> SqitchFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();
    const QString planName = QStringLiteral("sqitch.plan");
    if (!dir->exists(planName))
        return Error(Error::Kind::Parse, tr("“%1” has no sqitch.plan.").arg(dirPath));
    const TextFile plan = readText(dir->filePath(planName), planName, r.findings);
    if (!plan.ok)
        return r;

    // change: [+-]name [deps] 2024-01-01T00:00:00Z Planner Name <email> # note
    static const QRegularExpression changeRe(QStringLiteral(
        "^([+-]?)([^\\s@#\\[\\]:%]\\S*?)(?:\\s+\\[([^\\]]*)\\])?\\s+(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)\\s+(.*?)\\s*<([^>]*)>\\s*(?:#\\s?(.*))?$"));
    static const QRegularExpression tagRe(QStringLiteral(
        "^@(\\S+)\\s+(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)\\s+(.*?)\\s*<([^>]*)>\\s*(?:#\\s?(.*))?$"));
    static const QRegularExpression pragmaRe(QStringLiteral("^%\\s*([\\w-]+)\\s*=\\s*(.*?)\\s*$"));

    struct PlanChange { MigrationFile file; qsizetype tagsBefore; QStringList tagsAfter; };
    QList<PlanChange> changes;
    QStringList allTags;
    QString project;
    const QStringList lines = plan.text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const int lineNo = int(i) + 1;
        if (const auto m = pragmaRe.match(trimmed); m.hasMatch()) {
            if (m.captured(1) == u"project")
                project = m.captured(2);
            continue;
        }
        if (const auto m = tagRe.match(trimmed); m.hasMatch()) {
            if (changes.isEmpty()) {
                r.findings.append(finding(Finding::Severity::Error, QStringLiteral("plan-syntax"), planName, lineNo,
                                          tr("sqitch.plan, line %1: the tag @%2 comes before any change.").arg(lineNo).arg(m.captured(1))));
                continue;
            }
            changes.last().tagsAfter.append(m.captured(1));
            changes.last().file.labels.append(m.captured(1));
            allTags.append(m.captured(1));
            continue;
        }
        const auto m = changeRe.match(trimmed);
        if (!m.hasMatch()) {
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("plan-syntax"), planName, lineNo,
                                      tr("sqitch.plan, line %1 is neither a change, a tag nor a pragma.").arg(lineNo)));
            continue;
        }
        if (m.captured(1) == u"-")
            continue; // a revert entry in the plan: not part of the deployed history
        PlanChange c;
        c.file.version = m.captured(2);
        c.file.name = m.captured(7).isEmpty() ? m.captured(2) : m.captured(7);
        c.file.upLine = lineNo; // line in the plan
        for (const QString &dep : m.captured(3).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            if (!dep.startsWith(u'!'))
                c.file.parents.append(dep);
        c.tagsBefore = allTags.size();
        changes.append(c);
    }

    // Reworks: the same name again. Sqitch requires a tag in between.
    QHash<QString, qsizetype> lastIndex;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        MigrationFile &f = changes[i].file;
        f.group = project;
        const auto prev = lastIndex.constFind(f.version);
        if (prev != lastIndex.constEnd()) {
            const PlanChange &p = changes[*prev];
            f.occurrence = p.file.occurrence + 1;
            if (changes[i].tagsBefore == p.tagsBefore)
                r.findings.append(finding(Finding::Severity::Error, QStringLiteral("duplicate-version"), planName, f.upLine,
                                          tr("sqitch.plan, line %1: the change “%2” appears again without a tag in between.")
                                              .arg(f.upLine).arg(f.version)));
        }
        lastIndex.insert(f.version, i);
    }
    // Script paths: the latest occurrence is deploy/<name>.sql; an earlier one lives in
    // deploy/<name>@<tag>.sql, tag being one of the tags between it and its rework.
    for (qsizetype i = 0; i < changes.size(); ++i) {
        MigrationFile &f = changes[i].file;
        QStringList candidates;
        if (lastIndex.value(f.version) == i) {
            candidates.append(QStringLiteral("deploy/%1.sql").arg(f.version));
        } else {
            qsizetype next = i + 1;
            while (next < changes.size() && changes[next].file.version != f.version)
                ++next;
            const qsizetype endTag = next < changes.size() ? changes[next].tagsBefore : allTags.size();
            for (qsizetype t = endTag - 1; t >= changes[i].tagsBefore; --t)
                candidates.append(QStringLiteral("deploy/%1@%2.sql").arg(f.version, allTags[t]));
        }
        QString rel;
        for (const QString &c : std::as_const(candidates))
            if (dir->exists(c)) {
                rel = c;
                break;
            }
        if (rel.isEmpty()) {
            const QString expected = candidates.value(0, QStringLiteral("deploy/%1.sql").arg(f.version));
            r.findings.append(finding(Finding::Severity::Error, QStringLiteral("missing-script"), expected, 0,
                                      tr("The deploy script “%1” of the change “%2” is missing.").arg(expected, f.version)));
            f.fileName = expected;
        } else {
            f.fileName = rel;
            f.path = dir->absoluteFilePath(rel);
            const TextFile t = readText(f.path, rel, r.findings);
            f.upSql = t.text;
            f.checksum = checksums::sqitch(t.bytes);
            const QString revert = QString(rel).replace(0, 6, QStringLiteral("revert"));
            if (dir->exists(revert))
                f.downSql = readText(dir->absoluteFilePath(revert), revert, r.findings).text;
        }
        r.files.append(f);
    }
    return r;
}

} // namespace strata
