// libFuzzer target: the snapshot reader (models/catalog/SnapshotJson) on arbitrary
// bytes. A snapshot file comes from disk or another machine, so any input must give
// a snapshot or an Error, never a crash; and what it reads must write and read back
// to the same JSON (the format is canonical). The fast reader is also checked against
// the QJsonDocument reader it replaced: whatever it accepts, that one accepts too and
// reads the same; whatever it refuses for a field, that one refuses too. (It may
// refuse more JSON: it is stricter about numbers such as "1.", and it refuses a file that
// lists one object twice, which the reference never checked.)

#include "../catalog/tst_snapshotjson_domreader.h"
#include "catalog/SnapshotJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace strata;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto first = catalog::SnapshotJson::read(bytes);
    const auto reference = catalog::domreader::domReadSnapshot(bytes);
    if (first.ok() && !reference.ok()) {
        std::fprintf(stderr, "the fast reader accepts what the reference refuses: %s\n", reference.error().detail.toUtf8().constData());
        std::abort();
    }
    const bool onlyFastChecks = !first.ok()
                                && (first.error().detail.contains(QStringLiteral("not valid JSON")) || first.error().message.contains(QStringLiteral("twice")));
    if (!first.ok() && reference.ok() && !onlyFastChecks) {
        std::fprintf(stderr, "the fast reader refuses what the reference accepts: %s %s\n", first.error().message.toUtf8().constData(),
                     first.error().detail.toUtf8().constData());
        std::abort();
    }
    if (!first.ok())
        return 0;
    const QByteArray written = catalog::SnapshotJson::write(first.value());
    if (catalog::SnapshotJson::write(reference.value()) != written) {
        std::fprintf(stderr, "the fast reader and the reference read different snapshots\n");
        std::abort();
    }
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
