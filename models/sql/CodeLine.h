#pragma once
// Where a statement stands in its file: SqlStatement::line is where its text starts,
// which includes the comments above it; reports name the line of its first token.

#include "SqlSplitter.h"

namespace strata {

// 1-based line of the statement's first token (not white space, not a comment).
int codeLine(const SqlStatement &statement);

} // namespace strata
