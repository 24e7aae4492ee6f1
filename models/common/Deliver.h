#pragma once
// Hands a future's result to an object on that object's thread, always on a later turn
// of its event loop.
//
// QFuture::then(context, f) calls f at once, inside the then() call, when the future
// has already finished (a fast query can finish on its worker before then() is
// reached). A model that inserts rows in f would then insert them inside fetchMore(),
// which views call while they handle another insertion. Worse, in Qt 6.4 a then()
// that comes after the future's state became finished but before its worker ran the
// continuations calls f a second time from the worker (with a spent promise: a crash).
// deliver() uses no continuation: a QFutureWatcher owned by the context object reports
// the end through the event loop, once, also for a future that has finished already.
// The handler never runs inside the call that asked for the work; if the context object
// is destroyed first, the watcher goes with it and the handler is never called.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace strata {

template <typename T, typename Handler>
void deliver(const QFuture<T> &future, QObject *context, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         if (watcher->isCanceled() || watcher->future().resultCount() == 0)
                             return; // no result (the work was dropped): nothing to hand on
                         handler(watcher->result());
                     });
    watcher->setFuture(future);
}

} // namespace strata
