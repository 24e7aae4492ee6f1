#include "DbmateFormat.h"

#include "Version.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace strata {

namespace {
Finding makeFinding(const QString &code, const QString &file, int line, const QString &message)
{
    Finding f;
    f.severity = Finding::Severity::Error;
    f.code = code;
    f.file = file;
    f.line = line;
    f.message = message;
    return f;
}
} // namespace

std::optional<MigrationFile> DbmateFormat::parse(const QString &fileName, const QString &text, Findings &findings)
{
    static const QRegularExpression nameRe(QStringLiteral("^(\\d+)_?(.*)\\.sql$"));
    const auto m = nameRe.match(fileName);
    if (!m.hasMatch()) {
        findings.append(makeFinding(QStringLiteral("malformed-name"), fileName, 0,
                                    tr("“%1” is not a dbmate migration name (expected <version>_<name>.sql).").arg(fileName)));
        return std::nullopt;
    }
    MigrationFile f;
    f.version = m.captured(1);
    f.name = m.captured(2);
    f.fileName = fileName;

    // Section markers are whole lines: "-- migrate:up [options]" / "-- migrate:down [options]".
    static const QRegularExpression marker(QStringLiteral("^--\\s*migrate:(up|down)\\b(.*)$"),
                                           QRegularExpression::MultilineOption);
    auto it = marker.globalMatch(text);
    struct Section { QString kind; QString options; qsizetype bodyStart; qsizetype markerStart; };
    QList<Section> sections;
    while (it.hasNext()) {
        const auto mm = it.next();
        qsizetype bodyStart = mm.capturedEnd(0);
        if (bodyStart < text.size() && text[bodyStart] == u'\n')
            ++bodyStart;
        sections.append({mm.captured(1), mm.captured(2).trimmed(), bodyStart, mm.capturedStart(0)});
    }
    bool haveUp = false;
    bool ok = true;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &s = sections[i];
        const qsizetype end = i + 1 < sections.size() ? sections[i + 1].markerStart : text.size();
        const QString body = text.mid(s.bodyStart, end - s.bodyStart);
        const int markerLine = int(QStringView(text).left(s.markerStart).count(u'\n')) + 1;
        if (s.kind == u"up") {
            if (haveUp) {
                findings.append(makeFinding(QStringLiteral("duplicate-section"), fileName, markerLine,
                                            tr("“%1” has more than one “-- migrate:up” section.").arg(fileName)));
                ok = false;
                continue;
            }
            haveUp = true;
            f.upSql = body;
            f.upLine = int(QStringView(text).left(s.bodyStart).count(u'\n')) + 1;
            for (const QString &opt : s.options.split(u' ', Qt::SkipEmptyParts)) {
                if (opt == u"transaction:false") {
                    f.transactional = false;
                } else if (opt != u"transaction:true") {
                    findings.append(makeFinding(QStringLiteral("unknown-option"), fileName, markerLine,
                                                tr("“%1”: unknown dbmate option “%2”.").arg(fileName, opt)));
                    ok = false;
                }
            }
        } else {
            f.downSql = body;
        }
    }
    if (!haveUp) {
        findings.append(makeFinding(QStringLiteral("missing-up"), fileName, 0,
                                    tr("“%1” has no “-- migrate:up” section.").arg(fileName)));
        return std::nullopt;
    }
    Q_UNUSED(ok);
    return f;
}

Result<MigrationFile> DbmateFormat::parse(const QString &fileName, const QString &text)
{
    Findings findings;
    auto f = parse(fileName, text, findings);
    if (!findings.isEmpty())
        return Error(Error::Kind::Parse, findings.first().message);
    return *f;
}

Result<QList<MigrationFile>> DbmateFormat::readFolder(const QString &dirPath)
{
    QDir dir(dirPath);
    if (!dir.exists())
        return Error(Error::Kind::Io, tr("The migration folder “%1” does not exist.").arg(dirPath));
    QList<MigrationFile> out;
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &n : names) {
        QFile file(dir.filePath(n));
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io, tr("Could not read “%1”.").arg(file.fileName()), file.errorString());
        auto f = parse(n, QString::fromUtf8(file.readAll()));
        if (!f)
            return f.error();
        f->path = dir.absoluteFilePath(n);
        out.append(*f);
    }
    std::sort(out.begin(), out.end(), [](const MigrationFile &a, const MigrationFile &b) {
        return version::less(a.version, b.version);
    });
    return out;
}

} // namespace strata
