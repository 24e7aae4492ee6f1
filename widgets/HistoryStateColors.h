#pragma once
// One palette for migration states, shared by the table, the chart and the graph.
#include "history/History.h"
#include "DarkPalette.h"

#include <QColor>
#include <QPalette>

namespace strata {

inline QColor historyStateColor(HistoryEntry::State s, bool dark)
{
    using S = HistoryEntry::State;
    switch (s) {
    case S::Applied: return dark ? QColor(0x5f, 0xb8, 0x7a) : QColor(0x2e, 0x8b, 0x57);
    case S::Pending: return dark ? QColor(0x6c, 0xa6, 0xe8) : QColor(0x1f, 0x6f, 0xc5);
    case S::Ghost: return dark ? QColor(0xb0, 0x9c, 0xd8) : QColor(0x7b, 0x5e, 0xa7);
    case S::Changed: return dark ? QColor(0xf0, 0xb0, 0x50) : QColor(0xc2, 0x7c, 0x0e);
    case S::Failed:
    case S::Dirty: return dark ? QColor(0xf0, 0x70, 0x70) : QColor(0xc0, 0x39, 0x2b);
    case S::OutOfOrder: return dark ? QColor(0xe8, 0x90, 0xc8) : QColor(0xad, 0x3f, 0x87);
    case S::Unchecked: break;
    }
    return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x70, 0x70, 0x70);
}

} // namespace strata
