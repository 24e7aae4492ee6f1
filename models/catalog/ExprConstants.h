#pragma once
// The text a constant's type output function gives (int2/int4/int8/oid, bool, text,
// varchar, bpchar, numeric), read from the datum bytes a node tree holds
// (":constvalue 4 [ 5 0 0 0 0 0 0 0 ]"). Nothing for other types, for datums that are not
// laid out as a 64-bit little-endian server writes them, and for compressed or TOASTed
// values: the caller then leaves the expression to the server.

#include <QByteArray>
#include <QString>
#include <optional>

namespace strata::catalog::deparse {

// Type oids with their own printing rules in ruleutils.c get_const_expr.
constexpr quint32 kBool = 16, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25, kOid = 26, kUnknown = 705,
                  kBpchar = 1042, kVarchar = 1043, kNumeric = 1700, kRecord = 2249;

std::optional<QString> constantText(quint32 type, const QByteArray &datum);

} // namespace strata::catalog::deparse
