#pragma once
#include <QCoreApplication>

namespace strata {
// Loads Strata's and Qt's translations for the system locale (or $STRATA_LANG).
void installTranslations(QCoreApplication &app);
} // namespace strata
