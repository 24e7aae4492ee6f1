// FindingRowsModel (the rows behind a finding: duplicate groups, tenant breakdown,
// sample rows): passes the model tester, and counts sort as numbers, not as text.
#include "items/FindingsModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace strata;

class TestFindingRowsModel : public QObject
{
    Q_OBJECT

private slots:
    void sortsCountsAsNumbers()
    {
        FindingRowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({QStringLiteral("workspace"), QStringLiteral("rows")},
                      {{QStringLiteral("b"), QStringLiteral("9")},
                       {QStringLiteral("a"), QStringLiteral("10")},
                       {QStringLiteral("c"), QStringLiteral("1234")},
                       {QStringLiteral("d"), QStringLiteral("2.5")}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 1).data(FindingRowsModel::SortRole).typeId(), QMetaType::Double);
        QCOMPARE(model.index(0, 0).data(FindingRowsModel::SortRole).typeId(), QMetaType::QString);

        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(FindingRowsModel::SortRole);
        sorted.sort(1, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < sorted.rowCount(); ++r)
            order << sorted.index(r, 1).data().toString();
        QCOMPARE(order, (QStringList{QStringLiteral("2.5"), QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("1234")}));
        sorted.sort(0, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, 0).data().toString(), QStringLiteral("d"));

        model.clear();
        QCOMPARE(sorted.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFindingRowsModel)
#include "tst_findingrowsmodel.moc"
