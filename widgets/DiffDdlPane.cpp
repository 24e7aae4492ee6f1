#include "DiffDdlPane.h"
#include "DiffStateColors.h"
#include "SqlView.h"

#include <QGridLayout>
#include <QLabel>

#include <vector>

namespace strata {

namespace {

// Marks runs of consecutive lines as one range each.
void markLines(SqlView *view, const QList<int> &lines, const QColor &color, const QString &tip)
{
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i;
        while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1)
            ++j;
        view->highlightLines(lines[i], lines[j], color, tip);
        i = j + 1;
    }
}

} // namespace

DiffDdlPane::DiffDdlPane(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_labelA = new QLabel(tr("A (now)"), this);
    m_labelB = new QLabel(tr("B (wanted)"), this);
    m_a = new SqlView(this);
    m_b = new SqlView(this);
    m_a->setObjectName(QStringLiteral("ddlA"));
    m_b->setObjectName(QStringLiteral("ddlB"));
    for (SqlView *v : {m_a, m_b}) {
        v->setReadOnly(true);
        v->setLineWrapMode(QPlainTextEdit::WidgetWidth); // one-line ALTER TABLE ... definitions
    }
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_labelA, 1, 0);
    grid->addWidget(m_labelB, 1, 1);
    grid->addWidget(m_a, 2, 0);
    grid->addWidget(m_b, 2, 1);
    grid->setRowStretch(2, 1);
    clear();
}

void DiffDdlPane::clear()
{
    m_title->setText(tr("Select an object to see its definition on both sides."));
    m_a->setSql({});
    m_b->setSql({});
}

DiffDdlPane::LineDiff DiffDdlPane::lineDiff(const QStringList &a, const QStringList &b)
{
    LineDiff d;
    const size_t n = size_t(a.size()), m = size_t(b.size());
    if (n * m > 4'000'000) { // a huge function body: mark everything rather than stall
        for (int i = 1; i <= int(n); ++i)
            d.onlyA.append(i);
        for (int i = 1; i <= int(m); ++i)
            d.onlyB.append(i);
        return d;
    }
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (a[qsizetype(i)] == b[qsizetype(j)]) {
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            d.onlyA.append(int(++i));
        } else {
            d.onlyB.append(int(++j));
        }
    }
    while (i < n)
        d.onlyA.append(int(++i));
    while (j < m)
        d.onlyB.append(int(++j));
    return d;
}

void DiffDdlPane::setDdl(const QString &title, const QString &ddlA, const QString &ddlB)
{
    m_title->setText(title);
    const QString textA = ddlA.isEmpty() ? tr("-- not in A") : ddlA;
    const QString textB = ddlB.isEmpty() ? tr("-- not in B") : ddlB;
    m_a->setSql(textA);
    m_b->setSql(textB);
    const bool dark = isDarkPalette(palette());
    auto split = [](const QString &s) {
        QStringList l = s.split(u'\n');
        if (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        return l;
    };
    const LineDiff d = lineDiff(ddlA.isEmpty() ? QStringList() : split(ddlA), ddlB.isEmpty() ? QStringList() : split(ddlB));
    markLines(m_a, d.onlyA, diffStateColor(diff::ChangeState::Removed, dark), tr("Only in A"));
    markLines(m_b, d.onlyB, diffStateColor(diff::ChangeState::Added, dark), tr("Only in B"));
}

} // namespace strata
