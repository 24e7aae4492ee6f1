#pragma once
// Whether a palette is dark, so colours (states, highlighting, banners, charts)
// follow the system's light or dark theme.
#include <QPalette>

namespace strata {

inline bool isDarkPalette(const QPalette &p, QPalette::ColorRole role = QPalette::Window)
{
    return p.color(role).lightness() < 128;
}

} // namespace strata
