#pragma once
// The rows of a COPY (query) TO STDOUT in text format, kept as the server sent them and
// split into fields only when they are read. A catalog query's result then costs its
// text: as a PGresult it costs 16 bytes more per field and a copy of every value (the
// columns of 10,000 tables: 24 MB as a PGresult, 6 MB as rows), and each capture's
// results add up while one is read and the next ones arrive.

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace strata::catalog::detail {

// Splits one text-format COPY row (without its newline) into fields, in place: escapes
// (\t, \n, \\, octal and hex bytes, ...) undone, each field NUL-terminated, \N (NULL) as a
// null pointer. row[size] must be writable (the row's newline). Returns the number of
// fields, or -1 when the row has more than maxFields.
int splitCopyRow(char *row, qsizetype size, const char **values, int *lengths, int maxFields);

class CopyRows
{
public:
    static constexpr int kMaxFields = 64;

    // One row as PQgetCopyData returns it, newline included.
    void append(const char *row, int size);
    qsizetype rowCount() const { return m_rows; }

    // fn(values, lengths, count) for each row in order, its fields split in place (so
    // once only). False when a row has more than kMaxFields fields.
    template<class Fn>
    bool forEach(Fn &&fn)
    {
        const char *values[kMaxFields];
        int lengths[kMaxFields];
        for (std::string &block : m_blocks) {
            char *p = block.data();
            char *const end = p + block.size();
            while (p < end) {
                char *nl = static_cast<char *>(memchr(p, '\n', size_t(end - p)));
                const int n = splitCopyRow(p, nl - p, values, lengths, kMaxFields);
                if (n < 0)
                    return false;
                fn(values, lengths, n);
                p = nl + 1;
            }
        }
        return true;
    }

private:
    std::vector<std::string> m_blocks; // whole rows, about 1 MB each
    qsizetype m_rows = 0;
};

} // namespace strata::catalog::detail
