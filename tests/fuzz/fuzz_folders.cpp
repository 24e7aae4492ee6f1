// libFuzzer target: every migration folder parser (models/history/formats) on a folder
// built from the input. Layout of an input:
//   byte 0        format (index into FolderFormat::all(), modulo its size)
//   then records  [name length][name bytes][content length, 2 bytes LE][content bytes]
// A name is a relative path ("V1__a.sql", "versions/x.py", "2024_x/migration.sql");
// names that climb out of the folder are dropped. Besides "no crash, no sanitizer
// report", every file the parser returns must lie in the folder and have a version.

#include "history/FolderFormat.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace strata;

namespace {

QString folderRoot()
{
    static QTemporaryDir dir; // one per process; emptied for every input
    return dir.path();
}

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "invariant broken: %s: %s\n", what, detail.toUtf8().constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const auto &formats = FolderFormat::all();
    const FolderFormat *format = formats.at(int(data[0] % formats.size()));
    const QString root = folderRoot() + QStringLiteral("/m");
    QDir(root).removeRecursively();
    QDir().mkpath(root);

    size_t at = 1;
    int files = 0;
    while (at < size && files < 16) {
        const size_t nameLen = data[at++];
        if (at + nameLen + 2 > size)
            break;
        QString name = QString::fromUtf8(reinterpret_cast<const char *>(data + at), qsizetype(nameLen));
        at += nameLen;
        const size_t contentLen = size_t(data[at]) | (size_t(data[at + 1]) << 8);
        at += 2;
        const size_t take = qMin(contentLen, size - at);
        const QByteArray content(reinterpret_cast<const char *>(data + at), qsizetype(take));
        at += take;
        name = QDir::cleanPath(name);
        if (name.isEmpty() || name.startsWith(u'/') || name.startsWith(QStringLiteral("..")) || name == u'.' || name.contains(QChar(0)))
            continue;
        const QString path = root + u'/' + name;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        ++files;
    }

    format->detect(QDir(root));
    const auto result = format->read(root);
    if (result.ok()) {
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        for (const MigrationFile &m : result.value().files) {
            if (!m.path.isEmpty() && !QFileInfo(m.path).canonicalFilePath().startsWith(canonicalRoot))
                fail("file outside the folder", m.path);
            if (m.version.isEmpty() && m.kind != MigrationFile::Kind::Repeatable)
                fail("migration without a version", m.fileName);
        }
    }
    FolderFormat::detectFormat(root);
    return 0;
}
