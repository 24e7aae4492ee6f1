#pragma once
// Shared helpers of the catalog tests: load the fixture, take a snapshot, find objects.

#include "TestServer.h"
#include "catalog/Introspector.h"
#include "catalog/SnapshotJson.h"

#include <QFile>
#include <QTest>

namespace strata::test {

inline QString catalogFixture()
{
    QFile f(QStringLiteral(STRATA_FIXTURES_DIR "/catalog/fixture.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A fresh database with the catalog fixture loaded.
inline Result<ConnectionProfile> fixtureDatabase(const QString &prefix)
{
    auto db = freshDatabase(prefix);
    if (!db)
        return db.error();
    const QString sql = catalogFixture();
    if (sql.isEmpty())
        return Error(Error::Kind::Io, QStringLiteral("fixture tests/fixtures/catalog/fixture.sql not found"));
    if (Error e = runScript(*db, sql))
        return e;
    return db;
}

inline Result<catalog::Snapshot> snapshotOf(const ConnectionProfile &p, const catalog::IntrospectOptions &o = {},
                                            catalog::IntrospectReport *report = nullptr)
{
    auto c = Connection::open(p); // a read-only review session, like the application's
    if (!c)
        return c.error();
    return catalog::Introspector::capture(**c, o, nullptr, report);
}

template<class T>
const T *findByKey(const QList<T> &list, const QString &key)
{
    for (const T &x : list)
        if (x.key() == key)
            return &x;
    return nullptr;
}

// Compares two snapshots' JSON line by line so a failure names the object that differs.
inline bool compareSnapshots(const catalog::Snapshot &a, const catalog::Snapshot &b, QString *firstDifference)
{
    catalog::Snapshot x = a, y = b;
    x.database = y.database = QString();
    x.takenAt = y.takenAt = QDateTime();
    x.tableStats.clear();
    y.tableStats.clear();
    const QList<QByteArray> la = catalog::SnapshotJson::write(x).split('\n');
    const QList<QByteArray> lb = catalog::SnapshotJson::write(y).split('\n');
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QByteArray l = la.value(i), r = lb.value(i);
        if (l != r) {
            *firstDifference = QStringLiteral("line %1:\n  first:  %2\n  second: %3")
                                   .arg(i + 1).arg(QString::fromUtf8(l), QString::fromUtf8(r));
            return false;
        }
    }
    return a == b;
}

} // namespace strata::test

#define STRATA_VERIFY_RESULT(result) STRATA_VERIFY_OK((result) ? ::strata::Error() : (result).error())
