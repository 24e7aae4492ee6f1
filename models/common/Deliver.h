#pragma once
// Hands a future's result to an object on that object's thread, always on a later turn
// of its event loop.
//
// QFuture::then(context, f) calls f at once, inside the then() call, when the future
// has already finished (a fast query can finish on its worker before then() is
// reached). A model that inserts rows in f would then insert them inside fetchMore(),
// which views call while they handle another insertion. deliver() never calls the
// handler inside the call that asked for the work, whatever the timing; if the context
// object is destroyed first, the handler is dropped.

#include <QFuture>
#include <QMetaObject>
#include <QObject>

#include <utility>

namespace strata {

template <typename T, typename Handler>
void deliver(QFuture<T> future, QObject *context, Handler handler)
{
    future.then(context, [context, handler = std::move(handler)](const T &value) mutable {
        QMetaObject::invokeMethod(
            context, [handler = std::move(handler), value]() mutable { handler(value); },
            Qt::QueuedConnection);
    });
}

} // namespace strata
