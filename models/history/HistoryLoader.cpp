#include "HistoryLoader.h"
#include "LedgerReader.h"
#include "pg/Session.h"

#include <optional>

namespace strata {

Result<LoadedHistory> HistoryLoader::load(Connection &c, const HistoryRequest &req, JobControl *ctl)
{
    if (ctl)
        ctl->setProgress(0, 3, tr("Looking for migration ledgers…"));
    auto ledgers = LedgerReader::readAll(c);
    if (!ledgers)
        return ledgers.error();
    if (ctl && ctl->isCanceled())
        return JobControl::canceledError();

    const FolderFormat *format = nullptr;
    std::optional<FolderReadResult> folder;
    if (!req.dir.isEmpty()) {
        if (ctl)
            ctl->setProgress(1, 3, tr("Reading the migration folder…"));
        if (Error e = FolderFormat::checkFolder(req.dir))
            return e;
        const QString preferred = !req.ledgerTool.isEmpty() ? req.ledgerTool
                                  : ledgers->isEmpty()      ? QString()
                                                            : ledgers->first().tool;
        format = (req.formatId.isEmpty() || req.formatId == u"auto") ? FolderFormat::detectFormat(req.dir, preferred)
                                                                      : FolderFormat::byId(req.formatId);
        if (!format)
            return Error(Error::Kind::Usage, tr("Strata does not recognise the migration format of “%1”.").arg(req.dir), {},
                         tr("Choose the format by hand (%1).").arg(FolderFormat::ids().join(QStringLiteral(", "))));
        auto read = format->read(req.dir);
        if (!read)
            return read.error();
        folder = std::move(*read);
    }
    if (ctl)
        ctl->setProgress(2, 3, tr("Joining ledger and files…"));
    int chosen = -1;
    if (!req.ledgerTool.isEmpty()) {
        for (qsizetype i = 0; i < ledgers->size(); ++i)
            if ((*ledgers)[i].tool == req.ledgerTool)
                chosen = int(i);
    } else {
        chosen = History::pickLedger(*ledgers, format ? format->ledgerTool() : QString());
    }
    if (!folder && chosen < 0)
        return Error(Error::Kind::Usage, tr("This database has no migration ledger Strata knows, and no folder was given."));
    LoadedHistory out;
    out.result = History::join(folder ? &*folder : nullptr, chosen >= 0 ? &(*ledgers)[chosen] : nullptr);
    if (folder)
        out.files = folder->files;
    if (ctl)
        ctl->setProgress(3, 3, QString());
    return out;
}

} // namespace strata
