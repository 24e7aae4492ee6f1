#pragma once
// Side-by-side DDL of one object: A on the left, B on the right, both read-only and
// highlighted, with the lines that differ marked (removed on A's side, added on B's).

#include <QList>
#include <QWidget>

class QLabel;

namespace strata {

class SqlView;

class DiffDdlPane : public QWidget
{
    Q_OBJECT
public:
    explicit DiffDdlPane(QWidget *parent = nullptr);

    // Empty text: the object does not exist on that side.
    void setDdl(const QString &title, const QString &ddlA, const QString &ddlB);
    void clear();

    SqlView *viewA() const { return m_a; }
    SqlView *viewB() const { return m_b; }

    // 1-based lines of a that are not in b and of b that are not in a (longest common
    // subsequence of lines; beyond a size limit every line counts as changed).
    struct LineDiff
    {
        QList<int> onlyA;
        QList<int> onlyB;
    };
    static LineDiff lineDiff(const QStringList &a, const QStringList &b);

private:
    QLabel *m_title;
    QLabel *m_labelA;
    QLabel *m_labelB;
    SqlView *m_a;
    SqlView *m_b;
};

} // namespace strata
