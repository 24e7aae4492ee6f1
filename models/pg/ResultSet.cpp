#include "ResultSet.h"

namespace strata {

namespace {
// Built-in type OIDs (pg_type.h); stable across PostgreSQL versions.
constexpr unsigned int kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26,
                       kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;
} // namespace

QVariant ResultSet::value(int row, int col) const
{
    if (isNull(row, col))
        return {};
    const QString &t = text(row, col);
    switch (columnTypes.value(col)) {
    case kBool:
        return t == u"t";
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
        return t.toLongLong();
    case kFloat4:
    case kFloat8:
        return t.toDouble();
    case kNumeric: {
        bool ok = false;
        const double d = t.toDouble(&ok);
        return ok ? QVariant(d) : QVariant(t);
    }
    default:
        return t;
    }
}

void ResultSet::reserve(int rows)
{
    m_cells.reserve(qsizetype(rows) * columnCount());
    m_null.reserve(size_t(rows) * size_t(columnCount()));
}

void ResultSet::appendRow(const QStringList &cells, const std::vector<bool> &nulls)
{
    for (qsizetype i = 0; i < cells.size(); ++i)
        appendCell(cells[i], i < qsizetype(nulls.size()) && nulls[size_t(i)]);
    finishRow();
}

} // namespace strata
