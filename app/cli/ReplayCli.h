#pragma once
// What diff, squash-check and audit share about replaying migration folders: the
// --replay-on option and printing the replay's findings on standard error.

#include "history/Finding.h"
#include "pg/ConnectionProfile.h"

#include <QCommandLineOption>
#include <optional>

class QCommandLineParser;

namespace strata::cli {

QCommandLineOption replayOnOption();
// --with-folder DIR (repeatable): further locations replayed with a migration folder.
QCommandLineOption withFolderOption();
// Its values; an Error naming a value that is not a folder.
Result<QStringList> withFolders(const QCommandLineParser &p);
// The server --replay-on names (nullopt when not given); an Error for a bad URI.
Result<std::optional<ConnectionProfile>> replayServer(const QCommandLineParser &p);
// "info: file: sentence" lines on stderr (warnings and infos a replay found).
void printReplayFindings(const Findings &findings);

} // namespace strata::cli
