#pragma once
// Text that came from outside (object names, file paths, connection strings, server
// messages) made safe for the place it is printed in. One helper per place, used by
// every output instead of ad-hoc replacing:
//  - inside an SQL comment: a table named "x⏎DROP TABLE victim; --" must not end a
//    `--` comment, and "*/" must not end a block comment (psql -f would run the rest);
//  - as a word of a shell command the operator may paste (POSIX single quotes);
//  - in any message that repeats a connection string: the password masked.

#include <QString>
#include <QStringView>

namespace strata {

// The text on one line, readable and unambiguous: backslash becomes "\\", line breaks
// and every other control character "\n", "\r", "\t" or "\xHH", Unicode line/paragraph
// separators and bidirectional overrides "\u{HHHH}". Nothing in the result can end an
// SQL `--` comment (PostgreSQL and psql end one only at a line break).
QString commentText(QStringView text);
// "-- " + commentText(text): a whole SQL line comment, without the trailing newline.
QString lineComment(QStringView text);
// commentText(text) that also cannot close or open a (nesting) block comment: every
// "*/" and "/*" gets a space between its two characters.
QString blockCommentText(QStringView text);
// "/* " + blockCommentText(text) + " */".
QString blockComment(QStringView text);

// Markdown: text on one line (line breaks become spaces, other control characters are
// escaped as in commentText; backslashes stay), so a name cannot start a heading, a
// list or a code block.
QString markdownInline(const QString &text);
// markdownInline for a pipe-table cell: pipes escaped too.
QString markdownCell(const QString &text);
// A fenced code block its content cannot close: the fence is longer than any run of
// backticks in the code. Ends with a newline.
QString markdownFence(const QString &code, const QString &language);

// An SQL string constant that reads the same with standard_conforming_strings on or
// off: inner quotes doubled, and E'' with backslashes doubled when it has any
// (PostgreSQL's quote_literal).
QString quoteLiteral(const QString &text);

// The text as one word of a POSIX shell command: unchanged when it is made only of
// characters no shell treats specially (letters, digits, / . _ - : @ and = or + not
// first), else in single quotes with every ' written as '\''.
QString shellQuote(const QString &word);

// The text with every password a connection string in it carries replaced by "****":
// the password of a URI's user info (postgresql://user:secret@host, also with a
// mistyped number of slashes) and the value of password=... / PGPASSWORD=... in
// key=value strings and URI query parameters. Text without such parts is returned as is.
QString maskPasswords(const QString &text);
// maskPasswords, plus every occurrence of the password that `connectionString` (a URI or
// key=value string the user gave) carries, for messages that echo parts of it (libpq's
// parse errors quote single tokens).
QString maskPasswords(const QString &text, const QString &connectionString);
// The text with the given secret replaced by "****" where it stands in double quotes,
// and anywhere when it is at least 4 characters long.
QString maskSecret(const QString &text, const QString &secret);

} // namespace strata
