#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

class ParseClient;
struct ParseResult;

// The classes of a server (from /schemas) with their object counts. Counts load one request per class
// after the list is shown and never hold it up. On Postgres a count without a where is a planner estimate,
// so each count is labelled: small estimates are followed by an exact count at once, large ones on request.
class ClassListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassListModel)

public:
    enum Column
    {
        Name,
        Fields,
        Objects,
        ColumnCount
    };
    enum Role
    {
        ClassNameRole = Qt::UserRole + 1,
        SchemaRole,
        CountRole,
        CountIsEstimateRole
    };
    enum class State
    {
        Idle,
        Loading,
        Loaded,
        Failed
    };
    // Estimates below this are replaced by an exact count straight away; counting exactly is cheap there.
    static constexpr qint64 kAutoExactBelow = 100000;

    explicit ClassListModel(QObject *parent = nullptr);

    void setClient(ParseClient *client);
    void reload();
    // Reads a loaded list and every count again, after writes (ours, or another program's): the list
    // stays in view and is reset only when classes or their fields changed.
    void refresh();
    // Counts the class exactly (a where the planner can't shortcut), replacing the estimate.
    void countExactly(int row);

    State state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    // True while any count (estimate or exact) is still on its way.
    bool isCounting() const;
    QStringList classNames() const;
    QJsonObject schema(const QString &className) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void stateChanged(ClassListModel::State state);

private:
    struct Entry
    {
        QString name;
        QJsonObject schema;
        qint64 count = -1; // -1: not known yet
        bool estimate = false;
        bool counting = false;
        QString countError;
    };
    void setState(State state, const QString &error = {});
    // Applies a /schemas answer; `keepUnchanged`: an answer naming the same classes and fields only
    // counts again, without a reset (which would move the selection and reload the object table).
    void applySchemas(const ParseResult &result, bool keepUnchanged);
    void requestCount(int row, bool exact);
    void applyCount(const QString &className, bool exact, const ParseResult &result);

    QPointer<ParseClient> m_client;
    QList<Entry> m_entries;
    State m_state = State::Idle;
    QString m_errorText;
    quint64 m_generation = 0; // replies from before the last reload are ignored
};
