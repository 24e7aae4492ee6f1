#include "pg/ConnectionProfile.h"

#include <QTest>

using namespace strata;

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void parsesUris()
    {
        auto p = ConnectionProfile::fromConnectionString(
            QStringLiteral("postgresql://bob:secret@db.example.com:5433/app%20db?sslmode=verify-full&sslrootcert=/etc/ca.pem&application_name=x"));
        QVERIFY(p.ok());
        QCOMPARE(p->host, QStringLiteral("db.example.com"));
        QCOMPARE(p->port, QStringLiteral("5433"));
        QCOMPARE(p->dbname, QStringLiteral("app db"));
        QCOMPARE(p->user, QStringLiteral("bob"));
        QCOMPARE(p->sslmode, QStringLiteral("verify-full"));
        QCOMPARE(p->transientPassword, QStringLiteral("secret"));
        QCOMPARE(p->extra.size(), 1);
        QCOMPARE(p->extra[0].first, QStringLiteral("sslrootcert"));
    }

    void parsesKeyValue()
    {
        auto p = ConnectionProfile::fromConnectionString(QStringLiteral("service=prod dbname='it\\'s'"));
        QVERIFY(p.ok());
        QCOMPARE(p->service, QStringLiteral("prod"));
        QCOMPARE(p->dbname, QStringLiteral("it's"));
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("unterminated quote") << QStringLiteral("host='x");
        QTest::newRow("unknown keyword") << QStringLiteral("hostt=x");
        QTest::newRow("bad uri") << QStringLiteral("postgresql://[::1");
    }
    void rejectsGarbage()
    {
        QFETCH(QString, text);
        auto p = ConnectionProfile::fromConnectionString(text);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, Error::Kind::Usage);
        QVERIFY(!p.error().message.isEmpty());
    }

    void passwordNeverSerialized()
    {
        auto p = ConnectionProfile::fromConnectionString(QStringLiteral("postgresql://bob:secret@h/db"));
        QVERIFY(p.ok());
        const QVariantMap m = p->toSettings();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            QVERIFY(!it.value().toString().contains(QStringLiteral("secret")));
        QVERIFY(!p->displayString().contains(QStringLiteral("secret")));
        ConnectionProfile back = ConnectionProfile::fromSettings(m);
        QVERIFY(back.transientPassword.isEmpty());
        QCOMPARE(back.host, p->host);
    }

    void displayStringRoundTrips()
    {
        ConnectionProfile p;
        p.host = QStringLiteral("/tmp/strata-0/i-1-abc");
        p.port = QStringLiteral("5432");
        p.user = QStringLiteral("strata");
        p.dbname = QStringLiteral("my db");
        auto back = ConnectionProfile::fromConnectionString(p.displayString());
        QVERIFY2(back.ok(), qPrintable(p.displayString()));
        QCOMPARE(back->host, p.host);
        QCOMPARE(back->dbname, p.dbname);
        QCOMPARE(back->port, p.port);
        QCOMPARE(back->user, p.user);
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
