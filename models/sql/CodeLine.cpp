#include "CodeLine.h"

namespace strata {

int codeLine(const SqlStatement &statement)
{
    return statement.line + int(QStringView(statement.text).left(SqlSplitter::codeStart(statement.text)).count(u'\n'));
}

} // namespace strata
