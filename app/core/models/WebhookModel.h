#pragma once

#include "core/data/Webhook.h"
#include "core/net/ParseResult.h"

#include <QAbstractTableModel>
#include <QPointer>

class ParseClient;

// A server's function and trigger webhooks (/hooks/functions, /hooks/triggers), functions first, each kind
// by name. Create, change the URL of, and delete one; each write is checked with Webhook::problem() first
// and the list is read again after it.
class WebhookModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookModel)

public:
    enum Column
    {
        Kind,
        Name, // the function, or the trigger's class
        Trigger,
        Url,
        ColumnCount
    };

    explicit WebhookModel(QObject *parent = nullptr);

    // Null: not connected, empty. Else both lists are read at once.
    void setClient(ParseClient *client);
    void reload();
    bool isLoading() const { return m_open > 0; }
    QString problem() const { return m_problem; }
    const Webhook &hook(int row) const { return m_hooks.at(row); }
    // Creates it, or (existing) gives the one with its name this URL (deleted and created again: Parse
    // Server 9 does not update one in place). False, with the reason, when the hook is not valid: nothing
    // is sent.
    bool save(const Webhook &hook, bool existing, QString *problem);
    void remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Both lists were read (problem() says whether that failed).
    void refreshed();
    // A create, change or delete finished (result.error when it failed).
    void saved(const ParseResult &result);

private:
    void write(const ParseRequest &request);

    QPointer<ParseClient> m_client;
    quint64 m_generation = 0; // replies for an earlier client or reload are dropped
    QList<Webhook> m_hooks;
    QList<Webhook> m_arriving; // the lists read so far of a reload
    QString m_problem;
    int m_open = 0;
};
