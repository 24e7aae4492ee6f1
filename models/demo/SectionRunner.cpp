#include "SectionRunner.h"

#include "sql/SqlSplitter.h"

namespace strata {

namespace {

// Line in the file of a server error position (1-based, in characters) inside text,
// where text starts at firstLine; firstLine itself when there is no position.
int lineOf(const QString &text, int firstLine, int serverPosition)
{
    if (serverPosition <= 0)
        return firstLine;
    const int offset = SqlSplitter::offsetForCursor(text, serverPosition);
    return firstLine + SqlSplitter::lineColumn(text, offset).first - 1;
}

// The line of a statement is the line of its first token, after any comments.
int codeStartLine(const QString &text)
{
    return int(QStringView(text).left(SqlSplitter::codeStart(text)).count(u'\n'));
}

// Line in the file of a statement (or of the server's error position inside it).
int statementLine(const SqlStatement &st, int sectionFirstLine, int serverPosition)
{
    const int first = sectionFirstLine + st.line - 1;
    return serverPosition > 0 ? lineOf(st.text, first, serverPosition) : first + codeStartLine(st.text);
}

void rollback(Connection &c)
{
    c.execScript(QStringLiteral("ROLLBACK"));
}

} // namespace

Error SectionRunner::locate(const Error &serverError, const QString &fileName, int line)
{
    Error e = serverError;
    e.message = tr("%1, line %2: %3").arg(fileName).arg(line).arg(serverError.message);
    e.position = 0; // the sentence names the line; a script offset would mislead
    return e;
}

Error SectionRunner::run(Connection &c, const SqlSection &section,
                         const std::function<Error(Connection &)> &afterSuccess)
{
    return section.transactional ? runTransactional(c, section, afterSuccess)
                                 : runStatements(c, section, afterSuccess);
}

Error SectionRunner::runTransactional(Connection &c, const SqlSection &s,
                                      const std::function<Error(Connection &)> &afterSuccess)
{
    if (ResultSet r = c.execScript(QStringLiteral("BEGIN")); !r.ok())
        return locate(r.error, s.fileName, s.firstLine);
    // The whole section in one simple query, as dbmate sends it.
    if (ResultSet r = c.execScript(s.sql); !r.ok()) {
        rollback(c);
        return findFailingStatement(c, s, r.error);
    }
    if (afterSuccess) {
        if (Error e = afterSuccess(c)) {
            rollback(c);
            return e;
        }
    }
    // Deferred constraints are checked here: the section as a whole is to blame.
    if (ResultSet r = c.execScript(QStringLiteral("COMMIT")); !r.ok()) {
        rollback(c);
        return locate(r.error, s.fileName, s.firstLine);
    }
    return {};
}

Error SectionRunner::findFailingStatement(Connection &c, const SqlSection &s, const Error &scriptError)
{
    // A position from the server is relative to the text we sent: the section.
    // A cancel, a timeout or a lost connection is not the statement's fault: no rerun.
    if (scriptError.position > 0 || scriptError.kind != Error::Kind::Query)
        return locate(scriptError, s.fileName, lineOf(s.sql, s.firstLine, scriptError.position));

    // Run-time errors (a unique violation, a failed cast) carry no position. Find the
    // statement by running the section again, one statement at a time, in a
    // transaction that is rolled back whatever happens.
    const auto statements = SqlSplitter::split(s.sql);
    if (!statements.ok())
        return locate(scriptError, s.fileName, s.firstLine);
    if (!c.execScript(QStringLiteral("BEGIN")).ok())
        return locate(scriptError, s.fileName, s.firstLine);
    for (const SqlStatement &st : *statements) {
        ResultSet r = c.execScript(st.text);
        if (!r.ok()) {
            rollback(c);
            return locate(r.error, s.fileName, statementLine(st, s.firstLine, r.error.position));
        }
    }
    rollback(c);
    return locate(scriptError, s.fileName, s.firstLine);
}

Error SectionRunner::runStatements(Connection &c, const SqlSection &s,
                                   const std::function<Error(Connection &)> &afterSuccess)
{
    // CREATE INDEX CONCURRENTLY and friends refuse to run inside a transaction block,
    // and several statements in one simple query form an implicit one: one at a time.
    const auto statements = SqlSplitter::split(s.sql);
    if (!statements.ok()) {
        // The splitter's sentence counts lines from the section start: keep it as detail.
        Error e(Error::Kind::Parse,
                tr("%1, line %2: the section could not be split into statements.")
                    .arg(s.fileName)
                    .arg(lineOf(s.sql, s.firstLine, statements.error().position)),
                statements.error().message);
        return e;
    }
    for (const SqlStatement &st : *statements) {
        ResultSet r = c.execScript(st.text);
        if (!r.ok())
            return locate(r.error, s.fileName, statementLine(st, s.firstLine, r.error.position));
    }
    return afterSuccess ? afterSuccess(c) : Error();
}

} // namespace strata
