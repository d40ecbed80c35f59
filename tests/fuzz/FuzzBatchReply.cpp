// Replies to POST /batch of any status and shape, through ParseClient's decoding into BatchCall: every
// operation is answered at most once and, unless the reply asks for a retry later, exactly once, with the
// call finishing once. That covers well-formed item lists, lists of the wrong length, items neither success
// nor error, a smaller batch limit named (the batch is split and every resend gets the same reply) and
// bodies that are no JSON. First byte: the HTTP status; second: 1-8 operations, the top bit a transaction.
#include "RecordingNetwork.h"
#include "core/net/BatchCall.h"
#include "core/net/ParseClient.h"

#include <QCoreApplication>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "fuzzbatchreply";
        static char *argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
    }
    // 400 and 429 may ask for a retry after a delay (Parse Server's rate limiter refusing a whole batch).
    static const int statuses[] = {200, 201, 400, 404, 413, 429, 500, 502};
    const int status = statuses[data[0] % 8];
    const bool mustFinish = status != 400 && status != 429;
    const int count = 1 + data[1] % 8;
    const bool transaction = data[1] & 0x80;

    // One network for all inputs (making one costs more than the rest); a fresh client for each, since a
    // 429 pauses a client's later requests.
    static RecordingNetwork network;
    network.sent.clear();
    network.next.status = status;
    network.next.body = QByteArray(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));
    ServerProfile profile;
    profile.serverUrl = QUrl(QStringLiteral("http://127.0.0.1:1/parse"));
    profile.applicationId = QStringLiteral("fuzz");
    QList<ParseRequest> operations;
    for (int i = 0; i < count; ++i)
        operations << ParseRequest::deleteObject(QStringLiteral("Room"), QString::number(i));

    QList<int> answers(count, 0);
    int finished = 0;
    {
        ParseClient client(profile, &network);
        BatchCall call(&client, operations, transaction);
        QObject::connect(&call, &BatchCall::operationFinished,
                         [&answers, count](int index, const ParseResult &) {
                             if (index < 0 || index >= count || ++answers[index] > 1)
                                 std::abort(); // answered twice, or an operation that does not exist
                         });
        QObject::connect(&call, &BatchCall::finished, [&finished] { ++finished; });
        call.start();
        // A canned reply arrives on the next turn of the event loop, a split batch's on a few more; a retry
        // waits for a timer of half a second or more and is not waited for.
        for (int turn = 0; finished == 0 && turn < 100; ++turn)
            QCoreApplication::processEvents();
    }
    // Replies are deleted later; without this they would pile up from input to input.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (finished > 1 || (mustFinish && finished != 1))
        std::abort();
    if (finished == 1) {
        for (int n : std::as_const(answers)) {
            if (n != 1)
                std::abort(); // finished with an operation unanswered
        }
    }
    return 0;
}
