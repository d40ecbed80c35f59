#include "DashboardDriver.h"

#include "BenchOutput.h"
#include "FarSetup.h"

#include <QJsonDocument>

DashboardDriver::DashboardDriver(const QString &dashboardUrl, const QString &spki)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    FarSetup::endWithBench(m_process);
    m_process.setWorkingDirectory(QStringLiteral(PARSEDESK_BENCH_NODE_DIR));
    m_process.start(QStringLiteral("node"), {QStringLiteral("dashboard.js"), QStringLiteral("--dashboard"),
                                             dashboardUrl, QStringLiteral("--spki"), spki});
}

DashboardDriver::~DashboardDriver()
{
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(30000))
        m_process.kill();
}

std::optional<QJsonObject> DashboardDriver::send(const QJsonObject &command, int timeoutMs)
{
    m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(timeoutMs))
            return std::nullopt;
    }
    const QJsonObject answer = QJsonDocument::fromJson(m_process.readLine()).object();
    if (answer.contains(QLatin1String("error"))) {
        BenchOutput::log(QStringLiteral("Dashboard: ") + answer.value(QLatin1String("error")).toString());
        return std::nullopt;
    }
    return answer;
}
