// Fuzz target: the text-format COPY row splitter of the catalog capture (splitCopyRow,
// CopyRows). Invariants: no crash, no sanitizer report; every field lies inside the row
// and is NUL-terminated; the fields escaped again the way COPY TO escapes them and split
// again come back the same; CopyRows hands out the same rows as splitting each line.

#include "catalog/CopyRows.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

using namespace strata::catalog::detail;

namespace {

using Fields = std::vector<std::optional<std::string>>;

std::optional<Fields> split(std::string row)
{
    row.push_back('\n');
    const char *values[CopyRows::kMaxFields];
    int lengths[CopyRows::kMaxFields];
    const int n = splitCopyRow(row.data(), qsizetype(row.size() - 1), values, lengths, CopyRows::kMaxFields);
    if (n < 0)
        return std::nullopt;
    Fields out;
    for (int i = 0; i < n; ++i) {
        if (!values[i]) {
            out.emplace_back();
            continue;
        }
        if (values[i] < row.data() || values[i] + lengths[i] >= row.data() + row.size() || values[i][lengths[i]] != '\0')
            abort();
        out.emplace_back(std::string(values[i], size_t(lengths[i])));
    }
    return out;
}

// As COPY ... TO STDOUT (text format) writes a row.
std::string escape(const Fields &fields)
{
    std::string row;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i)
            row += '\t';
        if (!fields[i]) {
            row += "\\N";
            continue;
        }
        for (char c : *fields[i]) {
            switch (c) {
            case '\\': row += "\\\\"; break;
            case '\t': row += "\\t"; break;
            case '\n': row += "\\n"; break;
            case '\r': row += "\\r"; break;
            case '\b': row += "\\b"; break;
            case '\f': row += "\\f"; break;
            case '\v': row += "\\v"; break;
            default: row += c; break;
            }
        }
    }
    return row;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string input(reinterpret_cast<const char *>(data), size);
    // One row per line of the input.
    std::vector<std::string> lines;
    for (size_t at = 0; at <= input.size();) {
        size_t nl = input.find('\n', at);
        if (nl == std::string::npos)
            nl = input.size();
        lines.push_back(input.substr(at, nl - at));
        at = nl + 1;
    }
    CopyRows rows;
    std::vector<std::optional<Fields>> expected;
    for (const std::string &line : lines) {
        const std::optional<Fields> fields = split(line);
        expected.push_back(fields);
        if (fields) {
            const std::optional<Fields> again = split(escape(*fields));
            if (!again || *again != *fields)
                abort();
        }
        rows.append(line.data(), int(line.size()));
    }
    if (rows.rowCount() != qsizetype(lines.size()))
        abort();
    size_t k = 0;
    const bool all = rows.forEach([&](const char *const *values, const int *lengths, int count) {
        const std::optional<Fields> &e = expected[k++];
        if (!e || int(e->size()) != count)
            abort();
        for (int i = 0; i < count; ++i) {
            if (bool(values[i]) != bool((*e)[size_t(i)]))
                abort();
            if (values[i] && std::string(values[i], size_t(lengths[i])) != *(*e)[size_t(i)])
                abort();
        }
    });
    // forEach stops at the first row with too many fields.
    bool anyTooWide = false;
    for (const auto &e : expected)
        anyTooWide = anyTooWide || !e;
    if (all == anyTooWide)
        abort();
    return 0;
}
