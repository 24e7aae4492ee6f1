#pragma once
// Query results as plain, copyable values that can cross threads.

#include "common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

namespace strata {

struct Notice
{
    QString severity; // NOTICE, WARNING, INFO, ...
    QString message;
    QString detail;
    QString hint;
};

class ResultSet
{
public:
    QStringList columns;
    QList<unsigned int> columnTypes; // type OIDs
    Error error;                     // set when the statement failed
    QList<Notice> notices;           // server notices raised while it ran
    qint64 affectedRows = -1;        // INSERT/UPDATE/DELETE/... count, -1 when none
    QString commandTag;              // "CREATE TABLE", "SELECT 3", ...
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
    int rowCount() const { return m_rows; }
    int columnCount() const { return int(columns.size()); }
    int column(QStringView name) const { return int(columns.indexOf(name.toString())); }

    bool isNull(int row, int col) const { return m_null[size_t(row) * size_t(columnCount()) + size_t(col)]; }
    const QString &text(int row, int col) const { return m_cells[qsizetype(row) * columnCount() + col]; }
    QString text(int row, QStringView col) const { return text(row, column(col)); }
    qint64 toInt64(int row, int col) const { return text(row, col).toLongLong(); }
    double toDouble(int row, int col) const { return text(row, col).toDouble(); }
    bool toBool(int row, int col) const { return text(row, col) == u"t"; }
    // A typed value (int, double, bool, string, or null QVariant) for views.
    QVariant value(int row, int col) const;

    // For builders (the Connection): append one row of cells.
    void reserve(int rows);
    void appendRow(const QStringList &cells, const std::vector<bool> &nulls);
    void appendCell(QString value, bool null) { m_cells.append(std::move(value)); m_null.push_back(null); }
    void finishRow() { ++m_rows; }

private:
    QList<QString> m_cells;
    std::vector<bool> m_null;
    int m_rows = 0;
};

} // namespace strata

Q_DECLARE_METATYPE(strata::ResultSet)
