#include "Await.h"

#include <QSignalSpy>
#include <QTest>

ParseResult await(ParseReply *reply, int timeoutMs)
{
    ParseResult result;
    bool done = false;
    QObject::connect(reply, &ParseReply::finished, reply, [&](const ParseResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("await: no result within %d ms", timeoutMs);
    return result;
}
