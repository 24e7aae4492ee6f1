// libFuzzer target: random bytes into SqlSplitter, SqlScanner and
// StatementClassifier. Besides "no crash, no sanitizer report" it checks the
// invariants the views and the runbook rely on and aborts when one breaks.

#include "sql/SqlScanner.h"
#include "sql/SqlSplitter.h"
#include "sql/StatementClassifier.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace strata;

namespace {

[[noreturn]] void fail(const char *what, const QString &sql)
{
    std::fprintf(stderr, "invariant broken: %s\ninput: %s\n", what, sql.toUtf8().constData());
    std::abort();
}

void checkStatements(const QList<SqlStatement> &stmts, const QString &sql, const char *which)
{
    int previous = -1;
    for (const SqlStatement &s : stmts) {
        if (s.text.isEmpty() || s.offset <= previous || s.offset + s.text.size() > sql.size())
            fail(which, sql);
        if (QStringView(sql).mid(s.offset, s.text.size()) != s.text)
            fail(which, sql);
        if (s.line != SqlSplitter::lineColumn(sql, s.offset).first)
            fail(which, sql);
        previous = s.offset;
    }
}

void run(const QString &sql)
{
    // Scanner: ordered, non-empty, non-overlapping tokens inside the text.
    int pos = 0;
    for (const SqlToken &t : SqlScanner::scan(sql)) {
        if (t.start < pos || t.end <= t.start || t.end > sql.size())
            fail("scanner token bounds", sql);
        pos = t.end;
    }

    auto lenient = SqlSplitter::splitLenient(sql);
    if (!lenient)
        fail("lenient split failed", sql);
    checkStatements(*lenient, sql, "lenient split statements");

    auto strict = SqlSplitter::split(sql);
    if (strict) {
        checkStatements(*strict, sql, "parser split statements");
    } else if (strict.error().position < 1 || strict.error().position > sql.size() + 1) {
        fail("error position", sql);
    }

    auto classified = StatementClassifier::classify(sql);
    if (classified) {
        // Steps cover every statement once, in order.
        const StepPlan plan = StatementClassifier::groupSteps(*classified);
        int next = 0;
        for (const StatementStep &s : plan.steps) {
            if (s.first != next || s.last < s.first)
                fail("step grouping", sql);
            next = s.last + 1;
        }
        if (next != classified->size())
            fail("steps cover statements", sql);
        for (const ClassifiedStatement &c : *classified)
            (void)StatementClassifier::kindName(c.kind);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return -1; // keep runs fast; long inputs add nothing new
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    run(QString::fromUtf8(bytes));
    return 0;
}
