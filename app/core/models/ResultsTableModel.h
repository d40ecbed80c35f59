#pragma once

#include "core/data/QueryOptions.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QStringList>
#include <optional>

class ParseClient;
class ParseReply;

// The objects a query found, one per row. Columns follow the class schema (objectId first, the class's
// fields by name, keys only the rows have, then createdAt, updatedAt and ACL), limited to keys some row
// has, so a keys= projection shows just those. Runs the query itself; a new run replaces one under way.
class ResultsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsTableModel)

public:
    enum Role
    {
        ObjectIdRole = Qt::UserRole + 1,
        ObjectRole // the whole object, as a QJsonObject
    };
    enum class State
    {
        Idle,
        Running,
        Done,
        Failed
    };

    explicit ResultsTableModel(QObject *parent = nullptr);

    void setClient(ParseClient *client);
    // schemaFields: the class schema's "fields", for column order and value types; may be empty.
    void run(const QString &className, const QueryOptions &options, const QJsonObject &schemaFields = {});
    void setResults(const QJsonArray &objects, const QJsonObject &schemaFields = {});
    void clear();

    State state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    // The server's count, when the query asked for one.
    std::optional<qint64> count() const { return m_count; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(ResultsTableModel::State state);

private:
    void setState(State state);

    QPointer<ParseClient> m_client;
    QPointer<ParseReply> m_reply;
    quint64 m_generation = 0; // replies to replaced runs are ignored
    QJsonObject m_fields;
    QStringList m_columns;
    QList<QJsonObject> m_rows;
    State m_state = State::Idle;
    QString m_errorText;
    std::optional<qint64> m_count;
    qint64 m_elapsedMs = 0;
};
