#pragma once

#include "core/net/ParseResult.h"

#include <QAbstractTableModel>
#include <deque>

// Every request a profile sent: time, method, path, HTTP status, Parse code, ms, bytes; in the order of
// the Time column (when each was sent), whatever order the answers came in. LiveQuery traffic shows as
// method "WS" with what happened on the socket as its status ("subscribed", "event: update"...).
// Only redacted URLs are kept, so nothing secret can leak through the log or its export.
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column
    {
        Time,
        Method,
        Path,
        Status,
        Code,
        Millis,
        Bytes,
        ColumnCount
    };
    enum Role
    {
        TimeRole = Qt::UserRole + 1 // QDateTime: when the request was sent ("Server log around this")
    };
    static constexpr int kMaxEntries = 5000;

    explicit RequestLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const ParseResult &result);
    void clear();

private:
    struct Entry
    {
        QDateTime time;
        QString method;
        QString path;
        int httpStatus;
        QString liveQuery; // the status of a LiveQuery row, empty for HTTP
        int parseCode;
        qint64 ms;
        qint64 bytes;
        QString error;
    };
    std::deque<Entry> m_entries;
};
