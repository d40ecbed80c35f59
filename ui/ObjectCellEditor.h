#pragma once

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <utility>

class ObjectTableModel;
class ParseValue;
class QModelIndex;
class QWidget;

// What a cell of the objects table does beyond typing in it: pointers and relations open the objects they
// name, a file opens, structured values edit as JSON, bytes load from and save to files, and the field
// operations (Increment, Add, Remove, Unset) apply.
class ObjectCellEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectCellEditor)

public:
    // Dialogs and menus open on owner (the object browser), which also owns this.
    ObjectCellEditor(ObjectTableModel *model, QWidget *owner);

    // What a double click does, by the cell's type.
    void openCell(const QModelIndex &index);
    void editAsJson(const QModelIndex &index);
    // Public, roles and users as check boxes (AclDialog).
    void editAcl(const QModelIndex &index);
    // op: a Parse field operation; asks for its amount or items first.
    void applyOperation(const QModelIndex &index, const QString &op);
    void loadBytes(const QModelIndex &index);
    void saveBytes(const ParseValue &value);
    static QString pointedText(const std::pair<QString, QStringList> &group);
    // The objects an array of pointers names (of one class).
    void openPointed(const std::pair<QString, QStringList> &group);

Q_SIGNALS:
    // The browser shows these objects (a new place in its history).
    void openRequested(const QString &className, const QJsonObject &where);
    void statusMessage(const QString &message);

private:
    ObjectTableModel *m_model;
    QWidget *m_owner;
};
