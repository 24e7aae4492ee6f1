// libFuzzer target: the snapshot reader (models/catalog/SnapshotJson) on arbitrary
// bytes. A snapshot file comes from disk or another machine, so any input must give
// a snapshot or an Error, never a crash; and what it reads must write and read back
// to the same JSON (the format is canonical).

#include "catalog/SnapshotJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace strata;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto first = catalog::SnapshotJson::read(bytes);
    if (!first.ok())
        return 0;
    const QByteArray written = catalog::SnapshotJson::write(first.value());
    const auto second = catalog::SnapshotJson::read(written);
    if (!second.ok()) {
        std::fprintf(stderr, "a written snapshot does not read back: %s\n", second.error().message.toUtf8().constData());
        std::abort();
    }
    if (catalog::SnapshotJson::write(second.value()) != written) {
        std::fprintf(stderr, "snapshot JSON is not stable across a round trip\n");
        std::abort();
    }
    return 0;
}
