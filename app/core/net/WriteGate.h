#pragma once

#include "core/net/ParseResult.h"

#include <QObject>
#include <functional>

// Sees writes before ParseClient sends them and their results afterwards (the undo journal is one): it
// may prepare (take a snapshot of what the write changes) or refuse the write.
class WriteGate : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteGate)

public:
    // refusal None: send the write, then report its result to settled() with the same ticket.
    using Ready = std::function<void(const ParseError &refusal, quint64 ticket)>;

    using QObject::QObject;

    virtual bool wants(const ParseRequest &request) const = 0;
    // Calls ready exactly once (never before returning).
    virtual void admit(const ParseRequest &request, Ready ready) = 0;
    virtual void settled(quint64 ticket, const ParseResult &result) = 0;
};
