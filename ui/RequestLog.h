#pragma once

#include <QDateTime>
#include <QWidget>
#include <memory>

class RequestLogModel;

namespace Ui {
class RequestLog;
}

// The request log: one row per request the current connection sent, newest at the bottom.
class RequestLog final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    explicit RequestLog(QWidget *parent = nullptr);
    ~RequestLog() override;

    void setModel(RequestLogModel *model);

Q_SIGNALS:
    // "Server log around this" on a request: the server's log near its time.
    void serverLogAroundRequested(const QDateTime &time);

private:
    void updateCount();

    std::unique_ptr<Ui::RequestLog> m_ui;
    RequestLogModel *m_model = nullptr;
    bool m_followNewest = true;
};
