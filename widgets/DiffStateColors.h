#pragma once
// One palette for diff states, shared by the tree, the side-by-side DDL and the chart.
#include "diff/SchemaDiff.h"
#include "DarkPalette.h"

#include <QColor>
#include <QPalette>

namespace strata {

inline QColor diffStateColor(diff::ChangeState s, bool dark)
{
    using S = diff::ChangeState;
    switch (s) {
    case S::Added: return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case S::Removed: return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case S::Changed: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc2, 0x7c, 0x0e);
    case S::Same: break;
    }
    return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x70, 0x70, 0x70);
}

// A light background for marked lines in a SQL view.
inline QColor diffLineColor(diff::ChangeState s, bool dark)
{
    QColor c = diffStateColor(s, dark);
    c.setAlpha(dark ? 90 : 55);
    return c;
}

} // namespace strata
