#include "ClusterTemplate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QCoreApplication>

#include <cerrno>
#include <fcntl.h>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace strata::cluster_template {

namespace {

const QString kComplete = QStringLiteral("complete");
const QString kData = QStringLiteral("data");

QByteArray fileStamp(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QByteArrayLiteral("-");
    return QByteArray::number(qint64(st.st_size)) + ':' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
           + QByteArray::number(qint64(st.st_mtim.tv_nsec));
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// One file's bytes, kernel to kernel (QFile::copy would fdatasync each of the ~1,000
// files of a cluster through a temporary name: seconds, for a throwaway copy).
bool copyFile(const QByteArray &from, const QByteArray &to, mode_t mode)
{
    const int in = ::open(from.constData(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return false;
    const int out = ::open(to.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode & 07777);
    bool ok = out >= 0;
    while (ok) {
        const ssize_t n = ::copy_file_range(in, nullptr, out, nullptr, 1 << 30, 0);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            // copy_file_range is not supported everywhere (older kernels, some file systems).
            char buf[1 << 16];
            ssize_t r = 0;
            while (ok && (r = ::read(in, buf, sizeof buf)) > 0)
                ok = ::write(out, buf, size_t(r)) == r;
            ok = ok && r == 0;
            break;
        }
    }
    ok = ok && ::fchmod(out, mode & 07777) == 0;
    if (out >= 0 && ::close(out) != 0)
        ok = false;
    ::close(in);
    return ok;
}

} // namespace

QString defaultCacheDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/strata/scratch-clusters");
}

QString keyFor(const QString &binDir, const QStringList &initdbArgs)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString dir = QFileInfo(binDir).canonicalFilePath();
    h.addData(dir.toUtf8());
    h.addData(QByteArrayView("\n"));
    for (const char *bin : {"initdb", "postgres"}) {
        h.addData(fileStamp(dir + u'/' + QLatin1String(bin)));
        h.addData(QByteArrayView("\n"));
    }
    for (const QString &a : initdbArgs) {
        h.addData(a.toUtf8());
        h.addData(QByteArrayView("\0", 1));
    }
    return QString::fromLatin1(h.result().toHex().left(24));
}

QString cachedDataDir(const QString &cacheDir, const QString &key)
{
    if (cacheDir.isEmpty() || key.isEmpty())
        return {};
    const QString entry = cacheDir + u'/' + key;
    if (!QFileInfo::exists(entry + u'/' + kComplete) || !QFileInfo(entry + u'/' + kData).isDir())
        return {};
    return entry + u'/' + kData;
}

QString copyTree(const QString &from, const QString &to)
{
    struct stat root {};
    if (::stat(QFile::encodeName(from).constData(), &root) != 0 || !S_ISDIR(root.st_mode))
        return QStringLiteral("%1: %2").arg(from, errnoText());
    if (::mkdir(QFile::encodeName(to).constData(), root.st_mode & 07777) != 0
        || ::chmod(QFile::encodeName(to).constData(), root.st_mode & 07777) != 0)
        return QStringLiteral("%1: %2").arg(to, errnoText());
    const QDir source(from);
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + source.relativeFilePath(path);
        const QByteArray src = QFile::encodeName(path);
        const QByteArray dst = QFile::encodeName(target);
        struct stat st {};
        if (::lstat(src.constData(), &st) != 0)
            return QStringLiteral("%1: %2").arg(path, errnoText());
        if (S_ISDIR(st.st_mode)) {
            if (::mkdir(dst.constData(), st.st_mode & 07777) != 0 || ::chmod(dst.constData(), st.st_mode & 07777) != 0)
                return QStringLiteral("%1: %2").arg(target, errnoText());
        } else if (S_ISREG(st.st_mode)) {
            if (!copyFile(src, dst, st.st_mode))
                return QStringLiteral("%1: %2").arg(target, errnoText());
        } else {
            // A fresh cluster has only folders and files; anything else is not ours to copy.
            return QStringLiteral("%1: neither a folder nor a file").arg(path);
        }
    }
    return {};
}

void store(const QString &cacheDir, const QString &key, const QString &binDir, const QString &dataDir)
{
    if (cacheDir.isEmpty() || key.isEmpty() || !cachedDataDir(cacheDir, key).isEmpty())
        return;
    if (!QDir().mkpath(cacheDir))
        return;
    ::chmod(QFile::encodeName(cacheDir).constData(), 0700);
    const QString temp = cacheDir + QStringLiteral("/.new-%1-%2").arg(QCoreApplication::applicationPid())
                                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    bool ok = QDir().mkdir(temp) && ::chmod(QFile::encodeName(temp).constData(), 0700) == 0
              && copyTree(dataDir, temp + u'/' + kData).isEmpty();
    const QByteArray binaries = binDir.toUtf8();
    if (ok) {
        QFile marker(temp + u'/' + kComplete);
        ok = marker.open(QIODevice::WriteOnly) && marker.write(binaries + '\n') > 0;
    }
    // An entry without its marker is broken (never published so): it makes way.
    const QString entry = cacheDir + u'/' + key;
    if (QFileInfo(entry).isDir() && !QFileInfo::exists(entry + u'/' + kComplete))
        QDir(entry).removeRecursively();
    // The rename publishes the entry whole; when another process was first, ours goes.
    if (!ok || ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(entry).constData()) != 0) {
        QDir(temp).removeRecursively();
        return;
    }
    // Entries of the same binaries under another key are from before an upgrade.
    const QStringList entries = QDir(cacheDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &other : entries) {
        if (other == key)
            continue;
        QFile marker(cacheDir + u'/' + other + u'/' + kComplete);
        if (marker.open(QIODevice::ReadOnly) && marker.readLine().trimmed() == binaries)
            QDir(cacheDir + u'/' + other).removeRecursively();
    }
}

} // namespace strata::cluster_template
