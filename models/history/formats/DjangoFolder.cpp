#include "DjangoFolder.h"

#include <QHash>
#include <set>

namespace strata {

namespace {
const QRegularExpression &nameRe()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)_(\\w+)\\.py$"));
    return re;
}

// The migrations/ packages under dir: dir itself, <app>/migrations or <x>/<app>/migrations.
QStringList migrationDirs(const QDir &dir)
{
    if (dir.dirName() == u"migrations")
        return {QStringLiteral(".")};
    QStringList out;
    for (const QString &a : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(dir.filePath(a + QStringLiteral("/migrations/__init__.py")))) {
            out.append(a + QStringLiteral("/migrations"));
            continue;
        }
        const QDir sub(dir.filePath(a));
        for (const QString &b : sub.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (QFileInfo::exists(sub.filePath(b + QStringLiteral("/migrations/__init__.py"))))
                out.append(a + u'/' + b + QStringLiteral("/migrations"));
    }
    return out;
}
} // namespace

int DjangoFolder::detect(const QDir &dir) const
{
    for (const QString &m : migrationDirs(dir)) {
        const QDir md(dir.filePath(m));
        for (const QString &n : md.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
            if (!nameRe().match(n).hasMatch())
                continue;
            QFile f(md.filePath(n));
            if (f.open(QIODevice::ReadOnly) && f.read(64 * 1024).contains("migrations.Migration"))
                return 90;
        }
    }
    return 0;
}

void DjangoFolder::orderByDependencies(QList<MigrationFile> &files)
{
    QHash<QString, int> index; // "app/0001_initial" -> position
    for (int i = 0; i < files.size(); ++i)
        index.insert(files[i].group + u'/' + files[i].version + u'_' + files[i].name, i);
    QList<QList<int>> children(files.size());
    QList<int> waiting(files.size(), 0);
    for (int i = 0; i < files.size(); ++i) {
        for (const QString &p : std::as_const(files[i].parents)) {
            const auto it = index.constFind(p);
            // Inside one app only: the list stays grouped by app (History shows it so);
            // other apps, __first__, ...: nothing to wait for here.
            if (it == index.constEnd() || *it == i || files[*it].group != files[i].group)
                continue;
            children[*it].append(i);
            ++waiting[i];
        }
    }
    QList<MigrationFile> out;
    out.reserve(files.size());
    std::set<int> ready; // by position in the numbered order
    for (int i = 0; i < files.size(); ++i)
        if (waiting[i] == 0)
            ready.insert(i);
    QList<bool> done(files.size(), false);
    while (out.size() < files.size()) {
        if (ready.empty()) { // a dependency cycle: the rest in numbered order
            for (int i = 0; i < files.size(); ++i)
                if (!done[i])
                    out.append(files[i]);
            break;
        }
        const int i = *ready.begin();
        ready.erase(ready.begin());
        done[i] = true;
        out.append(files[i]);
        for (int c : std::as_const(children[i]))
            if (--waiting[c] == 0)
                ready.insert(c);
    }
    files = std::move(out);
}

Result<FolderReadResult> DjangoFolder::readFiles(const QString &dirPath) const
{
    auto dir = openDir(dirPath);
    if (!dir)
        return dir.error();
    FolderReadResult r;
    r.format = id();
    r.dir = dir->absolutePath();
    static const QRegularExpression classRe(QStringLiteral("^class\\s+Migration\\s*\\("), QRegularExpression::MultilineOption);
    static const QRegularExpression depRe(QStringLiteral("\\(\\s*['\"]([^'\"]+)['\"]\\s*,\\s*['\"]([^'\"]+)['\"]\\s*\\)"));
    static const QRegularExpression depsBlockRe(QStringLiteral("^\\s*dependencies\\s*=\\s*\\[(.*?)\\]"),
                                                QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    for (const QString &m : migrationDirs(*dir)) {
        const QDir md(dir->filePath(m));
        // The app label is the folder that holds migrations/ (AppConfig.label may differ).
        const QString app = QDir::cleanPath(md.absoluteFilePath(QStringLiteral(".."))).section(u'/', -1);
        for (const QString &n : md.entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name)) {
            if (n == u"__init__.py")
                continue;
            const QString rel = m == u"." ? n : m + u'/' + n;
            const auto nm = nameRe().match(n);
            if (!nm.hasMatch()) {
                r.findings.append(finding(Finding::Severity::Warning, QStringLiteral("malformed-name"), rel, 0,
                                          tr("“%1” is not a numbered Django migration (expected NNNN_name.py).").arg(rel)));
                continue;
            }
            MigrationFile f;
            f.group = app;
            f.version = nm.captured(1);
            f.name = nm.captured(2);
            f.fileName = rel;
            f.path = md.absoluteFilePath(n);
            const TextFile t = readText(f.path, rel, r.findings);
            if (!t.ok)
                continue;
            if (!classRe.match(t.text).hasMatch()) {
                r.findings.append(finding(Finding::Severity::Error, QStringLiteral("malformed-file"), rel, 0,
                                          tr("“%1” defines no Migration class; Django would refuse to load it.").arg(rel)));
                continue;
            }
            if (const auto block = depsBlockRe.match(t.text); block.hasMatch()) {
                auto it = depRe.globalMatch(block.captured(1));
                while (it.hasNext()) {
                    const auto d = it.next();
                    f.parents.append(d.captured(1) + u'/' + d.captured(2));
                }
            }
            r.files.append(f);
        }
    }
    // Django identifies a migration by app and full name ("0002_b" and "0002_c" may both
    // exist) and runs an app's migrations in dependency order: a stable topological sort
    // per app that keeps the numbered order wherever the dependencies allow.
    sortByVersion(r.files);
    orderByDependencies(r.files);
    return r;
}

} // namespace strata
