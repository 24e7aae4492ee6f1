#pragma once
// Version strings the way migration tools order them: numeric-aware ("1.10" after "1.9",
// "10" after "9", unpadded golang-migrate numbers), Flyway's "1_1" equal to "1.1", and
// "1.0" equal to "1".

#include <QString>

namespace strata::version {

// True for "12", "1.2.3", "1_2": digits separated by dots or underscores.
bool isNumeric(QStringView v);
// Canonical form used as a join key: numeric versions lose leading zeros per part,
// "_" becomes "." and trailing ".0" parts go ("01.2.0" -> "1.2"); others are unchanged.
QString canonical(QStringView v);
// <0, 0, >0. Numeric versions compare part by part as numbers; anything else compares
// naturally (runs of digits as numbers, the rest as text).
int compare(QStringView a, QStringView b);
inline bool less(QStringView a, QStringView b) { return compare(a, b) < 0; }

} // namespace strata::version
