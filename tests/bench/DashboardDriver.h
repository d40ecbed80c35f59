#pragma once

#include <QJsonObject>
#include <QProcess>
#include <optional>

// node/dashboard.js, Parse Dashboard in headless Chromium: one JSON command a line, one JSON answer a line.
class DashboardDriver
{
public:
    DashboardDriver(const QString &dashboardUrl, const QString &spki);
    ~DashboardDriver();
    Q_DISABLE_COPY_MOVE(DashboardDriver)

    // The answer, or nothing when the script failed or answered with an error (logged).
    std::optional<QJsonObject> send(const QJsonObject &command, int timeoutMs = 300000);

private:
    QProcess m_process;
};
