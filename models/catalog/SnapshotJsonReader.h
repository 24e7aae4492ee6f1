#pragma once
// The fast reader of snapshot JSON files (SnapshotJson::read uses it). It does not
// build a QJsonDocument: one strict pass over the bytes checks the JSON grammar
// (RFC 8259: strings, escapes, UTF-8, numbers, nesting; raw control characters in
// strings pass, as they did with QJsonDocument) and records where every
// value starts and ends in a flat "tape" of 8 bytes per value; then the fields
// described in SnapshotFields.h are read from the tape straight into the snapshot
// value types. Repeated short strings (type names, schema names, owners, column
// names) are read once and shared (QString implicit sharing), which cuts the memory
// of a 100,000-column snapshot by about half.
//
// Errors are the same as the QJsonDocument-based reader gave: invalid JSON (with
// the byte offset), not an object, wrong format, newer format_version, and a
// missing or mistyped field with its path ("tables[3].columns[0].name"). The first
// error wins. Internal to models/catalog.

#include "Snapshot.h"
#include "common/Error.h"

#include <QByteArrayView>

namespace strata::catalog {

Result<Snapshot> readSnapshotJson(QByteArrayView json);

} // namespace strata::catalog
