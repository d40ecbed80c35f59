#pragma once

#include "core/data/ParseConfig.h"
#include "core/models/FieldFormModel.h"
#include "core/net/ParseResult.h"

#include <QAbstractTableModel>
#include <QPointer>

class ParseClient;

// Parse Config as a table to edit: every parameter with its type, its value (typed as in the class
// browser's forms: FieldFormModel::encode) and masterKeyOnly; parameters added, renamed (the old name is
// deleted, the new one added) and deleted. Save goes through ConfigSave: the config is read again first,
// and a parameter a colleague changed since it was loaded is a conflict that is not overwritten until
// resolved (keep the server's value, or overwrite it with mine). Writes pass the profile's undo journal.
class ConfigModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigModel)

public:
    enum Column
    {
        Name,
        Type,
        Value,
        MasterKeyOnly,
        ColumnCount
    };
    // The roles FieldValueDelegate reads, so the class browser's typed editors edit values here too.
    enum Role
    {
        FieldTypeRole = FieldFormModel::FieldTypeRole,
        TargetClassRole = FieldFormModel::TargetClassRole,
        ChangedRole = Qt::UserRole + 10 // bool: differs from the config as loaded
    };

    explicit ConfigModel(QObject *parent = nullptr);

    // Reads the client's config at once; null: not connected, empty.
    void setClient(ParseClient *client);
    // Reads the config again; edits not saved are dropped.
    void reload();
    // No edits (a production profile whose writes are locked).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    bool isLoading() const { return m_busy; }

    // The parameter types that can be added, as Parse names them.
    static const QStringList &types();
    // Adds a parameter of that type with an empty value of it (0, "", false, now, [], {}, ...). Returns its
    // row, or -1 (lastError() says why: no name, a name in use).
    int addParameter(const QString &name, const QString &type);
    void removeParameter(int row);
    int rowOf(const QString &name) const;

    // What saving would send, one change per parameter set or deleted.
    QList<ParseConfig::Change> changes() const;
    bool isModified() const { return !changes().isEmpty(); }
    void save();
    // The conflicts of the last save, until resolved.
    const QList<ParseConfig::Conflict> &conflicts() const { return m_conflicts; }
    // Each conflicting parameter takes the server's value (my edit of it is dropped) ...
    void keepServerValues();
    // ... or keeps mine, which the next save writes over the server's (it is read again, so a yet newer
    // change is a conflict again).
    void overwriteServerValues();

    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // A value that does not fit the parameter's type, or a name that is empty or in use, is refused:
    // lastError() says why.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The config was read (ok) or could not be (result.error).
    void loaded(const ParseResult &result);
    // A save finished: written (ok; the table shows the config as the server now has it), refused for
    // conflicts (conflicts() lists them), or failed (result.error).
    void saved(const ParseResult &result);
    void modifiedChanged();

private:
    struct Row
    {
        QString name;
        QString type;
        QJsonValue value;
        bool masterKeyOnly = false;
    };
    static Row rowFor(const QString &name, const ParseConfig::Value &value);
    void setConfig(const ParseConfig &config);
    bool changed(const Row &row) const;

    QPointer<ParseClient> m_client;
    quint64 m_generation = 0; // replies for an earlier client are dropped
    ParseConfig m_loaded;
    QList<Row> m_rows;
    QList<ParseConfig::Conflict> m_conflicts;
    QString m_lastError;
    bool m_readOnly = false;
    bool m_busy = false;
};
