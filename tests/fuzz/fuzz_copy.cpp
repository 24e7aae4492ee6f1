// Fuzz target: the binary COPY reader of the duplicate-key check's fingerprint pass
// (FingerprintCopy::Parser), with the input cut into chunks at positions taken from the
// input itself. Invariants: no crash, no sanitizer report; the same values (and the same
// verdict) however the stream is cut; once a feed fails, it stays failed; the repeated
// values agree with a plain sort.

#include "preflight/FingerprintCopy.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

using strata::preflight::FingerprintCopy;

namespace {

struct Outcome
{
    bool ok = true;
    bool done = false;
    std::vector<quint64> values;
};

Outcome parse(const uint8_t *data, size_t size, size_t step)
{
    Outcome o;
    FingerprintCopy::Parser p;
    for (size_t at = 0; at < size && o.ok; at += step)
        o.ok = p.feed(reinterpret_cast<const char *>(data) + at, qsizetype(std::min(step, size - at)), o.values);
    o.done = p.done();
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks a chunk size; the rest is the stream.
    const size_t step = 1 + data[0] % 23;
    ++data;
    --size;
    const Outcome whole = parse(data, size, size == 0 ? 1 : size);
    const Outcome cut = parse(data, size, step);
    if (whole.ok != cut.ok || whole.done != cut.done)
        std::abort();
    if (whole.ok && whole.values != cut.values)
        std::abort();
    if (whole.ok) {
        std::vector<quint64> sorted = whole.values;
        std::sort(sorted.begin(), sorted.end());
        QList<qint64> expected;
        for (size_t i = 1; i < sorted.size(); ++i)
            if (sorted[i] == sorted[i - 1] && (expected.isEmpty() || expected.last() != qint64(sorted[i])))
                expected.append(qint64(sorted[i]));
        if (FingerprintCopy::repeatedValues(whole.values) != expected)
            std::abort();
    }
    return 0;
}
