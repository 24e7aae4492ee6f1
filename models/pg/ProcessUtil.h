#pragma once
// Small POSIX helpers for child processes that must not go through a shell.

#include <QString>
#include <QStringList>

namespace strata::proc {

struct Account
{
    QString name;
    uint uid = 0;
    uint gid = 0;
    bool valid = false;
};

// The account to run server processes as when we are root: "postgres" if it exists, else "nobody".
Account unprivilegedAccount();
// True when the process with this pid exists and is not a zombie.
bool processAlive(qint64 pid);
// Start time of a process (clock ticks since boot, from /proc/<pid>/stat), 0 if unknown.
quint64 processStartTime(qint64 pid);
// Fork + setsid (+ setgid/setuid when uid != 0) + exec with an argument list; stdout/stderr to logFile.
// Returns the child's pid or -1 with errno text in *error.
qint64 spawnDetached(const QString &program, const QStringList &args, const QString &logFile,
                     uint uid, uint gid, bool dropPrivileges, QString *error);
// Reap the child if it has exited (non-blocking).
void reap(qint64 pid);
// chown -R path (no symlinks followed).
bool chownRecursive(const QString &path, uint uid, uint gid);
// A TCP port on 127.0.0.1 that is free right now.
int freeTcpPort();

} // namespace strata::proc
