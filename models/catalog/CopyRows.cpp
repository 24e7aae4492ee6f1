#include "CopyRows.h"

#include <cstring>

namespace strata::catalog::detail {

namespace {

int digit(char c, int base)
{
    const int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
    return v < base ? v : -1;
}

} // namespace

int splitCopyRow(char *row, qsizetype size, const char **values, int *lengths, int maxFields)
{
    char *in = row;
    char *const end = row + size;
    char *out = row;
    for (int n = 0;; ++n) {
        if (n == maxFields)
            return -1;
        if (end - in >= 2 && in[0] == '\\' && in[1] == 'N' && (in + 2 == end || in[2] == '\t')) {
            values[n] = nullptr;
            lengths[n] = 0;
            in += 2;
        } else {
            char *start = out;
            while (in < end && *in != '\t') {
                char c = *in++;
                if (c == '\\' && in < end) {
                    c = *in++;
                    switch (c) {
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    case 'v': c = '\v'; break;
                    case 'x':
                        if (in < end && digit(*in, 16) >= 0) {
                            int v = digit(*in++, 16);
                            if (in < end && digit(*in, 16) >= 0)
                                v = v * 16 + digit(*in++, 16);
                            c = char(v);
                        }
                        break;
                    default:
                        if (digit(c, 8) >= 0) {
                            int v = digit(c, 8);
                            for (int k = 0; k < 2 && in < end && digit(*in, 8) >= 0; ++k)
                                v = v * 8 + digit(*in++, 8);
                            c = char(v);
                        }
                        break; // else the character itself: \\ and any other
                    }
                }
                *out++ = c;
            }
            *out = '\0'; // out <= in: over the tab, or over row[size]
            values[n] = start;
            lengths[n] = int(out - start);
            ++out;
        }
        if (in >= end)
            return n + 1;
        ++in; // the tab; out <= in still: fields only shrink when unescaped
    }
}

void CopyRows::append(const char *row, int size)
{
    constexpr size_t kBlock = 1 << 20;
    const bool newline = size > 0 && row[size - 1] == '\n';
    const size_t need = size_t(size) + (newline ? 0 : 1);
    if (m_blocks.empty() || m_blocks.back().capacity() - m_blocks.back().size() < need) {
        m_blocks.emplace_back();
        m_blocks.back().reserve(std::max(kBlock, need));
    }
    std::string &b = m_blocks.back();
    b.append(row, size_t(size));
    if (!newline)
        b.push_back('\n');
    ++m_rows;
}

} // namespace strata::catalog::detail
