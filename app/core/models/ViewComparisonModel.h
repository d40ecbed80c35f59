#pragma once

#include "core/data/ClassPermissions.h"
#include "core/data/ViewerAccess.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

class ParseClient;

// A class as the master key sees it beside the same find as a viewer ("View as…"): every object with
// whether the viewer got it and, for each one it did not, the reason computed from the CLP, the object's
// ACL and the viewer's roles (ViewerAccess). The protected fields are the ones the CLP names for the
// viewer; fieldsWithheld() the ones the master key's objects have and none of the viewer's did.
class ViewComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewComparisonModel)

public:
    enum Column
    {
        ObjectId,
        Seen,
        Reason,
        ColumnCount
    };
    enum Role
    {
        HiddenRole = Qt::UserRole + 1 // ViewerAccess::Hidden as int; No for a visible object
    };
    // Objects compared at most (one page each way).
    static constexpr int kLimit = 1000;

    explicit ViewComparisonModel(QObject *parent = nullptr);

    // master: a client with the master key; viewer: the viewer's client (no master key). compared() follows.
    void compare(ParseClient *master, ParseClient *viewer, const ViewerAccess &access,
                 const QString &className, const QJsonObject &schema, const QJsonObject &where);
    int visibleCount() const;
    int hiddenCount() const { return rowCount() - visibleCount(); }
    QStringList protectedFields() const;
    const QStringList &fieldsWithheld() const { return m_withheld; }
    const ViewerAccess &access() const { return m_access; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void compared(const QString &error);

private:
    void settle();

    struct Row
    {
        QString objectId;
        bool visible = false;
        ViewerAccess::Hidden reason = ViewerAccess::Hidden::No;
    };
    ViewerAccess m_access;
    ClassPermissions m_permissions;
    QList<QJsonObject> m_masterObjects;
    QList<QJsonObject> m_viewerObjects;
    QString m_error;
    bool m_viewerRefused = false;
    int m_pending = 0;
    quint64 m_generation = 0;
    QList<Row> m_rows;
    QStringList m_withheld;
};
