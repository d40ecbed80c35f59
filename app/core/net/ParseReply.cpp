#include "core/net/ParseReply.h"

ParseReply::ParseReply(QObject *parent)
    : QObject(parent)
{}

void ParseReply::abort()
{
    if (!m_finished)
        Q_EMIT abortRequested();
}

void ParseReply::complete(const ParseResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}
