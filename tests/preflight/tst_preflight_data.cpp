#include <QTest>
class TestStub : public QObject { Q_OBJECT private slots: void stub() { QSKIP("being written"); } };
QTEST_GUILESS_MAIN(TestStub)
#include "tst_preflight_data.moc"
