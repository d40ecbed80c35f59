#pragma once

#include <QByteArray>

// Writes to stdout in pieces of about 64 KB, so a large result goes out as it is formatted.
class StdoutWriter final
{
    Q_DISABLE_COPY_MOVE(StdoutWriter)

public:
    StdoutWriter() = default;
    ~StdoutWriter();
    void operator()(const QByteArray &bytes);
    void flush();

private:
    QByteArray m_buffer;
};
