#include "cli/StdoutWriter.h"

#include "cli/CliOutput.h"

StdoutWriter::~StdoutWriter()
{
    flush();
}

void StdoutWriter::operator()(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= 64 * 1024)
        flush();
}

void StdoutWriter::flush()
{
    CliOutput::writeOut(m_buffer);
    m_buffer.clear();
}
